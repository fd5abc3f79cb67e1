import KiosqueGeo

/// Messages about maps: GeoJSON files that cannot be read, coordinates in the wrong order or not in degrees.
extension Messages {
    func geoJSONUnreadable(_ what: String) -> String {
        language.pick("lecture du fichier GeoJSON impossible, pas de carte : \(what)", "cannot read the GeoJSON file, no map: \(what)")
    }

    func geoJSONSyntax(_ reason: GeoJSONProblem.SyntaxReason) -> String {
        let detail: String = switch reason {
        case .unexpectedEnd: language.pick("le fichier s'arrête au milieu d'une valeur", "the file ends in the middle of a value")
        case .unexpectedCharacter: language.pick("caractère inattendu", "unexpected character")
        case let .expected(character): language.pick("« \(character) » attendu ici", "'\(character)' expected here")
        case let .expectedCommaOr(character):
            language.pick("« , » ou « \(character) » attendu ici", "',' or '\(character)' expected here")
        case .expectedKey: language.pick("un nom de membre entre guillemets doubles est attendu", "a member name in double quotes is expected")
        case .badNumber: language.pick("nombre mal écrit", "malformed number")
        case .badEscape: language.pick("séquence d'échappement invalide dans un texte", "invalid escape sequence in a string")
        case .controlCharacter: language.pick("caractère de contrôle dans un texte", "control character in a string")
        case .tooDeep: language.pick("imbrication trop profonde", "nesting too deep")
        case .extraData: language.pick("du texte suit la fin du document JSON", "text follows the end of the JSON document")
        }
        return language.pick("GeoJSON illisible, pas de carte : \(detail)", "unreadable GeoJSON, no map: \(detail)")
    }

    var geoJSONSyntaxHint: String {
        language.pick("vérifiez le fichier avec un validateur JSON, ou ouvrez-le dans QGIS et exportez-le à nouveau en GeoJSON",
                      "check the file with a JSON validator, or open it in QGIS and export it again as GeoJSON")
    }

    func notGeoJSON(_ type: String?) -> String {
        guard let type else {
            return language.pick("ce fichier n'est pas du GeoJSON : il lui manque un objet avec un « type », pas de carte",
                                 "this file is not GeoJSON: it lacks an object with a 'type', no map")
        }
        return language.pick("ce fichier n'est pas du GeoJSON : type « \(type) » inconnu, pas de carte",
                             "this file is not GeoJSON: unknown type '\(type)', no map")
    }

    var geoJSONTypesHint: String {
        language.pick("types reconnus : FeatureCollection, Feature, Point, MultiPoint, LineString, MultiLineString, Polygon, MultiPolygon, GeometryCollection",
                      "known types: FeatureCollection, Feature, Point, MultiPoint, LineString, MultiLineString, Polygon, MultiPolygon, GeometryCollection")
    }

    func badGeometry(_ type: String, others: Int) -> String {
        let more = others == 0 ? "" : language.pick(" (et \(others) autre(s) géométrie(s) du même défaut)", " (and \(others) other geometr(y/ies) like it)")
        return language.pick("les coordonnées de cette géométrie « \(type) » n'ont pas la forme attendue ; elle n'est pas dessinée\(more)",
                             "the coordinates of this '\(type)' geometry do not have the expected shape; it is not drawn\(more)")
    }

    var badGeometryHint: String {
        language.pick("une position est [longitude, latitude] ; une LineString est une liste de positions, un Polygon une liste d'anneaux (listes de positions)",
                      "a position is [longitude, latitude]; a LineString is a list of positions, a Polygon a list of rings (lists of positions)")
    }

    func unknownGeometry(_ type: String?, others: Int) -> String {
        let more = others == 0 ? "" : language.pick(" (et \(others) autre(s))", " (and \(others) more)")
        guard let type else {
            return language.pick("objet sans « type » là où une géométrie ou une Feature est attendue ; il n'est pas dessiné\(more)",
                                 "object without a 'type' where a geometry or a Feature is expected; it is not drawn\(more)")
        }
        return language.pick("type « \(type) » inattendu ici ; cet objet n'est pas dessiné\(more)",
                             "unexpected type '\(type)' here; this object is not drawn\(more)")
    }

