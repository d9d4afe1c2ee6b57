@testable import PodDesign
@testable import PodEngine
@testable import PodModel
import Testing

/// Each rule of the decision table, in order, with the placement it gives.
@Suite struct RuleTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var answers: Answers
        var rule: Rule
        var placement: Placement
        var testDescription: String { "\(rule.rawValue) \(answers)" }
    }

    static let cases: [Case] = [
        Case(answers: Answers(state: .stateful), rule: .separateStateful, placement: .separate(.statefulSet)),
        Case(answers: Answers(scaling: .independent, state: .stateful, timing: .beforeMain),
             rule: .separateStateful, placement: .separate(.statefulSet)),
        Case(answers: Answers(scaling: .independent, timing: .beforeMain),
             rule: .separateOncePerRelease, placement: .separate(.job)),
        Case(answers: Answers(scaling: .independent), rule: .separateScaling, placement: .separate(.deployment)),
        Case(answers: Answers(lifecycle: .independent, coupling: .loose, scaling: .independent, mainCodeChangeable: false, function: .proxyOutbound),
             rule: .separateScaling, placement: .separate(.deployment)),
        Case(answers: Answers(lifecycle: .independent, coupling: .loose),
             rule: .separateIndependent, placement: .separate(.deployment)),
        Case(answers: Answers(lifecycle: .independent, coupling: .loose, mainCodeChangeable: false, function: .extend),
             rule: .separateIndependent, placement: .separate(.deployment)),
        Case(answers: Answers(lifecycle: .independent, coupling: .loose, mainCodeChangeable: false, timing: .beforeMain, function: .proxyOutbound),
             rule: .separateIndependent, placement: .separate(.deployment)),
        Case(answers: Answers(lifecycle: .independent, coupling: .loose, mainCodeChangeable: false, function: .transformOutput),
             rule: .colocate, placement: .colocated(role: .adapter, native: true, justifications: [.noCodeChange])),
        Case(answers: Answers(lifecycle: .independent, coupling: .loose, mainCodeChangeable: false, function: .proxyOutbound),
             rule: .colocate, placement: .colocated(role: .ambassador, native: true, justifications: [.noCodeChange])),
        Case(answers: Answers(), rule: .separateIndependent, placement: .separate(.deployment)),
        Case(answers: Answers.together(), rule: .colocate,
             placement: .colocated(role: .sidecar, native: true, justifications: [.lifecycle, .coupling])),
        Case(answers: Answers.together(lifecycle: .independent), rule: .colocate,
             placement: .colocated(role: .sidecar, native: true, justifications: [.coupling])),
        Case(answers: Answers.together(coupling: .loose, timing: .beforeMain), rule: .colocate,
             placement: .colocated(role: .initContainer, native: false, justifications: [.lifecycle])),
        Case(answers: Answers.together(mainCodeChangeable: false, function: .proxyOutbound), rule: .colocate,
             placement: .colocated(role: .ambassador, native: true, justifications: [.lifecycle, .coupling, .noCodeChange])),
    ]

    @Test(arguments: cases)
    func firstRuleThatHoldsPlacesTheCompanion(_ c: Case) {
        let decision = Advisor.decide(Support.design(c.answers))
        #expect(decision.companions[0].rule == c.rule)
        #expect(decision.companions[0].placement == c.placement)
    }

    @Test(arguments: Rule.allCases)
    func everyRuleFiresForSomeCase(_ rule: Rule) {
        #expect(Self.cases.contains { $0.rule == rule })
    }

    /// Over every combination of the seven answers, the rule that fires is the first that holds,
    /// and a co-located companion always has at least one justification.
    @Test func everyCombinationFollowsTheTableOrder() {
        var seen = Set<Rule>()
        for a in AnswerSpace.all {
            let decision = Advisor.decide(Support.design(a)).companions[0]
            let expected: Rule = if a.state == .stateful { .separateStateful }
                else if a.scaling == .independent && a.timing == .beforeMain { .separateOncePerRelease }
                else if a.scaling == .independent { .separateScaling }
                else if a.lifecycle == .independent && a.coupling == .loose
                    && !(!a.mainCodeChangeable && a.timing == .alongside && a.function != .extend) { .separateIndependent }
                else { .colocate }
            #expect(decision.rule == expected, "\(a)")
            if case let .colocated(_, _, justifications) = decision.placement {
                #expect(!justifications.isEmpty, "\(a)")
            }
            seen.insert(decision.rule)
        }
        #expect(seen == Set(Rule.allCases))
    }

    /// A rule holds exactly when nothing blocks it; what blocks it is what failed in its first failing step.
    @Test func blockersAreTheFailedConditionsOfTheFirstFailingStep() {
        for a in AnswerSpace.all {
            for rule in Rule.allCases {
                #expect(rule.holds(for: a) == rule.blockers(for: a).isEmpty, "\(rule.rawValue) \(a)")
            }
            #expect(Rule.separateStateful.blockers(for: a) == (a.state == .stateless ? [.is(.state(.stateful))] : []))
            let release: [AnswerCondition] = a.scaling == .together ? [.is(.scaling(.independent))]
                : a.timing == .alongside ? [.is(.timing(.beforeMain))] : []
            #expect(Rule.separateOncePerRelease.blockers(for: a) == release, "\(a)")
            var independent: [AnswerCondition] = []
            if a.lifecycle == .same { independent.append(.is(.lifecycle(.independent))) }
            if a.coupling == .tight { independent.append(.is(.coupling(.loose))) }
            if independent.isEmpty, !a.mainCodeChangeable, a.timing == .alongside, a.function != .extend {
                independent.append(.notJustified(.noCodeChange))
            }
            #expect(Rule.separateIndependent.blockers(for: a) == independent, "\(a)")
            #expect(Rule.colocate.blockers(for: a).isEmpty)
        }
    }

    @Test func questionsAreTheOnesTheConditionsRead() {
        #expect(Rule.separateStateful.questions == [.state])
        #expect(Rule.separateOncePerRelease.questions == [.scaling, .timing])
        #expect(Rule.separateScaling.questions == [.scaling])
        #expect(Rule.separateIndependent.questions == [.lifecycle, .coupling, .mainCodeChangeable, .timing, .function])
        #expect(Rule.colocate.questions.isEmpty)
        #expect(Justification.lifecycle.questions == [.lifecycle])
        #expect(Justification.coupling.questions == [.coupling])
        #expect(Justification.noCodeChange.questions == [.mainCodeChangeable, .timing, .function])
    }

    @Test func roleFollowsTimingAndFunction() {
        #expect(Role(Answers(timing: .beforeMain, function: .proxyOutbound)) == .initContainer)
        #expect(Role(Answers(function: .extend)) == .sidecar)
        #expect(Role(Answers(function: .transformOutput)) == .adapter)
        #expect(Role(Answers(function: .proxyOutbound)) == .ambassador)
    }
}

/// Every combination of the seven answers (192).
enum AnswerSpace {
    static var all: [Answers] {
        var out: [Answers] = []
        for l in Lifecycle.allCases { for c in Coupling.allCases { for s in Scaling.allCases {
            for m in [true, false] { for st in State.allCases { for t in Timing.allCases { for f in Function.allCases {
                out.append(Answers(lifecycle: l, coupling: c, scaling: s, mainCodeChangeable: m, state: st, timing: t, function: f))
            } } } }
        } } }
        return out
    }
}
