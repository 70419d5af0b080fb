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
///
/// 16 bytes an indicator: the ratio's numerator, and its denominator with the sign for the
/// source (negative: reported) and 0 for no value.
public struct IndicatorValues: Sendable, Equatable {
    private var storage: ContiguousArray<Int>

    public init() { storage = ContiguousArray(repeating: 0, count: 2 * Indicator.allCases.count) }

    public subscript(indicator: Indicator) -> IndicatorValue? {
        get {
            let denominator = storage[2 * indicator.index + 1]
            guard denominator != 0 else { return nil }
            let ratio = Ratio(storage[2 * indicator.index], over: Swift.abs(denominator))
            return IndicatorValue(ratio, source: denominator < 0 ? .reported : .counts)
        }
        set {
            storage[2 * indicator.index] = newValue?.value.numerator ?? 0
            storage[2 * indicator.index + 1] = newValue.map { $0.source == .reported ? -$0.value.denominator : $0.value.denominator } ?? 0
        }
    }

    public static func == (a: IndicatorValues, b: IndicatorValues) -> Bool {
        Indicator.allCases.allSatisfy { a[$0] == b[$0] }
    }
}
