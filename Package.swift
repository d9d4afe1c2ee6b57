// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "podwright",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "podwright", targets: ["podwright"]),
        .library(name: "PodDesign", targets: ["PodDesign"]),
    ],
    dependencies: [
        .package(url: "https://github.com/jpsim/Yams.git", from: "6.2.2"),
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
        // podwright serve only (the workshop server): SSH over SwiftNIO, which brings swift-nio and swift-crypto.
        .package(url: "https://github.com/apple/swift-nio-ssh.git", from: "0.15.1"),
        .package(url: "https://github.com/apple/swift-nio.git", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-crypto.git", from: "3.12.3"),
    ],
    targets: [
        .target(name: "TextWidth"),
        .target(name: "StyledText"),
        .target(name: "TerminalUI", dependencies: ["TextWidth"]),
        .systemLibrary(name: "CNcursesw", path: "Sources/CNcursesw"),
        .target(name: "CursesBackend", dependencies: ["TerminalUI", "CNcursesw"]),
        // The workshop server (podwright serve): SSH sessions, each on a pseudo-terminal of its own; kept apart so the
        // rest of the build does not see SwiftNIO.
        .target(
            name: "WorkshopServer",
            dependencies: [
                "TextWidth",
                .product(name: "NIOSSH", package: "swift-nio-ssh"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        .target(name: "AdvisorApp", dependencies: ["PodDesign", "PodEngine", "PodModel", "PodText", "StyledText", "TerminalUI", "TextWidth"]),
        // The core, in layers the compiler keeps apart: texts, then the design file, then the engine, then what reads and teaches.
        .target(name: "PodText", plugins: ["CatalogPlugin"]),
        .target(name: "PodModel", dependencies: ["PodText", .product(name: "Yams", package: "Yams")], plugins: ["CatalogPlugin"]),
        .target(name: "PodEngine", dependencies: ["PodModel", "PodText", "StyledText", "TextWidth"]),
        .target(
            name: "PodDesign",
            dependencies: ["PodEngine", "PodModel", "PodText", "StyledText", "TextWidth", .product(name: "Yams", package: "Yams")],
            plugins: ["CatalogPlugin"]
        ),
        .executableTarget(name: "CatalogGenerator", dependencies: [.product(name: "Yams", package: "Yams")]),
        .plugin(name: "CatalogPlugin", capability: .buildTool(), dependencies: ["CatalogGenerator"]),
        .executableTarget(
            name: "podwright",
            dependencies: [
                "PodDesign", "PodEngine", "PodModel", "PodText", "AdvisorApp", "StyledText", "TerminalUI", "CursesBackend", "WorkshopServer",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "advisor-bench", dependencies: ["AdvisorApp", "PodDesign", "PodEngine", "PodModel", "PodText", "TerminalUI"]),
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        .testTarget(name: "TerminalUITests", dependencies: ["TerminalUI"]),
        .testTarget(name: "WorkshopServerTests", dependencies: ["WorkshopServer"]),
        .testTarget(
            name: "AdvisorAppTests",
            dependencies: ["AdvisorApp", "PodDesign", "PodEngine", "PodModel", "PodText", "TerminalUI", "TestSupport"],
            exclude: ["Snapshots"]
        ),
        .testTarget(
            name: "PodDesignTests",
            dependencies: ["PodDesign", "PodEngine", "PodModel", "PodText", "StyledText", "TextWidth", "TestSupport", .product(name: "Yams", package: "Yams")],
            exclude: ["Golden", "AuditFixtures", "ImportFixtures"]
        ),
        .testTarget(name: "CommandLineTests", dependencies: ["podwright", "CatalogGenerator", "PodDesign", "TestSupport"], exclude: ["Golden"]),
    ]
)
