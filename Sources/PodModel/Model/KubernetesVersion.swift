/// A Kubernetes minor version that podwright can target (1.27 to 1.37).
public struct KubernetesVersion: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let minor: Int

    /// The minor versions whose schemas every emitted manifest is validated against.
    public static let supportedMinors = 27...37
    /// The newest supported version, the default target.
    public static let newest = KubernetesVersion(uncheckedMinor: supportedMinors.upperBound)
    /// The first version with native sidecars on by default (beta in 1.29, GA in 1.33).
    public static let nativeSidecars = KubernetesVersion(uncheckedMinor: 29)

    init(uncheckedMinor minor: Int) { self.minor = minor }

    /// Reads `1.33`, `v1.33` or `1.33.2`; nil when the text is not a supported version.
    public init?(_ text: String) {
        var body = Substring(text)
        if body.hasPrefix("v") { body = body.dropFirst() }
        let parts = body.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 2 || parts.count == 3,
              parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
              parts[0] == "1", let minor = Int(parts[1]),
              Self.supportedMinors.contains(minor)
        else { return nil }
        self.minor = minor
    }

    /// Whether native sidecars are available (and on by default) on this version.
    public var hasNativeSidecars: Bool { self >= Self.nativeSidecars }

    public var description: String { "1.\(minor)" }

    /// All supported versions, oldest first.
    public static var all: [KubernetesVersion] { supportedMinors.map(KubernetesVersion.init(uncheckedMinor:)) }

    public static func < (a: KubernetesVersion, b: KubernetesVersion) -> Bool { a.minor < b.minor }
}
