import KiosqueModel

/// What `kiosque serve` adds to the HTML it serves, and only there: the reload script, and the panel that lists
/// the errors of the last build. Built files never contain any of it.
enum LiveReload {
    static let scriptPath = "/_kiosque/reload.js"
    static let stylePath = "/_kiosque/serve.css"
    static let eventsPath = "/_kiosque/events"
    static let generationPath = "/_kiosque/generation"

    /// Inserts the snippet before the last `</body>` (at the end when there is none).
    static func inject(into html: [UInt8], generation: Int, failure: [Diagnostic]?, language: Language) -> [UInt8] {
        let snippet = Array(self.snippet(generation: generation, failure: failure, language: language).utf8)
        let closing = Array("</body>".utf8)
        var index = html.count - closing.count
        while index >= 0 {
            if html[index] == UInt8(ascii: "<"), html[index..<(index + closing.count)].elementsEqual(closing, by: { lowercased($0) == $1 }) {
                return Array(html[..<index]) + snippet + Array(html[index...])
            }
            index -= 1
        }
        return html + snippet
    }

    static func snippet(generation: Int, failure: [Diagnostic]?, language: Language) -> String {
        var text = "\n<!-- kiosque serve -->\n"
        if let failure, !failure.isEmpty {
            text += "<link rel=\"stylesheet\" href=\"\(stylePath)\">\n" + panel(failure, language: language, overSite: true) + "\n"
        }
        return text + "<script src=\"\(scriptPath)\" data-generation=\"\(generation)\"></script>\n"
    }

    /// The page served when no build has succeeded yet: the diagnostics of the last one.
    static func errorPage(_ failure: [Diagnostic], generation: Int, language: Language) -> String {
        """
        <!DOCTYPE html>
        <html lang="\(language.rawValue)">
        <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(language.pick("Kiosque : le portail ne se construit pas", "Kiosque: the portal does not build"))</title>
        <link rel="stylesheet" href="\(stylePath)"></head>
        <body class="kiosque-serve-page">
        \(panel(failure, language: language, overSite: false))
        <script src="\(scriptPath)" data-generation="\(generation)"></script>
        </body>
        </html>

        """
    }

    /// The page served while the first build runs; it reloads itself when the build is done.
    static func buildingPage(generation: Int) -> String {
        """
        <!DOCTYPE html>
        <html lang="fr">
        <head><meta charset="utf-8"><title>Kiosque</title><link rel="stylesheet" href="\(stylePath)"></head>
        <body class="kiosque-serve-page"><p class="kiosque-serve-building">Construction du portail… / Building the portal…</p>
        <script src="\(scriptPath)" data-generation="\(generation)"></script>
        </body>
        </html>

        """
    }

    /// The errors first, then the warnings, each as `path:line:column: erreur: message` and its hint, escaped.
    static func panel(_ diagnostics: [Diagnostic], language: Language, overSite: Bool) -> String {
        let errors = diagnostics.filter { $0.severity == .error }.count
        let warnings = diagnostics.count - errors
        let shown = 200
        var items = diagnostics.prefix(shown).map { diagnostic in
            "<li class=\"kiosque-serve-\(diagnostic.severity.rawValue)\"><pre>\(escape(diagnostic.formatted(in: language)))</pre></li>"
        }
        if diagnostics.count > shown {
            items.append("<li>" + language.pick("… et \(diagnostics.count - shown) autre(s) : voir le terminal",
                                               "… and \(diagnostics.count - shown) more: see the terminal") + "</li>")
        }
        let title = language.pick("Kiosque : \(errors) erreur(s), \(warnings) avertissement(s)",
                                  "Kiosque: \(errors) error(s), \(warnings) warning(s)")
        let note = overSite
            ? language.pick("Le portail n'a pas été reconstruit : cette page est sa dernière version correcte. Corrigez le fichier indiqué et enregistrez-le, la page se recharge seule.",
                            "The portal was not rebuilt: this page is its last good version. Fix the file named and save it; the page reloads by itself.")
            : language.pick("Le portail ne se construit pas. Corrigez le fichier indiqué et enregistrez-le, la page se recharge seule.",
                            "The portal does not build. Fix the file named and save it; the page reloads by itself.")
        let close = overSite
            ? "<button type=\"button\" id=\"kiosque-serve-close\" aria-label=\"\(language.pick("Fermer", "Close"))\">×</button>" : ""
        return """
            <aside id="kiosque-serve-errors" role="alert" aria-labelledby="kiosque-serve-title">\(close)
            <h2 id="kiosque-serve-title">\(escape(title))</h2>
            <p>\(escape(note))</p>
            <ol>
            \(items.joined(separator: "\n"))
            </ol>
            </aside>
            """
    }

