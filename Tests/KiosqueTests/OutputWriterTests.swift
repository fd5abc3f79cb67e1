import Foundation
import KiosqueBuild
import KiosqueModel
import Testing

@Suite struct OutputWriterTests {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("kiosque-writer-\(UUID().uuidString)")

    @Test func refusesTwoArtifactsWithOnePath() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("public").path
        let artifacts = [Artifact(path: "a/index.html", text: "1"), Artifact(path: "A/index.html", text: "2")]
        #expect(throws: OutputWriter.Failure.duplicatePath("A/index.html")) { try OutputWriter(output: output).write(artifacts) }
        #expect(!FileManager.default.fileExists(atPath: output))
    }

    @Test func refusesPathsThatLeaveTheOutput() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        for bad in ["../x.html", "/etc/x", "a//b", "a/./b"] {
            #expect(throws: OutputWriter.Failure.unsafePath(bad)) {
                try OutputWriter(output: folder.appendingPathComponent("public").path).write([Artifact(path: bad, text: "x")])
            }
        }
    }

    @Test func replacesItsOwnOutputButNeverSomeoneElsesFolder() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("public")
        let writer = OutputWriter(output: output.path)
        try writer.write([Artifact(path: "index.html", text: "v1"), Artifact(path: "old.html", text: "old")])
        try writer.write([Artifact(path: "index.html", text: "v2")])
        #expect(text(output.appendingPathComponent("index.html")) == "v2")
        #expect(!FileManager.default.fileExists(atPath: output.appendingPathComponent("old.html").path))

        let documents = folder.appendingPathComponent("documents")
        try FileManager.default.createDirectory(at: documents, withIntermediateDirectories: true)
        try Data("précieux".utf8).write(to: documents.appendingPathComponent("lettre.txt"))
        #expect(throws: OutputWriter.Failure.notKiosqueOutput(documents.path)) {
            try OutputWriter(output: documents.path).write([Artifact(path: "index.html", text: "x")])
        }
        #expect(text(documents.appendingPathComponent("lettre.txt")) == "précieux")
    }

    @Test func cleansTemporaryFoldersLeftByAKilledBuild() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let stale = folder.appendingPathComponent(".public.kiosque-tmp-12345-678")
        try FileManager.default.createDirectory(at: stale, withIntermediateDirectories: true)
        try OutputWriter(output: folder.appendingPathComponent("public").path).write([Artifact(path: "index.html", text: "x")])
        let entries = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        #expect(entries == ["public"])
    }
}
