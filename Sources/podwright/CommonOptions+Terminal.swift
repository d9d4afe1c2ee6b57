import CursesBackend

extension CommonOptions {
    /// The terminal the advisor draws on (`/dev/tty`), in colour unless colour is turned off; no terminal is bad
    /// usage, said in one line.
    func openTerminal() throws -> CursesTerminal {
        do {
            return try CursesTerminal(monochrome: !colorAllowed)
        } catch {
            throw Failure.badInput(catalog[.uiNoTerminal])
        }
    }
}
