@testable import AdvisorApp
import Foundation
import PodDesign
import PodEngine
import PodModel
import TerminalUI
import Testing

/// The quiz's pages as pure updates: keys in, the quiz state, the effects and the text on screen out.
@Suite struct QuizUpdateTests {
    @Test func theStartMenuOpensTheQuizWhichAsksTheLevelAndLeavingItReturnsThere() throws {
        var model = AdvisorModel()
        model.quizSeed = 7
        #expect(model.startItems == [.new, .open, .patterns, .quiz, .quit])
        Driver.press(&model, [.down, .down, .down, .enter])
        let state = try #require(QuizDriver.state(model))
        #expect(state.phase == .intro(selected: 0) && !state.standalone && !state.levelFixed)
        #expect(state.quiz.scenarios == Quiz.order(seed: 7))
        let text = QuizDriver.prose(model)
        #expect(text.contains("podwright · Scenario quiz"))
        #expect(text.contains("1. Answer the co-location questions") && text.contains("2. Harder: choose the placement straight from the story"))
        #expect(Driver.press(&model, [.character("q")]).isEmpty, "nothing is answered yet: q leaves at once")
        #expect(model.screen == .start(selected: 3))
        Driver.press(&model, [.enter, .character("2")])
        #expect(QuizDriver.state(model)?.quiz.level == .placement)
        #expect(QuizDriver.state(model)?.phase == .question(selected: 0))
    }

    @Test func theQuestionPageTellsTheStoryOnlyAndAsksOneQuestionAtATime() throws {
        var model = QuizDriver.standalone()
        Driver.press(&model, [.enter])
        let text = QuizDriver.prose(model)
        #expect(text.contains("The billing app (app) writes its logs"))
        #expect(text.contains("Does log-adapter start, stop and get upgraded together with app?"))
        #expect(text.contains("1. Yes: it lives and dies with it") && text.contains("2. No: it has a life"))
        for giveaway in ["transform-output", "function:", "lifecycle:", "Adapter", "An adapter", "sidecar", "ambassador", "`"] {
            #expect(!text.contains(giveaway), "the question page shows '\(giveaway)'")
        }
        Driver.press(&model, [.character("2")])
        let next = QuizDriver.prose(model)
        #expect(next.contains("Your answers so far: lifecycle: independent"))
        #expect(next.contains("Does log-adapter need app's files or localhost?"))
        #expect(QuizDriver.state(model)?.sheet.given == [.lifecycle(.independent)])
        Driver.press(&model, [.left, .character("1")])
        #expect(QuizDriver.prose(model).contains("How many copies of log-adapter are needed?"), "the same lifecycle makes coupling moot")
    }