    func notDegrees(_ example: [Double]) -> String {
        let shown = example.prefix(2).map { decimal($0) }.joined(separator: language.pick(" ; ", ", "))
        return language.pick("les coordonnées ne sont pas des longitudes et latitudes en degrés (par exemple [\(shown)]), pas de carte",
                             "the coordinates are not longitudes and latitudes in degrees (for example [\(shown)]), no map")
    }

    var notDegreesHint: String {
        language.pick("GeoJSON attend du WGS 84 (EPSG:4326) ; reprojetez le fichier, par exemple : ogr2ogr -t_srs EPSG:4326 sortie.geojson entree.geojson",
                      "GeoJSON expects WGS 84 (EPSG:4326); reproject the file, for example: ogr2ogr -t_srs EPSG:4326 output.geojson input.geojson")
    }

    /// GeoJSON positions written `[latitude, longitude]`.
    func geoJSONSwapped(_ evidence: CoordinateOrder.Evidence) -> String {
        language.pick("les positions semblent écrites [latitude, longitude] (\(why(evidence, latitudeWord: "seconde valeur"))) ; la carte les dessine dans l'autre sens",
                      "the positions look written [latitude, longitude] (\(why(evidence, latitudeWord: "second value"))); the map draws them the other way round")
    }

    var geoJSONSwappedHint: String {
        language.pick("en GeoJSON, une position s'écrit [longitude, latitude] : échangez les deux valeurs de chaque position",
                      "in GeoJSON a position is [longitude, latitude]: swap the two values of every position")
    }

    /// Table columns named latitude and longitude that hold each other's values.
    func columnsSwapped(latitude: String, longitude: String, _ evidence: CoordinateOrder.Evidence) -> String {
        language.pick("les colonnes « \(latitude) » et « \(longitude) » semblent inversées (\(why(evidence, latitudeWord: "« \(latitude) »"))) ; la carte les dessine dans l'autre sens",
                      "the columns '\(latitude)' and '\(longitude)' look swapped (\(why(evidence, latitudeWord: "'\(latitude)'"))); the map draws them the other way round")
    }

    func columnsSwappedHint(latitude: String, longitude: String) -> String {
        language.pick("échangez les noms des colonnes « \(latitude) » et « \(longitude) » (ou leurs valeurs)",
                      "swap the names of the columns '\(latitude)' and '\(longitude)' (or their values)")
    }

    private func why(_ evidence: CoordinateOrder.Evidence, latitudeWord: String) -> String {
        let range = decimal(evidence.latitudeRange.lowerBound) + language.pick(" à ", " to ") + decimal(evidence.latitudeRange.upperBound)
        switch evidence.reason {
        case .outOfRange:
            return language.pick("\(latitudeWord) va de \(range), au-delà de ±90", "\(latitudeWord) goes from \(range), beyond ±90")
        case let .region(declared):
            let region = declared ? language.pick("l'emprise déclarée (spatial.bbox)", "the declared extent (spatial.bbox)")
                : language.pick("la France", "France")
            let outside = evidence.count - evidence.insideAsWritten
            return language.pick("\(latitudeWord) va de \(range) : dans cet ordre, \(outside) point(s) sur \(evidence.count) tombent hors de \(region), \(evidence.insideSwapped) dedans une fois inversés",
                                 "\(latitudeWord) goes from \(range): in this order \(outside) of \(evidence.count) point(s) fall outside \(region), \(evidence.insideSwapped) inside once swapped")
        }
    }

    /// A number with at most four decimals, in the portal's notation.
    private func decimal(_ value: Double) -> String {
        guard value.isFinite else { return String(describing: value) }
        let scaled = Int((value * 10_000).rounded())
        var fraction = String(scaled.magnitude % 10_000)
        fraction = String(repeating: "0", count: 4 - fraction.count) + fraction
        while fraction.hasSuffix("0") { fraction.removeLast() }
        let whole = (scaled < 0 ? "-" : "") + String(scaled.magnitude / 10_000)
        return fraction.isEmpty ? whole : whole + language.pick(",", ".") + fraction
    }
}
