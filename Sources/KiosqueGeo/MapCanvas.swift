import KiosqueModel

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The canvas a map is drawn on: Web Mercator, fitted to a bounding box with a margin, at most `maxWidth` by
/// `maxHeight` units; positions are rounded to whole units.
public struct MapCanvas: Sendable {
    public static let maxWidth = 800.0
    public static let maxHeight = 560.0
    public static let margin = 16.0
    /// The smallest extent drawn, in degrees (about 500 m): a few close points do not fill the whole map.
    static let minimumExtent = 0.005

    public let bounds: MapPreview.Bounds
    public let width: Int
    public let height: Int
    private let originX: Double
    private let originY: Double
    private let scale: Double

    public init(bounds: MapPreview.Bounds) {
        self.bounds = bounds
        var west = bounds.west, east = bounds.east, south = bounds.south, north = bounds.north
        if east - west < Self.minimumExtent {
            let middle = (east + west) / 2
            west = middle - Self.minimumExtent / 2
            east = middle + Self.minimumExtent / 2
        }
        if north - south < Self.minimumExtent {
            let middle = (north + south) / 2
            south = middle - Self.minimumExtent / 2
            north = middle + Self.minimumExtent / 2
        }
        let left = Self.mercatorX(west), right = Self.mercatorX(east)
        let top = Self.mercatorY(north), bottom = Self.mercatorY(south)
        let spanX = max(right - left, 1e-12), spanY = max(top - bottom, 1e-12)
        let scale = min((Self.maxWidth - 2 * Self.margin) / spanX, (Self.maxHeight - 2 * Self.margin) / spanY)
        self.scale = scale
        width = Int((spanX * scale + 2 * Self.margin).rounded())
        height = Int((spanY * scale + 2 * Self.margin).rounded())
        originX = left - Self.margin / scale
        originY = top + Self.margin / scale
    }

    /// The canvas unit of a longitude and a latitude.
    public func pixel(longitude: Double, latitude: Double) -> MapPreview.Pixel {
        let x = (Self.mercatorX(longitude) - originX) * scale
        let y = (originY - Self.mercatorY(latitude)) * scale
        return MapPreview.Pixel(x: Int(x.rounded()), y: Int(y.rounded()))
    }

    static func mercatorX(_ longitude: Double) -> Double { longitude * .pi / 180 }

    static func mercatorY(_ latitude: Double) -> Double {
        let clamped = min(85.05, max(-85.05, latitude)) * .pi / 180
        return log(tan(.pi / 4 + clamped / 2))
    }
}

/// Positions projected one after another, simplified as they come: a position within `tolerance` units (in both
/// directions) of the last one kept is dropped, except the last position of the run, so that lines end where they
/// end and rings close. Adjacent polygons may then differ by a unit or two along a shared border: invisible at the
/// size the map is shown.
struct PixelRun {
    static let tolerance = 1
    private var kept: [MapPreview.Pixel] = []
    private var pending: MapPreview.Pixel?

    mutating func add(_ pixel: MapPreview.Pixel) {
        guard let last = kept.last else { kept.append(pixel); return }
        if abs(pixel.x - last.x) <= Self.tolerance && abs(pixel.y - last.y) <= Self.tolerance {
            pending = pixel == last ? nil : pixel
        } else {
            kept.append(pixel)
            pending = nil
        }
    }

    var count: Int { kept.count + (pending == nil ? 0 : 1) }

    /// The positions kept, the last one of the run included.
    var pixels: [MapPreview.Pixel] {
        guard let pending else { return kept }
        return kept + [pending]
    }
}
