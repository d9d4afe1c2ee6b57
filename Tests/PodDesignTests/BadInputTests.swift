import Foundation
@testable import PodDesign
@testable import PodEngine
@testable import PodModel
@testable import PodText
import Testing

/// Every kind of bad design file, with the exact one-line message it gets.
@Suite struct BadInputTests {
    static let head = "podwright: 1\nname: shop\nmain:\n  name: web\n  image: nginx:1.27\n"
    static let companion = head + "companions:\n  - name: log\n    image: fluent/fluent-bit:3.1\n"

    static let cases: [(String, String)] = [
        (head + "  probe: {tcp: 80, http: /x}\n", "test.yaml:6:20: main.probe: a probe has exactly one check, found tcp, http (allowed: exec, http with port, or tcp)"),
        (head + "  probe: {}\n", "test.yaml:6:10: main.probe: a probe has exactly one check, found nothing (allowed: exec, http with port, or tcp)"),
        (head + "  probe: {exec: []}\n", "test.yaml:6:17: main.probe.exec: the command is empty (allowed: the command and its arguments, like [pg_isready, -U, postgres])"),
        (head + "  probe: {exec: [a], port: 80}\n", "test.yaml:6:28: main.probe.port: port goes with an http check (allowed: tcp: PORT for a TCP check; exec runs inside the container)"),
        (head + "  probe: {http: healthz, port: 80}\n", "test.yaml:6:17: main.probe.http: 'healthz' is not an HTTP path (allowed: a path starting with '/', like /healthz)"),
        (head + "  probe: {http: /h}\n", "test.yaml:6:10: main.probe: the required field 'port' is missing"),
        (head + "  probe: {tcp: 80, intervall: 3}\n", "test.yaml:6:20: main.probe: unknown field 'intervall', did you mean 'interval'? (allowed: exec, http, tcp, port, interval, timeout, retries, startPeriod)"),
        (head + "  probe: {tcp: 80, retries: 0}\n", "test.yaml:6:29: main.probe.retries: found 0 (allowed: 1 to 100)"),
        (head + "  resources: {requests: {memory: 512m}}\n", "test.yaml:6:34: main.resources.requests.memory: '512m' is 512 thousandths of a byte to Kubernetes; write 512Mi (allowed: bytes with a suffix, like 512Mi, 1Gi or 500M)"),
        (head + "  resources: {requests: {cpu: lots}}\n", "test.yaml:6:31: main.resources.requests.cpu: 'lots' is not a CPU amount (allowed: cores like 0.5 or 2, or thousandths like 250m)"),
        (head + "  resources: {limits: {memory: 1.5.2Gi}}\n", "test.yaml:6:32: main.resources.limits.memory: '1.5.2Gi' is not a memory amount (allowed: bytes with a suffix, like 512Mi, 1Gi or 500M)"),
        (head + "  resources: {requests: {memory: 2Gi}, limits: {memory: 1Gi}}\n", "test.yaml:6:34: main.resources.requests.memory: the request 2Gi is above the limit 1Gi, which the API server refuses (allowed: a request at most the limit)"),
        (companion + "    resources: {request: {}}\n", "test.yaml:9:17: companions[0].resources: unknown field 'request', did you mean 'requests'? (allowed: requests, limits)"),
        (companion + "    coupling: tigth\n",
         "test.yaml:9:15: companions[0].coupling: found 'tigth', did you mean 'tight'? (allowed: tight, loose)"),
        (companion + "    lifecylce: same\n",
         "test.yaml:9:5: companions[0]: unknown field 'lifecylce', did you mean 'lifecycle'? (allowed: name, image, serves, lifecycle, coupling, scaling, mainCodeChangeable, state, timing, function, sharedPaths, ports, localPort, upstream, command, args, env, secretEnv, dataPath, security, probe, resources)"),
        (companion + "    timing: after\n",
         "test.yaml:9:13: companions[0].timing: found 'after' (allowed: before-main, alongside)"),
        (companion + "    mainCodeChangeable: maybe\n",
         "test.yaml:9:25: companions[0].mainCodeChangeable: found 'maybe' (allowed: yes, no)"),
        (companion + "    state: [stateless]\n",
         "test.yaml:9:12: companions[0].state: found a list, expected a string"),
        (companion + "    coupling:\n",
         "test.yaml:9:14: companions[0].coupling: found nothing, expected a string"),
        ("podwright: 1\nname: shop\nkubernetes: 1.30\nmain: {name: web, image: nginx}\n",
         "test.yaml:3:13: kubernetes: found the number 1.30, which YAML reads as 1.3; quote it: kubernetes: \"1.30\" (allowed: \"1.27\" to \"1.37\")"),
        ("podwright: 1\nname: shop\nkubernetes: \"1.26\"\nmain: {name: web, image: nginx}\n",
         "test.yaml:3:13: kubernetes: found '1.26' (allowed: \"1.27\" to \"1.37\")"),
        ("podwright: 1\nname: Shop_1\nmain: {name: web, image: nginx}\n",
         "test.yaml:2:7: name: 'Shop_1' is not a DNS-1123 label (allowed: 1 to 63 lowercase letters, digits and '-', starting and ending with a letter or digit)"),
        ("podwright: 1\nname: 1shop\nmain: {name: web, image: nginx}\n",
         "test.yaml:2:7: name: '1shop' starts with a digit, but it also names a Service (allowed: a DNS-1123 label that starts with a letter)"),
        ("podwright: 1\nname: shop\nmain: {name: web, image: nginx, ports: [0]}\n",
         "test.yaml:3:41: main.ports[0]: found 0 (allowed: 1 to 65535)"),
        ("podwright: 1\nname: shop\nmain: {name: web, image: nginx, ports: [{port: 70000}]}\n",
         "test.yaml:3:48: main.ports[0].port: found 70000 (allowed: 1 to 65535)"),
        ("podwright: 1\nname: shop\nmain: {name: web, image: nginx, ports: [{port: 80, name: HTTP}]}\n",
         "test.yaml:3:58: main.ports[0].name: 'HTTP' is not a port name (allowed: up to 15 lowercase letters, digits and '-', with at least one letter)"),
        ("podwright: 1\nname: shop\nmain: {name: web, image: nginx, ports: [{port: 80, name: web}, {port: 81, name: web}]}\n",
         "test.yaml:3:81: main.ports[1].name: the port name 'web' is already used by this container (allowed: a name not yet used here)"),
        ("podwright: 1\nname: shop\nmain: {name: web, image: nginx, ports: [{port: 80, protocol: tcp}]}\n",
         "test.yaml:3:62: main.ports[0].protocol: found 'tcp', did you mean 'TCP'? (allowed: TCP, UDP, SCTP)"),
        ("podwright: 1\nname: shop\nmain: {name: web, image: nginx, ports: [eighty]}\n",
         "test.yaml:3:41: main.ports[0]: found 'eighty', expected a whole number"),
        ("podwright: 2\nname: shop\nmain: {name: web, image: nginx}\n",
         "test.yaml:1:12: podwright: found '2', but this podwright reads format 1 (allowed: 1)"),
        (companion + "  - name: log\n    image: x\n",
         "test.yaml:9:11: companions[1].name: the name 'log' is already used on line 7 (allowed: a name not yet used in this design)"),
        (companion + "  - name: shop\n    image: x\n",
         "test.yaml:9:11: companions[1].name: 'shop' is the design's name, which its main workload already uses (allowed: any other name)"),
        (head.replacingOccurrences(of: "  image: nginx:1.27\n", with: "  image: nginx:1.27\n  workload: job\n  replicas: 2\n"),
         "test.yaml:7:13: main.replicas: a job workload has no replicas (allowed with: service, stateful)"),
        (head + "  workload: servce\n",
         "test.yaml:6:13: main.workload: found 'servce', did you mean 'service'? (allowed: service, job, daemon, stateful, pod)"),
        (head + "  image: nginx\n",
         "test.yaml:6:3: the key 'image' is written twice in one mapping (first on line 5)"),
        (head + "sidecarStyle: nativ\n",
         "test.yaml:6:15: sidecarStyle: found 'nativ', did you mean 'native'? (allowed: auto, native, classic)"),
        (head + "extra: 1\n",
         "test.yaml:6:1: top level: unknown field 'extra' (allowed: podwright, name, kubernetes, sidecarStyle, security, main, companions)"),
        ("podwright: 1\nname: shop\nmain: {name: web}\n",
         "test.yaml:3:7: main: the required field 'image' is missing"),
        ("podwright: 1\nname: shop\n",
         "test.yaml:1:1: top level: the required field 'main' is missing"),
        ("podwright: 1\nname: shop\nmain: {name: web, image: \"nginx 1.27\"}\n",
         "test.yaml:3:26: main.image: 'nginx 1.27' is not an image reference (allowed: a non-empty name without spaces, like nginx:1.27)"),
        (companion + "    sharedPaths: [var/log]\n",
         "test.yaml:9:19: companions[0].sharedPaths[0]: 'var/log' is not a mount path (allowed: an absolute path below '/', without '..' or ':')"),
        (companion + "    sharedPaths: [/]\n",
         "test.yaml:9:19: companions[0].sharedPaths[0]: '/' is not a mount path (allowed: an absolute path below '/', without '..' or ':')"),
        (companion + "    sharedPaths: [/a, /a/]\n",
         "test.yaml:9:23: companions[0].sharedPaths[1]: the path '/a/' is listed twice (allowed: each path once)"),
        (companion + "    localPort: 99999\n",
         "test.yaml:9:16: companions[0].localPort: found 99999 (allowed: 1 to 65535)"),
        ("podwright: 1\nname: shop\nmain: [a\n", "test.yaml:4:1: not valid YAML: did not find expected ',' or ']'"),
        ("", "test.yaml:1:1: the file holds no design (a design file starts with 'podwright: 1')"),
        ("# only a comment\n", "test.yaml:1:1: the file holds no design (a design file starts with 'podwright: 1')"),
        (head + "---\nx: 1\n", "test.yaml:7:1: a design file holds one document, and another one starts here"),
        ("- a\n- b\n", "test.yaml:1:1: top level: found a list, expected a mapping of fields"),
        (head + "  env: [PORT=80]\n", "test.yaml:6:8: main.env: found a list, expected a mapping of fields"),
        (head + "  env:\n    PORT: 8080\n", "test.yaml:7:11: main.env.PORT: found 8080, which YAML reads as a number or a boolean; quote it: PORT: \"8080\" (allowed: text)"),
        (head + "  env:\n    DEBUG: yes\n", "test.yaml:7:12: main.env.DEBUG: found yes, which YAML reads as a number or a boolean; quote it: DEBUG: \"yes\" (allowed: text)"),
        (head + "  env:\n    LIST: [a]\n", "test.yaml:7:11: main.env.LIST: found a list, expected a string"),
        (head + "  env:\n    1PORT: \"80\"\n", "test.yaml:7:5: main.env: '1PORT' is not an environment variable name (allowed: letters, digits, '_', '-' and '.', not starting with a digit)"),
        (head + "  env:\n    MY VAR: \"80\"\n", "test.yaml:7:5: main.env: 'MY VAR' is not an environment variable name (allowed: letters, digits, '_', '-' and '.', not starting with a digit)"),
        (head + "  secretEnv: [TOKEN, TOKEN]\n", "test.yaml:6:22: main.secretEnv[1]: the name 'TOKEN' is listed twice (allowed: each name once)"),
        (head + "  env: {TOKEN: x}\n  secretEnv: [KEY, TOKEN]\n", "test.yaml:7:20: main.secretEnv[1]: 'TOKEN' is also set in env on line 6; a variable is either a value or a secret (allowed: a name env does not set)"),
        (companion + "    secretEnv: [TOKEN]\n    env:\n      TOKEN: x\n", "test.yaml:9:17: companions[0].secretEnv[0]: 'TOKEN' is also set in env on line 11; a variable is either a value or a secret (allowed: a name env does not set)"),
        (head + "  command: gunicorn\n", "test.yaml:6:12: main.command: found 'gunicorn', expected a list"),
        (head + "  command: [gunicorn, {bind: x}]\n", "test.yaml:6:23: main.command[1]: found a mapping, expected a string"),
        (companion + "    args: [[a]]\n", "test.yaml:9:12: companions[0].args[0]: found a list, expected a string"),
        (head + "  workload: stateful\n  dataPath: var/lib/data\n", "test.yaml:7:13: main.dataPath: 'var/lib/data' is not a mount path (allowed: an absolute path below '/', without '..' or ':')"),
        (companion + "    dataPath: /data/../etc\n", "test.yaml:9:15: companions[0].dataPath: '/data/../etc' is not a mount path (allowed: an absolute path below '/', without '..' or ':')"),
        (head.replacingOccurrences(of: "  image: nginx:1.27\n", with: "  image: nginx:1.27\n  workload: stateful\n  dataPath: /var/lib/data/\n")
            + "companions:\n  - name: log\n    image: x\n    sharedPaths: [/tmp, /var/lib/data]\n", "test.yaml:11:25: companions[0].sharedPaths[1]: '/var/lib/data' is main.dataPath, where the volume claim is mounted, and one path holds one volume (allowed: another path)"),
        (head + "security: restrict\n", "test.yaml:6:11: security: found 'restrict', did you mean 'restricted'? (allowed: restricted, baseline)"),
        (companion + "    security: privileged\n", "test.yaml:9:15: companions[0].security: found 'privileged' (allowed: restricted, baseline)"),
        (application + "    serves: apii\n", "test.yaml:12:13: companions[1].serves: no container is named 'apii', did you mean 'api'? (allowed: web, api)"),
        (application + "    serves: proxy\n", "test.yaml:12:13: companions[1].serves: serves goes round in a circle, proxy → proxy; one of them must serve a container outside it (allowed: the main container, or a companion that does not serve back)"),
        (application.replacingOccurrences(of: "    scaling: independent\n", with: "    scaling: independent\n    serves: proxy\n") + "    serves: api\n",
         "test.yaml:10:13: companions[0].serves: serves goes round in a circle, api → proxy → api; one of them must serve a container outside it (allowed: the main container, or a companion that does not serve back)"),
        (application + "    serves: Api\n", "test.yaml:12:13: companions[1].serves: 'Api' is not a DNS-1123 label (allowed: 1 to 63 lowercase letters, digits and '-', starting and ending with a letter or digit)"),
    ]

