import PodDesign

/// Where the person is in the pattern guide: the index or one page, and how far the page is scrolled.
public struct GuideState: Hashable, Sendable {
    /// The page shown (an index into `Pattern.allCases`), or nil for the index.
    public var page: Int?
    /// The pattern selected in the index.
    public var selected: Int
    /// The first line of the page shown.
    public var scroll: Int

    public init(page: Int? = nil, selected: Int = 0, scroll: Int = 0) {
        self.page = page
        self.selected = selected
        self.scroll = scroll
    }
}
