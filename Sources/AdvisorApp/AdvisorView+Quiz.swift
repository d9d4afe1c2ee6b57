import PodDesign
import PodEngine
import PodModel
import TerminalUI
import TextWidth

extension AdvisorView {
    /// One drawn line of a quiz page: runs of text, each in its style.
    typealias QuizLine = [(text: String, style: Style)]

    /// The quiz's page: the intro, a question, the feedback on an answer, the question whether to end, or the score;
    /// it takes the whole body.
    func quiz(_ buffer: inout Buffer, _ area: Rect, _ state: QuizScreen) {
        switch state.phase {
        case let .intro(selected):
            intro(&buffer, area, state, selected: selected)
        case let .question(selected):
            guard let scenario = state.quiz.current else { return }
            question(&buffer, area, scenario, state, selected: selected)
        case .leaving:
            let inner = buffer.box(area, title: text[.quizLeaveTitle], style: theme.title, titleStyle: theme.title)
            let content = Rect(x: inner.x + 1, y: inner.y + 1, width: max(0, inner.width - 2), height: max(0, inner.height - 1))
            let values = ["answered": String(state.quiz.results.count), "count": String(state.quiz.scenarios.count)]
            let used = buffer.paragraph(text[.quizLeaveText, values], in: content, style: .bold)
            buffer.paragraph(text[.quizLeaveKeys], in: Rect(x: content.x, y: content.y + used + 1, width: content.width,
                                                           height: max(0, content.height - used - 1)), style: theme.hint)
        case let .feedback(scroll), let .score(scroll):
            let page = quizPage(state)
            let inner = buffer.box(area, title: page.title, style: theme.title, titleStyle: theme.title)
            let content = Rect(x: inner.x + 1, y: inner.y, width: max(0, inner.width - 2), height: inner.height)
            let body = Rect(x: content.x, y: content.y, width: content.width, height: Self.quizBodyHeight(content))
            for (row, line) in page.lines.dropFirst(min(scroll, quizScrollLimit(state))).prefix(body.height).enumerated() {
                draw(&buffer, line, x: body.x, y: body.y + row, clip: body)
            }
            buffer.draw(page.hint.fitted(toWidth: content.width), x: content.x, y: content.maxY - 1, style: theme.hint, clip: content)
            if scroll < quizScrollLimit(state) {
                let more = text[.quizMore]
                buffer.draw(more, x: content.maxX - more.displayWidth, y: content.maxY - 1, style: theme.key, clip: content)
            }
        }
    }

    /// What the quiz is, and the level to choose unless the command line chose it.
    func intro(_ buffer: inout Buffer, _ area: Rect, _ state: QuizScreen, selected: Int) {
        let inner = buffer.box(area, title: text[.quizIntroTitle], style: theme.title, titleStyle: theme.title)
        let content = Rect(x: inner.x + 1, y: inner.y + 1, width: max(0, inner.width - 2), height: max(0, inner.height - 1))
        var y = content.y
        let room = { Rect(x: content.x, y: y, width: content.width, height: max(0, content.maxY - y)) }
        y += buffer.paragraph(text[.quizIntroText], in: room()) + 1
        y += buffer.paragraph(text[.quizIntroCount, ["count": String(state.quiz.scenarios.count)]], in: room(), style: .bold) + 1
        guard !state.levelFixed else {
            buffer.paragraph(text[.quizIntroStart], in: room(), style: theme.hint)
            return
        }
        y += buffer.paragraph(text[.quizIntroLevel], in: room(), style: .bold)
        for (index, level) in QuizLevel.allCases.enumerated() {
            let label = "\(index + 1). " + text[level == .questions ? .quizIntroLevelQuestions : .quizIntroLevelPlacement]
            for (row, line) in TextWrap.wrap(label, width: max(1, content.width - 5)).enumerated() where y < content.maxY {
                menuItem(&buffer, (row == 0 ? "" : "   ") + line, x: content.x, y: y, width: content.width,
                         selected: index == selected, marker: row == 0)
                y += 1
            }
        }
        y += 1
        buffer.paragraph(text[.quizIntroChoose], in: room(), style: theme.hint)
    }