    /// Issue 16: free text with a control character or a non-character is refused at its value, in one line: before,
    /// `upstream` took a newline, `---`, ESC or NUL into explain's Markdown and the annotation, and recommend wrote
    /// C1 controls and U+FFFE/U+FFFF into YAML a strict reader refuses.
    static let unprintableCases: [(String, String)] = [
        ("    localPort: 6000\n    upstream: \"db:5432\\n---\\n# Injected\"\n", "test.yaml:10:15: companions[0].upstream: found the character U+000A, a control character or non-character that this text cannot hold (allowed: printable text on one line)"),
        ("    localPort: 6000\n    upstream: \"db\\e]0;PWNED\\a\"\n", "test.yaml:10:15: companions[0].upstream: found the character U+001B, a control character or non-character that this text cannot hold (allowed: printable text on one line)"),
        ("    localPort: 6000\n    upstream: \"db\\0\"\n", "test.yaml:10:15: companions[0].upstream: found the character U+0000, a control character or non-character that this text cannot hold (allowed: printable text on one line)"),
        ("    localPort: 6000\n    upstream: \"db\\u009b:1\"\n", "test.yaml:10:15: companions[0].upstream: found the character U+009B, a control character or non-character that this text cannot hold (allowed: printable text on one line)"),
        ("    localPort: 6000\n    upstream: \"db\\uFFFE\"\n", "test.yaml:10:15: companions[0].upstream: found the character U+FFFE, a control character or non-character that this text cannot hold (allowed: printable text on one line)"),
        ("    sharedPaths: [\"/var/log\\x86\"]\n", "test.yaml:9:19: companions[0].sharedPaths[0]: found the character U+0086, a control character or non-character that this text cannot hold (allowed: printable text on one line)"),
        ("    dataPath: \"/data\\uFFFF\"\n", "test.yaml:9:15: companions[0].dataPath: found the character U+FFFF, a control character or non-character that this text cannot hold (allowed: printable text on one line)"),
        ("    args: [\"-c\", \"echo \\e[2J\"]\n", "test.yaml:9:18: companions[0].args[1]: found the character U+001B, a control character or non-character that this text cannot hold (allowed: printable text, tabs and line breaks)"),
        ("    env: {MODE: \"a\\rb\"}\n", "test.yaml:9:17: companions[0].env.MODE: found the character U+000D, a control character or non-character that this text cannot hold (allowed: printable text, tabs and line breaks)"),
        ("    probe: {http: \"/h\\tz\", port: 80}\n", "test.yaml:9:19: companions[0].probe.http: found the character U+0009, a control character or non-character that this text cannot hold (allowed: printable text on one line)"),
        ("    probe: {exec: [\"sh\", \"\\u0085\"]}\n", "test.yaml:9:26: companions[0].probe.exec[1]: found the character U+0085, a control character or non-character that this text cannot hold (allowed: printable text, tabs and line breaks)"),
    ]

