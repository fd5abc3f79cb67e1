import KiosqueModel
import Testing
import KiosqueYAML

@Suite("YAML tree and locations")
struct YAMLTreeTests {
    static let descriptor = """
        title: Budget primitif
        organization: ville-exemple
        spatial:
          name: "Ville d'Exemple"
          bbox: [2.1, 48.5, 2.4, 48.9]
        keywords:
          - budget
          - finances
        resources:
          - path: budget.csv
            title: 'Budget 2024'
          -   url: https://example.org/api
        """

    @Test("nested keys and values are located at their exact line and column")
    func nestedLocations() throws {
        let (root, diagnostics) = parse(Self.descriptor)
        #expect(diagnostics.isEmpty)
        let tree = try #require(root)
        #expect(position(tree.location) == "1:1")
        #expect(position(tree.pair("title")?.keyLocation) == "1:1")
        #expect(position(tree["title"]?.location) == "1:8")
        let spatial = try #require(tree.pair("spatial"))
        #expect(position(spatial.keyLocation) == "3:1")
        #expect(position(spatial.value.location) == "4:3")
        #expect(position(spatial.value.pair("name")?.keyLocation) == "4:3")
        #expect(position(spatial.value["name"]?.location) == "4:9")
        #expect(position(spatial.value["bbox"]?.location) == "5:9")
        #expect(spatial.value["bbox"]?.items?.map { position($0.location) } == ["5:10", "5:15", "5:21", "5:26"])
        #expect(tree.pairs?.map(\.key) == ["title", "organization", "spatial", "keywords", "resources"])
    }

    @Test("list items are located where their content starts")
    func listItemLocations() throws {
        let tree = try #require(parse(Self.descriptor).root)
        let keywords = try #require(tree["keywords"])
        #expect(position(keywords.location) == "7:3")
        #expect(keywords.items?.map { position($0.location) } == ["7:5", "8:5"])
        #expect(keywords.items?.compactMap(\.string) == ["budget", "finances"])
        let resources = try #require(tree["resources"]?.items)
        #expect(resources.map { position($0.location) } == ["10:5", "12:7"])
        #expect(position(resources[0].pair("title")?.keyLocation) == "11:5")
        #expect(position(resources[0]["title"]?.location) == "11:12")
        #expect(resources[1]["url"]?.string == "https://example.org/api")
    }

    @Test("columns count characters, not bytes")
    func columnsCountCharacters() throws {
        let tree = try #require(parse("intitulé: « Données »\nété: [é, è]\n").root)
        #expect(position(tree["intitulé"]?.location) == "1:11")
        #expect(tree["été"]?.items?.map { position($0.location) } == ["2:7", "2:10"])
    }

    @Test("plain and quoted scalars are told apart; only plain ones can be null")
    func plainAndQuoted() throws {
        let tree = try #require(parse("""
            a: 12
            b: "12"
            c: '12'
            d: ~
            e:
            f: null
            g: "null"
            h: |
              texte
            i: !!str 12
            """).root)
        #expect(tree["a"]?.kind == .scalar("12", plain: true))
        #expect(tree["a"]?.isPlainScalar == true)
        #expect(tree["b"]?.kind == .scalar("12", plain: false))
        #expect(tree["c"]?.kind == .scalar("12", plain: false))
        #expect(tree["d"]?.isNull == true)
        #expect(tree["d"]?.string == nil)
        #expect(tree["e"]?.isNull == true)
        #expect(tree["f"]?.isNull == true)
        #expect(tree["g"]?.isNull == false)
        #expect(tree["g"]?.string == "null")
        #expect(tree["h"]?.kind == .scalar("texte\n", plain: false))
        #expect(tree["i"]?.kind == .scalar("12", plain: false))
    }

    @Test("accessors answer nil for the wrong kind of node")
    func accessors() throws {
        let tree = try #require(parse("liste: [a]\ntexte: b\n").root)
        #expect(tree.string == nil)
        #expect(tree.items == nil)
        #expect(tree["liste"]?.pairs == nil)
        #expect(tree["texte"]?["x"] == nil)
        #expect(tree["absent"] == nil)
        #expect(tree.typeName == "dictionnaire")
        #expect(tree["liste"]?.typeName == "liste")
        #expect(tree["texte"]?.typeName(in: .en) == "text")
        #expect(tree["liste"]?.typeName(in: .en) == "list")
    }

    @Test("aliases repeat their anchor's value, located at the alias")
    func aliases() throws {
        let (root, diagnostics) = parse("""
            contact: &mairie
              email: mairie@example.fr
            publisher: *mairie
            """)
        #expect(diagnostics.isEmpty)
        let tree = try #require(root)
        #expect(tree["publisher"]?["email"]?.string == "mairie@example.fr")
        #expect(position(tree["publisher"]?.location) == "3:12")
        #expect(position(tree["publisher"]?["email"]?.location) == "2:10")
    }

    @Test("an empty document has no root and no diagnostic", arguments: ["", "\n\n", "# rien\n", "---\n", "---\n...\n"])
    func emptyDocument(text: String) {
        let (root, diagnostics) = parse(text)
        #expect(root == nil)
        #expect(diagnostics.isEmpty)
    }

    @Test("firstLine shifts every reported line")
    func firstLineOffset() throws {
        let (root, diagnostics) = parse("title: A\ntitle: B\n", firstLine: 2)
        #expect(position(root?.pair("title")?.keyLocation) == "2:1")
        #expect(position(diagnostics.first?.location) == "3:1")
        #expect(diagnostics.first?.message.contains("ligne 2") == true)
    }

    @Test("a UTF-8 byte-order mark is skipped without shifting columns")
    func byteOrderMark() throws {
        let (root, diagnostics) = YAMLDocument.parse([0xEF, 0xBB, 0xBF] + Array("title: A\n".utf8), file: "b.yaml", language: .fr)
        #expect(diagnostics.isEmpty)
        #expect(position(root?["title"]?.location) == "1:8")
    }

    @Test("CR LF line endings count one line each")
    func crlf() throws {
        let tree = try #require(parse("a: 1\r\nb:\r\n  - x\r\n").root)
        #expect(position(tree["b"]?.items?.first?.location) == "3:5")
    }
}
