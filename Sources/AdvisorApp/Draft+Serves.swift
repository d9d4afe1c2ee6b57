import PodDesign
import PodEngine
import PodModel

extension Draft {
    /// The steps of the companion at `index`: `serves` among them when it has a container besides the main one to
    /// choose (or serves one now); `showing`, the step on screen, stays among them (`CompanionStep.steps`).
    public func steps(ofCompanion index: Int, showing: CompanionStep? = nil) -> [CompanionStep] {
        CompanionStep.steps(for: companions[index], choosesServed: servable(by: index).count > 1, showing: showing)
    }

    /// The name of the container a companion serves: its `serves`, else the main container.
    public func served(by companion: DraftCompanion) -> String { companion.serves ?? mainName }

    /// The containers the companion at `index` can serve, the main container first, then in draft order every other
    /// finished companion (name and image given) that the engine places in a pod of its own and whose own `serves`
    /// does not lead back to it. The container it serves now is kept last when it is not one of them (renamed,
    /// deleted, or no longer placed apart), so the step still shows it and it can be changed.
    public func servable(by index: Int) -> [String] {
        let companion = companions[index]
        var names = [mainName]
        for other in companions where !other.name.isEmpty && !other.image.isEmpty && other.name != companion.name {
            guard !names.contains(other.name), isPlacedApart(other), !servesChain(from: other.name, reaches: companion.name)
            else { continue }
            names.append(other.name)
        }
        if let current = companion.serves, !names.contains(current) { names.append(current) }
        return names
    }

    /// Sets whom the companion at `index` serves; the main container is written as no `serves` at all.
    public mutating func setServed(_ name: String, at index: Int) {
        guard companions[index].serves != name else { return }
        companions[index].serves = name == mainName ? nil : name
    }

    /// Whether following `serves` from the companion named `start` comes to `target` (before the main container,
    /// a name no companion has, or a name met twice).
    func servesChain(from start: String, reaches target: String) -> Bool {
        var current = start
        var seen: Set<String> = []
        while seen.insert(current).inserted, let companion = companions.first(where: { $0.name == current }) {
            let next = served(by: companion)
            if next == target { return true }
            if next == mainName { return false }
            current = next
        }
        return false
    }

    /// Whether the engine places a companion in a pod of its own, by its answers (given or assumed).
    func isPlacedApart(_ companion: DraftCompanion) -> Bool {
        let model = Companion(name: companion.name, image: companion.image, answers: companion.engineAnswers)
        return Advisor.decide(model, native: false, serving: mainName).placement.role == nil
    }
}