    @Test(arguments: unprintableCases)
    func freeTextWithAControlCharacterIsRefused(_ field: String, _ message: String) {
        #expect(Support.error(Self.companion + field) == message)
    }

    @Test func anImageWithAC1ControlIsRefused() {
        let text = "podwright: 1\nname: shop\nmain:\n  name: web\n  image: \"nginx\\u009b:1.27\"\n"
        #expect(Support.error(text) == "test.yaml:5:10: main.image: found the character U+009B, a control character or non-character that this text cannot hold (allowed: printable text on one line)")
        #expect(Support.error(text, .ko) == "test.yaml:5:10: main.image: 이 텍스트에 쓸 수 없는 제어 문자 또는 비문자가 있습니다: U+009B (허용: 한 줄의 출력 가능한 텍스트)")
    }

    @Test func scriptsKeepTheirTabsAndLineBreaks() throws {
        let design = try Support.parse(Self.companion + "    args: [\"-c\", \"set -e\\n\\techo ready\"]\n    env: {PEM: \"a\\nb\"}\n")
        #expect(design.companions[0].settings.args == ["-c", "set -e\n\techo ready"])
        #expect(design.companions[0].settings.env.map(\.value) == ["a\nb"])
    }

    /// What YAML refuses unescaped is escaped by the writer all the same (should a value reach it another way).
    @Test func theWriterEscapesWhatAStrictReaderRefuses() {
        #expect(YAMLWriter.quoted("a\u{9B}b\u{86}\u{FFFE}\u{FFFF}\u{1FFFE}") == "\"a\\x9bb\\x86\\ufffe\\uffff\\U0001fffe\"")
        #expect(YAMLWriter.oneLine("a\u{1B}]0;x\u{7}\u{9B}b") == "a ]0;x  b")
    }

