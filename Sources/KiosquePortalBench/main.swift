import Foundation

// `make bench-portal`: generated portals of 100 to 50,000 datasets built cold and after a one-dataset edit, against
// the same datasets as plain Hugo pages. See PortalBench.
//
//   kiosque-bench-portal [--runs N] [--folder DIR] [--kiosque PATH] [--no-hugo] [--no-git] [SIZE…]

var settings = PortalBench.Settings()
settings.kiosque = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("kiosque").path
var sizes: [Int] = []
var arguments = Array(CommandLine.arguments.dropFirst())[...]
func usage(_ problem: String) -> Never {
    FileHandle.standardError.write(Data("kiosque-bench-portal: \(problem)\n".utf8))
    exit(2)
}
while let argument = arguments.popFirst() {
    switch argument {
    case "--runs":
        guard let value = arguments.popFirst().flatMap(Int.init), value > 0 else { usage("--runs takes a positive number") }
        settings.runs = value
    case "--folder":
        guard let value = arguments.popFirst() else { usage("--folder takes a folder") }
        settings.folder = value
    case "--kiosque":
        guard let value = arguments.popFirst() else { usage("--kiosque takes the path of the kiosque executable") }
        settings.kiosque = value
    case "--no-hugo": settings.hugo = false
    case "--no-git": settings.git = false
    default:
        for part in argument.split(whereSeparator: { $0 == " " || $0 == "," }) {
            guard let size = Int(part), size > 0 else { usage("sizes are positive numbers of datasets, not '\(part)'") }
            sizes.append(size)
        }
    }
}
if !sizes.isEmpty { settings.sizes = sizes }
guard FileManager.default.isExecutableFile(atPath: settings.kiosque) else { usage("no kiosque executable at \(settings.kiosque)") }
exit(PortalBench(settings: settings).run())
