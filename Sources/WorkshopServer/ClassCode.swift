/// The class code: the password every learner types; generated when the teacher gives none.
public enum ClassCode {
    /// Letters and digits that are not mistaken for one another when read off a projector.
    static let alphabet = Array("abcdefghjkmnpqrstuvwxyz23456789")

    /// A new code of eight characters (about 40 bits), from the system's random source.
    public static func generate() -> String {
        var generator = SystemRandomNumberGenerator()
        return String((0..<8).map { _ in alphabet.randomElement(using: &generator)! })
    }

    /// Compares in time that does not depend on where the two differ.
    public static func matches(_ given: String, _ code: String) -> Bool {
        let a = Array(given.utf8), b = Array(code.utf8)
        var difference = UInt8(a.count == b.count ? 0 : 1)
        for index in 0..<max(a.count, b.count) {
            difference |= (index < a.count ? a[index] : 0) ^ (index < b.count ? b[index] : 0)
        }
        return difference == 0
    }
}
