extension PodPicture {
    /// The picture as a Mermaid flowchart: a subgraph per pod, a node per container and volume, an edge per link.
    /// Ids are the picture's own (`p0c1`), so the text is the same for the same decision.
    public func mermaid() -> [String] {
        var lines = ["flowchart LR"]
        for pod in pods {
            lines.append("  subgraph \(pod.id)[\"\(Self.mermaidLabel(pod.title))\"]")
            lines.append("    direction TB")
            for container in pod.containers {
                let (open, close) = Self.mermaidShape(container.kind)
                lines.append("    \(container.id)\(open)\"\(Self.mermaidLabel(container.caption))\"\(close)")
            }
            for volume in pod.volumes {
                lines.append("    \(volume.id)[(\"\(Self.mermaidLabel("emptyDir · \(volume.name) \(volume.path)"))\")]")
            }
            lines.append("  end")
        }
        for pod in pods {
            for volume in pod.volumes {
                lines += volume.mountedBy.map { "  \($0) --- \(volume.id)" }
            }
        }
        for link in links {
            let label = Self.mermaidLabel(link.label)
            switch link.kind {
            case .localhost, .network: lines.append("  \(link.from) -- \"\(label)\" --> \(link.to)")
            case .runsOnce: lines.append("  \(link.from) -. \"\(label)\" .-> \(link.to)")
            case .startsBefore: lines.append("  \(link.from) -. \"\(label)\" .-> \(link.to)")
            }
        }
        let classes: [(PictureContainer.Kind, String, String)] = [
            (.main, "podMain", "stroke-width:3px"), (.initContainer, "podInit", "stroke-dasharray:5 3"),
            (.nativeSidecar, "podNative", "stroke-dasharray:1 2,stroke-width:2px"),
        ]
        for (kind, name, style) in classes {
            let ids = containers.filter { $0.kind == kind }.map(\.id)
            guard !ids.isEmpty else { continue }
            lines += ["  classDef \(name) \(style)", "  class \(ids.joined(separator: ",")) \(name)"]
        }
        return lines
    }

    /// The brackets of a container's node: a stadium for init containers, a subroutine box for native sidecars,
    /// a plain box for the rest.
    static func mermaidShape(_ kind: PictureContainer.Kind) -> (String, String) {
        switch kind {
        case .initContainer: ("([", "])")
        case .nativeSidecar: ("[[", "]]")
        case .main, .sidecar: ("[", "]")
        }
    }

    /// Text made safe inside a quoted Mermaid label: quotes and angle brackets as entity codes, control
    /// characters as spaces, so a name from the design cannot end the label or start markup.
    static func mermaidLabel(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "#quot;"
            case "<": out += "#lt;"
            case ">": out += "#gt;"
            case "#": out += "#35;"
            default: out.unicodeScalars.append(scalar.properties.generalCategory == .control ? " " : scalar)
            }
        }
        return out
    }
}
