import KiosqueGeo
import KiosqueModel

extension RepositoryLoader {
    /// GeoJSON files larger than this get no map (a note on the page says so).
    static let maxGeoJSONBytes = 50_000_000

    /// The map of a GeoJSON file of the repository (`file` relative to its root); its problems become warnings.
    func geoJSONMap(file: String, declaredBBox: [Double]?, _ messages: Messages, _ diagnostics: inout [Diagnostic]) -> MapPreview {
        let size = fileSystem.size(absolute(file)) ?? 0
        guard size <= Self.maxGeoJSONBytes else { return .omitted(.geojson, .tooLarge(limit: Self.maxGeoJSONBytes)) }
        let bytes: [UInt8]
        do {
            bytes = try fileSystem.read(absolute(file), limit: Self.maxGeoJSONBytes + 1)
        } catch {
            diagnostics.append(.warning(SourceLocation(file: file), "map.unreadable", messages.geoJSONUnreadable(String(describing: error))))
            return .omitted(.geojson, .invalid)
        }
        let result = GeoJSONReader.read(bytes, declaredBBox: declaredBBox, limits: GeoJSONReader.Limits(maxBytes: Self.maxGeoJSONBytes))
        for problem in result.problems {
            let location = SourceLocation(file: file, line: problem.line, column: problem.column)
            switch problem.kind {
            case let .syntax(reason):
                diagnostics.append(.warning(location, "map.invalid-json", messages.geoJSONSyntax(reason), hint: messages.geoJSONSyntaxHint))
            case let .notGeoJSON(type):
                diagnostics.append(.warning(location, "map.not-geojson", messages.notGeoJSON(type), hint: messages.geoJSONTypesHint))
            case let .badGeometry(type, others):
                diagnostics.append(.warning(location, "map.bad-geometry", messages.badGeometry(type, others: others), hint: messages.badGeometryHint))
            case let .unknownType(type, others):
                diagnostics.append(.warning(location, "map.unknown-type", messages.unknownGeometry(type, others: others),
                                            hint: messages.geoJSONTypesHint))
            case let .notDegrees(example):
                diagnostics.append(.warning(location, "map.not-degrees", messages.notDegrees(example), hint: messages.notDegreesHint))
            case let .swapped(evidence):
                diagnostics.append(.warning(location, "map.swapped-coordinates", messages.geoJSONSwapped(evidence),
                                            hint: messages.geoJSONSwappedHint))
            }
        }
        return result.map
    }

    /// The map of a table with latitude and longitude columns, from its sampled points; a warning at the latitude
    /// column's header when the two columns look swapped.
    func tableMap(_ table: TablePreview, file: String, declaredBBox: [Double]?, _ messages: Messages,
                  _ diagnostics: inout [Diagnostic]) -> MapPreview? {
        guard let coordinates = table.coordinates,
              let result = TableMap.map(points: table.points, rowCount: table.rowCount, declaredBBox: declaredBBox) else { return nil }
        if let evidence = result.swapped {
            diagnostics.append(.warning(Self.headerLocation(of: coordinates.latitude, in: table, file: file), "map.swapped-columns",
                                        messages.columnsSwapped(latitude: coordinates.latitude, longitude: coordinates.longitude, evidence),
                                        hint: messages.columnsSwappedHint(latitude: coordinates.latitude, longitude: coordinates.longitude)))
        }
        return result.map
    }

    /// Where a column's name starts on the header line (names written without quotes).
    static func headerLocation(of column: String, in table: TablePreview, file: String) -> SourceLocation {
        guard let index = table.header.firstIndex(of: column) else { return SourceLocation(file: file) }
        let before = table.header[..<index].reduce(0) { $0 + $1.count + table.delimiter.count }
        return SourceLocation(file: file, line: 1, column: before + 1)
    }
}
