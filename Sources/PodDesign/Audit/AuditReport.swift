import PodModel
import Yams

/// What an audit found across all its input: findings, unreadable documents, and counts.
/// Documents are fed one at a time and dropped once audited, so memory does not grow with their number.
public struct AuditReport: Sendable {
    public let target: KubernetesVersion
    public private(set) var files = 0
    public private(set) var documents = 0
    public private(set) var workloads = 0
    public private(set) var skipped = 0
    public private(set) var findings: [AuditFinding] = []
    public private(set) var problems: [AuditProblem] = []

    public init(target: KubernetesVersion = .newest) {
        self.target = target
    }

    /// Whether anything is at error level: a finding, or a document that could not be read.
    public var hasErrors: Bool { !problems.isEmpty || findings.contains { $0.level == .error } }

    /// Audits a whole text as one file.
    public mutating func audit(_ text: String, file: String) {
        files += 1
        for chunk in DocumentSplitter.split(text) { audit(chunk, file: file) }
    }

    /// Counts a file whose documents come through `audit(_:file:)` chunk by chunk.
    public mutating func countFile() { files += 1 }

    /// Audits one document of a file.
    public mutating func audit(_ chunk: DocumentSplitter.Chunk, file: String) {
        documents += 1
        let offset = chunk.firstLine - 1
        do {
            let parser = try Parser(yaml: chunk.text, resolver: .basic)
            guard let root = try parser.nextRoot() else { return }
            let contents = PodReader.read(root, lineOffset: offset)
            skipped += contents.skipped
            workloads += contents.pods.count
            for pod in contents.pods { findings += Auditor.audit(pod, file: file, target: target) }
        } catch let error as YamlError {
            let broken = DesignParser.yamlError(error, text: chunk.text, file: file, lineOffset: offset)
            problems.append(AuditProblem(file: file, location: broken.location, problem: broken.problem))
        } catch {
            problems.append(AuditProblem(
                file: file, location: SourceLocation(line: chunk.firstLine, column: 1), problem: .yamlSyntax(problem: "\(error)")
            ))
        }
    }

    /// Records a file that could not be read at all.
    public mutating func unreadable(_ file: String, reason: String) {
        problems.append(AuditProblem(file: file, location: .start, problem: .unreadable(reason: reason)))
    }
}
