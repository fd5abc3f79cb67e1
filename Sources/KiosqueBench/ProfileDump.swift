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

    /// `kiosque-bench --distinct FILE…`: for each column whose distinct count the default bounds or the small ones
    /// estimate, the exact count (bounds that every column stays under), the estimates and their relative error; then
    /// the root mean square of the errors, per bound. The way to check the quality of a change to the hash.
    static func distinct(paths: [String]) -> Int32 {
        let exactLimits = ProfileLimits(distinctBound: 50_000_000, maxValueBytes: 8, histogramSample: 16, points: 0)
        var squares: [Double] = [0, 0], counts = [0, 0], worst: [Double] = [0, 0]
        for path in paths {
            guard let exact = try? TableScan.read(path: path, options: TableScan.Options(previewRows: 0, limits: exactLimits)),
                  let normal = try? TableScan.read(path: path, options: TableScan.Options(previewRows: 0)),
                  let small = try? TableScan.read(path: path, options: TableScan.Options(previewRows: 0, limits: smallLimits))
            else { continue }
            for (index, field) in exact.preview.fields.enumerated() {
                for (bound, result) in [normal, small].enumerated() where !result.preview.fields[index].distinctIsExact {
                    let estimate = result.preview.fields[index].distinct
                    let error = Double(estimate - field.distinct) / Double(field.distinct)
                    squares[bound] += error * error
                    counts[bound] += 1
                    worst[bound] = max(worst[bound], abs(error))
                    print("\(path)\t\(field.name)\t\(bound == 0 ? "default" : "small")\texact \(field.distinct)\testimate \(estimate)"
                          + "\t\(String(format: "%+.2f%%", error * 100))")
                }
            }
        }
        for bound in 0..<2 where counts[bound] > 0 {
            print("\(bound == 0 ? "default bounds (2^\(ProfileLimits().sketchPrecision) registers)" : "small bounds (2^\(smallLimits.sketchPrecision) registers)"): "
                  + "\(counts[bound]) estimates, RMS error \(String(format: "%.2f%%", (squares[bound] / Double(counts[bound])).squareRoot() * 100)), "
                  + "worst \(String(format: "%.2f%%", worst[bound] * 100))")
        }
        return 0
    }
}
