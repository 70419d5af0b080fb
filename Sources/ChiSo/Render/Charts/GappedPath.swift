/// The `d` of a line through points where nil is a gap: a new `M` after each gap, and a point
/// alone between gaps left to its marker.
enum GappedPath {
    /// `M x,y Lx,y … M x,yLx,y`; empty when no two points are adjacent.
    static func d(_ points: [(x: Double, y: Double)?]) -> String {
        var d = ""
        d.reserveCapacity(points.count * 14)
        for (index, point) in points.enumerated() {
            guard let point else { continue }
            let follows = index > 0 && points[index - 1] != nil
            let isAlone = !follows && (index + 1 == points.count || points[index + 1] == nil)
            if isAlone { continue }
            if !follows, !d.isEmpty { d += " " }
            d += (follows ? "L" : "M") + SVGText.number(point.x) + "," + SVGText.number(point.y)
        }
        return d
    }
}
