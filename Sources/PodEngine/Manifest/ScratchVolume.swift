/// An `emptyDir` a container writes to under a read-only root filesystem: `/tmp`, and the paths the image catalogue
/// says the image writes.
struct ScratchVolume: Hashable, Sendable {
    /// The container that mounts it.
    let container: String
    /// Where it is mounted.
    let path: String
    /// The volume's name, unique in its pod.
    let name: String
}
