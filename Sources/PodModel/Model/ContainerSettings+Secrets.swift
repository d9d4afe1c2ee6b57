import PodModel

extension ContainerSettings {
    /// Whether a variable's name says it holds a secret: it contains `PASSWORD`, `PASSWD`, `SECRET` or `TOKEN`, or
    /// ends in `_KEY` or `_PASS` (any case); never when it ends in `_FILE` (a path to the secret, as the official
    /// images read `POSTGRES_PASSWORD_FILE`) or `_ID` (a public identifier such as `AWS_ACCESS_KEY_ID`).
    static func looksSecret(_ name: String) -> Bool {
        let name = name.uppercased()
        guard !name.hasSuffix("_FILE"), !name.hasSuffix("_ID") else { return false }
        return ["PASSWORD", "PASSWD", "SECRET", "TOKEN"].contains { name.contains($0) }
            || ["_KEY", "_PASS"].contains { name.hasSuffix($0) }
    }
}
