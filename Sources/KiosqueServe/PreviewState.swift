import KiosqueModel

/// What the server answers from, changed only by the rebuild loop: the last good site, the diagnostics of the
/// last build when it failed, and a generation number that every build (good or failed) increases. Pages that
/// listen on `/_kiosque/events` are told each new generation.
actor PreviewState {
    /// A consistent view for one request.
    struct Snapshot: Sendable {
        let site: PreviewSite?
        /// The last build's diagnostics when it had errors; nil when it succeeded.
        let failure: [Diagnostic]?
        let language: Language
        let generation: Int
    }

    private var site: PreviewSite?
    private var failure: [Diagnostic]?
    private var language: Language = .fr
    private var generation = 0
    private var listeners: [Int: AsyncStream<Int>.Continuation] = [:]
    private var nextListener = 0

    var snapshot: Snapshot { Snapshot(site: site, failure: failure, language: language, generation: generation) }

    /// A good build replaces the site.
    func publish(_ artifacts: [Artifact], language: Language) {
        site = PreviewSite(artifacts)
        failure = nil
        self.language = language
        advance()
    }

    /// A failed build keeps the previous site and records why.
    func fail(_ diagnostics: [Diagnostic], language: Language) {
        failure = diagnostics.filter { $0.severity == .error } + diagnostics.filter { $0.severity == .warning }
        self.language = language
        advance()
    }

    /// A stream of generations, starting with the current one.
    func listen() -> (id: Int, generations: AsyncStream<Int>) {
        let (stream, continuation) = AsyncStream.makeStream(of: Int.self, bufferingPolicy: .bufferingNewest(1))
        nextListener += 1
        listeners[nextListener] = continuation
        continuation.yield(generation)
        return (nextListener, stream)
    }

    func stopListening(_ id: Int) {
        listeners.removeValue(forKey: id)?.finish()
    }

    private func advance() {
        generation += 1
        for continuation in listeners.values { continuation.yield(generation) }
    }
}
