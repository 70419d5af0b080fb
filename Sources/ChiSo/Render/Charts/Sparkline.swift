/// Tiny inline trend line (no axes), for tables and headline figures. Last point marked.
///
/// The line spans the values' own range (at least 5 points for percentages, 2 ranks), with rank 1
/// at the top; a nil value is a gap and a point alone between gaps gets a dot. The markup is kept
/// small because a ranking table holds one per row: no `<title>` beside the `aria-label`, and no
/// namespace, which an `<svg>` inside HTML does not need.
public enum Sparkline {
    private static let width = 96.0
    private static let height = 24.0
    private static let inset = 3.5
    private static let color = "#0072B2"
    private static let pathEnd = "\" fill=\"none\" stroke=\"\(color)\" stroke-width=\"1.5\"/>"
    private static let lastDotEnd = "\" r=\"2.5\" fill=\"\(color)\"/>"
    private static let loneDotEnd = "\" r=\"1.5\" fill=\"\(color)\"/>"

    /// An inline `<svg>` of 96 × 24, named by `title` (its `aria-label`).
    public static func svg(title: String, values: [Ratio?], scale: ChartScale, words: ChartWords) -> String {
        var svg = ""
        write(title: title, values: values, scale: scale, words: words, into: &svg)
        return svg
    }

    /// Appends the sparkline of `svg(title:values:scale:words:)` to `svg`.
    static func write(title: String, values: [Ratio?], scale: ChartScale, words: ChartWords, into svg: inout String) {
        let n = SVGText.number
        svg += "<svg viewBox=\"0 0 96 24\" width=\"96\" height=\"24\" role=\"img\" aria-label=\""
        svg += HTML.escape(title)
        svg += "\">"
        var low = Double.infinity
        var high = -Double.infinity
        for case let value? in values {
            low = min(low, value.doubleValue)
            high = max(high, value.doubleValue)
        }
        guard low <= high, let last = values.lastIndex(where: { $0 != nil }) else {
            svg += "<text x=\"48\" y=\"15.5\" font-size=\"10\" fill=\"\(ChartStyle.quiet)\" text-anchor=\"middle\">"
            svg += HTML.escape(words.noData)
            svg += "</text></svg>"
            return
        }
        let minimumSpan = scale == .percent ? 5.0 : scale == .rank ? 2.0 : max(1, high / 10)
        let span = max(high - low, minimumSpan)
        let bottom = (low + high) / 2 - span / 2
        let step = values.count > 1 ? (width - 2 * inset) / Double(values.count - 1) : 0
        let points = values.enumerated().map { index, value in
            value.map { value -> (x: Double, y: Double) in
                let share = (value.doubleValue - bottom) / span
                let x = values.count > 1 ? inset + Double(index) * step : width / 2
                return (x: x, y: inset + (scale == .rank ? share : 1 - share) * (height - 2 * inset))
            }
        }
        var path = "<path d=\""
        if GappedPath.append(points, to: &path) {
            svg += path
            svg += pathEnd
        }
        for (index, point) in points.enumerated() {
            guard let point else { continue }
            let isAlone = (index == 0 || points[index - 1] == nil) && (index + 1 == points.count || points[index + 1] == nil)
            guard index == last || isAlone else { continue }
            svg += "<circle cx=\""
            svg += n(point.x)
            svg += "\" cy=\""
            svg += n(point.y)
            svg += index == last ? lastDotEnd : loneDotEnd
        }
        svg += "</svg>"
    }
}
