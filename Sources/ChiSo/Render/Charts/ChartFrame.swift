/// The outside of every full-size chart: the `<svg>` element named by its `<title>` and `<desc>`,
/// and the chart drawn when there is nothing to draw.
enum ChartFrame {
    /// Appends the opening `<svg>`, its title and its description; ids are `id-title` and `id-desc`.
    /// `width` and `height` equal the viewBox, so the chart is drawn at its natural size.
    static func open(id: String, kind: String, title: String, description: String, height: Double, to svg: inout Markup) {
        let width = ChartStyle.width
        let height = height.rounded(.up)
        svg += "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(width) \(height)\" width=\"\(width)\" height=\"\(height)\""
        svg += " role=\"img\" aria-labelledby=\"\(text: id)-title \(text: id)-desc\" class=\"chart \(raw: kind)\" font-family=\"\(raw: ChartStyle.font)\">\n"
        svg += "<title id=\"\(text: id)-title\">\(text: title)</title>\n"
        svg += "<desc id=\"\(text: id)-desc\">\(text: description)</desc>\n"
    }

    /// Appends the closing tag.
    static func close(_ svg: inout Markup) { svg += "</svg>" }

    /// A chart with its title and description and `words.noData` in the middle.
    static func empty(id: String, kind: String, title: String, description: String, words: ChartWords) -> String {
        var svg = Markup(capacity: 512)
        open(id: id, kind: kind, title: title, description: description, height: 120, to: &svg)
        svg += "<text x=\"\(ChartStyle.width / 2)\" y=\"65\" font-size=\"15\" fill=\"\(raw: ChartStyle.quiet)\""
        svg += " text-anchor=\"middle\">\(text: words.noData)</text>\n"
        close(&svg)
        return svg.string
    }
}
