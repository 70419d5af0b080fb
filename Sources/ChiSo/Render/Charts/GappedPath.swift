/// The `d` of a line through points where nil is a gap: a new `M` after each gap, and a point
/// alone between gaps left to its marker.
enum GappedPath {
    /// Appends `M x,yLx,y … M x,yLx,y` to `svg`; true when it wrote anything (nothing when no
    /// two points are adjacent).
    @discardableResult
    static func append(_ points: [(x: Double, y: Double)?], to svg: inout Markup) -> Bool {
        var wrote = false
        for (index, point) in points.enumerated() {
            guard let point else { continue }
            let follows = index > 0 && points[index - 1] != nil
            let isAlone = !follows && (index + 1 == points.count || points[index + 1] == nil)
            if isAlone { continue }
            if !follows, wrote { svg += " " }
            svg += follows ? "L" : "M"
            svg.append(number: point.x)
            svg += ","
            svg.append(number: point.y)
            wrote = true
        }
        return wrote
    }
}
