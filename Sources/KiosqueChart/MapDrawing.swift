import KiosqueModel

/// A ``MapPreview`` as an `<svg role="img">` element: areas, then lines, then points, each feature one element of
/// class `map-feature` (a `<g>` when it mixes kinds). Path data is in whole canvas units, relative after the first
/// position of each part, so a large file stays a few kilobytes. Points are round dots (zero-length segments with
/// round caps).
public enum MapDrawing {
    static let areaFill = "#0b4f9c"
    static let stroke = "#083a73"
    static let pointColor = "#c2410c"
    static let frameFill = "#f4f5f8"
    static let frameStroke = "#d5d7de"

    public static func svg(_ map: MapPreview, id: String, title: String, description: String) -> String {
        guard map.omission == nil, map.width > 0, map.height > 0 else { return "" }
        let id = SVGText.escape(id)
        var svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"map-drawing\" viewBox=\"0 0 \(map.width) \(map.height)\" "
            + "width=\"\(map.width)\" height=\"\(map.height)\" role=\"img\" aria-labelledby=\"\(id)-title\" aria-describedby=\"\(id)-desc\">"
            + "<title id=\"\(id)-title\">\(SVGText.escape(title))</title><desc id=\"\(id)-desc\">\(SVGText.escape(description))</desc>"
        svg += "<rect class=\"map-frame\" x=\"0.5\" y=\"0.5\" width=\"\(map.width - 1)\" height=\"\(map.height - 1)\" "
            + "fill=\"\(frameFill)\" stroke=\"\(frameStroke)\"/>"
        var areas = "", lines = "", points = "", mixed = ""
        for feature in map.features where !feature.isEmpty {
            let kinds = [!feature.rings.isEmpty, !feature.lines.isEmpty, !feature.points.isEmpty].filter { $0 }.count
            if kinds > 1 {
                mixed += "<g class=\"map-feature\">"
                if !feature.rings.isEmpty { mixed += element("map-area", path(rings: feature.rings), attributes: areaAttributes) }
                if !feature.lines.isEmpty { mixed += element("map-line", path(lines: feature.lines), attributes: lineAttributes) }
                if !feature.points.isEmpty { mixed += element("map-point", path(points: feature.points), attributes: pointAttributes) }
                mixed += "</g>"
            } else if !feature.rings.isEmpty {
                areas += element("map-feature", path(rings: feature.rings))
            } else if !feature.lines.isEmpty {
                lines += element("map-feature", path(lines: feature.lines))
            } else {
                points += element("map-feature", path(points: feature.points))
            }
        }
        if !areas.isEmpty { svg += "<g class=\"map-areas\"\(areaAttributes)>" + areas + "</g>" }
        if !lines.isEmpty { svg += "<g class=\"map-lines\"\(lineAttributes)>" + lines + "</g>" }
        if !points.isEmpty { svg += "<g class=\"map-points\"\(pointAttributes)>" + points + "</g>" }
        svg += mixed
        return svg + "</svg>"
    }

    static let areaAttributes = " fill=\"\(areaFill)\" fill-opacity=\"0.18\" fill-rule=\"evenodd\" stroke=\"\(stroke)\" "
        + "stroke-width=\"1\" stroke-linejoin=\"round\""
    static let lineAttributes = " fill=\"none\" stroke=\"\(stroke)\" stroke-width=\"2\" stroke-linecap=\"round\" stroke-linejoin=\"round\""
    static let pointAttributes = " fill=\"none\" stroke=\"\(pointColor)\" stroke-width=\"7\" stroke-linecap=\"round\""

    private static func element(_ className: String, _ data: String, attributes: String = "") -> String {
        "<path class=\"\(className)\" d=\"\(data)\"\(attributes)/>"
    }

    /// `M12 34l3-2 1 0z` per ring.
    static func path(rings: [[MapPreview.Pixel]]) -> String {
        rings.map { run($0) + "z" }.joined()
    }

    /// `M12 34l3-2 1 0` per line; a line on a single unit is a dot.
    static func path(lines: [[MapPreview.Pixel]]) -> String {
        lines.map { $0.count == 1 ? run($0) + "h0" : run($0) }.joined()
    }

    /// `M12 34h0m5 6h0`: each point a zero-length segment, drawn as a dot by the round caps.
    static func path(points: [MapPreview.Pixel]) -> String {
        var data = ""
        var previous: MapPreview.Pixel?
        for point in points {
            if let previous {
                data += "m" + pair(point.x - previous.x, point.y - previous.y) + "h0"
            } else {
                data += "M" + pair(point.x, point.y) + "h0"
            }
            previous = point
        }
        return data
    }

    private static func run(_ pixels: [MapPreview.Pixel]) -> String {
        guard let first = pixels.first else { return "" }
        var data = "M" + pair(first.x, first.y)
        guard pixels.count > 1 else { return data }
        data += "l"
        var previous = first
        for (index, pixel) in pixels.dropFirst().enumerated() {
            let dx = pixel.x - previous.x, dy = pixel.y - previous.y
            // A minus sign separates numbers by itself.
            if index > 0, dx >= 0 { data += " " }
            data += pair(dx, dy)
            previous = pixel
        }
        return data
    }

    private static func pair(_ x: Int, _ y: Int) -> String {
        String(x) + (y < 0 ? "" : " ") + String(y)
    }
}
