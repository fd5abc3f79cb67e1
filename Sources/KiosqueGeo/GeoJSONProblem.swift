/// Something wrong with a GeoJSON file, at a 1-based line and column. The loader words it in the portal's language.
public struct GeoJSONProblem: Sendable, Equatable {
    public enum SyntaxReason: Sendable, Equatable {
        case unexpectedEnd
        case unexpectedCharacter
        case expected(Character)
        /// `,` or the closing bracket of the object or array being read.
        case expectedCommaOr(Character)
        case expectedKey
        case badNumber
        case badEscape
        case controlCharacter
        case tooDeep
        case extraData
    }

    public enum Kind: Sendable, Equatable {
        /// Not JSON at all.
        case syntax(SyntaxReason)
        /// JSON, but its top-level value is not a GeoJSON object (`type` missing or unknown).
        case notGeoJSON(type: String?)
        /// A geometry whose `coordinates` do not have the shape its type needs (`Polygon` needs arrays of rings…).
        /// `others` counts the later geometries with the same trouble, which are not drawn either.
        case badGeometry(type: String, others: Int)
        /// A member of `features` that is not a `Feature`, or a geometry with an unknown `type`.
        case unknownType(String?, others: Int)
        /// Positions that are not longitude and latitude in degrees, in either order (a projected system such as
        /// Lambert-93). Nothing is drawn.
        case notDegrees(example: [Double])
        /// The positions read as `[latitude, longitude]`: drawn the other way round.
        case swapped(CoordinateOrder.Evidence)
    }

    public let kind: Kind
    public let line: Int
    public let column: Int

    public init(_ kind: Kind, line: Int, column: Int) {
        self.kind = kind
        self.line = line
        self.column = column
    }
}

extension UnsafeBufferPointer<UInt8> {
    /// The 1-based line and column (in Unicode scalars) of a byte offset.
    func lineAndColumn(of offset: Int) -> (line: Int, column: Int) {
        var line = 1
        var lineStart = 0
        let end = Swift.min(offset, count)
        for index in 0..<end where self[index] == 0x0A {
            line += 1
            lineStart = index + 1
        }
        var column = 1
        for index in lineStart..<end where self[index] & 0xC0 != 0x80 { column += 1 }
        return (line, column)
    }
}
