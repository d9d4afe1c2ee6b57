import PodDesign
import PodModel

extension Draft {
    /// The draft as design-file text, written through the design file's schema; `completeOnly` leaves out
    /// companions still missing a name or image.
    public func designFile(completeOnly: Bool = false) -> String {
        designFile(completeOnly: completeOnly, entries: companionEntries())
    }

    /// The entries of each companion's mapping in the design-file text; those of a companion the same as in
    /// `earlier` at the same place are taken from there (working them out decides the companion, for its steps).
    func companionEntries(reusing earlier: (companions: [DraftCompanion], entries: [[YAMLEntry]])? = nil) -> [[YAMLEntry]] {
        companions.indices.map { index in
            if let earlier, earlier.entries.indices.contains(index), earlier.companions.indices.contains(index),
               earlier.companions[index] == companions[index] {
                return earlier.entries[index]
            }
            let companion = companions[index]
            let steps = CompanionStep.steps(for: companion, choosesServed: false)
            return EnteredDesignFile.companionEntries(EnteredDesignFile.Mapping(
                entered: { companion.typed($0, steps: steps) }, notes: companion.note, carried: companion.carried ?? []
            ))
        }
    }

    /// The draft as design-file text, with the entries of each companion (`companionEntries`).
    func designFile(completeOnly: Bool, entries: [[YAMLEntry]]) -> String {
        let fields = MainField.fields(for: self)
        func typed(_ path: FieldPath) -> String? {
            fields.first { $0.path == path }?.value(in: self)
        }
        let shown = zip(companions, entries).filter { companion, _ in !completeOnly || (!companion.name.isEmpty && !companion.image.isEmpty) }
        return EnteredDesignFile.yaml(
            top: EnteredDesignFile.Mapping(entered: { $0 == .podwright ? String(Design.format) : typed(.top($0)) }, carried: carriedTop ?? []),
            main: EnteredDesignFile.Mapping(entered: { typed(.main($0)) }, carried: carriedMain ?? []),
            companionEntries: shown.map(\.1)
        )
    }

    /// Carried entries, nil when there are none (so a draft without them encodes as before).
    static func carried(_ entries: [YAMLEntry]) -> [YAMLEntry]? { entries.isEmpty ? nil : entries }

    /// The design the draft stands for, or the first thing wrong with it, as the parser reports it.
    public func design(completeOnly: Bool = false) -> Result<Design, DesignError> {
        design(completeOnly: completeOnly, entries: companionEntries())
    }

    /// The design the draft stands for, with the entries of each companion (`companionEntries`).
    func design(completeOnly: Bool, entries: [[YAMLEntry]]) -> Result<Design, DesignError> {
        do {
            return .success(try DesignParser.parse(designFile(completeOnly: completeOnly, entries: entries), file: "draft"))
        } catch {
            return .failure(error)
        }
    }

    /// A draft holding a design read from a file; every answer written there counts as given.
    public init(_ design: Design) {
        self.init()
        name = design.name
        kubernetes = (design.kubernetes ?? .newest).description
        sidecarStyle = design.sidecarStyle.rawValue
        mainName = design.main.name
        mainImage = design.main.image
        workload = design.main.workload.rawValue
        replicas = String(design.main.replicas)
        mainPorts = FieldShape.entered(design.main.ports)
        carriedTop = Self.carried(EnteredDesignFile.carried(design))
        carriedMain = Self.carried(EnteredDesignFile.carried(design.main))
        companions = design.companions.map { companion in
            var draft = DraftCompanion(name: companion.name)
            draft.image = companion.image
            draft.serves = companion.serves
            for question in Question.allCases where !companion.answers.assumed.contains(question) {
                draft.answers.give(companion.answers.answer(to: question))
            }
            if !companion.notes.isEmpty { draft.notes = companion.notes }
            draft.sharedPaths = companion.sharedPaths.joined(separator: ", ")
            draft.ports = FieldShape.entered(companion.ports)
            draft.localPort = companion.localPort.map(String.init) ?? ""
            draft.upstream = companion.upstream ?? ""
            draft.carried = Self.carried(EnteredDesignFile.carried(companion))
            return draft
        }
    }
}

extension DraftCompanion {
    /// The text typed for a field of the companion's entry, or nil when it is left out: a step that does not
    /// apply, a question not answered yet, an empty local port, no `serves` (the main container). `serves` is
    /// written as kept, whatever steps are shown.
    /// `steps` are `CompanionStep.steps(for: self, choosesServed: false)`.
    func typed(_ key: FieldKey, steps: [CompanionStep]) -> String? {
        if key == .serves { return serves }
        guard let step = steps.first(where: { $0.key == key }) else { return nil }
        switch step {
        case let .question(question): return answers[question]?.word
        case .localPort where localPort.trimmingSpaces.isEmpty: return nil
        default: return text(of: step)
        }
    }

    /// The note kept beside a field (an answer's), if any.
    func note(_ key: FieldKey) -> String? {
        Question.allCases.first { FieldKey($0) == key }.flatMap(note)
    }
}
