import Foundation
import KiosqueTable

/// `kiosque-bench --dump FILE…`: everything read + profile finds in each file (dialect, shape, preview rows, profiles,
/// points, invalid rows), printed in full, with the default bounds and with small ones that every column crosses
/// (exact counts → sketch, sample replacement). Two builds that print the same text give the same profiles: the way to
/// check that a speed-up changed nothing.
enum ProfileDump {
    static let smallLimits = ProfileLimits(distinctBound: 7, maxValueBytes: 9, histogramSample: 16, sketchPrecision: 5,
                                           points: 11, topValues: 3)

    static func run(paths: [String]) -> Int32 {
        for path in paths {
            print("== \(path)")
            for limits in [nil, smallLimits] {
                do {
                    let result = try TableScan.read(path: path, options: TableScan.Options(previewRows: 20, limits: limits))
                    print(String(reflecting: result.summary))
                    print(String(reflecting: result.preview))
                    print("invalid UTF-8 rows: \(result.invalidUTF8Rows), first at \(String(describing: result.firstInvalidUTF8Line))")
                } catch {
                    print("error: \(error)")
                }
            }
        }
        return 0
    }
}