    /// A whole application: `api` placed apart, and a companion after it whose `serves` each case writes.
    static let application = head + "companions:\n  - name: api\n    image: shop/api:1\n    scaling: independent\n  - name: proxy\n    image: envoyproxy/envoy:v1.31\n"

    @Test func aServesThatNamesACompanionPlacedBesideAnotherIsBadInput() throws {
        let text = Self.application + "    lifecycle: same\n    coupling: tight\n  - name: metrics\n    image: shop/metrics:1\n    serves: proxy\n    lifecycle: same\n"
        let decision = Advisor.decide(try Support.parse(text))
        #expect(decision.findings.map(\.check).contains(.servesColocated))
        let error = try #require(decision.servesError(file: "test.yaml"))
        #expect(error.report(Catalog(.en)) == "test.yaml:16:13: companions[2].serves: 'proxy' is itself placed beside web, so it has no pod of its own to join; serve web instead, or answer so that 'proxy' is placed apart (allowed: the main container, or a companion placed in a pod of its own)")
        #expect(decision.pod.holds("metrics"), "it joins the pod that the container it serves is in")
    }

    @Test(arguments: cases)
    func badInputHasItsMessage(_ text: String, _ message: String) {
        #expect(Support.error(text) == message)
    }

    @Test func envValuesThatReadAsTextAreText() throws {
        let design = try Support.parse(Self.head + "  env:\n    A: inf\n    B: \"8080\"\n    C: '1.10'\n    D: v1.2\n    E: \"\"\n")
        #expect(design.main.settings.env.map(\.value) == ["inf", "8080", "1.10", "v1.2", ""])
    }

