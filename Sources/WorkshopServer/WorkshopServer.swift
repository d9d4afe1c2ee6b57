import Foundation
import NIOCore
import NIOPosix
import NIOSSH

/// `podwright serve`: an SSH server on which every learner who signs in with the class code gets the quiz, the advisor
/// or the pattern guide on a pseudo-terminal of its own, while the teacher's terminal shows the class.
public enum WorkshopServer {
    /// Starts listening and returns the lines the teacher sees first; `ready` is called with them, then this blocks
    /// until the server stops. `text` words the teacher's screen; `learnerText` what a learner sees, in their
    /// language (`en`, `ko`).
    public static func run(
        _ settings: ServerSettings, text: @escaping @Sendable (ServerMessage) -> String,
        learnerText: @escaping @Sendable (ServerMessage, String) -> String, ready: ([String]) -> Void
    ) throws {
        signal(SIGPIPE, SIG_IGN)
        let (hostKey, fingerprint) = try HostKeyStore.load(folder: settings.stateFolder)
        let header = [
            text(.header(host: settings.host, port: settings.port, code: settings.classCode)),
            text(.hostKey(fingerprint)),
            text(.resultsFile(settings.results)),
        ]
        let room = try ClassRoom(settings: settings, header: header, text: text, learnerText: learnerText)
        let reaper = ChildReaper()
        let group = MultiThreadedEventLoopGroup(numberOfThreads: System.coreCount)
        let idle = TimeAmount.seconds(Int64(settings.idleSeconds))
        // Connections not yet in a session count too (signing in, or never signing in): at most twice the session
        // limit and ten more, so a flood of half-open connections cannot take every descriptor.
        let connections = ConnectionCount(limit: settings.sessionLimit * 2 + 10)
        let bootstrap = ServerBootstrap(group: group)
            .serverChannelOption(ChannelOptions.backlog, value: 256)
            .serverChannelOption(ChannelOptions.socketOption(.so_reuseaddr), value: 1)
            .childChannelOption(ChannelOptions.socketOption(.tcp_nodelay), value: 1)
            .childChannelInitializer { channel in
                guard connections.open() else { return channel.close() }
                channel.closeFuture.whenComplete { _ in connections.closed() }
                let check = LoginCheck(code: settings.classCode, language: settings.language)
                var configuration = SSHServerConfiguration(hostKeys: [hostKey], userAuthDelegate: check, globalRequestDelegate: NoForwarding())
                configuration.maxAuthAttempts = 6  // as OpenSSH's MaxAuthTries: guessing the class code takes reconnecting
                return channel.eventLoop.makeCompletedFuture {
                    let ssh = NIOSSHHandler(
                        role: .server(configuration),
                        allocator: channel.allocator,
                        inboundChildChannelInitializer: { child, type in
                            guard case .session = type else {
                                // direct-tcpip (ssh -L) and anything else: the channel open is refused.
                                return child.eventLoop.makeFailedFuture(ServerFailure(reason: "only sessions are served"))
                            }
                            return child.eventLoop.makeCompletedFuture {
                                try child.pipeline.syncOperations.addHandler(SessionHandler(login: check.login, room: room, reaper: reaper))
                            }
                        }
                    )
                    try channel.pipeline.syncOperations.addHandlers([IdleStateHandler(readTimeout: idle), ssh, ConnectionGuard()])
                }
            }
        let channel: Channel
        do {
            channel = try bootstrap.bind(host: settings.host, port: settings.port).wait()
        } catch {
            try? group.syncShutdownGracefully()
            throw ServerFailure(reason: "\(settings.host):\(settings.port): \(error)")
        }
        ready(header)
        if settings.live {
            group.next().scheduleRepeatedTask(initialDelay: .zero, delay: .milliseconds(250)) { _ in room.redraw() }
        }
        try channel.closeFuture.wait()
    }
}
