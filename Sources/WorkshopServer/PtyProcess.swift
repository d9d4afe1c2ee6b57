import Foundation

/// A program on a pseudo-terminal of its own: the master side for the server, the program in a new session with the
/// terminal as its standard input, output and error, and a pipe on its descriptor 3 for its progress lines.
struct PtyProcess {
    let pid: pid_t
    /// The pseudo-terminal's master side (close-on-exec).
    let master: Int32
    /// The read end of the progress pipe (close-on-exec).
    let progress: Int32

    /// Sets the terminal's size (the kernel tells the program with SIGWINCH).
    static func resize(_ master: Int32, columns: Int, rows: Int) {
        var size = winsize(
            ws_row: UInt16(clamping: max(1, rows)), ws_col: UInt16(clamping: max(1, columns)), ws_xpixel: 0, ws_ypixel: 0
        )
        _ = ioctl(master, UInt(TIOCSWINSZ), &size)
    }

    /// Starts the program; the reason when it cannot.
    static func spawn(executable: String, arguments: [String], environment: [String], columns: Int, rows: Int) throws -> PtyProcess {
        // posix_openpt, unlockpt and ptsname are hidden from Swift by glibc's feature macros; on Linux they are
        // /dev/ptmx and two ioctls (TIOCSPTLCK, TIOCGPTN: the same numbers on x86_64 and arm64).
        let master = open("/dev/ptmx", O_RDWR | O_NOCTTY | O_CLOEXEC)
        guard master >= 0 else { throw failure("/dev/ptmx") }
        var unlock: Int32 = 0
        var number: UInt32 = 0
        guard ioctl(master, 0x4004_5431, &unlock) == 0, ioctl(master, 0x8004_5430, &number) == 0 else {
            close(master)
            throw failure("ptmx")
        }
        let name = "/dev/pts/" + String(number)
        resize(master, columns: columns, rows: rows)
        // Both ends are close-on-exec from the moment they exist: with pipe then fcntl, another learner's spawn on
        // another event loop between the two calls would inherit this pipe's write end, and this learner's reader
        // would not see the end of the pipe until that other program ended. The child gets the write end only as its
        // fd 3 (dup2 clears the flag on the copy).
        spawning.lock()
        defer { spawning.unlock() }
        let pipeEnds: (read: Int32, write: Int32)
        do {
            pipeEnds = try closeOnExecPipe()
        } catch {
            close(master)
            throw error
        }
        defer { close(pipeEnds.write) }

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        // After setsid, opening the terminal (without O_NOCTTY) makes it the session's controlling terminal.
        posix_spawn_file_actions_addopen(&actions, 0, name, O_RDWR, 0)
        posix_spawn_file_actions_adddup2(&actions, 0, 1)
        posix_spawn_file_actions_adddup2(&actions, 0, 2)
        posix_spawn_file_actions_adddup2(&actions, pipeEnds.write, 3)

        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var none = sigset_t()
        sigemptyset(&none)
        var all = sigset_t()
        sigfillset(&all)
        posix_spawnattr_setsigmask(&attributes, &none)
        posix_spawnattr_setsigdefault(&attributes, &all)
        let setsid: Int32 = 0x80  // POSIX_SPAWN_SETSID (glibc 2.26)
        posix_spawnattr_setflags(&attributes, Int16(setsid | POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))

        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup($0) } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        var pid: pid_t = 0
        let status = posix_spawn(&pid, executable, &actions, &attributes, argv, envp)
        guard status == 0 else {
            close(master)
            close(pipeEnds.read)
            throw ServerFailure(reason: executable + ": " + String(cString: strerror(status)))
        }
        return PtyProcess(pid: pid, master: master, progress: pipeEnds.read)
    }

    /// Held while a pipe is made and a program spawned: where `pipe2` cannot be found, a pipe made close-on-exec in
    /// two steps is then still never seen by another spawn (every program the server starts is started here).
    private static let spawning = NSLock()

    /// glibc's `pipe2`, which Swift does not see (it is declared for `_GNU_SOURCE` only); found once, by name.
    private static let pipe2: (@convention(c) (UnsafeMutablePointer<Int32>, Int32) -> Int32)? = {
        guard let symbol = dlsym(nil, "pipe2") else { return nil }
        return unsafeBitCast(symbol, to: (@convention(c) (UnsafeMutablePointer<Int32>, Int32) -> Int32).self)
    }()

    /// A pipe whose two ends are close-on-exec: `pipe2(O_CLOEXEC)`, atomic; else `pipe` then `fcntl` (callers hold
    /// `spawning`).
    static func closeOnExecPipe() throws -> (read: Int32, write: Int32) {
        var ends: [Int32] = [0, 0]
        if let pipe2 {
            guard pipe2(&ends, O_CLOEXEC) == 0 else { throw failure("pipe2") }
        } else {
            guard pipe(&ends) == 0 else { throw failure("pipe") }
            _ = fcntl(ends[0], F_SETFD, FD_CLOEXEC)
            _ = fcntl(ends[1], F_SETFD, FD_CLOEXEC)
        }
        return (ends[0], ends[1])
    }

    private static func failure(_ call: String) -> ServerFailure {
        ServerFailure(reason: call + ": " + String(cString: strerror(errno)))
    }
}