    @Test func validBaseParses() throws {
        #expect(Support.error(Self.companion) == nil)
        let design = try Support.parse(Self.companion + "    mainCodeChangeable: FALSE\n")
        #expect(design.companions[0].answers.mainCodeChangeable == false)
        #expect(design.companions[0].answers.assumed == Set(Question.allCases).subtracting([.mainCodeChangeable]))
    }

    @Test func versionsAcceptCommonSpellings() throws {
        for text in ["\"1.33\"", "\"v1.33\"", "\"1.33.2\"", "'1.33'"] {
            let design = try Support.parse("podwright: 1\nname: shop\nkubernetes: \(text)\nmain: {name: web, image: nginx}\n")
            #expect(design.kubernetes?.minor == 33)
        }
    }

    @Test func aliasBombIsRefused() {
        var text = "podwright: 1\nname: shop\nmain: {name: web, image: nginx}\na0: &a0 [x, x, x, x, x, x, x, x, x, x]\n"
        for level in 1...7 { text += "a\(level): &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ") + "]\n" }
        #expect(Support.error(text) == "test.yaml:1:1: YAML aliases expand past 1000000 values; write the values out instead")
    }

    /// Issue 16: import's alias budget is the file's, not each document's: 2,000 documents of 111,111 values each
    /// (452 KB) took about 95 s, each under the limit on its own; now the ninth document (at its --- line) is refused at once.
    @Test func importSpendsOneAliasBudgetOnTheWholeFile() throws {
        let document = "a: &a [x, x, x, x, x, x, x, x, x, x]\n"
            + ["b", "c", "d", "e"].enumerated().map { index, name in
                let previous = ["a", "b", "c", "d"][index]
                return "\(name): \(name == "e" ? "" : "&\(name) ")[" + Array(repeating: "*\(previous)", count: 10).joined(separator: ", ") + "]\n"
            }.joined()
        let text = Array(repeating: document, count: 2_000).joined(separator: "---\n")
        let started = ContinuousClock.now
        do {
            _ = try Importer.design(Data(text.utf8), file: "a.yaml", main: nil, catalog: Catalog(.en))
            Issue.record("the file is imported")
        } catch {
            #expect(error.report(Catalog(.en)) == "a.yaml:48:1: YAML aliases expand past 1000000 values; write the values out instead")
        }
        #expect(ContinuousClock.now - started < .seconds(10))
    }

    /// Issue 16: a negative or very long whole number is out of the range, not "not a number".
    @Test func aNegativeNumberGetsTheAllowedRange() {
        #expect(Support.error(Self.head + "  replicas: -1\n") == "test.yaml:6:13: main.replicas: found -1 (allowed: 0 to 100000)")
        #expect(Support.error(Self.head + "  replicas: 99999999999999999999\n") == "test.yaml:6:13: main.replicas: found 99999999999999999999 (allowed: 0 to 100000)")
        #expect(Support.error(Self.head + "  ports: [-80]\n") == "test.yaml:6:11: main.ports[0]: found -80 (allowed: 1 to 65535)")
        #expect(Support.error(Self.head + "  replicas: -x\n") == "test.yaml:6:13: main.replicas: found '-x', expected a whole number")
    }

    /// Issue 16: libyaml's limit on nesting is said in our words, not as "set with yaml_set_max_nest_level())".
    @Test func nestingTooDeepIsSaidInOurWords() {
        let text = Self.head + "  env: " + String(repeating: "{a: ", count: 1_100) + "1" + String(repeating: "}", count: 1_100) + "\n"
        let message = Support.error(text)
        #expect(message?.hasSuffix(": lists and mappings nest more than 1000 levels deep, more than YAML is read here (allowed: at most 1000 levels)") == true, "\(message ?? "")")
        #expect(Support.error(text, .ko)?.contains("1000단계보다 깊게") == true)
        do {
            _ = try Importer.design(Data(("services: " + String(repeating: "[", count: 1_100)).utf8), file: "c.yaml", main: nil, catalog: Catalog(.en))
            Issue.record("imported")
        } catch {
            #expect(!error.report(Catalog(.en)).contains("yaml_set_max_nest_level"))
        }
    }

    /// Issue 16: an empty Compose file or manifest is said to be empty, not to lack `podwright: 1`.
    @Test(arguments: ["", "\n\n", "# only a comment\n", "---\n# two empty documents\n---\n"])
    func importOfAnEmptyFileSaysItIsEmpty(_ text: String) {
        do {
            _ = try Importer.design(Data(text.utf8), file: "c.yaml", main: nil, catalog: Catalog(.en))
            Issue.record("imported")
        } catch {
            #expect(error.report(Catalog(.en)) == "c.yaml:1:1: the file is empty: it holds no Compose services and no manifest documents, only blank lines or comments (allowed: a Compose file or a Kubernetes manifest)")
        }
    }

    @Test func smallAliasesAreFine() throws {
        let text = "podwright: 1\nname: shop\nmain: {name: web, image: &img nginx:1.27}\ncompanions:\n  - {name: a, image: *img}\n"
        #expect(try Support.parse(text).companions[0].image == "nginx:1.27")
    }

    @Test func fileOverOneMebibyteIsRefused() {
        let text = "# " + String(repeating: "x", count: DesignParser.maxBytes) + "\n"
        #expect(Support.error(text) == "test.yaml:1:1: the file is larger than 1048576 bytes (1 MiB), the most a design file may hold")
    }

    @Test func nonUTF8IsRefused() {
        #expect(throws: DesignError.self) { try DesignParser.parse(Data([0x70, 0xFF, 0xFE, 0x0A]), file: "b.yaml") }
        do {
            _ = try DesignParser.parse(Data([0xFF, 0xFE]), file: "b.yaml")
        } catch {
            #expect(error.report(Catalog(.en)) == "b.yaml:1:1: the file is not UTF-8 text")
        }
    }

    @Test func koreanMessagesKeepThePlaceAndTheAllowedWords() {
        let message = Support.error(Self.companion + "    coupling: tigth\n", .ko)
        #expect(message == "test.yaml:9:15: companions[0].coupling: 허용되지 않는 값 'tigth', 혹시 'tight'입니까? (허용: tight, loose)")
    }

    @Test func nearestWordAllowsSmallTypos() {
        #expect(NearestWord.find("tigth", in: ["tight", "loose"]) == "tight")
        #expect(NearestWord.find("Same", in: ["same", "independent"]) == "same")
        #expect(NearestWord.find("transform", in: ["extend", "transform-output", "proxy-outbound"]) == nil)
        #expect(NearestWord.find("zzz", in: ["tight", "loose"]) == nil)
    }
}
