import Testing
import KiosqueMarkdown

@Suite("Markdown safety")
struct MarkdownSafetyTests {
    @Test("raw HTML never reaches the output, and the placeholder carries nothing of it", arguments: [
        "<script>alert(1)</script>",
        "Texte <script>alert(1)</script> fin",
        "<img src=x onerror=alert(1)>",
        "Voir <img src=x onerror=alert(1)> ici",
        "<div onclick=\"alert(1)\">\n\n**gras**\n\n</div>",
        "<iframe src=\"https://evil.example\"></iframe>",
        "<a href=\"javascript:alert(1)\">x</a>",
        "<svg onload=alert(1)>",
        "<style>body{display:none}</style>",
        "- <script>alert(1)</script>",
        "| a |\n|---|\n| <img src=x onerror=alert(1)> |",
    ])
    func rawHTML(markdown: String) {
        let html = Markdown.html(markdown)
        for forbidden in ["<script", "onerror", "onclick", "onload", "<iframe", "<svg", "<style", "evil.example", "javascript:"] {
            #expect(!html.lowercased().contains(forbidden), "\(forbidden) in \(html)")
        }
        for comment in html.ranges(of: "<!--") {
            #expect(html[comment.lowerBound...].hasPrefix("<!-- raw HTML omitted -->"))
        }
    }

    @Test("links with a forbidden scheme keep their text but lose the link", arguments: [
        "[clic](javascript:alert(1))",
        "[clic](JaVaScRiPt:alert(1))",
        "[clic](&#106;avascript:alert(1))",
        "[clic](&#x6A;&#x61;vascript:alert(1))",
        "[clic](java&#x09;script:alert(1))",
        "[clic](<java\tscript:alert(1)>)",
        "[clic](<java script:alert(1)>)",
        "[clic](<  javascript:alert(1)>)",
        "[clic](javascript&colon;alert(1))",
        "[clic](java%73cript:alert(1))",
        "[clic](vbscript:msgbox(1))",
        "[clic](VBScript:msgbox(1))",
        "[clic](data:text/html;base64,PHNjcmlwdD4=)",
        "[clic](file:///etc/passwd)",
        "[clic](ftp://example.org/x)",
        "[clic](<java\u{0}script:x>)",
        "[clic](java&#0;script:x)",
        "[clic](\u{200B}javascript:x)",
        "[clic][ref]\n\n[ref]: javascript:alert(1)",
        "<javascript:alert(1)>",
        "<clic:javascript:alert(1)>",
    ])
    func forbiddenLinks(markdown: String) {
        let html = Markdown.html(markdown)
        #expect(!html.contains("<a "), "\(html)")
        #expect(!html.contains("href"), "\(html)")
    }

    @Test("a forbidden link keeps its formatted text")
    func unlinkedTextStays() {
        #expect(Markdown.html("Avant [le **site**](javascript:alert(1)) après")
                == "<p>Avant le <strong>site</strong> après</p>\n")
    }

    @Test("images with a forbidden scheme become their description", arguments: [
        "![carte](data:image/png;base64,iVBORw0KGgo=)",
        "![carte](DATA:image/svg+xml;base64,PHN2Zz4=)",
        "![carte](javascript:alert(1))",
        "![carte](&#100;ata:image/png;base64,xx)",
    ])
    func forbiddenImages(markdown: String) {
        #expect(Markdown.html(markdown) == "<p>carte</p>\n")
    }

    @Test("allowed images keep their source")
    func allowedImage() {
        #expect(Markdown.html("![carte](images/carte.png \"Carte\")")
                == "<p><img src=\"images/carte.png\" alt=\"carte\" title=\"Carte\" /></p>\n")
    }

    @Test("an image inside a forbidden link keeps the image, an allowed image")
    func imageInsideForbiddenLink() {
        #expect(Markdown.html("[![logo](logo.png)](javascript:alert(1))")
                == "<p><img src=\"logo.png\" alt=\"logo\" /></p>\n")
    }

    @Test("text that merely looks like an attribute is escaped")
    func escapedText() {
        let html = Markdown.html("a < b & \"c\" > d")
        #expect(html == "<p>a &lt; b &amp; &quot;c&quot; &gt; d</p>\n")
    }
}
