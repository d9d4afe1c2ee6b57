import Foundation
import Testing

/// `podwright quiz` run as a built binary: the list for teachers and the one-line errors of bad options.
@Suite(.serialized) struct QuizCommandLineTests {
    @Test func listPrintsEveryScenarioByIdWithItsTitle() throws {
        let result = try CommandLineTests.run(["quiz", "--list"])
        #expect(result.status == 0 && result.stderr.isEmpty)
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.count == 19)
        #expect(lines.first == "batch-log-shipper  Logs from a nightly report")
        #expect(lines.last == "web-database       A blog and its database")
        #expect(try CommandLineTests.run(["quiz", "--list"]).stdout == result.stdout)
    }

    @Test func listFollowsTheSeedAndCountInTheChosenLanguage() throws {
        let result = try CommandLineTests.run(["quiz", "--list", "--seed", "7", "--count", "3", "--lang", "ko"])
        #expect(result.status == 0)
        #expect(result.stdout == "log-adapter  형식이 다른 로그\nredis-proxy  주소 하나 뒤의 Redis 샤드\nmulti-tier   4계층 쇼핑몰\n")
    }

    @Test func badOptionsAreOneLineWithStatusTwo() throws {
        let seed = try CommandLineTests.run(["quiz", "--seed", "seven"])
        #expect(seed.status == 2 && seed.stdout.isEmpty)
        #expect(seed.stderr == "podwright: quiz: --seed: found 'seven' (allowed: a whole number from 0 to 18446744073709551615)\n")
        let negative = try CommandLineTests.run(["quiz", "--list", "--seed=-1"])
        #expect(negative.status == 2)
        #expect(negative.stderr == "podwright: quiz: --seed: found '-1' (allowed: a whole number from 0 to 18446744073709551615)\n")
        for count in ["0", "20", "many"] {
            let result = try CommandLineTests.run(["quiz", "--list", "--count", count])
            #expect(result.status == 2 && result.stdout.isEmpty)
            #expect(result.stderr == "podwright: quiz: --count: found '\(count)' (allowed: a whole number from 1 to 19)\n")
        }
        #expect(try CommandLineTests.run(["quiz", "--lang", "fr"]).status == 2)
    }

    @Test func aBadLevelOrAnUnwritableResultsFileStopsBeforeTheQuizStarts() throws {
        let level = try CommandLineTests.run(["quiz", "--seed", "7", "--level", "hard"])
        #expect(level.status == 2 && level.stdout.isEmpty)
        #expect(level.stderr == "podwright: quiz: --level: found 'hard' (allowed: questions, placement)\n")
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("podwright-quiz-\(getpid())")
        defer { try? FileManager.default.removeItem(at: folder) }
        let results = try CommandLineTests.run(["quiz", "--seed", "7", "--results", folder.appendingPathComponent("none/class.jsonl").path])
        #expect(results.status == 2 && results.stdout.isEmpty)
        #expect(results.stderr == "podwright: quiz: --results: cannot write to \(folder.path)/none/class.jsonl: No such file or directory\n")
    }

    @Test func helpDocumentsTheClassMode() throws {
        let help = try CommandLineTests.run(["quiz", "--help"])
        #expect(help.status == 0)
        for option in ["--seed <N>", "--count <N>", "--level <LEVEL>", "--name <NAME>", "--results <FILE>", "--list"] {
            #expect(help.stdout.contains(option), "quiz --help does not show \(option)")
        }
        #expect(help.stdout.contains("expectedRule"), "quiz --help does not list the result line's fields")
    }
}
