/// The horizontal axis: category labels centred under their bands, each on one line or, when the
/// widest would not fit its band, broken at the space nearest its middle onto two; when they still
/// would not fit side by side, only every k-th one is labelled, counted back from the last so the
/// latest period is always labelled.
///
/// An axis depends on its labels alone, so pages that chart the same periods share one, made once.
public struct CategoryAxis: Sendable {
    /// The categories, as given: points' titles and descriptions name them so.
    public let categories: [String]
    /// Each category's label, as one line or two.
    let lines: [[String]]
    /// The width of the widest line of any label.
    let widest: Double
    /// The most lines a label takes: 1 or 2.
    let depth: Int

    /// The axis of `categories`, broken onto two lines when the widest would not fit the band
    /// it would have in a plot of the chart's width less its usual margins.
    public init(_ categories: [String]) {
        self.categories = categories
        let band = (ChartStyle.width - 60) / Double(max(categories.count, 1))
        let widest = categories.map { ChartStyle.width(of: $0) }.max() ?? 0
        lines = widest + 8 <= band ? categories.map { [$0] } : categories.map(Self.split)
        self.widest = lines.joined().map { ChartStyle.width(of: $0) }.max() ?? 0
        depth = lines.map(\.count).max() ?? 1
    }

    /// The number of categories.
    var count: Int { lines.count }

    /// Label every `step`-th category so the widest label has room.
    func step(in plot: PlotArea) -> Int { max(1, Int(((widest + 8) / plot.band).rounded(.up))) }

    /// Whether category `index` is labelled.
    static func isLabelled(_ index: Int, count: Int, step: Int) -> Bool { (count - 1 - index) % step == 0 }

    /// Appends a tick and a label under each labelled category.
    func append(in plot: PlotArea, to svg: inout Markup) {
        let size = ChartStyle.labelSize
        let every = step(in: plot)
        svg += "<g font-size=\"\(size)\" fill=\"\(raw: ChartStyle.text)\" text-anchor=\"middle\">"
        for (index, label) in lines.enumerated() where Self.isLabelled(index, count: count, step: every) {
            let x = plot.x(index)
            svg += "<line x1=\"\(x)\" y1=\"\(plot.bottom)\" x2=\"\(x)\" y2=\"\(plot.bottom + 4)\" stroke=\"\(raw: ChartStyle.axis)\"/>"
            svg += "<text x=\"\(x)\" y=\"\(plot.bottom + 5 + size)\">\(text: label[0])"
            for line in label.dropFirst() { svg += "<tspan x=\"\(x)\" dy=\"\(size * 1.2)\">\(text: line)</tspan>" }
            svg += "</text>"
        }
        svg += "</g>\n"
    }

    /// `label` broken at the space that leaves its longer half shortest, never before a dash (a
    /// span `16/12/2019 – 18/3/2020` breaks after it); without such a space, whole.
    private static func split(_ label: String) -> [String] {
        let characters = Array(label)
        let spaces = characters.indices.filter { index in
            characters[index] == " " && (index + 1 == characters.count || !"–-".contains(characters[index + 1]))
        }
        guard let space = spaces.min(by: { max($0, characters.count - $0) < max($1, characters.count - $1) }) else { return [label] }
        return [String(characters[..<space]), String(characters[(space + 1)...])]
    }
}
