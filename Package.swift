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
    ],
    targets: [
        .target(name: "TextWidth"),
        .target(
            name: "PodDesign",
            dependencies: ["TextWidth", .product(name: "Yams", package: "Yams")]
        ),
        .executableTarget(
            name: "podwright",
            dependencies: ["PodDesign", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        .testTarget(
            name: "PodDesignTests",
            dependencies: ["PodDesign", "podwright", .product(name: "Yams", package: "Yams")]
        ),
    ]
)
