/// The mark drawn at a data point, a different shape per series so lines differ without colour.
enum Marker {
    /// The shapes, in the order series take them.
    enum Shape: CaseIterable {
        case circle, square, triangle, diamond, triangleDown, ring, hollowSquare
    }

    /// Appends the marker centred on (`x`, `y`), with `title` shown on hover when given.
    static func append(_ shape: Shape, x: Double, y: Double, color: String, title: String?, to svg: inout String) {
        let n = SVGText.number
        let (tag, attributes, isHollow): (String, String, Bool) =
            switch shape {
            case .circle: ("circle", "cx=\"\(n(x))\" cy=\"\(n(y))\" r=\"4\"", false)
            case .square: ("rect", "x=\"\(n(x - 3.5))\" y=\"\(n(y - 3.5))\" width=\"7\" height=\"7\"", false)
            case .triangle: ("path", "d=\"\(polygon([(x, y - 5), (x + 4.5, y + 3.5), (x - 4.5, y + 3.5)]))\"", false)
            case .diamond: ("path", "d=\"\(polygon([(x, y - 5), (x + 5, y), (x, y + 5), (x - 5, y)]))\"", false)
            case .triangleDown: ("path", "d=\"\(polygon([(x, y + 5), (x + 4.5, y - 3.5), (x - 4.5, y - 3.5)]))\"", false)
            case .ring: ("circle", "cx=\"\(n(x))\" cy=\"\(n(y))\" r=\"3.5\"", true)
            case .hollowSquare: ("rect", "x=\"\(n(x - 3.5))\" y=\"\(n(y - 3.5))\" width=\"7\" height=\"7\"", true)
            }
        if isHollow {
            svg += "<\(tag) \(attributes) fill=\"#ffffff\" stroke=\"\(color)\" stroke-width=\"2\""
        } else {
            svg += "<\(tag) \(attributes) fill=\"\(color)\" stroke=\"#ffffff\" stroke-width=\"1\""
        }
        if let title {
            svg += "><title>\(HTML.escape(title))</title></\(tag)>"
        } else {
            svg += "/>"
        }
    }

    private static func polygon(_ corners: [(Double, Double)]) -> String {
        var d = ""
        for (index, corner) in corners.enumerated() {
            d += "\(index == 0 ? "M" : " L")\(SVGText.number(corner.0)),\(SVGText.number(corner.1))"
        }
        d += " Z"
        return d
    }
}