    static func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default: result.append(character)
            }
        }
        return result
    }

    private static func lowercased(_ byte: UInt8) -> UInt8 {
        byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte + 32 : byte
    }

    /// Listens for new generations (Server-Sent Events, with a polling fallback) and reloads the page.
    static let script = """
        // kiosque serve: reloads this page when the portal has been rebuilt. Never part of a built site.
        (function () {
          "use strict";
          var script = document.currentScript;
          var shown = script ? script.getAttribute("data-generation") : null;
          var close = document.getElementById("kiosque-serve-close");
          if (close) {
            close.addEventListener("click", function () {
              var panel = document.getElementById("kiosque-serve-errors");
              if (panel) { panel.hidden = true; }
            });
          }
          function check(generation) {
            if (shown !== null && String(generation).trim() !== shown) {
              window.location.reload();
              return true;
            }
            return false;
          }
          if (window.EventSource) {
            var source = new EventSource("\(eventsPath)");
            source.onmessage = function (event) {
              if (check(event.data)) { source.close(); }
            };
          } else if (window.fetch) {
            var timer = setInterval(function () {
              fetch("\(generationPath)", {cache: "no-store"})
                .then(function (response) { return response.text(); })
                .then(function (text) { if (check(text)) { clearInterval(timer); } })
                .catch(function () {});
            }, 1000);
          }
        })();

        """

    static let style = """
        /* kiosque serve: the panel that lists the errors of the last build. */
        #kiosque-serve-errors {
          position: fixed; left: 0; right: 0; bottom: 0; z-index: 2147483647; max-height: 60vh; overflow: auto;
          box-sizing: border-box; margin: 0; padding: 1rem 1.25rem; background: #fff4f4; color: #1e1e1e;
          border-top: 4px solid #c9191e; box-shadow: 0 -4px 16px rgba(0, 0, 0, .25);
          font: 15px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; text-align: left;
        }
        #kiosque-serve-errors[hidden] { display: none; }
        .kiosque-serve-page #kiosque-serve-errors { position: static; max-height: none; box-shadow: none; }
        #kiosque-serve-errors h2 { margin: 0 0 .25rem; font-size: 1.1rem; color: #a3141a; }
        #kiosque-serve-errors p { margin: 0 0 .5rem; }
        #kiosque-serve-errors ol { margin: 0; padding-left: 1.5rem; }
        #kiosque-serve-errors li { margin: .35rem 0; }
        #kiosque-serve-errors pre {
          margin: 0; white-space: pre-wrap; overflow-wrap: anywhere; font: 13px/1.45 ui-monospace, "DejaVu Sans Mono", monospace;
        }
        #kiosque-serve-errors .kiosque-serve-warning pre { color: #6b4e00; }
        #kiosque-serve-close {
          float: right; margin: -.25rem -.25rem 0 1rem; padding: .1rem .55rem; border: 1px solid #a3141a; border-radius: 4px;
          background: #fff; color: #a3141a; font-size: 1.25rem; line-height: 1.2; cursor: pointer;
        }
        .kiosque-serve-page { margin: 0; background: #fff; }
        .kiosque-serve-building { margin: 2rem; font: 1.1rem system-ui, sans-serif; color: #444; }

        """
}
