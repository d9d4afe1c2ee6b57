import PodEngine
import PodModel
import PodText
import TextWidth

/// A pattern's teaching page: the texts from the catalog, and the diagram, timeline and manifest
/// of the pattern's design as the engine decides it, so the page says what `recommend` would emit.
public struct PatternPage {
    public let pattern: Pattern
    public let decision: Decision
    /// The version asked for, when the page is shown for another one (native sidecars on an older target).
    public let requestedTarget: KubernetesVersion?
    let text: Catalog

    public init(_ pattern: Pattern, catalog: Catalog, target: KubernetesVersion? = nil) {
        self.pattern = pattern
        self.text = catalog
        let decision = Advisor.decide(pattern.design(target: target))
        self.decision = decision
        self.requestedTarget = target == decision.target ? nil : target
    }

    public var title: String { pattern.text(.title, text) }

    /// The starter manifest of the pattern's design, exactly as `recommend` writes it.
    public var manifest: String { StarterManifest(decision, catalog: text).yaml() }

    /// The rule and justification ids the engine fired for the design, in order.
    public var firedRules: [String] {
        decision.companions.flatMap { item -> [String] in
            guard case let .colocated(_, _, justifications) = item.placement else { return [item.rule.rawValue] }
            return [item.rule.rawValue] + justifications.map(\.rawValue)
        }
    }

    /// The page's parts, in order; the diagram is cut to `diagramWidth` when one is given.
    public func blocks(diagramWidth: Int? = nil) -> [PageBlock] {
        let style = text[decision.nativeSidecars ? .styleNative : .styleClassic]
        var manifestBlocks: [PageBlock] = [.heading(text[.patternHeadingManifest, ["target": decision.target.description, "style": style]])]
        if let requestedTarget {
            manifestBlocks.append(.paragraph(text[.patternNativeNeedsNewer, [
                "first": KubernetesVersion.nativeSidecars.description, "target": requestedTarget.description,
            ]]))
        }
        manifestBlocks.append(.code(manifest.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init)))
        let rules = pattern == .single
            ? text[.patternRulesNone, ["ids": pattern.rules.joined(separator: ", ")]]
            : text[.patternRulesFired, ["ids": pattern.rules.joined(separator: ", ")]]
        return [
            .heading(text[.patternHeadingWhat]), .paragraph(pattern.text(.what, text)),
            .heading(text[.patternHeadingWhen]), .paragraph(pattern.text(.when, text)),
            .heading(text[.patternHeadingWhenNot]), .paragraph(pattern.text(.whenNot, text)),
            .heading(text[.patternHeadingPod]),
            .figure(PodDiagram(decision, catalog: text).lines(width: diagramWidth)),
            .paragraph(pattern.text(.outside, text)),
            .heading(text[.patternHeadingLifecycle]),
            .figure(PatternTimeline(decision).lines()),
            .steps(pattern.text(.timeline, text).split(separator: "\n").map(String.init)),
        ] + manifestBlocks + [
            .heading(text[.patternHeadingRules]),
            .paragraph(rules),
            .paragraph(text[.patternRulesChecks, ["ids": pattern.checks.map(\.rawValue).joined(separator: ", ")]]),
        ]
    }
}
