import Foundation
import Testing
@testable import WorkshopServer

/// The progress pipe between the server and a learner's program is close-on-exec from the start, so no other
/// learner's program inherits it.
@Suite struct PtyProcessTests {
    @Test func progressPipeIsCloseOnExec() throws {
        let ends = try PtyProcess.closeOnExecPipe()
        defer {
            close(ends.read)
            close(ends.write)
        }
        #expect(fcntl(ends.read, F_GETFD) & FD_CLOEXEC != 0)
        #expect(fcntl(ends.write, F_GETFD) & FD_CLOEXEC != 0)
    }
}
