import Foundation
import Hummingbird
import KiosqueModel

/// Answers every request from the current `PreviewState`: published files from memory (or streamed from the
/// repository for copied files), folders through their `index.html`, misses with the site's `404.html`, and the
/// serve-only `/_kiosque/…` addresses.
struct PreviewResponder: HTTPResponder {
    typealias Context = BasicRequestContext

    let state: PreviewState
    /// How long one `/_kiosque/events` stream stays open; the browser's EventSource then reconnects by itself.
    let eventStreamLifetime: Duration

    func respond(to request: Request, context: Context) async throws -> Response {
        guard request.method == .get || request.method == .head else {
            return Response(status: .methodNotAllowed, headers: [.allow: "GET, HEAD"])
        }
        let raw = request.uri.path
        let path = raw.removingPercentEncoding ?? raw
        switch path {
        case LiveReload.scriptPath: return text(LiveReload.script, type: "text/javascript; charset=utf-8")
        case LiveReload.stylePath: return text(LiveReload.style, type: "text/css; charset=utf-8")
        case LiveReload.eventsPath: return events()
        case LiveReload.generationPath: return text("\(await state.snapshot.generation)\n", type: "text/plain; charset=utf-8")
        default: break
        }
        let snapshot = await state.snapshot
        guard let site = snapshot.site else {
            if let failure = snapshot.failure {
                return html(LiveReload.errorPage(failure, generation: snapshot.generation, language: snapshot.language),
                            status: .internalServerError)
            }
            return html(LiveReload.buildingPage(generation: snapshot.generation), status: .serviceUnavailable)
        }
        switch site.lookup(path) {
        case let .file(filePath, body):
            return try await serve(filePath, body, status: .ok, snapshot, context)
        case let .redirect(location):
            return Response(status: .movedPermanently, headers: [.location: location, .cacheControl: "no-store"])
        case .notFound:
            if let page = site.notFoundPage { return try await serve("404.html", page, status: .notFound, snapshot, context) }
            return text("404\n", type: "text/plain; charset=utf-8", status: .notFound)
        }
    }

    private func serve(_ path: String, _ body: Artifact.Body, status: HTTPResponse.Status, _ snapshot: PreviewState.Snapshot,
                       _ context: Context) async throws -> Response {
        let type = MediaTypes.contentType(forPath: path)
        switch body {
        case let .bytes(bytes):
            let isHTML = type.hasPrefix("text/html")
            let served = isHTML ? LiveReload.inject(into: bytes, generation: snapshot.generation, failure: snapshot.failure,
                                                    language: snapshot.language) : bytes
            return Response(status: status, headers: [.contentType: type, .cacheControl: "no-store"],
                            body: .init(byteBuffer: ByteBuffer(bytes: served)))
        case let .copy(sourcePath):
            do {
                let file = try await FileIO().loadFile(path: sourcePath, context: context)
                return Response(status: status, headers: [.contentType: type, .cacheControl: "no-store"], body: file)
            } catch {
                // Removed since the last build: the next build will drop it too.
                return text("404\n", type: "text/plain; charset=utf-8", status: .notFound)
            }
        }
    }

    /// Server-Sent Events: the current generation at once, then each new one, for a bounded time.
    private func events() -> Response {
        let state = self.state
        let lifetime = eventStreamLifetime
        let body = ResponseBody { writer in
            let (id, generations) = await state.listen()
            let deadline = Task {
                try? await Task.sleep(for: lifetime)
                await state.stopListening(id)
            }
            do {
                try await writer.write(ByteBuffer(string: "retry: 1000\n\n"))
                for await generation in generations {
                    try await writer.write(ByteBuffer(string: "data: \(generation)\n\n"))
                }
                deadline.cancel()
                await state.stopListening(id)
                try await writer.finish(nil)
            } catch {
                deadline.cancel()
                await state.stopListening(id)
                throw error
            }
        }
        return Response(status: .ok, headers: [.contentType: "text/event-stream", .cacheControl: "no-store"], body: body)
    }

    private func text(_ text: String, type: String, status: HTTPResponse.Status = .ok) -> Response {
        Response(status: status, headers: [.contentType: type, .cacheControl: "no-store"], body: .init(byteBuffer: ByteBuffer(string: text)))
    }

    private func html(_ page: String, status: HTTPResponse.Status) -> Response {
        text(page, type: "text/html; charset=utf-8", status: status)
    }
}
