/// What a learner can open on the server: the class's quiz, the advisor on a design of their own, or the pattern guide.
public enum WorkshopProgram: String, CaseIterable, Sendable, Hashable {
    case quiz, advisor, patterns

    /// Reads `--offer`: names separated by commas, each once, at least one (`quiz,advisor,patterns`); nil otherwise.
    /// The menu lists them in this order, which is the teacher's.
    public static func offer(_ text: String) -> [WorkshopProgram]? {
        var programs: [WorkshopProgram] = []
        for name in text.split(separator: ",", omittingEmptySubsequences: false) {
            guard let program = WorkshopProgram(rawValue: String(name)), !programs.contains(program) else { return nil }
            programs.append(program)
        }
        return programs.isEmpty ? nil : programs
    }
}
