/// Line chart: several series over periods, optional horizontal target line (chỉ tiêu), legend, axes.
///
/// Series differ by colour, line style and marker; a nil value breaks the line; every point has a
/// marker whose `<title>` gives its value. The target is a dark dashed line named in the legend, so
/// no label lies over the data. Ranks (`.rank`) run from 1 at the top, with no target.
public enum LineChart {
    /// The chart as an `<svg>` element named by `title` and described in words; `id` (a page-unique
    /// ASCII token such as `c-on_time_rate`) prefixes the ids inside.
    public static func svg(id: String, title: String, categories: [String], series: [ChartSeries], target: Ratio?, scale: ChartScale,
        words: ChartWords
    ) -> String
    {
        svg(id: id, title: title, axis: CategoryAxis(categories), series: series, target: target, scale: scale, words: words)
    }

    /// The chart over the categories of `categoryAxis`, made beforehand.
    public static func svg(id: String, title: String, axis categoryAxis: CategoryAxis, series: [ChartSeries], target: Ratio?, scale: ChartScale,
        words: ChartWords
    ) -> String
    {
        let categories = categoryAxis.categories
        let target = scale == .rank ? nil : target
        let series = series.map { $0.fitted(to: categories.count) }
        let description = describe(series, target: target, scale: scale, words: words)
        let values = series.flatMap { $0.values.compactMap { $0 } }
        guard !values.isEmpty else { return ChartFrame.empty(id: id, kind: "chart-line", title: title, description: description, words: words) }

        let axis = ValueAxis(scale: scale, values: values, target: target)
        let plot = PlotArea(categories: categoryAxis, valueLabels: axis.labels(scale))
        let looks = SeriesLook.of(series)
        let legend = Legend(
            series.map(\.name), swatch: .line, looks: looks, left: plot.left, target: target.map { "\(words.target) \(scale.label($0))" })

        var svg = Markup(capacity: 4096 + series.count * categories.count * 200)
        ChartFrame.open(
            id: id, kind: "chart-line", title: title, description: description, height: plot.legendTop + legend.height + 8, to: &svg)
        axis.append(scale, in: plot, to: &svg)
        categoryAxis.append(in: plot, to: &svg)
        if let target {
            let y = axis.y(target.doubleValue, in: plot)
            svg += "<line x1=\"\(plot.left)\" y1=\"\(y)\" x2=\"\(plot.right)\" y2=\"\(y)\" stroke=\"\(raw: ChartStyle.target)\""
            svg += " stroke-width=\"\(ChartStyle.targetWidth)\" stroke-dasharray=\"\(raw: ChartStyle.targetDash)\"/>\n"
        }
        let points = series.map { line in
            line.values.enumerated().map { index, value in value.map { (x: plot.x(index), y: axis.y($0.doubleValue, in: plot)) } }
        }
        for (index, line) in points.enumerated() {
            var d = Markup(capacity: 16 * line.count)
            guard GappedPath.append(line, to: &d) else { continue }
            svg += "<path d=\""
            svg += d
            svg += "\" fill=\"none\" stroke=\"\(raw: looks[index].color)\" stroke-width=\"\(ChartStyle.lineWidth)\""
            svg += " stroke-linejoin=\"round\"\(raw: looks[index].dash)/>\n"
        }
        for (index, line) in series.enumerated() where scale == .rank {
            for (category, value) in line.values.enumerated() {
                guard let value, line.sharing(category) > 1 else { continue }
                let x = plot.x(category)
                let last = Double(value.numerator / value.denominator + line.sharing(category) - 1)
                svg += "<line x1=\"\(x)\" y1=\"\(axis.y(value.doubleValue, in: plot))\" x2=\"\(x)\" y2=\"\(axis.y(last, in: plot))\""
                svg += " stroke=\"\(raw: looks[index].color)\" stroke-width=\"7\" stroke-opacity=\"0.3\" stroke-linecap=\"round\"/>\n"
            }
        }
        for (index, line) in series.enumerated() {
            svg += "<g>"
            for (category, (value, point)) in zip(line.values, points[index]).enumerated() {
                guard let value, let point, categories.count <= markedPoints || isLoneOrLast(category, in: line.values) else { continue }
                let place = line.sharing(category) > 1
                    ? Placeholders.fill(words.rankShared, ["rank": scale.text(value, words), "n": String(line.sharing(category))]) : scale.text(value, words)
                Marker.append(looks[index].marker, x: point.x, y: point.y, color: looks[index].color, to: &svg) { title in
                    if series.count > 1 { title += "\(text: line.name), " }
                    title += "\(text: categories[category]): \(text: place)"
                }
            }
            svg += "</g>\n"
        }
        legend.append(left: plot.left, top: plot.legendTop, to: &svg)
        ChartFrame.close(&svg)
        return svg.string
    }

    /// Up to this many periods every point gets a marker with its value; beyond, only the last
    /// point and points alone between gaps do (the numbers are in the table beside the chart),
    /// which keeps a chart of 60 monthly periods light.
    static let markedPoints = 24

    /// True for the last value of a series and for a value with no neighbour to draw a line to.
    private static func isLoneOrLast(_ index: Int, in values: [Ratio?]) -> Bool {
        let before = index > 0 && values[index - 1] != nil
        let after = index + 1 < values.count && values[index + 1] != nil
        return !(before || after) || values[(index + 1)...].allSatisfy { $0 == nil }
    }

    /// Each series' trend sentence, then the target.
    private static func describe(_ series: [ChartSeries], target: Ratio?, scale: ChartScale, words: ChartWords) -> String {
        var sentences = series.map { TrendSentence.sentence(subject: $0.name, values: $0.values, scale: scale, words: words) }
        if series.isEmpty { sentences.append("\(words.noData).") }
        if let target { sentences.append("\(words.target): \(scale.label(target)).") }
        return sentences.joined(separator: " ")
    }
}
