/// Which files the advisor may touch: anywhere the person asks and the autosave in their state folder (their own
/// terminal), or, for a learner on `podwright serve`, only the autosave in their own folder on the server: opening,
/// saving and writing other paths are refused with the reason, and finishing keeps the design (the teacher sees it,
/// and the learner resumes it when they come back).
struct AdvisorFiles {
    /// The autosave file.
    var autosave: String
    /// Whether every other file is closed (a workshop session).
    var workshop: Bool

    /// The person's own advisor: any path, the autosave in the XDG state folder.
    static let anywhere = AdvisorFiles(autosave: Autosave.path, workshop: false)

    /// A learner's advisor on the server: their folder's autosave, nothing else.
    static func workshop(folder: String) -> AdvisorFiles {
        AdvisorFiles(autosave: folder + "/" + Autosave.fileName, workshop: true)
    }
}
