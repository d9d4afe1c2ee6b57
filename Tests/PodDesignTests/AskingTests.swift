@testable import PodEngine
import PodModel
import Testing

/// `Advisor.questionsThatMatter`: the advisor asks only the questions whose answer can still change the rule or role.
@Suite struct AskingTests {
    static func open(_ given: [Answer]) -> [Question] { Advisor.questionsThatMatter(given: given) }

    /// The questions asked when each is answered as `answers` does, in the asking order, until none matters.
    static func walk(_ answers: Answers) -> [Question] {
        var given: [Answer] = []
        while let next = open(given).first { given.append(answers.answer(to: next)) }
        return given.map(\.question)
    }

    @Test func withNothingAnsweredEveryQuestionMattersInTheAskingOrder() {
        #expect(Self.open([]) == [.state, .scaling, .timing, .function, .mainCodeChangeable, .lifecycle, .coupling])
    }

    @Test func separateStatefulEndsTheListAndStateIsAlwaysAsked() {
        #expect(Self.open([.state(.stateful)]).isEmpty, "a stateful companion has its StatefulSet whatever else is said")
        #expect(Self.open([.scaling(.independent), .timing(.beforeMain), .lifecycle(.same)]).contains(.state))
    }

    @Test func oncePerReleaseAsksTimingOnlyWhileItCanGiveAJob() {
        // Scaling apart: before-main is a Job, alongside a Deployment.
        #expect(Self.open([.state(.stateless), .scaling(.independent)]) == [.timing])
        #expect(Self.open([.state(.stateless), .scaling(.independent), .timing(.beforeMain)]).isEmpty)
        // Stateful: the Job is out of reach, so is everything else.
        #expect(!Self.open([.state(.stateful)]).contains(.timing))
    }

    @Test func separateScalingLeavesNothingForAnAlongsideCompanion() {
        #expect(Self.open([.state(.stateless), .timing(.alongside)]).contains(.scaling))
        #expect(Self.open([.state(.stateless), .scaling(.independent), .timing(.alongside)]).isEmpty,
                "what it does, the lifecycle and the coupling cannot bring it back into the pod")
    }

    @Test func separateIndependentAsksCouplingOnlyForALifecycleOfItsOwn() {
        let sidecar: [Answer] = [.state(.stateless), .scaling(.together), .timing(.alongside), .function(.extend)]
        #expect(Self.open(sidecar) == [.lifecycle, .coupling])
        #expect(Self.open(sidecar + [.lifecycle(.independent)]) == [.coupling])
        #expect(Self.open(sidecar + [.lifecycle(.same)]).isEmpty, "the same lifecycle keeps it in the pod, however it is coupled")
    }

    @Test func noCodeChangeAsksWhetherTheMainCodeCanChangeOnlyForAnAdapterOrAmbassador() {
        let base: [Answer] = [.state(.stateless), .scaling(.together), .timing(.alongside)]
        #expect(Self.open(base + [.function(.proxyOutbound)]).contains(.mainCodeChangeable))
        #expect(!Self.open(base + [.function(.extend)]).contains(.mainCodeChangeable), "a sidecar's placement does not read it")
        // The main code cannot change and it adapts: in the pod, whatever the lifecycle and coupling.
        #expect(Self.open(base + [.function(.transformOutput), .mainCodeChangeable(false)]).isEmpty)
    }

    @Test func colocateAsksWhatItDoesOnlyAlongside() {
        #expect(Self.open([.state(.stateless), .scaling(.together), .timing(.alongside)]).contains(.function))
        let initial: [Answer] = [.state(.stateless), .scaling(.together), .timing(.beforeMain)]
        #expect(!Self.open(initial).contains(.function), "an init container has no function")
        #expect(Self.open(initial) == [.lifecycle, .coupling])
    }

    @Test func theArticlesCasesAreAskedInFewQuestions() throws {
        func answers(_ words: [Question: String]) throws -> Answers {
            var answers = Answers()
            for (question, word) in words { answers.set(try #require(Answer(question, word: word))) }
            return answers
        }
        let sidecar = try answers([.lifecycle: "same", .coupling: "tight", .timing: "alongside", .function: "extend"])
        #expect(Self.walk(sidecar) == [.state, .scaling, .timing, .function, .lifecycle])
        let modelInit = try answers([.lifecycle: "same", .coupling: "tight", .timing: "before-main"])
        #expect(Self.walk(modelInit) == [.state, .scaling, .timing, .lifecycle])
        let legacy = try answers([.mainCodeChangeable: "no", .timing: "alongside", .function: "proxy-outbound"])
        #expect(Self.walk(legacy) == [.state, .scaling, .timing, .function, .mainCodeChangeable])
        let database = try answers([.state: "stateful"])
        #expect(Self.walk(database) == [.state])
    }

    @Test func whatIsNotAskedNeverChangesTheRuleOrRole() {
        // Every way to answer the seven questions: the answers asked, with the defaults for the rest, decide the same.
        var ways: [Answers] = [Answers()]
        for question in Question.allCases {
            ways = ways.flatMap { way in question.choices.map { var next = way; next.set($0); return next } }
        }
        #expect(ways.count == 192)
        func decide(_ answers: Answers) -> CompanionDecision {
            Advisor.decide(Companion(name: "c", image: "i", answers: answers), native: false, serving: "main")
        }
        for way in ways {
            var asked = Answers()
            for question in Self.walk(way) { asked.set(way.answer(to: question)) }
            let full = decide(way)
            let short = decide(asked)
            #expect(short.rule == full.rule && short.placement.role == full.placement.role, "\(way)")
        }
    }
}
