import KiosqueModel
import Testing
import KiosqueYAML

@Suite("YAML diagnostics")
struct YAMLDiagnosticTests {
    @Test("a duplicate key is reported in French at the second key, naming the first line; the first value is kept")
    func duplicateKeyFrench() throws {
        let (root, diagnostics) = parse("title: Premier\nlicense: etalab-2.0\ntitle: Second\n")
        #expect(root?["title"]?.string == "Premier")
        #expect(root?.pairs?.map(\.key) == ["title", "license"])
        let diagnostic = try #require(diagnostics.only)
        #expect(diagnostic.code == "yaml.duplicate-key")
        #expect(diagnostic.severity == .error)
        #expect(diagnostic.location == SourceLocation(file: "test.yaml", line: 3, column: 1))
        #expect(diagnostic.formatted(in: .fr) == """
            test.yaml:3:1: erreur: la clé « title » est en double (première occurrence ligne 1)
              conseil : supprimez ou renommez l'une des deux : seule la première est prise en compte
            """)
    }

    @Test("a duplicate key in a nested mapping is reported in English")
    func duplicateKeyEnglish() throws {
        let (_, diagnostics) = parse("contact:\n  email: a@b.fr\n  name: X\n  email: c@d.fr\n", language: .en)
        let diagnostic = try #require(diagnostics.only)
        #expect(diagnostic.code == "yaml.duplicate-key")
        #expect(position(diagnostic.location) == "4:3")
        #expect(diagnostic.message == "duplicate key \"email\" (first defined on line 2)")
        #expect(diagnostic.hint == "remove or rename one of them: only the first one is used")
    }

    @Test("a list or mapping used as a key is reported and its entry skipped")
    func complexKey() throws {
        let (root, diagnostics) = parse("[a, b]: 1\nc: 2\n")
        #expect(diagnostics.map(\.code) == ["yaml.complex-key"])
        #expect(position(diagnostics.first?.location) == "1:1")
        #expect(root?.pairs?.map(\.key) == ["c"])
    }

    @Test("a tab used for indentation gets the tab hint at the tab's position")
    func tabIndentation() throws {
        let (root, diagnostics) = parse("spatial:\n\tname: Lyon\n")
        #expect(root == nil)
        let diagnostic = try #require(diagnostics.only)
        #expect(diagnostic.code == "yaml.syntax")
        #expect(position(diagnostic.location) == "2:1")
        #expect(diagnostic.message == "tabulation utilisée pour indenter")
        #expect(diagnostic.hint == "YAML n'accepte pas les tabulations pour indenter : utilisez des espaces")
        let english = try #require(parse("spatial:\n\tname: Lyon\n", language: .en).diagnostics.only)
        #expect(english.hint == "YAML does not accept tabs for indentation: use spaces")
    }

    @Test("libyaml's usual problems are retold in French at the problem mark",
          arguments: [
              ("title: Budget: 2024\n", "1:14", "« : » inattendu"),
              ("a:\n  b: 1\n c: 2\n", "3:2", "indentation incohérente : une clé était attendue ici"),
              ("keywords: [a, b\nlicense: x\n", "2:8", "liste entre crochets ouverte ligne 1 et non fermée"),
              ("title: \"Budget\n", "2:1", "guillemet ouvert ligne 1 et jamais fermé"),
              ("contact: @mairie\n", "1:10", "caractère « @ » inattendu"),
          ])
    func syntaxInFrench(text: String, at expected: String, message: String) throws {
        let (root, diagnostics) = parse(text)
        #expect(root == nil)
        let diagnostic = try #require(diagnostics.only)
        #expect(diagnostic.code == "yaml.syntax")
        #expect(position(diagnostic.location) == expected)
        #expect(diagnostic.message.hasPrefix(message), "\(diagnostic.message)")
        #expect(diagnostic.hint?.isEmpty == false)
    }

    @Test("a key without its colon is reported on the key's line, not the next one")
    func missingColon() throws {
        let diagnostic = try #require(parse("title: Budget\ndescription\nlicense: x\n").diagnostics.only)
        #expect(position(diagnostic.location) == "2:1")
        #expect(diagnostic.message == "il manque « : » après cette clé")
    }

    @Test("invalid UTF-8 is reported at the first bad byte's line and column")
    func invalidUTF8() throws {
        // "intitulé" in Windows-1252: é is the single byte 0xE9.
        let bytes = Array("title: ok\nsubtitle: Données\n".utf8) + Array("desc: intitul".utf8) + [0xE9] + Array("\n".utf8)
        let (root, diagnostics) = YAMLDocument.parse(bytes, file: "d.yaml", language: .fr)
        #expect(root == nil)
        let diagnostic = try #require(diagnostics.only)
        #expect(diagnostic.code == "yaml.encoding")
        #expect(diagnostic.location == SourceLocation(file: "d.yaml", line: 3, column: 14))
        #expect(diagnostic.message == "le fichier n'est pas en UTF-8 : octet 0xE9 invalide")
        #expect(diagnostic.hint?.contains("Windows-1252") == true)
    }

    @Test("overlong and surrogate encodings are not UTF-8", arguments: [[0xC0, 0xAF], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xE2, 0x82]])
    func strictUTF8(sequence: [UInt8]) throws {
        let (_, diagnostics) = YAMLDocument.parse(Array("a: ".utf8) + sequence + [0x0A], file: "d.yaml", language: .en)
        #expect(diagnostics.map(\.code) == ["yaml.encoding"])
        #expect(position(diagnostics.first?.location) == "1:4")
    }

    @Test("a NUL byte is reported where it is")
    func nulByte() throws {
        let (root, diagnostics) = YAMLDocument.parse(Array("a: 1\nb: x".utf8) + [0x00] + Array("y\n".utf8), file: "n.yaml", language: .fr)
        #expect(root == nil)
        let diagnostic = try #require(diagnostics.only)
        #expect(diagnostic.code == "yaml.encoding")
        #expect(position(diagnostic.location) == "2:5")
        #expect(diagnostic.message == "octet nul (0x00) dans le fichier")
    }

    @Test("a UTF-16 file and control characters are encoding problems")
    func utf16AndControls() throws {
        let utf16 = YAMLDocument.parse([0xFF, 0xFE, 0x61, 0x00], file: "u.yaml", language: .fr).diagnostics
        #expect(utf16.map(\.message) == ["le fichier est encodé en UTF-16"])
        let bell = try #require(parse("a: b\u{07}\n").diagnostics.only)
        #expect(bell.code == "yaml.encoding")
        #expect(position(bell.location) == "1:5")
        #expect(bell.message == "caractère de contrôle U+0007 interdit en YAML")
    }

    @Test("a second document is an error; the first one is kept")
    func multipleDocuments() throws {
        let (root, diagnostics) = parse("title: A\n---\ntitle: B\n")
        #expect(root?["title"]?.string == "A")
        let diagnostic = try #require(diagnostics.only)
        #expect(diagnostic.code == "yaml.multiple-documents")
        #expect(position(diagnostic.location) == "2:1")
    }

    @Test("an alias to an unknown anchor is reported and read as null")
    func unknownAlias() throws {
        let (root, diagnostics) = parse("a: *nulle\nb: 2\n")
        #expect(diagnostics.map(\.code) == ["yaml.unknown-alias"])
        #expect(position(diagnostics.first?.location) == "1:4")
        #expect(root?["a"]?.isNull == true)
        #expect(root?["b"]?.string == "2")
    }

    @Test("diagnostics come back in file order")
    func order() {
        let (_, diagnostics) = parse("b: 1\na: 1\nb: 2\na: 2\n")
        #expect(diagnostics.map { position($0.location) } == ["3:1", "4:1"])
    }

    @Test("a problem at the end of a file without a final line break is shown where the file ends, not on a line past it",
          arguments: [("[", "1:2"), ("title: [a, b", "1:13"), ("a: 1\nb: {x", "2:6"), ("a: [\n", "2:1")])
    func endOfFileWithoutLineBreak(_ text: String, _ expected: String) throws {
        let (_, diagnostics) = parse(text)
        let diagnostic = try #require(diagnostics.first)
        #expect(position(diagnostic.location) == expected, "\(diagnostic.formatted(in: .fr))")
    }
}
