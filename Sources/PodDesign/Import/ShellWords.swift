/// A command written as one string split into words as a POSIX shell (and Compose) does: spaces separate words,
/// single quotes keep everything, double quotes keep all but `\"`, `\\`, `\$` and `` \` ``, a backslash outside
/// quotes keeps the next character. An unclosed quote runs to the end of the text.
enum ShellWords {
    /// The words of the text.
    static func split(_ text: String) -> [String] {
        var words: [String] = []
        var word = ""
        var inWord = false
        var quote: Character?
        var characters = text.makeIterator()
        while let character = characters.next() {
            switch (quote, character) {
            case ("'", "'"), ("\"", "\""):
                quote = nil
            case ("\"", "\\"):
                guard let next = characters.next() else { word.append(character); break }
                if !"\"\\$`".contains(next) { word.append(character) }
                word.append(next)
            case (.some, _):
                word.append(character)
            case (nil, "'"), (nil, "\""):
                quote = character
                inWord = true
            case (nil, "\\"):
                if let next = characters.next() { word.append(next) }
                inWord = true
            case (nil, " "), (nil, "\t"), (nil, "\n"):
                if inWord { words.append(word) }
                word = ""
                inWord = false
            case (nil, _):
                word.append(character)
                inWord = true
            }
        }
        if inWord { words.append(word) }
        return words
    }
}
