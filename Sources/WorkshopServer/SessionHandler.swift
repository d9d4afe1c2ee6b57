import Foundation
import NIOCore
import NIOPosix
import NIOSSH

/// One learner's session channel: takes the terminal request, refuses commands and subsystems with a reason, at the
/// shell request shows the menu of the programs offered (none when only one is), starts the one chosen on a
/// pseudo-terminal, and carries keys in, size changes across, and the end out.
final class SessionHandler: ChannelInboundHandler {
    typealias InboundIn = SSHChannelData
    typealias OutboundOut = SSHChannelData

    private let login: LoginName?
    private let room: ClassRoom
    private let reaper: ChildReaper
    private var terminal: (term: String, columns: Int, rows: Int)?
    private var child: PtyProcess?
    private var pty: Channel?
    private var waiting: [ByteBuffer] = []
    /// The menu, while the learner chooses.
    private var menu: ProgramMenu?
    private var admitted = false
    private var closed = false

    init(login: LoginName?, room: ClassRoom, reaper: ChildReaper) {
        self.login = login
        self.room = room
        self.reaper = reaper
    }

    func userInboundEventTriggered(context: ChannelHandlerContext, event: Any) {
        switch event {
        case let request as SSHChannelRequestEvent.PseudoTerminalRequest:
            terminal = (Self.safeTerm(request.term), request.terminalCharacterWidth, request.terminalRowHeight)
            reply(context, request.wantReply, true)
        case let request as SSHChannelRequestEvent.EnvironmentRequest:
            // Only the terminal's name and the locale may come from the client (TERM comes with the pty request; the
            // quiz always runs in C.UTF-8, which every system has, whatever LANG says).
            reply(context, request.wantReply, request.name == "LANG" || request.name == "TERM")
        case let request as SSHChannelRequestEvent.ShellRequest:
            shell(context, wantReply: request.wantReply)
        case let request as SSHChannelRequestEvent.ExecRequest:
            reply(context, request.wantReply, false)
            refuse(context, .execRefused)
        case let request as SSHChannelRequestEvent.SubsystemRequest:
            reply(context, request.wantReply, false)
            refuse(context, .subsystemRefused(request.subsystem))
        case let request as SSHChannelRequestEvent.WindowChangeRequest:
            terminal?.columns = request.terminalCharacterWidth
            terminal?.rows = request.terminalRowHeight
            if let child, pty != nil {
                PtyProcess.resize(child.master, columns: request.terminalCharacterWidth, rows: request.terminalRowHeight)
            } else if menu != nil {
                drawMenu(context)
            }
        default:
            context.fireUserInboundEventTriggered(event)
        }
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        let message = unwrapInboundIn(data)
        guard case .channel = message.type, case var .byteBuffer(bytes) = message.data else { return }
        if var chooser = menu {
            guard let (choice, rest) = chooser.feed(bytes.readBytes(length: bytes.readableBytes) ?? []) else {
                menu = chooser
                drawMenu(context)
                return
            }
            menu = nil
            switch choice {
            case let .open(program):
                start(context, program)
                if child != nil, !rest.isEmpty { waiting.append(context.channel.allocator.buffer(bytes: rest)) }
            case .leave:
                let channel = context.channel
                let bye = channel.allocator.buffer(string: "\u{1B}[?25h\u{1B}[H\u{1B}[2J")
                context.writeAndFlush(wrapOutboundOut(SSHChannelData(type: .channel, data: .byteBuffer(bye))), promise: nil)
                channel.triggerUserOutboundEvent(SSHChannelRequestEvent.ExitStatus(exitStatus: 0)).whenComplete { _ in
                    channel.close(promise: nil)
                }
            }
            return
        }
        if let pty {
            pty.writeAndFlush(bytes, promise: nil)
        } else if child != nil, waiting.count < 64 {
            waiting.append(bytes)
        }
    }

    func channelInactive(context: ChannelHandlerContext) {
        closed = true
        if let child {
            reaper.signal(child.pid, SIGHUP)
            let reaper = self.reaper
            context.eventLoop.scheduleTask(in: .seconds(2)) { reaper.signal(child.pid, SIGKILL) }
        }
        pty?.close(promise: nil)
        if admitted, let login { room.leave(login.name) }
        admitted = false
        context.fireChannelInactive()
    }

    func errorCaught(context: ChannelHandlerContext, error: Error) {
        context.close(promise: nil)
    }

    private func shell(_ context: ChannelHandlerContext, wantReply: Bool) {
        guard let login, child == nil else {
            reply(context, wantReply, false)
            context.close(promise: nil)
            return
        }
        guard terminal != nil else {
            reply(context, wantReply, true)
            refuse(context, .needsTerminal)
            return
        }
        if let refusal = room.admit(login) {
            reply(context, wantReply, true)
            refuse(context, refusal)
            return
        }
        admitted = true
        reply(context, wantReply, true)
        let offer = room.settings.offer
        if offer.count == 1 {
            start(context, offer[0])
        } else {
            menu = ProgramMenu(programs: offer)
            drawMenu(context)
        }
    }