    @Test func answeringAsTheStoryIsRightAndTheFeedbackChecksEachAnswer() throws {
        var model = QuizDriver.standalone()
        Driver.press(&model, [.enter])
        QuizDriver.answerAsTheStory(&model)
        let state = try #require(QuizDriver.state(model))
        #expect(state.phase == .feedback(scroll: 0))
        #expect(state.quiz.results.map(\.isRight) == [true])
        #expect(state.quiz.results[0].sheet?.asked == [.lifecycle, .scaling, .state, .timing, .function])
        let text = QuizDriver.prose(model)
        #expect(text.contains("Right: your answers place log-adapter as the story's do: adapter."))
        #expect(text.contains("✓ function: transform-output"))
        #expect(text.contains("The story's answers lead to adapter (native) in the pod of app by rule colocate"))
        Driver.press(&model, [.pageDown])
        let below = QuizDriver.prose(model)
        #expect(below.contains("colocate.no-code-change: app's code cannot change"))
        #expect(below.contains("On Kubernetes 1.33 it is a native sidecar"))
        // Backticks are drawn as a style (bold in the monochrome theme), not shown.
        #expect(!text.contains("`") && !below.contains("`"))
        let buffer = AdvisorView(model, theme: .monochrome).render()
        let row = try #require((0..<buffer.height).first { buffer.lines[$0].contains("colocate.no-code-change:") })
        let line = buffer.lines[row]
        let column = line.distance(from: line.startIndex, to: try #require(line.range(of: "colocate.no-code-change")).lowerBound)
        #expect(buffer[column, row].style.bold, "the rule id between backticks is bold")
        #expect(!buffer[column + 30, row].style.bold, "the words after it are not")
    }

    @Test func aWrongAnswerSaysWhichAnswerLedWhere() throws {
        var model = QuizDriver.standalone()
        Driver.press(&model, [.enter])
        // A lifecycle of its own and loose coupling: a Deployment, although the story's answers make it an adapter.
        QuizDriver.answer(&model, Answers(lifecycle: .independent, coupling: .loose, scaling: .together, mainCodeChangeable: true))
        let state = try #require(QuizDriver.state(model))
        #expect(state.quiz.results.map(\.chosen) == [.deployment] && state.quiz.score == 0)
        let text = QuizDriver.prose(model)
        #expect(text.contains("Not quite: your answers place log-adapter as: its own Deployment; the story's place it as: adapter."))
        #expect(text.contains("✗ lifecycle: you said independent, the story says same"))
        #expect(text.contains("✓ scaling: together"))
        #expect(text.contains("· timing: not asked after your answers; the story says alongside"))
        #expect(text.contains("Your answers led to its own Deployment by rule separate.independent, read from: lifecycle: independent, coupling: loose, main code changeable: yes."))
    }

    @Test func theKoreanFeedbackNamesBothPlacements() throws {
        var model = QuizDriver.standalone(language: .ko)
        Driver.press(&model, [.enter])
        QuizDriver.answer(&model, Answers(lifecycle: .independent, coupling: .loose, scaling: .together, mainCodeChangeable: true))
        #expect(QuizDriver.prose(model).contains("아쉽습니다. 내 답에 따른 log-adapter 컨테이너의 배치: 별도 Deployment. 이야기의 답에 따른 배치: 어댑터."))
    }

    @Test func leftTakesTheLastAnswerBackAndNumbersOutOfRangeDoNothing() throws {
        var model = QuizDriver.standalone()
        Driver.press(&model, [.enter, .character("2"), .character("1")])
        #expect(QuizDriver.state(model)?.sheet.given == [.lifecycle(.independent), .coupling(.tight)])
        Driver.press(&model, [.left])
        #expect(QuizDriver.state(model)?.sheet.given == [.lifecycle(.independent)])
        #expect(QuizDriver.state(model)?.phase == .question(selected: 0), "the taken-back answer is highlighted")
        Driver.press(&model, [.backspace, .backspace, .left])
        #expect(QuizDriver.state(model)?.sheet.given == [])
        #expect(QuizDriver.state(model)?.phase == .question(selected: 1))
        Driver.press(&model, [.character("3"), .character("9"), .character("0")])
        #expect(QuizDriver.state(model)?.sheet.given == [] && QuizDriver.state(model)?.phase == .question(selected: 1))
    }

    @Test func qAsksAndThenShowsTheScoreSoFar() throws {
        var model = QuizDriver.standalone()
        Driver.press(&model, [.enter])
        QuizDriver.answerAsTheStory(&model)
        Driver.press(&model, [.enter, .character("1")])
        #expect(Driver.press(&model, [.character("q")]).isEmpty)
        let asked = try #require(QuizDriver.state(model))
        #expect(asked.phase == .leaving(from: .question(selected: 0)))
        #expect(QuizDriver.prose(model).contains("1 of 3 questions are answered. End now and see the score?"))
        Driver.press(&model, [.character("n")])
        #expect(QuizDriver.state(model)?.phase == .question(selected: 0))
        #expect(QuizDriver.state(model)?.sheet.given.count == 1, "going on keeps the answers given")
        Driver.press(&model, [.character("q"), .escape])
        #expect(QuizDriver.state(model)?.phase == .question(selected: 0))
        #expect(Driver.press(&model, [.character("q"), .character("y")]).isEmpty)
        let state = try #require(QuizDriver.state(model))
        #expect(state.showsScore && !state.quiz.isFinished)
        let text = QuizDriver.prose(model)
        #expect(text.contains("1 of 3 right.") && text.contains("You ended after 1 of 3 questions."))
        #expect(text.contains("✓ Logs in the wrong format: adapter (colocate)"))
        #expect(Driver.press(&model, [.character("q")]) == [.exit(status: 0, stdout: nil)], "the score is shown: status 0")
    }

    @Test func theScoreListsEveryQuestionAndEnterEndsTheStandaloneQuiz() throws {
        var model = QuizDriver.standalone()
        Driver.press(&model, [.enter])
        QuizDriver.answerAsTheStory(&model)
        Driver.press(&model, [.enter])
        QuizDriver.answer(&model, Answers(lifecycle: .independent, coupling: .loose, scaling: .together, mainCodeChangeable: true))
        Driver.press(&model, [.enter])
        QuizDriver.answerAsTheStory(&model)
        #expect(QuizDriver.prose(model).contains("Enter: see the score."))
        #expect(Driver.press(&model, [.enter]).isEmpty)
        let state = try #require(QuizDriver.state(model))
        #expect(state.phase == .score(scroll: 0) && state.quiz.score == 2)
        let text = QuizDriver.prose(model)
        #expect(text.contains("2 of 3 right."))
        #expect(!text.contains("You ended after"))
        #expect(text.contains("✓ Logs in the wrong format: adapter (colocate)"))
        #expect(text.contains("✗ Redis shards behind one address: ambassador (colocate)"))
        #expect(text.contains("✓ A four-tier shop: its own Deployment (separate.scaling)"))
        #expect(Driver.press(&model, [.enter]) == [.exit(status: 0, stdout: nil)])
    }

    @Test func thePlacementLevelOffersEveryPlacementByNumber() throws {
        var model = QuizDriver.standalone(level: .placement)
        Driver.press(&model, [.enter])
        let question = QuizDriver.prose(model)
        #expect(question.contains("Where does log-adapter belong?"))
        #expect(question.contains("1. Its own Deployment") && question.contains("7. An ambassador in the pod"))
        QuizDriver.choose(&model, .adapter)
        #expect(QuizDriver.state(model)?.quiz.results.map(\.isRight) == [true])
        let text = QuizDriver.prose(model)
        #expect(text.contains("Right: adapter."))
        #expect(text.contains("log-adapter goes to adapter (native) in the pod of app."))
        #expect(text.contains("Decided by: lifecycle: same, coupling: tight, main code changeable: no, timing: alongside, function: transform-output"))
        Driver.press(&model, [.enter])
        QuizDriver.choose(&model, .sidecar)
        #expect(QuizDriver.prose(model).contains("Not quite: you chose sidecar, the engine says ambassador."))
    }

    @Test func leavingTheStandaloneQuizBeforeTheScoreIsStatus130() {
        var model = QuizDriver.standalone(level: nil)
        #expect(Driver.press(&model, [.character("q")]) == [.exit(status: 130, stdout: nil)])
        var cancelled = QuizDriver.standalone()
        Driver.press(&cancelled, [.enter])
        #expect(Driver.press(&cancelled, [.control("c")]) == [.exit(status: 130, stdout: nil)])
    }

    @Test func choicesAndScrollingStopAtTheirEnds() throws {
        var model = QuizDriver.standalone(width: 60, height: 20)
        Driver.press(&model, [.enter, .up])
        #expect(QuizDriver.state(model)?.phase == .question(selected: 0))
        Driver.press(&model, Array(repeating: .down, count: 9))
        #expect(QuizDriver.state(model)?.phase == .question(selected: 1))
        Driver.press(&model, [.up, .enter])
        QuizDriver.answerAsTheStory(&model)
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
        let quiz = Quiz(scenarios: [scenario], level: .placement, target: KubernetesVersion("1.28"))
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
        #expect(KeyMap.bindings(in: .quiz, typing: false, footerOnly: false).map(\.action) == [.help, .quit, .cancel, .select, .choose, .up, .down, .back, .pageUp, .pageDown])
        #expect(QuizDriver.prose(model).contains("1 2 3 4 5 6 7 8 9"))
        Driver.press(&model, [.character("x")])
        #expect(model.overlay == nil)
        #expect(QuizDriver.state(model)?.phase == .question(selected: 0))
    }
}