    /// A scenario: its story (and the answers given so far) at the top, the question, its options and the keys at the
    /// bottom; a story longer than its room scrolls (PgUp/PgDn) with a `↓ more` mark.
    func question(_ buffer: inout Buffer, _ area: Rect, _ scenario: QuizScenario, _ state: QuizScreen, selected: Int) {
        let quiz = state.quiz
        let title = text[.quizQuestionTitle, [
            "number": String(quiz.results.count + 1), "count": String(quiz.scenarios.count), "title": text[scenario.title],
        ]]
        let inner = buffer.box(area, title: title, style: theme.title, titleStyle: theme.title)
        let content = Rect(x: inner.x + 1, y: inner.y, width: max(0, inner.width - 2), height: inner.height)
        let layout = questionLayout(state)
        let story = Array(layout.story.dropFirst(min(state.storyScroll, storyScrollLimit(state))).prefix(layout.storyRows))
        for (row, line) in story.enumerated() {
            draw(&buffer, line, x: content.x, y: content.y + row, clip: content)
        }
        if state.storyScroll < storyScrollLimit(state) {
            let more = text[.quizMore]
            buffer.draw(more, x: content.maxX - more.displayWidth, y: content.y + layout.storyRows, style: theme.key, clip: content)
        }
        var y = content.y + story.count
        if !layout.given.isEmpty {
            for line in [""] + layout.given {
                buffer.draw(line, x: content.x, y: y, style: line == layout.given.first ? .bold : theme.hint, clip: content)
                y += 1
            }
        }
        let bottomTop = content.maxY - layout.bottom.count
        for (row, line) in layout.bottom.enumerated() where bottomTop + row >= content.y {
            let y = bottomTop + row
            if let option = line.option {
                let index = option >= 0 ? option : -1 - option
                menuItem(&buffer, line.text, x: content.x, y: y, width: content.width, selected: index == selected, marker: option >= 0)
            } else {
                buffer.draw(line.text, x: content.x, y: y, style: line.style, clip: content)
            }
        }
    }

    /// The question page's parts at this size: the story's lines and how many rows they get, the answers given so far
    /// (a heading and rows), and the bottom block (prompt, options wrapped under their numbers, keys).
    func questionLayout(_ state: QuizScreen) -> (story: [QuizLine], storyRows: Int, given: [String],
                                                  bottom: [(text: String, style: Style, option: Int?)]) {
        guard let scenario = state.quiz.current else { return ([], 0, [], []) }
        let width = max(1, model.width - 4)
        let height = max(0, model.height - 5)
        let values = ["name": scenario.companion.name, "main": scenario.design.main.name]
        let prompt = switch state.quiz.level {
        case .placement: text[.quizQuestionPrompt, values]
        case .questions: state.sheet.next.map { text[$0.quizAskKey, values] } ?? ""
        }
        var bottom: [(text: String, style: Style, option: Int?)] = TextWrap.wrap(prompt, width: width).map { ($0, .bold, nil) }
        for (index, option) in state.options.enumerated() {
            let label = "\(index + 1). " + optionText(option, values)
            for (row, line) in TextWrap.wrap(label, width: max(1, width - 5)).enumerated() {
                bottom.append(((row == 0 ? "" : "   ") + line, .plain, row == 0 ? index : -1 - index))
            }
        }
        let keys = text[state.quiz.level == .questions ? .quizQuestionKeys : .quizQuestionPlacementKeys, ["last": String(state.options.count)]]
        bottom += TextWrap.wrap(keys, width: width).map { ($0, theme.hint, nil) }
        let story = styledWrap(text[scenario.story, values], width: width, style: .plain)
        var given: [String] = []
        if !state.sheet.given.isEmpty {
            let cells = state.sheet.given.map { text[$0.question.factKey] + ": " + $0.word }
            given = [text[.quizQuestionGiven]] + grid(cells, width: width)
        }
        // The story gets what the bottom block and the answers leave (a blank row before each); the answers give way
        // to at least three rows of story.
        var room = max(1, height - bottom.count - 1)
        if !given.isEmpty {
            if room - given.count - 1 >= min(3, story.count) { room -= given.count + 1 } else { given = [] }
        }
        return (story, min(story.count, room), given, bottom)
    }

