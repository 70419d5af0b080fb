/// The rectangle of a chart's viewBox that holds the data, and where each category sits in it.
struct PlotArea {
    private static let top = 10.0
    private static let height = 190.0

    let left: Double
    let top: Double
    let right: Double
    let bottom: Double
    /// The number of categories across, each the centre of an equal band.
    let count: Int
    /// The lines of the category labels under the plot: 1 or 2.
    let labelDepth: Int

    /// The plot of a full-size chart, with room on the left for `valueLabels`, and on both sides
    /// for half of the widest category label beyond the half band it is centred in.
    init(categories: CategoryAxis, valueLabels: [String]) {
        let widestValue = valueLabels.map { ChartStyle.width(of: $0) }.max() ?? 0
        let halfLabel = categories.widest / 2
        let count = Double(max(categories.count, 1))
        var left = max(36, widestValue + 10)
        var right = 10.0
        for _ in 0..<3 {
            let halfBand = (ChartStyle.width - left - right) / count / 2
            left = max(36, widestValue + 10, halfLabel - halfBand + 2)
            right = max(10, halfLabel - halfBand + 2)
        }
        self.left = left
        self.right = ChartStyle.width - right
        top = Self.top
        bottom = Self.top + Self.height
        self.count = categories.count
        labelDepth = categories.depth
    }

    var width: Double { right - left }
    var height: Double { bottom - top }
    var band: Double { width / Double(max(count, 1)) }
    /// Where the legend starts, below the category labels.
    var legendTop: Double { bottom + 12 + Double(labelDepth) * ChartStyle.labelSize * 1.2 }

    /// The x of the centre of category `index`.
    func x(_ index: Int) -> Double { left + (Double(index) + 0.5) * band }
}
