import NIOCore
import NIOSSH

/// Password authentication for one connection: the class code, and a user name that `LoginName` reads; remembers
/// the learner for the connection's session channel. Used on the connection's event loop only.
final class LoginCheck: NIOSSHServerUserAuthenticationDelegate, @unchecked Sendable {
    private let code: String
    private let language: String
    /// The learner, once signed in.
    private(set) var login: LoginName?

    init(code: String, language: String) {
        self.code = code
        self.language = language
    }

    var supportedAuthenticationMethods: NIOSSHAvailableUserAuthenticationMethods { .password }

    func requestReceived(
        request: NIOSSHUserAuthenticationRequest, responsePromise: EventLoopPromise<NIOSSHUserAuthenticationOutcome>
    ) {
        guard case let .password(password) = request.request, ClassCode.matches(password.password, code),
              let login = LoginName.parse(request.username, language: language) else {
            responsePromise.succeed(.failure)
            return
        }
        self.login = login
        responsePromise.succeed(.success)
    }
}
