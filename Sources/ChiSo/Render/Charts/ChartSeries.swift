/// One line or bar series.
public struct ChartSeries: Sendable {
    /// Legend text, e.g. "Xã Hương Toàn", "Toàn huyện".
    public var name: String
    /// One value per category; nil is no data, a gap in the line (never drawn as 0).
    public var values: [Ratio?]
    /// For ranks: per category, how many units share the place (1 or missing: alone).
    public var shared: [Int]
    /// The index of an earlier series this one continues in a paler, dashed line: the stretch of a
    /// unit's history combined from its predecessors (ghép từ đơn vị cũ).
    public var paleOf: Int?

    /// A series named `name` with one value (or nil) per category, for ranks how many units share
    /// each place, and the series it is a paler stretch of, if any.
    public init(name: String, values: [Ratio?], shared: [Int] = [], paleOf: Int? = nil) {
        self.name = name
        self.values = values
        self.shared = shared
        self.paleOf = paleOf
    }

    /// How many units share the place at `category`.
    func sharing(_ category: Int) -> Int { category < shared.count ? shared[category] : 1 }
}

extension ChartSeries {
    /// The series with exactly `count` values: extra values dropped, missing ones nil.
    func fitted(to count: Int) -> ChartSeries {
        ChartSeries(
            name: name, values: (0..<count).map { index in index < values.count ? values[index] : nil }, shared: Array(shared.prefix(count)),
            paleOf: paleOf)
    }
}
