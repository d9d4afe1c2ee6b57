import StyledText
import TerminalUI

extension Theme {
    /// The cell style of a semantic text style: titles, headings and levels in the theme's colours, the rest plain.
    public func style(_ textStyle: TextStyle) -> Style {
        switch textStyle {
        case .plain, .figure, .code: .plain
        case .title: title
        case .heading: key
        case .error: error
        case .warning: key
        case .note: hint
        }
    }
}
