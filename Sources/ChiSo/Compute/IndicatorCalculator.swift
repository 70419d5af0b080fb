/// Every indicator of FORMAT.md's catalogue for one record.
public enum IndicatorCalculator {
    /// The values of `record`: from counts where they are given, from the reported rate otherwise;
    /// none where a denominator is 0 or a term is missing.
    ///
    /// - Complexity: O(indicators).
    public static func values(of record: Record, days: Int) -> IndicatorValues {
        var values = IndicatorValues()
        for indicator in Indicator.allCases {
            if let value = value(indicator, of: record, days: days) { values[indicator] = value }
        }
        return values
    }

    /// One indicator of `record`.
    public static func value(_ indicator: Indicator, of record: Record, days: Int) -> IndicatorValue? {
        switch indicator {
        case .overdue:
            return record[.overdue].map { IndicatorValue(Ratio($0, over: 1)) }
        case .intakePerDay:
            guard let received = record[.received], days > 0 else { return nil }
            return IndicatorValue(Ratio(received, over: days))
        default:
            if let fraction = record.fraction(indicator) {
                return fraction.denominator > 0 ? IndicatorValue(Ratio(fraction.numerator * 100, over: fraction.denominator)) : nil
            }
            return record.rates[indicator].map { IndicatorValue($0, source: .reported) }
        }
    }
}
