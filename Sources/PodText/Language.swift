import Foundation

/// A language podwright speaks.
public enum Language: String, CaseIterable, Sendable {
    case en, ko

    /// The language the environment asks for (`LC_ALL`, `LC_MESSAGES`, `LANG`), English when none is Korean.
    public static func fromEnvironment(_ environment: [String: String] = ProcessInfo.processInfo.environment) -> Language {
        for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            if let value = environment[name], !value.isEmpty {
                return value.lowercased().hasPrefix("ko") ? .ko : .en
            }
        }
        return .en
    }
}
