import PodDesign
import PodEngine
import PodModel
import TerminalUI
import TextWidth

extension AdvisorView {
    /// The quiz's page: the intro, a question, the feedback on an answer, or the score; it takes the whole body.
    func quiz(_ buffer: inout Buffer, _ area: Rect, _ state: QuizScreen) {
        let quiz = state.quiz
        switch state.phase {
        case .intro:
            let inner = buffer.box(area, title: text[.quizIntroTitle], style: theme.title, titleStyle: theme.title)
            let content = Rect(x: inner.x + 1, y: inner.y + 1, width: inner.width - 2, height: max(0, inner.height - 1))
            var y = content.y
            y += buffer.paragraph(text[.quizIntroText], in: Rect(x: content.x, y: y, width: content.width, height: max(0, content.maxY - y))) + 1
            y += buffer.paragraph(text[.quizIntroCount, ["count": String(quiz.scenarios.count)]],
                                  in: Rect(x: content.x, y: y, width: content.width, height: max(0, content.maxY - y)), style: .bold) + 1
            buffer.paragraph(text[.quizIntroStart], in: Rect(x: content.x, y: y, width: content.width, height: max(0, content.maxY - y)), style: theme.hint)
        case let .question(selected):
            guard let scenario = quiz.current else { return }
            question(&buffer, area, scenario, number: quiz.results.count + 1, count: quiz.scenarios.count, selected: selected)
        case let .feedback(scroll), let .score(scroll):
            let page = quizPage(state)
            let inner = buffer.box(area, title: page.title, style: theme.title, titleStyle: theme.title)
            let content = Rect(x: inner.x + 1, y: inner.y, width: max(0, inner.width - 2), height: inner.height)
            let body = Rect(x: content.x, y: content.y, width: content.width, height: Self.quizBodyHeight(content))
            for (row, line) in page.lines.dropFirst(min(scroll, quizScrollLimit(state))).prefix(body.height).enumerated() {
                buffer.draw(line.text, x: body.x, y: body.y + row, style: line.style, clip: body)
            }
            buffer.draw(page.hint.fitted(toWidth: content.width), x: content.x, y: content.maxY - 1, style: theme.hint, clip: content)
            if scroll < quizScrollLimit(state) {
                let more = text[.quizMore]
                buffer.draw(more, x: content.maxX - more.displayWidth, y: content.maxY - 1, style: theme.key, clip: content)
            }
        }
    }

    /// A scenario: its story and answers at the top, the question and the choices kept at the bottom.
    func question(_ buffer: inout Buffer, _ area: Rect, _ scenario: QuizScenario, number: Int, count: Int, selected: Int) {
        let title = text[.quizQuestionTitle, ["number": String(number), "count": String(count), "title": text[scenario.title]]]
        let inner = buffer.box(area, title: title, style: theme.title, titleStyle: theme.title)
        let content = Rect(x: inner.x + 1, y: inner.y, width: max(0, inner.width - 2), height: inner.height)
        let companion = scenario.companion
        let choicesTop = content.maxY - QuizAnswer.allCases.count
        let promptTop = choicesTop - 1
        var y = content.y
        let room = { Rect(x: content.x, y: y, width: content.width, height: max(0, promptTop - 1 - y)) }
        y += buffer.paragraph(text[scenario.story], in: room()) + 1
        let facts = text[.quizQuestionFacts, ["name": companion.name, "main": scenario.design.main.name, "workload": scenario.design.main.workload.rawValue]]
        y += buffer.paragraph(facts, in: room(), style: .bold)
        buffer.lines(factGrid(companion.answers, width: content.width), in: room(), style: theme.hint)
        buffer.draw(text[.quizQuestionPrompt, ["name": companion.name]], x: content.x, y: promptTop, style: .bold, clip: content)
        for (index, answer) in QuizAnswer.allCases.enumerated() {
            menuItem(&buffer, "\(index + 1). " + text[answer.choiceKey],
                     x: content.x, y: choicesTop + index, width: content.width, selected: index == selected)
        }
    }

    /// Rows for the scrolled text of the feedback and score pages (below them: a blank row and the hint).
    static func quizBodyHeight(_ content: Rect) -> Int { max(1, content.height - 2) }

    /// How far the feedback or score page can scroll at this size.
    func quizScrollLimit(_ state: QuizScreen) -> Int {
        let content = Rect(x: 2, y: 2, width: max(0, model.width - 4), height: max(0, model.height - 5))
        return max(0, quizPage(state).lines.count - Self.quizBodyHeight(content))
    }

