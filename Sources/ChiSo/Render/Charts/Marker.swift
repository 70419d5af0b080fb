/// The mark drawn at a data point, a different shape per series so lines differ without colour.
enum Marker {
    /// The shapes, in the order series take them.
    enum Shape: CaseIterable {
        case circle, square, triangle, diamond, triangleDown, ring, hollowSquare
    }

    /// Appends the marker centred on (`x`, `y`), without a title (a legend's swatch).
    static func append(_ shape: Shape, x: Double, y: Double, color: String, to svg: inout Markup) {
        _ = open(shape, x: x, y: y, color: color, to: &svg)
        svg += "/>"
    }

    /// Appends the marker with the title shown on hover, which `title` writes (escaped) into the
    /// markup as it goes: a chart has a titled marker per point, and making each title a
    /// `String` first cost more than drawing the point.
    static func append(_ shape: Shape, x: Double, y: Double, color: String, to svg: inout Markup, title: (inout Markup) -> Void) {
        let tag = open(shape, x: x, y: y, color: color, to: &svg)
        svg += "><title>"
        title(&svg)
        svg += "</title></"
        svg.append(raw: tag)
        svg += ">"
    }

    /// Appends the element's start with its attributes, left open; returns its tag.
    private static func open(_ shape: Shape, x: Double, y: Double, color: String, to svg: inout Markup) -> StaticString {
        let tag: StaticString
        switch shape {
        case .circle, .ring:
            tag = "circle"
            svg += "<circle cx=\"\(x)\" cy=\"\(y)\" r=\"\(shape == .ring ? 3.5 : 4)\""
        case .square, .hollowSquare:
            tag = "rect"
            svg += "<rect x=\"\(x - 3.5)\" y=\"\(y - 3.5)\" width=\"7\" height=\"7\""
        case .triangle:
            tag = "path"
            polygon([(x, y - 5), (x + 4.5, y + 3.5), (x - 4.5, y + 3.5)], to: &svg)
        case .diamond:
            tag = "path"
            polygon([(x, y - 5), (x + 5, y), (x, y + 5), (x - 5, y)], to: &svg)
        case .triangleDown:
            tag = "path"
            polygon([(x, y + 5), (x + 4.5, y - 3.5), (x - 4.5, y - 3.5)], to: &svg)
        }
        if shape == .ring || shape == .hollowSquare {
            svg += " fill=\"#ffffff\" stroke=\"\(raw: color)\" stroke-width=\"2\""
        } else {
            svg += " fill=\"\(raw: color)\" stroke=\"#ffffff\" stroke-width=\"1\""
        }
        return tag
    }

    /// `<path d="M x,y L x,y … Z"`.
    private static func polygon(_ corners: [(Double, Double)], to svg: inout Markup) {
        svg += "<path d=\""
        for (index, corner) in corners.enumerated() {
            svg += index == 0 ? "M" : " L"
            svg += "\(corner.0),\(corner.1)"
        }
        svg += " Z\""
    }
}
