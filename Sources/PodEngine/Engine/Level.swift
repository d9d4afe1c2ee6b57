/// How serious a finding is.
public enum Level: String, CaseIterable, Sendable, Comparable {
    case note, warning, error

    public static func < (a: Level, b: Level) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}
