/// One line or bar series.
public struct ChartSeries: Sendable {
    /// Legend text, e.g. "Xã Hương Toàn", "Toàn huyện".
    public var name: String
    /// One value per category; nil is no data, a gap in the line (never drawn as 0).
    public var values: [Ratio?]
    /// For ranks: per category, how many units share the place (1 or missing: alone).
    public var shared: [Int]

    /// A series named `name` with one value (or nil) per category, and for ranks how many units
    /// share each place.
    public init(name: String, values: [Ratio?], shared: [Int] = []) {
        self.name = name
        self.values = values
        self.shared = shared
    }

    /// How many units share the place at `category`.
    func sharing(_ category: Int) -> Int { category < shared.count ? shared[category] : 1 }
}

extension ChartSeries {
    /// The series with exactly `count` values: extra values dropped, missing ones nil.
    func fitted(to count: Int) -> ChartSeries {
        ChartSeries(name: name, values: (0..<count).map { index in index < values.count ? values[index] : nil }, shared: Array(shared.prefix(count)))
    }
}
