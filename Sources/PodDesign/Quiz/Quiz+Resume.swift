import PodModel

extension Quiz {
    /// The quiz a seed gives with the answers of an earlier report given again (`podwright serve` resumes a learner who
    /// reconnects); nil when the report does not fit the seed's questions or holds an answer that cannot be read.
    public init?(seed: UInt64, resuming report: QuizReport, target: KubernetesVersion? = nil) {
        guard report.count >= 1, report.count <= QuizScenario.all.count else { return nil }
        self.init(seed: seed, count: report.count, level: report.level, target: target)
        for question in report.questions {
            guard let current, current.id == question.id else { return nil }
            switch level {
            case .placement:
                answer(question.placement)
            case .questions:
                var sheet = QuizSheet()
                for given in question.answers {
                    guard let asked = Question(rawValue: given.question),
                          let answer = asked.choices.first(where: { $0.word == given.given }) else { return nil }
                    sheet.give(answer)
                }
                guard answer(sheet) != nil else { return nil }
            }
        }
    }
}
