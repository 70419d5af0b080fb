/// The look every chart shares, as presentation attributes: Okabe–Ito colours, a line style and
/// a marker per series, greys, fonts and sizes.
///
/// A full-size chart is drawn at its natural size: its `width` and `height` attributes equal its
/// viewBox, so one unit is one CSS pixel and text is `labelSize` pixels wherever the page has room
/// for `width` pixels (a 390 px phone does); a narrower column shrinks it a little (style.css).
enum ChartStyle {
    /// The width of the full-size charts, in viewBox units and CSS pixels.
    static let width = 340.0
    static let font = "system-ui, sans-serif"
    /// Axis, legend and target labels, in CSS pixels.
    static let labelSize = 13.0
    static let text = "#222222"
    static let quiet = "#555555"
    static let grid = "#d9d9d9"
    static let axis = "#595959"
    static let target = "#3a3a3a"
    static let targetWidth = 1.5
    static let targetDash = "8 4"
    static let lineWidth = 2.0

    private static let palette = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000"]
    private static let dashes = ["", "7 4", "2 3", "9 3 2 3", "4 3", "11 3 2 3 2 3", "1 5"]

    /// The colour of series `index`.
    static func color(_ index: Int) -> String { palette[index % palette.count] }

    /// ` stroke-dasharray="…"` for series `index`; empty for the solid first series.
    static func dash(_ index: Int) -> String {
        let pattern = dashes[index % dashes.count]
        return pattern.isEmpty ? "" : " stroke-dasharray=\"\(pattern)\""
    }

    /// The marker of series `index`.
    static func marker(_ index: Int) -> Marker.Shape { Marker.Shape.allCases[index % Marker.Shape.allCases.count] }

    /// The width `text` takes at `size`, estimated generously so that labels spaced by it never touch.
    static func width(of text: String, size: Double = labelSize) -> Double { Double(text.count) * size * 0.58 }
}
