@testable import AdvisorApp
import Foundation
import PodDesign
import PodEngine
import PodModel
import TerminalUI
import Testing

/// The quiz's pages as pure updates: keys in, the quiz state, the effects and the text on screen out.
@Suite struct QuizUpdateTests {
    @Test func theStartMenuOpensTheQuizAndLeavingItReturnsThere() throws {
        var model = AdvisorModel()
        model.quizSeed = 7
        #expect(model.startItems == [.new, .open, .patterns, .quiz, .quit])
        Driver.press(&model, [.down, .down, .down, .enter])
        let state = try #require(QuizDriver.state(model))
        #expect(state.phase == .intro && !state.standalone)
        #expect(state.quiz.scenarios == Quiz.order(seed: 7))
        #expect(QuizDriver.screen(model).contains("podwright · Scenario quiz"))
        #expect(Driver.press(&model, [.enter, .character("q")]).isEmpty)
        #expect(model.screen == .start(selected: 3))
    }

    @Test func aRightAnswerSaysSoWithTheRuleAndTheDecidingAnswers() throws {
        var model = QuizDriver.standalone()
        Driver.press(&model, [.enter])
        #expect(QuizDriver.state(model)?.phase == .question(selected: 0))
        #expect(QuizDriver.prose(model).contains("Where does log-adapter belong?"))
        #expect(QuizDriver.choose(&model, .adapter).isEmpty)
        let state = try #require(QuizDriver.state(model))
        #expect(state.phase == .feedback(scroll: 0))
        #expect(state.quiz.results.map(\.isRight) == [true])
        let text = QuizDriver.prose(model)
        #expect(text.contains("Right: adapter."))
        #expect(text.contains("log-adapter goes to adapter (native) in the pod of app."))
        #expect(text.contains("Rule colocate:"))
        #expect(text.contains("`colocate.no-code-change`"))
        #expect(text.contains("Decided by: lifecycle: same, coupling: tight, main code changeable: no, timing: alongside, function: transform-output"))
        #expect(text.contains("On Kubernetes 1.33 it is a native sidecar"))
    }

    @Test func aWrongAnswerNamesBothChoices() throws {
        var model = QuizDriver.standalone(language: .ko)
        Driver.press(&model, [.enter])
        QuizDriver.choose(&model, .sidecar)
        let state = try #require(QuizDriver.state(model))
        #expect(state.quiz.results.map(\.chosen) == [.sidecar])
        #expect(state.quiz.score == 0)
        #expect(QuizDriver.prose(model).contains("아쉽습니다. 고른 답은 사이드카, 엔진의 판단은 어댑터입니다."))
    }

    @Test func theScoreListsEveryQuestionAndEnterEndsTheStandaloneQuiz() throws {
        var model = QuizDriver.standalone()
        Driver.press(&model, [.enter])
        QuizDriver.choose(&model, .adapter)
        Driver.press(&model, [.enter])
        QuizDriver.choose(&model, .sidecar)
        Driver.press(&model, [.enter])
        QuizDriver.choose(&model, .ownPod)
        #expect(QuizDriver.prose(model).contains("Enter: see the score."))
        #expect(Driver.press(&model, [.enter]).isEmpty)
        let state = try #require(QuizDriver.state(model))
        #expect(state.phase == .score(scroll: 0))
        #expect(state.quiz.score == 2)
        let text = QuizDriver.prose(model)
        #expect(text.contains("2 of 3 right."))
        #expect(text.contains("✓ Rewriting a log format: adapter (colocate)"))
        #expect(text.contains("✗ A proxy for Redis shards: ambassador (colocate)"))
        #expect(text.contains("✓ Four tiers, one pod?: a pod of its own (separate.scaling)"))
        #expect(Driver.press(&model, [.enter]) == [.exit(status: 0, stdout: nil)])
    }

    @Test func leavingTheStandaloneQuizEarlyIsStatus130() {
        var model = QuizDriver.standalone()
        Driver.press(&model, [.enter])
        #expect(Driver.press(&model, [.character("q")]) == [.exit(status: 130, stdout: nil)])
        var cancelled = QuizDriver.standalone()
        #expect(Driver.press(&cancelled, [.control("c")]) == [.exit(status: 130, stdout: nil)])
    }

    @Test func choicesAndScrollingStopAtTheirEnds() throws {
        var model = QuizDriver.standalone(width: 60, height: 20)
        Driver.press(&model, [.enter, .up])
        #expect(QuizDriver.state(model)?.phase == .question(selected: 0))
        Driver.press(&model, Array(repeating: .down, count: 9))
        #expect(QuizDriver.state(model)?.phase == .question(selected: 4))
        Driver.press(&model, [.enter])
        let state = try #require(QuizDriver.state(model))
        let limit = AdvisorView(model).quizScrollLimit(state)
        #expect(limit > 0, "the feedback on log-adapter is longer than a 60x20 page")
        #expect(QuizDriver.prose(model).contains("↓ more"))
        Driver.press(&model, Array(repeating: .down, count: limit + 5))
        #expect(QuizDriver.state(model)?.phase == .feedback(scroll: limit))
        #expect(QuizDriver.prose(model).contains("never keeps a Job from completing."), "the last line shows at the end of the scroll")
        #expect(!QuizDriver.prose(model).contains("↓ more"))
        Driver.press(&model, Array(repeating: .up, count: limit + 5))
        #expect(QuizDriver.state(model)?.phase == .feedback(scroll: 0))
    }

    @Test func anOlderTargetExplainsRegularContainers() throws {
        let scenario = try #require(QuizScenario.all.first { $0.id == "batch-log-shipper" })
        let quiz = Quiz(scenarios: [scenario], target: KubernetesVersion("1.28"))
        var model = AdvisorModel(screen: .quiz(QuizScreen(quiz: quiz, phase: .question(selected: 0), standalone: true)))
        QuizDriver.choose(&model, .sidecar)
        let text = QuizDriver.prose(model)
        #expect(text.contains("Right: sidecar."))
        #expect(text.contains("log-shipper goes to sidecar in the pod of report."))
        #expect(text.contains("On Kubernetes 1.28 it runs as a regular container beside report; native sidecars need 1.29 or newer."))
    }

    @Test func helpShowsTheQuizKeys() {
        var model = QuizDriver.standalone()
        Driver.press(&model, [.enter, .character("?")])
        #expect(model.overlay == .help)
        #expect(KeyMap.bindings(in: .quiz, typing: false, footerOnly: false).map(\.action) == [.help, .quit, .cancel, .select, .up, .down])
        Driver.press(&model, [.character("x")])
        #expect(model.overlay == nil)
        #expect(QuizDriver.state(model)?.phase == .question(selected: 0))
    }
}
