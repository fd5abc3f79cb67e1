// swift-tools-version: 6.0
import Foundation
import PackageDescription

/// The C libraries are linked dynamically, or statically from Debian's archives when KIOSQUE_STATIC_LINK=1
/// (`make release`: a single binary that needs nothing but what every Linux has).
func cLibraries(_ names: [String]) -> [LinkerSetting] {
    guard ProcessInfo.processInfo.environment["KIOSQUE_STATIC_LINK"] == "1" else { return names.map { .linkedLibrary($0) } }
    return [.unsafeFlags(names.flatMap { ["-Xlinker", "-l:lib\($0).a"] })]
}

// The import graph is the data flow:
//   KiosqueYAML / KiosqueMarkdown / KiosqueCSV   (C libraries and byte formats, wrapped once)
//   KiosqueModel                                 (plain values: catalog, diagnostics, locations)
//   KiosqueDigest                                (SHA-256 of published files, pure Swift)
//   KiosqueTable     CSV bytes → column profiles, sampled points, derived files, one streaming pass
//   KiosqueSchema    Table Schema → checks of a table's records as frictionless makes them (joins the table pass)
//   KiosqueGeo       GeoJSON bytes / sampled points → MapPreview (projected, rounded, capped), swapped lat/lon told
//   KiosqueLoad      repository files → located documents → validated Catalog + diagnostics
//   KiosqueDerive    Catalog → machine-readable artifacts (DCAT-AP, data.json…), no disk access
//   KiosqueSearch    Catalog → the prebuilt, sharded search index (French-aware terms, facets)
//   KiosqueActivity  Catalog + Git history → what changed (events), the Atom feed
//   KiosqueQuality   Catalog → quality score per dataset, overdue rule, Socle commun des données locales
//   KiosqueChart     ColumnProfile / MapPreview → SVG charts and maps (pure text, no JavaScript)
//   KiosqueRender    Catalog → HTML pages and published files (themes, translations, Markdown)
//   KiosqueBuild     the stages in order, and the one writer
//   KiosqueServe     `kiosque serve`: the site built in memory, served on 127.0.0.1, rebuilt on change (Hummingbird)
//   kiosque          the thin command-line executable
let package = Package(
    name: "Kiosque",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "kiosque", targets: ["KiosqueCLI"]),
        .executable(name: "kiosque-bench", targets: ["KiosqueBench"]),
        .executable(name: "kiosque-bench-portal", targets: ["KiosquePortalBench"]),
        .library(name: "KiosqueBuild", targets: ["KiosqueBuild"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.0.0"),
    ],
    targets: [
        .systemLibrary(name: "CYAML", providers: [.apt(["libyaml-dev"])]),
        .systemLibrary(name: "CCmarkGFM",
                       providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]),

        .target(name: "KiosqueModel"),
        .target(name: "KiosqueDigest"),
        .target(name: "KiosqueYAML", dependencies: ["CYAML", "KiosqueModel"], linkerSettings: cLibraries(["yaml"])),
        .target(name: "KiosqueMarkdown", dependencies: ["CCmarkGFM"], linkerSettings: cLibraries(["cmark-gfm-extensions", "cmark-gfm"])),
        .target(name: "KiosqueCSV"),
        .target(name: "KiosqueTable", dependencies: ["KiosqueCSV", "KiosqueModel"]),
        .target(name: "KiosqueSchema", dependencies: ["KiosqueModel"]),
        .target(name: "KiosqueGeo", dependencies: ["KiosqueModel"]),
        .target(name: "KiosqueChart", dependencies: ["KiosqueModel"]),
        // Mustache templates over typed values: parsed once, rendered to bytes by any number of workers.
        .target(name: "KiosqueTemplate"),
        .target(name: "KiosqueDefaultTheme"),
        .target(name: "KiosqueLoad", dependencies: ["KiosqueModel", "KiosqueYAML", "KiosqueMarkdown", "KiosqueCSV", "KiosqueTable", "KiosqueDigest",
                                                   "KiosqueSchema", "KiosqueGeo"]),
        .target(name: "KiosqueDerive", dependencies: ["KiosqueModel", "KiosqueMarkdown", "KiosqueDigest"]),
        .target(name: "KiosqueSearch", dependencies: ["KiosqueModel", "KiosqueMarkdown", "KiosqueDigest"]),
        .target(name: "KiosqueActivity", dependencies: ["KiosqueModel"]),
        .target(name: "KiosqueQuality", dependencies: ["KiosqueModel", "KiosqueSearch"]),
        .target(name: "KiosqueRender", dependencies: [
            "KiosqueModel", "KiosqueDigest", "KiosqueMarkdown", "KiosqueCSV", "KiosqueDerive", "KiosqueSearch", "KiosqueActivity", "KiosqueQuality",
            "KiosqueChart", "KiosqueTemplate",
        ]),
        .target(name: "KiosqueBuild", dependencies: ["KiosqueModel", "KiosqueDigest", "KiosqueLoad", "KiosqueDerive", "KiosqueSearch", "KiosqueRender",
                                                    "KiosqueDefaultTheme", "KiosqueYAML", "KiosqueTable", "KiosqueSchema"]),
        // `kiosque serve`: the only module that links the HTTP server.
        .target(name: "KiosqueServe", dependencies: ["KiosqueBuild", "KiosqueModel", .product(name: "Hummingbird", package: "hummingbird")]),
        .executableTarget(name: "KiosqueBench", dependencies: ["KiosqueCSV", "KiosqueTable", "KiosqueSchema"]),
        // `make bench-portal`: runs the `kiosque` executable beside it on generated portals, and Hugo.
        .executableTarget(name: "KiosquePortalBench"),
        .executableTarget(name: "KiosqueCLI", dependencies: [
            "KiosqueBuild", "KiosqueServe", "KiosqueDigest",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),

        .target(name: "KiosqueTestSupport", path: "Tests/KiosqueTestSupport"),
        .testTarget(name: "KiosqueCSVTests", dependencies: ["KiosqueCSV", "KiosqueTestSupport"]),
        .testTarget(name: "KiosqueSchemaTests", dependencies: ["KiosqueSchema", "KiosqueModel", "KiosqueCSV", "KiosqueTestSupport"],
                    exclude: ["Generators"]),
        .testTarget(name: "KiosqueTableTests", dependencies: ["KiosqueTable", "KiosqueCSV", "KiosqueModel", "KiosqueTestSupport"]),
        .testTarget(name: "KiosqueYAMLTests", dependencies: ["KiosqueYAML", "KiosqueMarkdown", "KiosqueModel", "KiosqueTestSupport"]),
        .testTarget(name: "KiosqueGeoTests", dependencies: ["KiosqueGeo", "KiosqueModel", "KiosqueTestSupport"]),
        .testTarget(name: "KiosqueTemplateTests", dependencies: ["KiosqueTemplate"]),
        .testTarget(name: "KiosqueChartTests", dependencies: ["KiosqueChart", "KiosqueModel"]),
        .testTarget(name: "KiosqueMarkdownTests", dependencies: ["KiosqueMarkdown", "KiosqueTestSupport"]),
        // What the fuzz targets check, as plain functions: the regression tests run them on every input the fuzzers found.
        .target(name: "KiosqueFuzzChecks", dependencies: ["KiosqueCSV", "KiosqueTable", "KiosqueYAML", "KiosqueLoad", "KiosqueModel",
                                                         "KiosqueMarkdown"], path: "Fuzz/Checks"),
        .testTarget(name: "KiosqueFuzzTests", dependencies: ["KiosqueFuzzChecks", "KiosqueTestSupport"], exclude: ["Regressions"]),
        .testTarget(name: "KiosqueTests", dependencies: ["KiosqueBuild", "KiosqueLoad", "KiosqueRender", "KiosqueDerive", "KiosqueModel",
                                                    "KiosqueDigest", "KiosqueDefaultTheme", "KiosqueTestSupport", "KiosqueServe",
                                                    "KiosqueSearch", "KiosqueActivity", "KiosqueQuality", "KiosqueSchema", "KiosqueChart"],
                    exclude: ["Fixtures"]),
    ]
)

// libFuzzer targets (`make fuzz`): built only with KIOSQUE_FUZZ=1, in their own scratch path, with
// `-sanitize=fuzzer,address` and lld (scripts/fuzz). Plain `swift build` and `swift test` never see them.
if ProcessInfo.processInfo.environment["KIOSQUE_FUZZ"] == "1" {
    package.targets.append(.target(name: "KiosqueFuzzDriver", path: "Fuzz/Driver"))
    for (name, folder) in [("csv", "CSV"), ("yaml", "YAML"), ("markdown", "Markdown")] {
        let target = "KiosqueFuzz\(folder)"
        package.targets.append(.executableTarget(name: target, dependencies: ["KiosqueFuzzDriver", "KiosqueFuzzChecks"],
                                                 path: "Fuzz/\(folder)"))
        package.products.append(.executable(name: "kiosque-fuzz-\(name)", targets: [target]))
    }
}
