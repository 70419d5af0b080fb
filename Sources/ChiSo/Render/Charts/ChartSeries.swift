/// One line or bar series.
public struct ChartSeries: Sendable {
    /// Legend text, e.g. "Xã Hương Toàn", "Toàn huyện".
    public var name: String
    /// One value per category; nil is no data, a gap in the line (never drawn as 0).
    public var values: [Ratio?]

    /// A series named `name` with one value (or nil) per category.
    public init(name: String, values: [Ratio?]) {
        self.name = name
        self.values = values
    }
}

extension ChartSeries {
    /// The series with exactly `count` values: extra values dropped, missing ones nil.
    func fitted(to count: Int) -> ChartSeries {
        ChartSeries(name: name, values: (0..<count).map { index in index < values.count ? values[index] : nil })
    }
}
