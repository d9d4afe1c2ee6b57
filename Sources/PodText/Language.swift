#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A language podwright speaks.
public enum Language: String, CaseIterable, Sendable {
    case en, ko

    /// The variables that choose the language, the first set one winning.
    static let localeVariables = ["LC_ALL", "LC_MESSAGES", "LANG"]

    /// The language the environment asks for (`LC_ALL`, `LC_MESSAGES`, `LANG`), English when none is Korean.
    public static func fromEnvironment(_ environment: [String: String] = localeEnvironment) -> Language {
        for name in localeVariables {
            if let value = environment[name], !value.isEmpty {
                return value.lowercased().hasPrefix("ko") ? .ko : .en
            }
        }
        return .en
    }

    /// The variables of the process's environment that choose the language, read one by one (building the whole
    /// environment as a dictionary costs more than the rest of a small command).
    public static var localeEnvironment: [String: String] {
        var found: [String: String] = [:]
        for name in localeVariables {
            if let value = getenv(name) { found[name] = String(cString: value) }
        }
        return found
    }
}
