import PodDesign
import PodText

/// The `--seed` and `--count` of a quiz as written on the command line, read and checked the same way by
/// `podwright quiz` and `podwright serve`; each command names its own messages.
struct QuizOrderArguments {
    var seed: String?
    var count: String?

    /// The seed (nil when none is given) and the number of questions (nil: all); a value that does not read, or a
    /// count outside 1 to the number of scenarios, is one line with the command's message.
    func values(_ catalog: Catalog, seedError: TextKey, countError: TextKey) throws -> (seed: UInt64?, count: Int?) {
        var seedValue: UInt64?
        if let seed {
            guard let value = UInt64(seed) else { throw Failure.badInput(catalog[seedError, ["found": seed]]) }
            seedValue = value
        }
        var countValue: Int?
        if let count {
            let total = QuizScenario.all.count
            guard let value = Int(count), (1...total).contains(value) else {
                throw Failure.badInput(catalog[countError, ["found": count, "max": String(total)]])
            }
            countValue = value
        }
        return (seedValue, countValue)
    }
}
