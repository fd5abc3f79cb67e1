import Foundation
import KiosqueBuild
import KiosqueDigest
import KiosqueModel

/// Diagnostics as people and machines read them.
enum DiagnosticPrinter {
    /// `path:line:column: erreur: message` and hints on standard error, then a one-line summary.
    static func print(_ report: BuildReport) {
        var text = ""
        for diagnostic in report.diagnostics { text += diagnostic.formatted(in: report.language) + "\n" }
        let (errors, warnings) = (report.errorCount, report.warningCount)
        if errors + warnings > 0 {
            text += report.language.pick("\(errors) erreur(s), \(warnings) avertissement(s)\n", "\(errors) error(s), \(warnings) warning(s)\n")
        }
        FileHandle.standardError.write(Data(text.utf8))
    }

    /// One JSON document: every diagnostic with its location, code, message and hint, and the counts.
    static func json(_ report: BuildReport) -> String {
        let items: [JSONValue] = report.diagnostics.map { diagnostic in
            var item: [String: JSONValue] = [
                "severity": .string(diagnostic.severity.rawValue),
                "file": .string(diagnostic.location.file),
                "line": .integer(diagnostic.location.line),
                "column": .integer(diagnostic.location.column),
                "code": .string(diagnostic.code),
                "message": .string(diagnostic.message),
            ]
            if let hint = diagnostic.hint { item["hint"] = .string(hint) }
            return .object(item)
        }
        let document: JSONValue = [
            "language": .string(report.language.rawValue),
            "errors": .integer(report.errorCount),
            "warnings": .integer(report.warningCount),
            "diagnostics": .array(items),
        ]
        return document.serialized()
    }

    /// GitHub Actions workflow commands: `::error file=…,line=…,col=…::message`, one per diagnostic.
    static func githubAnnotations(_ report: BuildReport) -> String {
        report.diagnostics.map { diagnostic in
            let command = diagnostic.severity == .error ? "error" : "warning"
            let location = diagnostic.location
            var message = diagnostic.message
            if let hint = diagnostic.hint { message += "\n" + report.language.pick("conseil : ", "hint: ") + hint }
            return "::\(command) file=\(escapeProperty(location.file)),line=\(location.line),col=\(location.column)::\(escapeData(message))\n"
        }.joined()
    }

    /// A GitLab Code Quality report (the Code Climate subset GitLab reads): merge requests show each problem on its
    /// line. Errors are `major`, warnings `minor`; the fingerprint is the SHA-256 of the code, place and message.
    static func gitlabCodeQuality(_ report: BuildReport) -> String {
        let items: [JSONValue] = report.diagnostics.map { diagnostic in
            let location = diagnostic.location
            var description = diagnostic.message
            if let hint = diagnostic.hint { description += " — " + report.language.pick("conseil : ", "hint: ") + hint }
            let identity = [diagnostic.code, location.file, String(location.line), String(location.column), diagnostic.message]
                .joined(separator: "\u{1F}")
            return [
                "description": .string(description),
                "check_name": .string(diagnostic.code),
                "fingerprint": .string(SHA256.hexDigest(of: Array(identity.utf8))),
                "severity": .string(diagnostic.severity == .error ? "major" : "minor"),
                "location": ["path": .string(location.file), "lines": ["begin": .integer(max(location.line, 1))]],
            ]
        }
        return JSONValue.array(items).serialized()
    }

    /// Workflow-command escaping (as @actions/core does it).
    private static func escapeData(_ text: String) -> String {
        text.replacingOccurrences(of: "%", with: "%25").replacingOccurrences(of: "\r", with: "%0D").replacingOccurrences(of: "\n", with: "%0A")
    }

    private static func escapeProperty(_ text: String) -> String {
        escapeData(text).replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
    }
}
