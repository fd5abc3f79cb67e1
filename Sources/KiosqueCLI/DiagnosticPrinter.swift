import Foundation
import KiosqueBuild
import KiosqueModel

/// Prints diagnostics on standard error, then a one-line summary.
enum DiagnosticPrinter {
    static func print(_ report: BuildReport) {
        var text = ""
        for diagnostic in report.diagnostics { text += diagnostic.formatted(in: report.language) + "\n" }
        let (errors, warnings) = (report.errorCount, report.warningCount)
        if errors + warnings > 0 {
            text += report.language.pick("\(errors) erreur(s), \(warnings) avertissement(s)\n", "\(errors) error(s), \(warnings) warning(s)\n")
        }
        FileHandle.standardError.write(Data(text.utf8))
    }
}