    /// How far the story can scroll at this size.
    func storyScrollLimit(_ state: QuizScreen) -> Int {
        let layout = questionLayout(state)
        return max(0, layout.story.count - layout.storyRows)
    }

    /// How many story lines PgUp and PgDn move.
    func storyPage(_ state: QuizScreen) -> Int { max(1, questionLayout(state).storyRows - 1) }

    /// How many lines PgUp and PgDn move on the feedback and score pages.
    var quizPageRows: Int { max(1, Self.quizBodyHeight(Rect(x: 0, y: 0, width: 0, height: max(0, model.height - 5))) - 1) }

    /// An option's words: an answer as the quiz words it (naming no pattern), or a placement.
    func optionText(_ option: QuizOption, _ values: [String: String]) -> String {
        switch option {
        case let .answer(answer): text[answer.quizSayKey, values]
        case let .placement(placement): text[placement.choiceKey]
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
    func quizPage(_ state: QuizScreen) -> (title: String, lines: [QuizLine], hint: String) {
        let width = max(1, model.width - 4)
        var lines: [QuizLine] = []
        func add(_ paragraph: String, _ style: Style = .plain, indent: String = "") {
            lines += styledWrap(paragraph, width: width, style: style, indent: indent)
        }
        let quiz = state.quiz
        let count = String(quiz.scenarios.count)
        if case .score = state.phase {
            add(text[.quizScoreTotal, ["score": String(quiz.score), "count": count]], .bold)
            if !quiz.isFinished {
                add(text[.quizScoreEarly, ["answered": String(quiz.results.count), "count": count]])
            }
            let checks = quiz.results.flatMap(\.answerChecks)
            if !checks.isEmpty {
                add(text[.quizScoreAnswers, ["right": String(checks.filter(\.isRight).count), "given": String(checks.count)]])
            }
            lines.append([])
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
        let name = decision.companion.name
        let values = ["answer": answerName(result.correct), "chosen": answerName(result.chosen), "name": name]
        if let sheet = result.sheet, let yours = result.learnerDecision {
            add(text[result.isRight ? .quizFeedbackAnswersRight : .quizFeedbackAnswersWrong, values], result.isRight ? theme.ok : theme.error)
            lines.append([])
            add(text[.quizFeedbackCompare], .bold)
            let story = decision.companion.answers
            let shown = Question.allCases.filter { sheet.asked.contains($0) || QuizScenario.decidingQuestions(decision).contains($0) }
            for question in shown {
                let expected = story.word(for: question)
                let fact = text[question.factKey]
                if let given = sheet.given.first(where: { $0.question == question }) {
                    if given.word == expected {
                        add(text[.quizFeedbackSame, ["question": fact, "answer": expected]], theme.ok, indent: "  ")
                    } else {
                        add(text[.quizFeedbackDiffers, ["question": fact, "given": given.word, "expected": expected]], theme.error, indent: "  ")
                    }
                } else {
                    add(text[.quizFeedbackNotAsked, ["question": fact, "expected": expected]], theme.hint, indent: "  ")
                }
            }
            lines.append([])
            let yourQuestions = QuizScenario.decidingQuestions(yours).filter(sheet.asked.contains)
            add(text[.quizFeedbackYours, [
                "placement": placementText(yours, main: main), "rule": "`\(yours.rule.rawValue)`",
                "answers": answerList(yours.companion.answers, yourQuestions, separator: ", "),
            ]])
            add(text[.quizFeedbackStory, [
                "placement": placementText(decision, main: main), "rule": "`\(decision.rule.rawValue)`",
                "answers": answerList(story, QuizScenario.decidingQuestions(decision), separator: ", "),
            ]])
        } else {
            if result.isRight {
                add(text[.quizFeedbackRight, values], theme.ok)
            } else {
                add(text[.quizFeedbackWrong, values], theme.error)
            }
            add(text[.quizFeedbackPlacement, ["name": name, "placement": placementText(decision, main: main)]], .bold)
            let questions = QuizScenario.decidingQuestions(decision)
            add(text[.quizFeedbackDecided, ["answers": answerList(decision.companion.answers, questions, separator: ", ")]])
        }
        lines.append([])
        add(text[.quizFeedbackRule, ["rule": "`\(decision.rule.rawValue)`"]] + " " + text[decision.rule.textKey, ["main": main]])
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

    /// The short name of a placement.
    func answerName(_ answer: QuizAnswer) -> String { text[answer.nameKey] }

    /// Answers as `label: word`, in the learner's language, with the design file's words.
    func answerList(_ answers: Answers, _ questions: [Question], separator: String) -> String {
        questions.map { text[$0.factKey] + ": " + answers.word(for: $0) }.joined(separator: separator)
    }

    /// Cells in as many columns as fit, so no cell breaks across lines.
    func grid(_ cells: [String], width: Int) -> [String] {
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

    /// Text wrapped at spaces to `width` columns (inside a word only where it must), continued lines indented;
    /// a part between backticks is drawn in the key style and the backticks themselves are not shown.
    func styledWrap(_ paragraph: String, width: Int, style: Style, indent: String = "") -> [QuizLine] {
        // Words as runs of (text, in code); a space inside backticks still separates words.
        var words: [[(String, Bool)]] = []
        var word: [(String, Bool)] = []
        var run = ""
        var code = false
        func endRun() { if !run.isEmpty { word.append((run, code)); run = "" } }
        func endWord() { endRun(); if !word.isEmpty { words.append(word); word = [] } }
        for character in paragraph {
            if character == "`" { endRun(); code.toggle() } else if character == " " { endWord() } else { run.append(character) }
        }
        endWord()
        var lines: [QuizLine] = []
        var line: QuizLine = []
        var used = 0
        func styled(_ part: (String, Bool)) -> (text: String, style: Style) { (part.0, part.1 ? theme.key : style) }
        for word in words {
            let length = word.map { $0.0.displayWidth }.reduce(0, +)
            let room = max(1, width - (lines.isEmpty ? 0 : indent.displayWidth))
            if used > 0, used + 1 + length > room {
                lines.append(line)
                line = []
                used = 0
            }
            if used > 0 {
                line.append((" ", style))
                used += 1
            } else if !lines.isEmpty, !indent.isEmpty {
                line.append((indent, style))
            }
            if length <= room - used {
                line += word.map(styled)
                used += length
                continue
            }
            // A word longer than the line: cut it where the line ends.
            for part in word {
                var rest = part.0
                while !rest.isEmpty {
                    let available = max(1, (lines.isEmpty ? width : width - indent.displayWidth) - used)
                    var taken = ""
                    for character in rest {
                        guard (taken + String(character)).displayWidth <= available else { break }
                        taken.append(character)
                    }
                    if taken.isEmpty { taken = String(rest.prefix(1)) }
                    line.append(styled((taken, part.1)))
                    used += taken.displayWidth
                    rest = String(rest.dropFirst(taken.count))
                    if !rest.isEmpty {
                        lines.append(line)
                        line = indent.isEmpty ? [] : [(indent, style)]
                        used = 0
                    }
                }
            }
        }
        if !line.isEmpty || lines.isEmpty { lines.append(line) }
        return lines
    }

    /// Draws a styled line from `x`, clipped to `clip`.
    func draw(_ buffer: inout Buffer, _ line: QuizLine, x: Int, y: Int, clip: Rect) {
        var column = x
        for run in line {
            column = buffer.draw(run.text, x: column, y: y, style: run.style, clip: clip)
        }
    }
}
