import ArgumentParser
import Foundation
import PodDesign
import PodModel
import PodText

/// Options every command takes: target version, language, colour.
struct CommonOptions: ParsableArguments {
    @Option(name: .customLong("kubernetes"), help: ArgumentHelp(
        "Target Kubernetes version, X.Y from 1.27 to 1.37; overrides the design file.", valueName: "X.Y"))
    var kubernetes: KubernetesVersion?

    @Option(help: ArgumentHelp("Language of messages and output: en or ko (default: from the locale).", valueName: "en|ko"))
    var lang: Language?

    @Flag(name: .customLong("no-color"), help: "Never colour the output (NO_COLOR does the same).")
    var noColor = false

    /// Whether colour may be used: not with --no-color, nor when NO_COLOR is set to anything.
    var colorAllowed: Bool {
        !noColor && (ProcessInfo.processInfo.environment["NO_COLOR"] ?? "").isEmpty
    }

    /// Whether output to standard output may be coloured: colour is allowed and standard output is a terminal.
    var colorOnTerminal: Bool { colorAllowed && isatty(1) == 1 }

    /// The catalog of the chosen language.
    var catalog: Catalog { Catalog(lang ?? Language.fromEnvironment()) }
}

extension KubernetesVersion: ExpressibleByArgument {
    public init?(argument: String) { self.init(argument) }

    public static var defaultCompletionKind: CompletionKind {
        .list(KubernetesVersion.all.map(\.description))
    }
}

extension Language: ExpressibleByArgument {}
