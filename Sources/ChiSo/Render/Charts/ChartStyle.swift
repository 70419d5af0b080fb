/// The look every chart shares, as presentation attributes: Okabe–Ito colours, a line style and
/// a marker per series, greys, fonts and sizes in viewBox units.
enum ChartStyle {
    /// The viewBox width of the full-size charts.
    static let width = 560.0
    static let font = "system-ui, sans-serif"
    /// Axis, legend and target labels.
    static let labelSize = 17.0
    static let text = "#222222"
    static let quiet = "#555555"
    static let grid = "#d9d9d9"
    static let axis = "#595959"
    static let target = "#3a3a3a"
    static let lineWidth = 2.5

    private static let palette = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000"]
    private static let dashes = ["", "9 5", "2 4", "12 4 3 4", "5 3", "14 3 3 3 3 3", "1 6"]

    /// The colour of series `index`.
    static func color(_ index: Int) -> String { palette[index % palette.count] }

    /// ` stroke-dasharray="…"` for series `index`; empty for the solid first series.
    static func dash(_ index: Int) -> String {
        let pattern = dashes[index % dashes.count]
        return pattern.isEmpty ? "" : " stroke-dasharray=\"" + pattern + "\""
    }

    /// The marker of series `index`.
    static func marker(_ index: Int) -> Marker.Shape { Marker.Shape.allCases[index % Marker.Shape.allCases.count] }

    /// The width `text` takes at `size`, estimated generously so that labels spaced by it never touch.
    static func width(of text: String, size: Double = labelSize) -> Double { Double(text.count) * size * 0.58 }
}
