/// An ordered YAML value with comments, so emitted manifests are the same bytes every time (Codable, so an
/// autosaved draft keeps the fields the advisor carries through as written).
public indirect enum YAMLNode: Hashable, Sendable, Codable {
    case string(String)
    case int(Int)
    case bool(Bool)
    case mapping([YAMLEntry])
    case sequence([YAMLNode])
}
