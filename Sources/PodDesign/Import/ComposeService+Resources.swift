import PodModel

extension ComposeService {
    /// Adds to what its resources are said to be, keeping where they are first written.
    mutating func add(resource text: String, at location: SourceLocation) {
        if let written = resources {
            resources = Located(written.value + ", " + text, at: written.location)
        } else {
            resources = Located(text, at: location)
        }
    }
}
