import Crypto
import Foundation
import NIOSSH

/// The server's Ed25519 host key: generated on the first start and kept in the state folder (mode 0600), so learners'
/// clients see the same key at every class.
enum HostKeyStore {
    /// The key file's name inside the state folder.
    static let fileName = "ssh_host_ed25519_key"

    /// Reads the key, or creates it; the reason when neither works.
    static func load(folder: String) throws -> (key: NIOSSHPrivateKey, fingerprint: String) {
        let path = folder + "/" + fileName
        let signing: Curve25519.Signing.PrivateKey
        if let data = FileManager.default.contents(atPath: path) {
            guard let key = try? Curve25519.Signing.PrivateKey(rawRepresentation: data) else {
                throw ServerFailure(reason: path + ": not an Ed25519 key written by podwright")
            }
            signing = key
        } else {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
            signing = Curve25519.Signing.PrivateKey()
            let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
            guard fd >= 0 else { throw ServerFailure(reason: path + ": " + String(cString: strerror(errno))) }
            defer { close(fd) }
            let raw = Array(signing.rawRepresentation)
            guard raw.withUnsafeBytes({ write(fd, $0.baseAddress, $0.count) }) == raw.count, fsync(fd) == 0 else {
                throw ServerFailure(reason: path + ": " + String(cString: strerror(errno)))
            }
        }
        return (NIOSSHPrivateKey(ed25519Key: signing), fingerprint(signing.publicKey.rawRepresentation))
    }

    /// The key's fingerprint as OpenSSH prints it (`SHA256:` and the unpadded base64 of the key blob's hash).
    static func fingerprint(_ publicKey: Data) -> String {
        func string(_ bytes: [UInt8]) -> [UInt8] {
            let count = UInt32(bytes.count)
            return [UInt8(count >> 24), UInt8(count >> 16 & 0xFF), UInt8(count >> 8 & 0xFF), UInt8(count & 0xFF)] + bytes
        }
        let blob = string(Array("ssh-ed25519".utf8)) + string(Array(publicKey))
        let digest = Data(SHA256.hash(data: blob)).base64EncodedString()
        return "SHA256:" + digest.replacingOccurrences(of: "=", with: "")
    }
}
