/// The mark drawn at a data point, a different shape per series so lines differ without colour.
enum Marker {
    /// The shapes, in the order series take them.
    enum Shape: CaseIterable {
        case circle, square, triangle, diamond, triangleDown, ring, hollowSquare
    }

    /// Appends the marker centred on (`x`, `y`), with `title` shown on hover when given.
    static func append(_ shape: Shape, x: Double, y: Double, color: String, title: String?, to svg: inout Markup) {
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
        if let title {
            svg += "><title>\(text: title)</title></"
            svg.append(raw: tag)
            svg += ">"
        } else {
            svg += "/>"
        }
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
