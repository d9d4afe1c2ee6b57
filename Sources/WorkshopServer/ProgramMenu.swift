import TextWidth

/// The menu a learner sees first when the teacher offers more than one program: a number key opens one, or ↑/↓ (or
/// k/j) then Enter; q, Ctrl-C or Ctrl-D leaves. Reads the learner's bytes as they come, escape sequences split across
/// reads included.
public struct ProgramMenu: Sendable, Hashable {
    /// What the learner chose.
    public enum Choice: Sendable, Hashable {
        case open(WorkshopProgram)
        case leave
    }

    public let programs: [WorkshopProgram]
    public private(set) var selected = 0
    /// An escape sequence begun and not yet ended.
    private var escape: [UInt8] = []

    public init(programs: [WorkshopProgram]) {
        self.programs = programs
    }

    /// Takes the learner's bytes: the choice and the bytes typed after it (for the program), or nil while choosing.
    public mutating func feed(_ bytes: [UInt8]) -> (choice: Choice, rest: [UInt8])? {
        for (index, byte) in bytes.enumerated() {
            if let choice = take(byte) { return (choice, Array(bytes[(index + 1)...])) }
        }
        return nil
    }

    private mutating func take(_ byte: UInt8) -> Choice? {
        if !escape.isEmpty {
            if escape.count == 1 {
                if byte == UInt8(ascii: "[") || byte == UInt8(ascii: "O") {
                    escape.append(byte)
                    return nil
                }
                escape = []  // Escape then a key: the key counts on its own.
            } else {
                // CSI or SS3: parameters, then a final byte from @ to ~ (arrows: A up, B down).
                escape.append(byte)
                guard (0x40...0x7E).contains(byte) else {
                    if escape.count > 16 { escape = [] }
                    return nil
                }
                escape = []
                if byte == UInt8(ascii: "A") { move(-1) }
                if byte == UInt8(ascii: "B") { move(1) }
                return nil
            }
        }
        switch byte {
        case 0x1B: escape = [byte]
        case UInt8(ascii: "1")...UInt8(ascii: "9"):
            let index = Int(byte - UInt8(ascii: "1"))
            if index < programs.count { return .open(programs[index]) }
        case UInt8(ascii: "k"): move(-1)
        case UInt8(ascii: "j"): move(1)
        case 0x0D, 0x0A: return .open(programs[selected])
        case UInt8(ascii: "q"), 0x03, 0x04: return .leave
        default: break
        }
        return nil
    }

    private mutating func move(_ step: Int) {
        selected = min(programs.count - 1, max(0, selected + step))
    }

    /// The whole screen, for a terminal `columns` wide: cleared, the learner's name, the programs (the selected one in
    /// reverse video) and the keys, each line cut to the width.
    public func screen(name: String, columns: Int, _ text: (ServerMessage) -> String) -> String {
        let width = max(1, columns - 1)
        var lines = [" " + text(.menuTitle(name: name)), "", " " + text(.menuQuestion), ""]
        for (index, program) in programs.enumerated() {
            let item = (index == selected ? " ▸ " : "   ") + String(index + 1) + "  " + text(.menuItem(program))
            let cut = item.fitted(toWidth: width)
            lines.append(index == selected ? "\u{1B}[7m" + cut + "\u{1B}[0m" : cut)
        }
        lines += ["", " " + text(.menuKeys(count: programs.count))]
        let body = lines.map { $0.hasPrefix("\u{1B}") ? $0 : $0.fitted(toWidth: width) }
        return "\u{1B}[?25l\u{1B}[H\u{1B}[2J" + body.joined(separator: "\r\n") + "\r\n"
    }
}
