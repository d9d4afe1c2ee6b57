/// How a record draws its pods: a Mermaid flowchart (wikis and pull requests draw it) or box-drawing text.
public enum DiagramStyle: String, CaseIterable, Sendable {
    case mermaid, text
}
