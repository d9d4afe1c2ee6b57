/// Why the results file cannot be opened, as the system words it.
struct QuizResultsProblem: Error {
    var reason: String
}
