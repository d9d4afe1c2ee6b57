extension ImageEntry {
    /// The variable that puts the image's data one level below where its claim is mounted (`PGDATA` at
    /// `<mount>/pgdata`): a new claim's root belongs to root, and the server refuses a data directory it does not own.
    public func dataVariable(claimMountedAt path: String) -> EnvVariable? {
        dataEnv.map { EnvVariable($0, path + "/pgdata") }
    }
}
