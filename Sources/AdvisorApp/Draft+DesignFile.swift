import PodDesign
import PodModel

extension Draft {
    /// The draft as design-file text, written through the design file's schema; `completeOnly` leaves out
    /// companions still missing a name or image.
    public func designFile(completeOnly: Bool = false) -> String {
        designFile(completeOnly: completeOnly, steps: companionSteps())
    }

    /// The steps of each companion for its design-file text (`CompanionStep.steps(for:choosesServed: false)`);
    /// those of a companion the same as in `earlier` at the same place are taken from there (working them out
    /// decides the companion).
    func companionSteps(reusing earlier: (companions: [DraftCompanion], steps: [[CompanionStep]])? = nil) -> [[CompanionStep]] {
        companions.indices.map { index in
            if let earlier, earlier.steps.indices.contains(index), earlier.companions.indices.contains(index),
               earlier.companions[index] == companions[index] {
                return earlier.steps[index]
            }
            return CompanionStep.steps(for: companions[index], choosesServed: false)
        }
    }

    /// The draft as design-file text, with the steps of each companion (`companionSteps`).
    func designFile(completeOnly: Bool, steps: [[CompanionStep]]) -> String {
        let fields = MainField.fields(for: self)
        func typed(_ path: FieldPath) -> String? {
            fields.first { $0.path == path }?.value(in: self)
        }
        let shown = zip(companions, steps).filter { companion, _ in !completeOnly || (!companion.name.isEmpty && !companion.image.isEmpty) }
        return EnteredDesignFile.yaml(
            top: EnteredDesignFile.Mapping(entered: { $0 == .podwright ? String(Design.format) : typed(.top($0)) }, carried: carriedTop ?? []),
            main: EnteredDesignFile.Mapping(entered: { typed(.main($0)) }, carried: carriedMain ?? []),
            companions: shown.map { companion, steps in
                EnteredDesignFile.Mapping(
                    entered: { companion.typed($0, steps: steps) }, notes: companion.note, carried: companion.carried ?? []
                )
            }
        )
    }

    /// Carried entries, nil when there are none (so a draft without them encodes as before).
    static func carried(_ entries: [YAMLEntry]) -> [YAMLEntry]? { entries.isEmpty ? nil : entries }

    /// The design the draft stands for, or the first thing wrong with it, as the parser reports it.
    public func design(completeOnly: Bool = false) -> Result<Design, DesignError> {
        design(completeOnly: completeOnly, steps: companionSteps())
    }

    /// The design the draft stands for, with the steps of each companion (`companionSteps`).
    func design(completeOnly: Bool, steps: [[CompanionStep]]) -> Result<Design, DesignError> {
        do {
            return .success(try DesignParser.parse(designFile(completeOnly: completeOnly, steps: steps), file: "draft"))
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
