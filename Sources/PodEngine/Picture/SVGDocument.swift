import TextWidth

/// A self-contained SVG picture under construction: whole-pixel coordinates, the high-contrast theme's colours
/// (white and yellow on black, as on a projector), one monospaced font stack with Korean fallbacks, no external
/// fonts, images or scripts. Elements are written in the order they are added, so the same picture gives the same bytes.
public struct SVGDocument: Sendable {
    /// The font size of every text, in pixels.
    static let fontSize = 14
    /// The advance of one terminal column of text at `fontSize`, an upper bound for DejaVu Sans Mono (0.602 em) and
    /// for the CJK fallbacks (a wide character takes two columns and at most 1 em).
    static let columnWidth = 8.5
    static let background = "#000000"
    static let foreground = "#ffffff"
    static let accent = "#ffd700"
    static let muted = "#bbbbbb"

    var elements: [String] = []

    public init() {}

    /// The width in pixels that a text takes.
    static func width(of text: String) -> Int { Int((Double(text.displayWidth) * columnWidth).rounded(.up)) }

    mutating func rect(x: Int, y: Int, width: Int, height: Int, id: String? = nil, style: String) {
        let name = id.map { " id=\"\(Self.escaped($0))\"" } ?? ""
        elements.append("<rect\(name) x=\"\(x)\" y=\"\(y)\" width=\"\(width)\" height=\"\(height)\" rx=\"6\" \(style)/>")
    }

    /// A line of text whose baseline starts at (x, y); `inside` names the rect it must stay within (checked by the tests).
    mutating func text(_ text: String, x: Int, y: Int, inside: String? = nil, fill: String = foreground, bold: Bool = false) {
        let box = inside.map { " data-inside=\"\(Self.escaped($0))\"" } ?? ""
        let weight = bold ? " font-weight=\"bold\"" : ""
        elements.append("<text x=\"\(x)\" y=\"\(y)\" fill=\"\(fill)\"\(weight)\(box)>\(Self.escaped(text))</text>")
    }

    mutating func path(_ data: String, dashed: Bool = false, arrow: Bool = true, stroke: String = foreground) {
        let dash = dashed ? " stroke-dasharray=\"6 4\"" : ""
        let end = arrow ? " marker-end=\"url(#arrow)\"" : ""
        elements.append("<path d=\"\(data)\" fill=\"none\" stroke=\"\(stroke)\" stroke-width=\"2\"\(dash)\(end)/>")
    }

    /// The finished document, `width` by `height` pixels, with a title for screen readers.
    func rendered(width: Int, height: Int, title: String) -> String {
        var lines = [
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(width)\" height=\"\(height)\" viewBox=\"0 0 \(width) \(height)\" role=\"img\">",
            "<title>\(Self.escaped(title))</title>",
            "<style>text { font-family: \"DejaVu Sans Mono\", \"Noto Sans Mono CJK KR\", \"Noto Sans CJK KR\", "
                + "\"NanumGothicCoding\", \"NanumGothic\", monospace; font-size: \(Self.fontSize)px; white-space: pre; }</style>",
            "<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"8\" markerHeight=\"8\" "
                + "orient=\"auto-start-reverse\"><path d=\"M 0 0 L 10 5 L 0 10 z\" fill=\"\(Self.foreground)\"/></marker></defs>",
            "<rect x=\"0\" y=\"0\" width=\"\(width)\" height=\"\(height)\" fill=\"\(Self.background)\"/>",
        ]
        lines += elements
        lines.append("</svg>")
        return lines.joined(separator: "\n") + "\n"
    }

    /// Text made safe in XML content and attributes; characters XML 1.0 cannot hold (control characters but tab,
    /// line feed and carriage return, and the non-characters U+FFFE and U+FFFF) become U+FFFD.
    static func escaped(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "\t", "\n", "\r": out += " "
            default:
                let value = scalar.value
                let forbidden = value < 0x20 || (0x7F...0x9F).contains(value) || value == 0xFFFE || value == 0xFFFF
                out.unicodeScalars.append(forbidden ? "\u{FFFD}" : scalar)
            }
        }
        return out
    }
}
