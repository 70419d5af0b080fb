/// An indicator's value for a unit or the district in one period (giá trị chỉ số).
public struct IndicatorValue: Hashable, Sendable {
    /// Where a value comes from: computed from counts, or a rate the table reported.
    public enum Source: String, Sendable, Codable {
        case counts
        case reported
    }

    /// The exact value: a percentage for rates, a count, or dossiers per day.
    public let value: Ratio
    public let source: Source

    public init(_ value: Ratio, source: Source = .counts) {
        self.value = value
        self.source = source
    }
}

/// The values of every indicator for one unit or the district in one period; no entry, no value.
public struct IndicatorValues: Sendable, Equatable {
    private var storage: ContiguousArray<IndicatorValue?>

    public init() { storage = ContiguousArray(repeating: nil, count: Indicator.allCases.count) }

    public subscript(indicator: Indicator) -> IndicatorValue? {
        get { storage[indicator.index] }
        set { storage[indicator.index] = newValue }
    }
}
