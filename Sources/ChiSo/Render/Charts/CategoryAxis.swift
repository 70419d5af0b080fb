/// The horizontal axis: category labels centred under their bands; when they would not fit side by
/// side, only every k-th one, counted back from the last so the latest period is always labelled.
enum CategoryAxis {
    /// Label every `step`-th category so the widest label has room.
    static func step(_ categories: [String], in plot: PlotArea) -> Int {
        let widest = categories.map { ChartStyle.width(of: $0) }.max() ?? 0
        return max(1, Int(((widest + 8) / plot.band).rounded(.up)))
    }

    /// Whether category `index` is labelled.
    static func isLabelled(_ index: Int, count: Int, step: Int) -> Bool { (count - 1 - index) % step == 0 }

    /// Appends a tick and a label under each labelled category.
    static func append(_ categories: [String], in plot: PlotArea, to svg: inout String) {
        let n = SVGText.number
        let size = ChartStyle.labelSize
        let every = step(categories, in: plot)
        svg += "<g font-size=\"" + n(size) + "\" fill=\"" + ChartStyle.text + "\" text-anchor=\"middle\">"
        for (index, category) in categories.enumerated() where isLabelled(index, count: categories.count, step: every) {
            let x = n(plot.x(index))
            svg +=
                "<line x1=\"" + x + "\" y1=\"" + n(plot.bottom) + "\" x2=\"" + x + "\" y2=\"" + n(plot.bottom + 5) + "\" stroke=\""
                + ChartStyle.axis + "\"/>"
            svg += "<text x=\"" + x + "\" y=\"" + n(plot.bottom + 7 + size) + "\">" + HTML.escape(category) + "</text>"
        }
        svg += "</g>\n"
    }
}
