/// An ordered YAML value with comments, so emitted manifests are the same bytes every time.
public indirect enum YAMLNode: Hashable, Sendable {
    case string(String)
    case int(Int)
    case bool(Bool)
    case mapping([YAMLEntry])
    case sequence([YAMLNode])
}
