import PodDesign
import PodText
import TerminalUI

/// One row of the key table: the keys, the action, its label, and where it applies.
/// The same table drives `update`, the footer and the help overlay.
public struct KeyBinding: Hashable, Sendable {
    public var keys: [Key]
    public var action: Action
    public var label: TextKey
    public var contexts: Set<KeyContext>
    /// Whether the footer shows it (the help overlay shows every binding).
    public var inFooter: Bool

    public init(_ keys: [Key], _ action: Action, _ label: TextKey, _ contexts: Set<KeyContext>, footer: Bool = true) {
        self.keys = keys
        self.action = action
        self.label = label
        self.contexts = contexts
        self.inFooter = footer
    }

    /// The keys that work while typing text: printable characters type themselves instead.
    public func keys(typing: Bool) -> [Key] {
        typing ? keys.filter { if case .character = $0 { false } else { true } } : keys
    }

    /// How a key is written in the footer and the help.
    public static func name(_ key: Key) -> String {
        switch key {
        case let .character(c): String(c)
        case let .control(c): "Ctrl-" + String(c).uppercased()
        case .enter: "Enter"
        case .tab: "Tab"
        case .backTab: "Shift-Tab"
        case .backspace: "Backspace"
        case .delete: "Del"
        case .escape: "Esc"
        case .up: "↑"
        case .down: "↓"
        case .left: "←"
        case .right: "→"
        case .home: "Home"
        case .end: "End"
        case .pageUp: "PgUp"
        case .pageDown: "PgDn"
        case let .function(n): "F\(n)"
        }
    }
}
