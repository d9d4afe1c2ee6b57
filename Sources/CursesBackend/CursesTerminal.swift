import CNcursesw
import Glibc
import TerminalUI

/// The real terminal: ncurses on `/dev/tty` (never stdout), raw keys, colour pairs, and a guard that restores it.
public final class CursesTerminal: Backend {
    private let tty: UnsafeMutablePointer<FILE>
    private let screen: OpaquePointer
    private let colors: Bool
    private var pairs: [Style: Int16] = [:]
    private var ended = false
    /// How long `nextEvent` waits for a key, in milliseconds.
    private let timeout: Int32

    /// Why a terminal could not be opened.
    public enum OpenError: Error { case noTerminal }

    /// Opens the controlling terminal; fails when there is none (no `/dev/tty`, or it is not a terminal).
    public init(monochrome: Bool, timeoutMilliseconds: Int32 = 1000) throws {
        setlocale(LC_ALL, "")
        guard let tty = fopen("/dev/tty", "r+") else { throw OpenError.noTerminal }
        guard isatty(fileno(tty)) != 0, let screen = newterm(nil, tty, tty) else {
            fclose(tty)
            throw OpenError.noTerminal
        }
        self.tty = tty
        self.screen = screen
        self.timeout = timeoutMilliseconds
        set_term(screen)
        pw_install_guard()
        raw()
        noecho()
        keypad(pw_stdscr(), true)
        set_escdelay(25)
        // Bracketed paste: the terminal wraps pasted text in ESC[200~ ... ESC[201~, read as two key codes of our own.
        define_key("\u{1b}[200~", Self.pasteStart)
        define_key("\u{1b}[201~", Self.pasteEnd)
        Self.send("\u{1b}[?2004h", to: tty)
        curs_set(0)
        wtimeout(pw_stdscr(), timeoutMilliseconds)
        colors = !monochrome && has_colors()
        if colors {
            start_color()
            use_default_colors()
        }
    }

    deinit { end() }

    /// Restores the terminal (idempotent).
    public func end() {
        guard !ended else { return }
        ended = true
        Self.send("\u{1b}[?2004l", to: tty)
        endwin()
        pw_remove_guard()
        delscreen(screen)
        fclose(tty)
    }

    public var size: (width: Int, height: Int) { (Int(pw_cols()), Int(pw_lines())) }

    public func draw(_ buffer: Buffer) {
        let window = pw_stdscr()
        let (columns, rows) = (Int(pw_cols()), Int(pw_lines()))
        werase(window)
        var current: Style?
        for y in 0..<min(buffer.height, rows) {
            for x in 0..<min(buffer.width, columns) {
                let cell = buffer[x, y]
                // A continuation cell is drawn by its wide character; the bottom-right cell cannot be written without scrolling.
                guard !cell.text.isEmpty, !(y == rows - 1 && x == columns - 1) else { continue }
                if cell.style != current {
                    wattrset(window, Int32(bitPattern: attributes(cell.style)))
                    current = cell.style
                }
                _ = mvwaddstr(window, Int32(y), Int32(x), cell.text)
            }
        }
        wattrset(window, Int32(bitPattern: pw_a_normal()))
        wrefresh(window)
    }

    /// The key codes given to the start and end of a bracketed paste (past ncurses' own, as `define_key` wants).
    static let pasteStart = KEY_MAX + 1
    static let pasteEnd = KEY_MAX + 2
    /// The most text one paste keeps (the rest is read and dropped): no field needs more.
    static let pasteLimit = 65_536

    static func send(_ text: String, to tty: UnsafeMutablePointer<FILE>) {
        fputs(text, tty)
        fflush(tty)
    }

    public func pendingEvent() -> Event? {
        wtimeout(pw_stdscr(), 0)
        defer { wtimeout(pw_stdscr(), timeout) }
        return nextEvent()
    }

    public func nextEvent() -> Event? {
        if pw_take_interrupt() != 0 { return .key(.control("c")) }
        var character: wint_t = 0
        let kind = wget_wch(pw_stdscr(), &character)
        if pw_take_interrupt() != 0 { return .key(.control("c")) }
        if kind == pw_err() { return nil }
        if kind == pw_key_code_yes() {
            if Int32(character) == Self.pasteStart { return .paste(readPaste()) }
            if Int32(character) == Self.pasteEnd { return nil }
            return Self.functionKey(Int32(character), size: size)
        }
        return Self.characterKey(UInt32(character)).map { .key($0) }
    }

    /// The text of a bracketed paste, up to its end marker (or a second without input, if the end never comes).
    private func readPaste() -> String {
        wtimeout(pw_stdscr(), timeout)
        var scalars = String.UnicodeScalarView()
        var count = 0
        while true {
            var character: wint_t = 0
            let kind = wget_wch(pw_stdscr(), &character)
            if kind == pw_err() { break }
            if kind == pw_key_code_yes() {
                if Int32(character) == Self.pasteEnd { break }
                continue
            }
            count += 1
            if count <= Self.pasteLimit, let scalar = Unicode.Scalar(UInt32(character)) { scalars.append(scalar) }
        }
        return String(scalars)
    }

    static func functionKey(_ code: Int32, size: (width: Int, height: Int)) -> Event? {
        switch code {
        case KEY_RESIZE: return .resize(width: size.width, height: size.height)
        case KEY_UP: return .key(.up)
        case KEY_DOWN: return .key(.down)
        case KEY_LEFT: return .key(.left)
        case KEY_RIGHT: return .key(.right)
        case KEY_HOME: return .key(.home)
        case KEY_END: return .key(.end)
        case KEY_NPAGE: return .key(.pageDown)
        case KEY_PPAGE: return .key(.pageUp)
        case KEY_BACKSPACE: return .key(.backspace)
        case KEY_DC: return .key(.delete)
        case KEY_BTAB: return .key(.backTab)
        case KEY_ENTER: return .key(.enter)
        case KEY_F0 + 1...KEY_F0 + 12: return .key(.function(Int(code - KEY_F0)))
        default: return nil
        }
    }

    static func characterKey(_ value: UInt32) -> Key? {
        switch value {
        case 9: return .tab
        case 10, 13: return .enter
        case 27: return .escape
        case 8, 127: return .backspace
        case 1...26: return .control(Character(Unicode.Scalar(value + 96)!))
        case 0..<32: return nil
        default: return Unicode.Scalar(value).map { .character(Character($0)) }
        }
    }

    private func attributes(_ style: Style) -> attr_t {
        let style = colors ? style : style.monochrome
        var attributes = pw_a_normal()
        if style.bold { attributes |= pw_a_bold() }
        if style.reverse { attributes |= pw_a_reverse() }
        if style.underline { attributes |= pw_a_underline() }
        if colors, style.foreground != .default || style.background != .default {
            attributes |= pw_color_pair(pair(style))
        }
        return attributes
    }

    private func pair(_ style: Style) -> Int16 {
        let key = Style(foreground: style.foreground, background: style.background)
        if let pair = pairs[key] { return pair }
        let pair = Int16(pairs.count + 1)
        init_pair(pair, Int16(style.foreground.rawValue), Int16(style.background.rawValue))
        pairs[key] = pair
        return pair
    }
}
