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

    /// An inline `<svg>` of 96 × 24, named by `title` (its `aria-label`).
    public static func svg(title: String, values: [Ratio?], scale: ChartScale, words: ChartWords) -> String {
        var svg = Markup(capacity: 512)
        write(title: title, values: values, scale: scale, words: words, into: &svg)
        return svg.string
    }

    private static func write(title: String, values: [Ratio?], scale: ChartScale, words: ChartWords, into svg: inout Markup) {
        svg += "<svg viewBox=\"0 0 96 24\" width=\"96\" height=\"24\" role=\"img\" aria-label=\"\(text: title)\">"
        var low = Double.infinity
        var high = -Double.infinity
        for case let value? in values {
            low = min(low, value.doubleValue)
            high = max(high, value.doubleValue)
        }
        guard low <= high, let last = values.lastIndex(where: { $0 != nil }) else {
            svg += "<text x=\"48\" y=\"15.5\" font-size=\"10\" fill=\"\(raw: ChartStyle.quiet)\" text-anchor=\"middle\">"
            svg += "\(text: words.noData)</text></svg>"
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
        var path = Markup(capacity: 16 * points.count)
        if GappedPath.append(points, to: &path) {
            svg += "<path d=\""
            svg += path
            svg += "\" fill=\"none\" stroke=\"\(raw: color)\" stroke-width=\"1.5\"/>"
        }
        for (index, point) in points.enumerated() {
            guard let point else { continue }
            let isAlone = (index == 0 || points[index - 1] == nil) && (index + 1 == points.count || points[index + 1] == nil)
            guard index == last || isAlone else { continue }
            svg += "<circle cx=\"\(point.x)\" cy=\"\(point.y)\" r=\"\(index == last ? 2.5 : 1.5)\" fill=\"\(raw: color)\"/>"
        }
        svg += "</svg>"
    }
}