    /// The feedback or score page as a title, wrapped styled lines and a hint.
    func quizPage(_ state: QuizScreen) -> (title: String, lines: [(text: String, style: Style)], hint: String) {
        let width = max(1, model.width - 4)
        var lines: [(String, Style)] = []
        func add(_ paragraph: String, _ style: Style = .plain, indent: String = "") {
            for (row, line) in TextWrap.wrap(paragraph, width: max(1, width - indent.displayWidth)).enumerated() {
                lines.append(((row == 0 ? "" : indent) + line, style))
            }
        }
        let quiz = state.quiz
        let count = String(quiz.scenarios.count)
        if case .score = state.phase {
            add(text[.quizScoreTotal, ["score": String(quiz.score), "count": count]], .bold)
            lines.append(("", .plain))
            for result in quiz.results {
                add(text[.quizScoreLine, [
                    "mark": result.isRight ? "✓" : "✗", "title": text[result.scenario.title],
                    "answer": answerName(result.correct), "rule": result.decision.rule.rawValue,
                ]], result.isRight ? theme.ok : theme.error, indent: "  ")
            }
            let leave = state.standalone ? text[.quizScoreLeaveStandalone] : text[.quizScoreLeave]
            return (text[.quizScoreTitle], lines, leave)
        }
        guard let result = quiz.results.last else { return ("", [], "") }
        let decision = result.decision
        let main = result.scenario.design.main.name
        if result.isRight {
            add(text[.quizFeedbackRight, ["answer": answerName(result.correct)]], theme.ok)
        } else {
            add(text[.quizFeedbackWrong, ["chosen": answerName(result.chosen), "answer": answerName(result.correct)]], theme.error)
        }
        add(text[.quizFeedbackPlacement, ["name": decision.companion.name, "placement": placementText(decision, main: main)]], .bold)
        let questions = QuizScenario.decidingQuestions(decision)
        add(text[.quizFeedbackDecided, ["answers": answerList(decision.companion.answers, questions, separator: ", ")]])
        lines.append(("", .plain))
        add(text[.quizFeedbackRule, ["rule": decision.rule.rawValue]] + " " + text[decision.rule.textKey, ["main": main]])
        if case let .colocated(role, native, justifications) = decision.placement {
            for justification in justifications {
                add("· " + text[justification.textKey, ["main": main]], indent: "  ")
            }
            if role.runsAlongside {
                let target = (quiz.target ?? result.scenario.design.target).description
                add(text[native ? .quizFeedbackNative : .quizFeedbackClassic, ["target": target, "main": main]], theme.hint)
            }
        }
        let title = text[.quizFeedbackTitle, ["number": String(quiz.results.count), "count": count]]
        return (title, lines, text[quiz.isFinished ? .quizFeedbackLast : .quizFeedbackNext])
    }

    /// The short name of a layout.
    func answerName(_ answer: QuizAnswer) -> String { text[answer.nameKey] }

    /// Answers as `label: word`, in the learner's language, with the design file's words.
    func answerList(_ answers: Answers, _ questions: [Question], separator: String) -> String {
        questions.map { text[$0.factKey] + ": " + answers.word(for: $0) }.joined(separator: separator)
    }

    /// The applicable answers as `label: word` cells in as many columns as fit, so no fact breaks across lines.
    func factGrid(_ answers: Answers, width: Int) -> [String] {
        let cells = answers.applicableQuestions.map { text[$0.factKey] + ": " + answers.word(for: $0) }
        let column = (cells.map(\.displayWidth).max() ?? 0) + 2
        let perRow = max(1, (width + 2) / column)
        return stride(from: 0, to: cells.count, by: perRow).map { start in
            cells[start..<min(cells.count, start + perRow)].map { $0.padded(toWidth: column) }.joined()
        }
    }

    /// Where the engine put a companion, as the decision record words it.
    func placementText(_ decision: CompanionDecision, main: String) -> String {
        switch decision.placement {
        case let .colocated(role, native, _):
            text[native ? .recordPlacementColocatedNative : .recordPlacementColocated, ["role": text[role.textKey], "main": main]]
        case let .separate(workload):
            text[.recordPlacementSeparate, ["kind": workload.kind.rawValue]]
        }
    }
}
