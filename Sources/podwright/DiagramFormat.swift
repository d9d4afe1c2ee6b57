import ArgumentParser

/// How `podwright diagram` draws the pods: a self-contained SVG, a Mermaid flowchart, or box-drawing text.
enum DiagramFormat: String, CaseIterable, ExpressibleByArgument {
    case svg, mermaid, text
}
