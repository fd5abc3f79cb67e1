import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Reads an Atom document with Foundation's XML parser: what a feed reader would see.
final class AtomFeedReader: NSObject, XMLParserDelegate {
    struct Entry {
        var id = "", title = "", updated = "", link = "", summary = "", content = "", category = ""
    }

    private(set) var feedTitle = ""
    private(set) var feedID = ""
    private(set) var feedUpdated = ""
    private(set) var language = ""
    private(set) var links: [String: String] = [:]
    private(set) var entries: [Entry] = []
    private(set) var error: Error?
    private var path: [String] = []
    private var text = ""
    private var entry: Entry?

    static func read(_ data: Data) -> AtomFeedReader {
        let reader = AtomFeedReader()
        let parser = XMLParser(data: data)
        parser.shouldProcessNamespaces = true
        parser.delegate = reader
        if !parser.parse() { reader.error = parser.parserError ?? Failure() }
        return reader
    }

    struct Failure: Error {}

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        guard namespaceURI == "http://www.w3.org/2005/Atom" else { return }
        path.append(name)
        text = ""
        if name == "feed" { language = attributes["xml:lang"] ?? attributes["lang"] ?? "" }
        if name == "entry" { entry = Entry() }
        if name == "link" {
            if entry != nil { entry?.link = attributes["href"] ?? "" } else { links[attributes["rel"] ?? "alternate"] = attributes["href"] }
        }
        if name == "category" { entry?.category = attributes["term"] ?? "" }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        guard namespaceURI == "http://www.w3.org/2005/Atom" else { return }
        let parent = path.dropLast().last
        if parent == "entry" {
            switch name {
            case "id": entry?.id = text
            case "title": entry?.title = text
            case "updated": entry?.updated = text
            case "summary": entry?.summary = text
            case "content": entry?.content = text
            default: break
            }
        } else if parent == "feed" {
            switch name {
            case "id": feedID = text
            case "title": feedTitle = text
            case "updated": feedUpdated = text
            default: break
            }
        }
        if name == "entry", let entry { entries.append(entry); self.entry = nil }
        path.removeLast()
        text = ""
    }
}
