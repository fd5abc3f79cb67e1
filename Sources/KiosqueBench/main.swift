import Foundation
import KiosqueCSV
import KiosqueTable

// `make bench`: generated commune-style CSVs of 10 MB, 100 MB and 1 GB; for each, read, read + profile and
// read + profile + Table Schema validation speed per core, peak memory, and Python's csv module merely reading the
// same file, in the same run. Each measurement runs in
// a child process so that its peak memory (getrusage ru_maxrss) is its own.
//
//   kiosque-bench [--folder DIR] [--runs N] [SIZE_MB…]   the table (default sizes: 10 100 1000; best of 3 runs)
//   kiosque-bench --measure MODE FILE            one measurement: MODE is read, profile or validate
//   kiosque-bench --dump FILE…                   every result of read + profile, to compare two builds
//   kiosque-bench --distinct FILE…               the distinct-count estimates against the exact counts

let arguments = Array(CommandLine.arguments.dropFirst())
if arguments.first == "--measure", arguments.count == 3 {
    exit(Bench.measure(mode: arguments[1], path: arguments[2]))
}
if arguments.first == "--distinct" {
    exit(ProfileDump.distinct(paths: Array(arguments.dropFirst())))
}
if arguments.first == "--dump" {
    exit(ProfileDump.run(paths: Array(arguments.dropFirst())))
}
var folder = ".kiosque/bench"
var sizes: [Int] = []
var runs = 3
var index = 0
while index < arguments.count {
    if arguments[index] == "--runs", index + 1 < arguments.count {
        guard let count = Int(arguments[index + 1]), count > 0 else {
            FileHandle.standardError.write(Data("kiosque-bench: --runs wants a positive number, not '\(arguments[index + 1])'\n".utf8))
            exit(2)
        }
        runs = count
        index += 2
        continue
    }
    if arguments[index] == "--folder", index + 1 < arguments.count {
        folder = arguments[index + 1]
        index += 2
        continue
    }
    for part in arguments[index].split(whereSeparator: { $0 == " " || $0 == "," }) {
        guard let size = Int(part), size > 0 else {
            FileHandle.standardError.write(Data("kiosque-bench: sizes are positive numbers of MB, not '\(part)'\n".utf8))
            exit(2)
        }
        sizes.append(size)
    }
    index += 1
}
exit(Bench.run(sizes: sizes.isEmpty ? [10, 100, 1000] : sizes, folder: folder, runs: runs))
