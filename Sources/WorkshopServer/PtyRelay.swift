import NIOCore
import NIOSSH

/// On the pseudo-terminal's channel: what the program writes goes to the learner's SSH channel; when the program ends
/// (the terminal reads end of file or EIO), the SSH channel closes with its exit status 0.
final class PtyRelay: ChannelInboundHandler {
    typealias InboundIn = ByteBuffer

    private let session: Channel

    init(session: Channel) {
        self.session = session
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        let bytes = unwrapInboundIn(data)
        session.writeAndFlush(SSHChannelData(type: .channel, data: .byteBuffer(bytes)), promise: nil)
    }

    func errorCaught(context: ChannelHandlerContext, error: Error) {
        context.close(promise: nil)
    }

    func channelInactive(context: ChannelHandlerContext) {
        let session = self.session
        session.triggerUserOutboundEvent(SSHChannelRequestEvent.ExitStatus(exitStatus: 0)).whenComplete { _ in
            session.close(promise: nil)
        }
        context.fireChannelInactive()
    }
}
