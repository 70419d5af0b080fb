/// The rectangle of a chart's viewBox that holds the data, and where each category sits in it.
struct PlotArea {
    private static let top = 16.0
    private static let height = 240.0

    let left: Double
    let top: Double
    let right: Double
    let bottom: Double
    /// The number of categories across, each the centre of an equal band.
    let count: Int

    /// The plot of a full-size chart, with room on the left for `valueLabels`, on the right for
    /// `endLabels` (the target's), and on both sides for half of the widest of `categories`.
    init(categories: [String], valueLabels: [String], endLabels: [String]) {
        let widest = { (labels: [String]) in labels.map { ChartStyle.width(of: $0) }.max() ?? 0 }
        let halfCategory = widest(categories) / 2
        left = max(48, widest(valueLabels) + 14, halfCategory - 10)
        right = ChartStyle.width - max(44, widest(endLabels) + 14, halfCategory)
        top = Self.top
        bottom = Self.top + Self.height
        count = categories.count
    }

    var width: Double { right - left }
    var height: Double { bottom - top }
    var band: Double { width / Double(max(count, 1)) }
    /// Where the legend starts, below the category labels.
    var legendTop: Double { bottom + 2 * ChartStyle.labelSize + 16 }

    /// The x of the centre of category `index`.
    func x(_ index: Int) -> Double { left + (Double(index) + 0.5) * band }
}
