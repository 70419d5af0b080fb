/// Stacked vertical bars: e.g. intake by channel (online / direct / postal) per period.
///
/// Segments stack in the given order from the bottom; a nil segment adds nothing, and a period
/// with every segment nil has no bar. Each segment is one path of rectangles, one per period:
/// the values are in the table that goes with the chart.
public enum StackedBarChart {
    /// The chart as an `<svg>` element named by `title` and described in words (the trend of the
    /// totals, then the latest period's total and parts); `id` prefixes the ids inside. The bars
    /// of the categories `pale` marks are drawn paler and named in the legend by `paleName`: a
    /// unit's periods combined from its predecessors.
    public static func svg(
        id: String, title: String, categories: [String], segments: [ChartSeries], scale: ChartScale, words: ChartWords,
        pale: [Bool] = [], paleName: String? = nil
    ) -> String {
        svg(id: id, title: title, axis: CategoryAxis(categories), segments: segments, scale: scale, words: words, pale: pale, paleName: paleName)
    }

    /// The chart over the categories of `categoryAxis`, made beforehand.
    public static func svg(
        id: String, title: String, axis categoryAxis: CategoryAxis, segments: [ChartSeries], scale: ChartScale, words: ChartWords,
        pale: [Bool] = [], paleName: String? = nil
    ) -> String {
        let categories = categoryAxis.categories
        let segments = segments.map { $0.fitted(to: categories.count) }
        let totals = categories.indices.map { index in sum(segments.compactMap { $0.values[index] }) }
        let scale = scale == .rank ? .count : scale
        let description = describe(categories, segments, totals, scale: scale, words: words)
        let present = totals.compactMap { $0 }
        guard !present.isEmpty else { return ChartFrame.empty(id: id, kind: "chart-bars", title: title, description: description, words: words) }

        let axis = ValueAxis(scale: scale, values: present, target: nil, fromZero: true)
        let plot = PlotArea(categories: categoryAxis, valueLabels: axis.labels(scale))
        let isPale = { (category: Int) in category < pale.count && pale[category] }
        let paleRow = paleName.flatMap { name in categories.indices.contains(where: isPale) ? name : nil }
        let looks = segments.indices.map { SeriesLook(index: $0, isPale: false) } + (paleRow == nil ? [] : [SeriesLook(index: 0, isPale: true)])
        let legend = Legend(segments.map(\.name) + (paleRow.map { [$0] } ?? []), swatch: .block, looks: looks, left: plot.left)
        let barWidth = min(plot.band * 0.6, 40)

        var svg = Markup(capacity: 4096 + segments.count * categories.count * 48)
        ChartFrame.open(
            id: id, kind: "chart-bars", title: title, description: description, height: plot.legendTop + legend.height + 8, to: &svg)
        axis.append(scale, in: plot, to: &svg)
        var tops = [Double](repeating: 0, count: categories.count)
        for (index, segment) in segments.enumerated() {
            for paleBars in paleRow == nil ? [false] : [false, true] {
                svg += "<path fill=\"\(raw: ChartStyle.color(index))\""
                if paleBars { svg.append(raw: SeriesLook.paleFill) }
                svg += " stroke=\"#ffffff\" stroke-width=\"1\" d=\""
                for category in categories.indices where isPale(category) == paleBars {
                    guard let value = segment.values[category] else { continue }
                    let lower = axis.y(tops[category], in: plot)
                    tops[category] += value.doubleValue
                    let upper = axis.y(tops[category], in: plot)
                    svg += "M\(plot.x(category) - barWidth / 2),\(upper)h\(barWidth)v\(lower - upper)h-\(barWidth)z"
                }
                svg += "\"/>\n"
            }
        }
        categoryAxis.append(in: plot, to: &svg)
        legend.append(left: plot.left, top: plot.legendTop, to: &svg)
        ChartFrame.close(&svg)
        return svg.string
    }

    /// The totals' trend, then `Kỳ 15/06/2023: tổng 4.595, gồm Trực tuyến 1.234, Trực tiếp 3.000, Bưu chính 361.`
    private static func describe(_ categories: [String], _ segments: [ChartSeries], _ totals: [Ratio?], scale: ChartScale, words: ChartWords) -> String {
        let trend = TrendSentence.sentence(subject: words.total, values: totals, scale: scale, words: words)
        guard let latest = totals.lastIndex(where: { $0 != nil }), let total = totals[latest], totals.compactMap({ $0 }).count > 1 else {
            return trend
        }
        let parts = segments.map { segment in
            "\(segment.name) \(segment.values[latest].map { scale.text($0, words) } ?? words.noData.lowercased())"
        }
        let latestParts = Placeholders.fill(words.latestParts, ["period": categories[latest], "total": scale.text(total, words), "parts": parts.joined(separator: ", ")])
        return "\(trend) \(latestParts)"
    }

    /// The exact sum of `parts`, nil when there are none.
    private static func sum(_ parts: [Ratio]) -> Ratio? {
        guard let first = parts.first else { return nil }
        return parts.dropFirst().reduce(first) { total, part in
            total.denominator == part.denominator
                ? Ratio(total.numerator + part.numerator, over: total.denominator)
                : Ratio(total.numerator * part.denominator + part.numerator * total.denominator, over: total.denominator * part.denominator)
        }
    }
}
