/// An in-memory terminal for tests: a fixed size, scripted events, and the last buffer drawn.
public struct TestBackend: Backend {
    public var size: (width: Int, height: Int)
    public var events: [Event]
    public private(set) var buffer: Buffer

    public init(width: Int, height: Int, events: [Event] = []) {
        self.size = (width, height)
        self.events = events
        self.buffer = Buffer(width: width, height: height)
    }

    public mutating func draw(_ buffer: Buffer) { self.buffer = buffer }

    public mutating func nextEvent() -> Event? { events.isEmpty ? nil : events.removeFirst() }
}
