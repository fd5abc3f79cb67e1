// swift-tools-version: 6.0
import PackageDescription

// The import graph is the data flow:
//   KiosqueYAML / KiosqueMarkdown / KiosqueCSV   (C libraries and byte formats, wrapped once)
//   KiosqueModel                                 (plain values: catalog, diagnostics, locations)
//   KiosqueLoad      repository files → located documents → validated Catalog + diagnostics
//   KiosqueDerive    Catalog → machine-readable artifacts (DCAT-AP, data.json…), no disk access
//   KiosqueRender    Catalog → HTML pages and published files (themes, translations, Markdown)
//   KiosqueBuild     the stages in order, and the one writer
//   kiosque          the thin command-line executable
let package = Package(
    name: "Kiosque",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "kiosque", targets: ["KiosqueCLI"]),
        .library(name: "KiosqueBuild", targets: ["KiosqueBuild"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.0.0"),
    ],
    targets: [
        .systemLibrary(name: "CYAML", pkgConfig: "yaml-0.1", providers: [.apt(["libyaml-dev"])]),
        .systemLibrary(name: "CCmarkGFM", pkgConfig: "libcmark-gfm",
                       providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]),

        .target(name: "KiosqueModel"),
        .target(name: "KiosqueYAML", dependencies: ["CYAML", "KiosqueModel"]),
        .target(name: "KiosqueMarkdown", dependencies: ["CCmarkGFM"]),
        .target(name: "KiosqueCSV"),
        .target(name: "KiosqueDefaultTheme"),
        .target(name: "KiosqueLoad", dependencies: ["KiosqueModel", "KiosqueYAML", "KiosqueMarkdown", "KiosqueCSV"]),
        .target(name: "KiosqueDerive", dependencies: ["KiosqueModel"]),
        .target(name: "KiosqueRender", dependencies: [
            "KiosqueModel", "KiosqueMarkdown", "KiosqueCSV",
            .product(name: "Mustache", package: "swift-mustache"),
        ]),
        .target(name: "KiosqueBuild", dependencies: ["KiosqueModel", "KiosqueLoad", "KiosqueDerive", "KiosqueRender", "KiosqueDefaultTheme"]),
        .executableTarget(name: "KiosqueCLI", dependencies: [
            "KiosqueBuild",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),

        .target(name: "KiosqueTestSupport", path: "Tests/KiosqueTestSupport"),
        .testTarget(name: "KiosqueCSVTests", dependencies: ["KiosqueCSV", "KiosqueTestSupport"]),
        .testTarget(name: "KiosqueYAMLTests", dependencies: ["KiosqueYAML", "KiosqueMarkdown", "KiosqueModel", "KiosqueTestSupport"]),
        .testTarget(name: "KiosqueMarkdownTests", dependencies: ["KiosqueMarkdown", "KiosqueTestSupport"]),
        .testTarget(name: "KiosqueTests", dependencies: ["KiosqueBuild", "KiosqueLoad", "KiosqueRender", "KiosqueModel", "KiosqueDefaultTheme", "KiosqueTestSupport"],
                    exclude: ["Fixtures"]),
    ]
)
