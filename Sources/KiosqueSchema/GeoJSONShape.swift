/// The GeoJSON check of `geojson` fields (format `default`): the JSON Schema frictionless ships
/// (`assets/profiles/geojson.json`, draft 4), evaluated with draft-4 rules — `required` and
/// `properties` apply to objects only, `items` to arrays only, `oneOf` needs exactly one match.
/// Consequences kept on purpose: positions have exactly two numbers, `"crs": null` is refused
/// (both CRS branches match it), a feature collection may hold non-object items.
enum GeoJSONShape {
    typealias Node = LocatedJSON

    static func isValid(_ node: Node) -> Bool {
        guard node.isObject, node["type"] != nil else { return false }
        if let crs = node["crs"], !isCRS(crs) { return false }
        if let bbox = node["bbox"], !isBBox(bbox) { return false }
        let matches = [isGeometry(node), isGeometryCollection(node), isFeature(node), isFeatureCollection(node)]
        return matches.filter { $0 }.count == 1
    }

    // MARK: Draft-4 helpers

    private static func isNumber(_ node: Node) -> Bool {
        switch node.value {
        case .integer, .float: true
        default: false
        }
    }

    private static func items(_ node: Node) -> [Node]? {
        if case let .array(items) = node.value { return items }
        return nil
    }

    /// `properties.type.enum`: applies only when the instance is an object that has `type`.
    private static func typeIs(_ node: Node, _ name: String) -> Bool {
        guard node.isObject, let type = node["type"] else { return true }
        return type.stringValue == name
    }

    /// `required` applies only to objects.
    private static func has(_ node: Node, _ keys: String...) -> Bool {
        guard node.isObject else { return true }
        return keys.allSatisfy { node[$0] != nil }
    }

    // MARK: Definitions

    private static func isGeometry(_ node: Node) -> Bool {
        guard node.isObject, has(node, "type", "coordinates") else { return false }
        let coordinates = node["coordinates"]
        let kinds: [(String, (Node) -> Bool)] = [
            ("Point", isPosition),
            ("MultiPoint", isPositionArray),
            ("LineString", isLineString),
            ("MultiLineString", { arrayOf($0, isLineString) }),
            ("Polygon", isPolygon),
            ("MultiPolygon", { arrayOf($0, isPolygon) }),
        ]
        let matches = kinds.filter { name, check in typeIs(node, name) && (coordinates.map(check) ?? true) }
        return matches.count == 1
    }

    private static func isGeometryCollection(_ node: Node) -> Bool {
        guard has(node, "geometries"), typeIs(node, "GeometryCollection") else { return false }
        guard node.isObject, let geometries = node["geometries"] else { return true }
        guard let list = items(geometries) else { return false }
        return list.allSatisfy(isGeometry)
    }

    private static func isFeature(_ node: Node) -> Bool {
        guard has(node, "geometry", "properties"), typeIs(node, "Feature") else { return false }
        guard node.isObject else { return true }
        if let geometry = node["geometry"] {
            let isNull = geometry.value == .null
            guard [isNull, isGeometry(geometry)].filter({ $0 }).count == 1 else { return false }
        }
        if let properties = node["properties"], !(properties.isObject || properties.value == .null) { return false }
        return true
    }

    private static func isFeatureCollection(_ node: Node) -> Bool {
        guard has(node, "features"), typeIs(node, "FeatureCollection") else { return false }
        guard node.isObject, let features = node["features"] else { return true }
        guard let list = items(features) else { return false }
        return list.allSatisfy(isFeature)
    }

    /// `minItems: 2`, `items: [number, number]`, `additionalItems: false`.
    private static func isPosition(_ node: Node) -> Bool {
        guard let list = items(node), list.count == 2 else { return false }
        return list.allSatisfy(isNumber)
    }

    private static func arrayOf(_ node: Node, _ check: (Node) -> Bool) -> Bool {
        guard let list = items(node) else { return false }
        return list.allSatisfy(check)
    }

    private static func isPositionArray(_ node: Node) -> Bool { arrayOf(node, isPosition) }

    private static func isLineString(_ node: Node) -> Bool { isPositionArray(node) && (items(node)?.count ?? 0) >= 2 }

    private static func isLinearRing(_ node: Node) -> Bool { isPositionArray(node) && (items(node)?.count ?? 0) >= 4 }

    private static func isPolygon(_ node: Node) -> Bool { arrayOf(node, isLinearRing) }

    private static func isBBox(_ node: Node) -> Bool { arrayOf(node, isNumber) }

    private static func isCRS(_ node: Node) -> Bool {
        if node.value == .null {
            // Both `namedCrs` and `linkedCrs` accept null, so `oneOf` fails.
            return false
        }
        guard case let .object(members) = node.value, has(node, "type", "properties"),
              members.allSatisfy({ $0.key == "type" || $0.key == "properties" }),
              let type = node["type"]?.stringValue, let properties = node["properties"], properties.isObject else { return false }
        let named = type == "name" && isNamedProperties(properties)
        let linked = type == "link" && isLinkedObject(properties)
        return named != linked
    }

    private static func isNamedProperties(_ node: Node) -> Bool {
        guard case let .object(members) = node.value, node["name"]?.stringValue != nil else { return false }
        return members.allSatisfy { $0.key == "name" }
    }

    private static func isLinkedObject(_ node: Node) -> Bool {
        guard node.isObject, node["href"]?.stringValue != nil else { return false }
        if let type = node["type"], type.stringValue == nil { return false }
        return true
    }
}
