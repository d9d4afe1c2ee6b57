import NIOCore

/// On the progress pipe of a learner's quiz: splits lines and gives each to the class.
final class ProgressReader: ChannelInboundHandler {
    typealias InboundIn = ByteBuffer

    private let room: ClassRoom
    private let name: String
    private var pending: [UInt8] = []

    init(room: ClassRoom, name: String) {
        self.room = room
        self.name = name
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        var bytes = unwrapInboundIn(data)
        pending += bytes.readBytes(length: bytes.readableBytes) ?? []
        while let newline = pending.firstIndex(of: 10) {
            let line = String(decoding: pending[..<newline], as: UTF8.self)
            pending.removeSubrange(...newline)
            room.record(name, line: line)
        }
        if pending.count > 1 << 20 { pending.removeAll() }
    }

    func errorCaught(context: ChannelHandlerContext, error: Error) {
        context.close(promise: nil)
    }
}
