/// The `d` of a line through points where nil is a gap: a new `M` after each gap, and a point
/// alone between gaps left to its marker.
enum GappedPath {
    /// `M x,yLx,y … M x,yLx,y`; empty when no two points are adjacent.
    static func d(_ points: [(x: Double, y: Double)?]) -> String {
        var d = ""
        append(points, to: &d)
        return d
    }

    /// Appends the `d` of `points` to `text`; true when it wrote anything.
    @discardableResult
    static func append(_ points: [(x: Double, y: Double)?], to text: inout String) -> Bool {
        var wrote = false
        for (index, point) in points.enumerated() {
            guard let point else { continue }
            let follows = index > 0 && points[index - 1] != nil
            let isAlone = !follows && (index + 1 == points.count || points[index + 1] == nil)
            if isAlone { continue }
            if !follows, wrote { text += " " }
            text += follows ? "L" : "M"
            text += SVGText.number(point.x)
            text += ","
            text += SVGText.number(point.y)
            wrote = true
        }
        return wrote
    }
}
