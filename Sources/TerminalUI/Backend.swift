/// A terminal that shows buffers and reports events; the real one uses ncurses, the test one keeps the buffer.
public protocol Backend {
    /// The terminal's size in columns and rows.
    var size: (width: Int, height: Int) { get }
    /// Shows the buffer on the terminal.
    mutating func draw(_ buffer: Buffer)
    /// Waits for the next event; nil when nothing arrived in time.
    mutating func nextEvent() -> Event?
    /// An event that has already arrived, without waiting; nil when there is none (keys typed or pasted faster
    /// than a frame are handled together and drawn once).
    mutating func pendingEvent() -> Event?
}

extension Backend {
    public mutating func pendingEvent() -> Event? { nil }
}
