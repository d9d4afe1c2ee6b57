/// A terminal that shows buffers and reports events; the real one uses ncurses, the test one keeps the buffer.
public protocol Backend {
    /// The terminal's size in columns and rows.
    var size: (width: Int, height: Int) { get }
    /// Shows the buffer on the terminal.
    mutating func draw(_ buffer: Buffer)
    /// Waits for the next event; nil when nothing arrived in time.
    mutating func nextEvent() -> Event?
}
