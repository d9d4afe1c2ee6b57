/// A Kubernetes resource quantity as the design file accepts it: a plain decimal number and an optional suffix.
public enum ResourceQuantity {
    /// The suffixes a CPU amount may have: none (cores) or `m` (thousandths of a core).
    static let cpuSuffixes: [String: Double] = ["": 1, "m": 0.001]
    /// The suffixes a memory amount may have: none (bytes), decimal and binary multiples.
    static let memorySuffixes: [String: Double] = [
        "": 1, "k": 1e3, "M": 1e6, "G": 1e9, "T": 1e12, "P": 1e15, "E": 1e18,
        "Ki": 1024, "Mi": 1_048_576, "Gi": 1_073_741_824, "Ti": 1_099_511_627_776,
        "Pi": 1_125_899_906_842_624, "Ei": 1_152_921_504_606_846_976,
    ]

    /// The value of a CPU amount in cores, or nil when it is not one.
    public static func cores(_ text: String) -> Double? { value(text, suffixes: cpuSuffixes) }

    /// The value of a memory amount in bytes, or nil when it is not one.
    public static func bytes(_ text: String) -> Double? { value(text, suffixes: memorySuffixes) }

    /// Whether a memory amount ends in `m`, which Kubernetes reads as thousandths of a byte (`512m` for `512Mi`).
    public static func isMilliBytes(_ text: String) -> Bool { value(text, suffixes: ["m": 0.001]) != nil }

    static func value(_ text: String, suffixes: [String: Double]) -> Double? {
        let digits = text.prefix { $0.isASCII && ($0.isNumber || $0 == ".") }
        let suffix = String(text.dropFirst(digits.count))
        guard !digits.isEmpty, digits.filter({ $0 == "." }).count <= 1, digits != ".",
              let multiplier = suffixes[suffix], let number = Double(digits), number > 0 else { return nil }
        return number * multiplier
    }
}