    /// The menu's screen, for the learner's terminal as it is now.
    private func drawMenu(_ context: ChannelHandlerContext) {
        guard let menu, let login, let terminal else { return }
        let room = self.room
        let text = menu.screen(name: login.name, columns: terminal.columns) { room.learnerText($0, login.language) }
        let screen = context.channel.allocator.buffer(string: text)
        context.writeAndFlush(wrapOutboundOut(SSHChannelData(type: .channel, data: .byteBuffer(screen))), promise: nil)
    }

    /// The command line of a program for this learner: the quiz with the class's seed and count (resuming, and
    /// appending to the results until the learner has a score); the advisor with its autosave in the learner's own
    /// folder and every other file closed; the pattern guide. Each writes its progress or design lines on fd 3.
    private func arguments(_ program: WorkshopProgram, _ login: LoginName) throws -> [String] {
        let settings = room.settings
        switch program {
        case .quiz:
            var arguments = ["quiz", "--seed", String(settings.seed), "--lang", login.language, "--name", login.name, "--progress", "/dev/fd/3"]
            if let count = settings.count { arguments += ["--count", String(count)] }
            if let file = room.resumeFile(login.name) { arguments += ["--resume", file] }
            // A learner who reached the score before has their line in the results already.
            if room.lastProgress(login.name)?.scored != true { arguments += ["--results", settings.results] }
            return arguments
        case .advisor:
            return ["advise", "--lang", login.language, "--workshop", try room.advisorFolder(login.name), "--progress", "/dev/fd/3"]
        case .patterns:
            return ["patterns", "--browse", "--lang", login.language]
        }
    }

    /// Starts the program on a pseudo-terminal of the learner's terminal's size, and relays it.
    private func start(_ context: ChannelHandlerContext, _ program: WorkshopProgram) {
        guard let login, let terminal else { return }
        let settings = room.settings
        let environment = [
            "TERM=" + terminal.term, "LANG=C.UTF-8", "LC_ALL=C.UTF-8",
            "HOME=" + NSTemporaryDirectory(), "PATH=/usr/bin:/bin",
        ]
        let spawned: PtyProcess
        do {
            spawned = try PtyProcess.spawn(
                executable: settings.executable, arguments: try arguments(program, login), environment: environment,
                columns: terminal.columns, rows: terminal.rows
            )
        } catch {
            refuse(context, .startFailed((error as? ServerFailure)?.reason ?? "\(error)"))
            return
        }
        reaper.started(spawned.pid)
        child = spawned
        room.opened(login.name, program)
        if menu == nil, room.settings.offer.count > 1 {
            // The menu hid the cursor; the program shows it again where it wants it.
            let show = context.channel.allocator.buffer(string: "\u{1B}[?25h")
            context.writeAndFlush(wrapOutboundOut(SSHChannelData(type: .channel, data: .byteBuffer(show))), promise: nil)
        }
        let session = context.channel
        let room = self.room
        let name = login.name
        NIOPipeBootstrap(group: context.eventLoop)
            .channelInitializer { channel in
                channel.eventLoop.makeCompletedFuture { try channel.pipeline.syncOperations.addHandler(ProgressReader(room: room, name: name)) }
            }
            .takingOwnershipOfDescriptor(input: spawned.progress)
            .whenFailure { _ in close(spawned.progress) }
        let loop = context.eventLoop
        let handler = NIOLoopBound(self, eventLoop: loop)
        NIOPipeBootstrap(group: loop)
            .channelInitializer { channel in
                channel.eventLoop.makeCompletedFuture { try channel.pipeline.syncOperations.addHandler(PtyRelay(session: session)) }
            }
            .takingOwnershipOfDescriptor(inputOutput: spawned.master)
            .hop(to: loop)
            .whenComplete { result in
                let this = handler.value
                switch result {
                case let .success(channel):
                    if this.closed {
                        channel.close(promise: nil)
                        return
                    }
                    this.pty = channel
                    for bytes in this.waiting { channel.writeAndFlush(bytes, promise: nil) }
                    this.waiting = []
                case .failure:
                    close(spawned.master)
                    session.close(promise: nil)
                }
            }
    }

    /// Writes the reason on the learner's standard error, exit status 1, and closes the channel.
    private func refuse(_ context: ChannelHandlerContext, _ message: ServerMessage) {
        let line = "podwright: " + room.learnerText(message, login?.language ?? room.settings.language) + "\r\n"
        let buffer = context.channel.allocator.buffer(string: line)
        context.writeAndFlush(wrapOutboundOut(SSHChannelData(type: .stdErr, data: .byteBuffer(buffer))), promise: nil)
        let channel = context.channel
        channel.triggerUserOutboundEvent(SSHChannelRequestEvent.ExitStatus(exitStatus: 1)).whenComplete { _ in
            channel.close(promise: nil)
        }
    }

    private func reply(_ context: ChannelHandlerContext, _ wanted: Bool, _ success: Bool) {
        guard wanted else { return }
        let event: Any = success ? ChannelSuccessEvent() : ChannelFailureEvent()
        context.triggerUserOutboundEvent(event, promise: nil)
    }

    /// The client's terminal name when it is a plain one (letters, digits, `-`, `+`, `.`, `_`), else xterm.
    static func safeTerm(_ term: String) -> String {
        let plain = !term.isEmpty && term.count <= 64
            && term.unicodeScalars.allSatisfy { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || "-+._".unicodeScalars.contains($0)) }
        return plain ? term : "xterm"
    }
}
