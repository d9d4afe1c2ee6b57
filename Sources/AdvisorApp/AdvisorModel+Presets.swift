import PodDesign
import PodModel

extension AdvisorModel {
    /// The image catalogue's presets the current step offers: on the image step those that fit the image typed (all
    /// while it is empty), and on the name step of a companion with no image yet those that fit the name typed (all
    /// while it is the name it was added with). Empty elsewhere.
    public var offeredPresets: [ImagePreset] {
        guard case let .question(index, step) = screen, draft.companions.indices.contains(index) else { return [] }
        let companion = draft.companions[index]
        switch step {
        case .image: return ImagePreset.matching(companion.image)
        case .name where companion.image.isEmpty: return ImagePreset.matching(Draft.isDefaultName(companion.name) ? "" : companion.name)
        default: return []
        }
    }

    /// The preset ↑/↓ have picked, if any.
    public var pickedPreset: ImagePreset? {
        guard let presetPick else { return nil }
        let presets = offeredPresets
        return presets.indices.contains(presetPick) ? presets[presetPick] : nil
    }

    /// ↓ and ↑ move through the offered presets (↑ off the first one goes back to the text typed); Enter takes the one
    /// picked. Returns false when the action is not about presets (nothing offered, or Enter with nothing picked).
    mutating func presetAction(_ action: Action, _ index: Int, _ step: CompanionStep) -> Bool {
        let presets = offeredPresets
        guard !presets.isEmpty else {
            presetPick = nil
            return false
        }
        switch action {
        case .down: presetPick = min(presets.count - 1, (presetPick ?? -1) + 1)
        case .up: presetPick = presetPick.flatMap { $0 <= 0 ? nil : min(presets.count - 1, $0 - 1) }
        case .select:
            guard let preset = pickedPreset else { return false }
            take(preset, index, step)
        default: return false
        }
        return true
    }

    /// Fills in a preset's image, and its name when the companion's is still the one it was added with (or when it was
    /// picked on the name step) and no other companion serves it by that name; then shows the image step, where a tag
    /// can be added, and the answers it preselects with the reason.
    mutating func take(_ preset: ImagePreset, _ index: Int, _ step: CompanionStep) {
        var companion = draft.companions[index]
        companion.image = preset.image
        let served = draft.companions.contains { $0.serves == companion.name && !companion.name.isEmpty }
        if step == .name || Draft.isDefaultName(companion.name), !served {
            companion.name = draft.freeName(preset.entry.name, except: index)
        }
        draft.companions[index] = companion
        presetPick = nil
        screen = .question(companion: index, step: .image)
        status = Status(.uiStatusPresetTaken, ["image": preset.image])
    }

    /// The catalogue entry whose preselected answers the image step explains: the preset picked, else the entry of
    /// the image typed.
    var explainedPreset: ImagePreset? {
        if let pickedPreset { return pickedPreset }
        guard case let .question(index, .image) = screen, draft.companions.indices.contains(index),
              let entry = ImageCatalogue.entry(for: draft.companions[index].image) else { return nil }
        return ImagePreset(entry: entry, image: draft.companions[index].image)
    }

    /// The answers the preset would preselect for the companion at `index`, in question order: those it has not
    /// given, where the catalogue's answer applies (a `postgres` that runs before the main container is a client,
    /// not a database).
    func preselected(by preset: ImagePreset, for index: Int) -> [Answer] {
        var companion = draft.companions[index]
        companion.image = preset.image
        return Question.allCases.compactMap { question in
            guard case .image = companion.assumption(question) else { return nil }
            return companion.answer(question)
        }
    }
}

