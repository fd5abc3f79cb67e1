/// Why a JSON text could not be read, and where.
struct LocatedJSONError: Error, Sendable, Equatable {
    let reason: String
    let line: Int
    let column: Int
}
