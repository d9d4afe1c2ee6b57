/// The main service of a Compose file, with the comment lines that say why it was chosen.
struct ComposeMainChoice {
    var service: ComposeService
    var comments: [String]
}
