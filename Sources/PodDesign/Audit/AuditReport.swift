import PodEngine
import PodModel
import Yams

/// What an audit found across all its input: findings, unreadable documents, and counts.
/// Documents are fed one at a time and dropped once audited; the entries they give are kept until `take()`,
/// so a caller that takes them after each document (to write them out) holds only the counts.
public struct AuditReport: Sendable {
    public let target: KubernetesVersion
    public private(set) var files = 0
    public private(set) var documents = 0
    public private(set) var workloads = 0
    public private(set) var skipped = 0
    /// Findings at error level plus documents that could not be read, since the start.
    public private(set) var errors = 0
    public private(set) var warnings = 0
    public private(set) var notes = 0
    /// Findings and problems not yet taken, in the order the input gave them.
    public private(set) var entries: [AuditEntry] = []
    /// The workloads a HorizontalPodAutoscaler may scale, by file and `AuditedPod.resource` (`file\u{0}resource`),
    /// and by resource alone (the last one read), with their file.
    private var scalable: [String: (pod: AuditedPod, file: String)] = [:]
    /// The HorizontalPodAutoscalers read, with their file, matched to their workloads at `finish()`.
    private var scalers: [(scaler: AuditedScaler, file: String)] = []
    /// Nodes (with aliases expanded) the current input may still hold: `DesignParser.maxExpandedNodes` plus one per byte read.
    private var budget = DesignParser.maxExpandedNodes

    public init(target: KubernetesVersion = .newest) {
        self.target = target
    }

    /// The findings not yet taken.
    public var findings: [AuditFinding] { entries.compactMap { if case let .finding(f) = $0 { f } else { nil } } }
    /// The unreadable documents not yet taken.
    public var problems: [AuditProblem] { entries.compactMap { if case let .problem(p) = $0 { p } else { nil } } }

    /// Whether anything is at error level: a finding, or a document that could not be read.
    public var hasErrors: Bool { errors > 0 }

    /// The most serious level found so far, if anything was found.
    public var highest: Level? { errors > 0 ? .error : warnings > 0 ? .warning : notes > 0 ? .note : nil }

    /// Audits a whole text as one file.
    public mutating func audit(_ text: String, file: String) {
        countFile()
        for chunk in DocumentSplitter.split(text) { audit(chunk, file: file) }
    }

    /// Counts a file whose documents come through `audit(_:file:)` chunk by chunk, and gives it its alias budget.
    public mutating func countFile() {
        files += 1
        budget = DesignParser.maxExpandedNodes
    }

    /// Hands over the entries found since the last call, to be written out.
    public mutating func take() -> [AuditEntry] {
        defer { entries = [] }
        return entries
    }

    /// Audits one document of a file.
    public mutating func audit(_ chunk: DocumentSplitter.Chunk, file: String) {
        documents += 1
        let offset = chunk.firstLine - 1
        do {
            // UTF-8 given, as Yams would otherwise read the environment for its default on every document.
            let parser = try Parser(yaml: chunk.text, resolver: .basic, encoding: .utf8)
            guard let root = try parser.nextRoot() else { return }
            budget += chunk.text.utf8.count
            // Without a `*` the document has no alias, so it holds no more nodes than bytes: nothing to count.
            let aliased = chunk.text.utf8.contains(UInt8(ascii: "*"))
            guard !aliased || DesignParser.fits(root, budget: &budget) else {
                budget = 0
                add(problem: AuditProblem(
                    file: file, location: SourceLocation(line: chunk.firstLine, column: 1),
                    problem: .aliasExpansion(limit: DesignParser.maxExpandedNodes)
                ))
                return
            }
            let contents = PodReader.read(root, lineOffset: offset)
            skipped += contents.skipped
            workloads += contents.pods.count
            for pod in contents.pods {
                for finding in Auditor.audit(pod, file: file, target: target) { add(finding) }
                if [.deployment, .statefulSet, .replicaSet].contains(pod.shape.kind) {
                    scalable[file + "\u{0}" + pod.resource] = (pod, file)
                    scalable[pod.resource] = (pod, file)
                }
            }
            scalers += contents.scalers.map { ($0, file) }
        } catch let error as YamlError {
            let broken = DesignParser.yamlError(error, text: chunk.text, file: file, lineOffset: offset)
            add(problem: AuditProblem(file: file, location: broken.location, problem: broken.problem))
        } catch {
            add(problem: AuditProblem(
                file: file, location: SourceLocation(line: chunk.firstLine, column: 1), problem: .yamlSyntax(problem: "\(error)")
            ))
        }
    }

    /// Ends the input: the findings of each HorizontalPodAutoscaler over a workload of its own file, or else of
    /// another file of the input (`k8s/deployment.yaml` beside `k8s/hpa.yaml`).
    public mutating func finish() {
        for (scaler, file) in scalers {
            guard let (pod, file) = scalable[file + "\u{0}" + scaler.target] ?? scalable[scaler.target] else { continue }
            for finding in Auditor.audit(scaler, over: pod, file: file) { add(finding) }
        }
        scalers = []
        scalable = [:]
    }

    /// Records a file (or a part of it, from `location`) that could not be read.
    public mutating func unreadable(_ file: String, reason: String, at location: SourceLocation = .start) {
        add(problem: AuditProblem(file: file, location: location, problem: .unreadable(reason: reason)))
    }

    private mutating func add(_ finding: AuditFinding) {
        switch finding.level {
        case .error: errors += 1
        case .warning: warnings += 1
        case .note: notes += 1
        }
        entries.append(.finding(finding))
    }

    private mutating func add(problem: AuditProblem) {
        errors += 1
        entries.append(.problem(problem))
    }
}
