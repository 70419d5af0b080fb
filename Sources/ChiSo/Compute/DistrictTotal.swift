/// The district's values for a period (toàn huyện): ratios of summed counts, never means of rates.
public enum DistrictTotal {
    /// Each indicator for the district.
    ///
    /// A percentage comes from the total row's counts when it has them, else from the units' summed
    /// counts when no unit gives the rate alone, else from the total row's reported rate. A count
    /// is the total row's, else the sum over the units that give it.
    ///
    /// - Complexity: O(units × indicators).
    public static func values(units: [Record], total: Record?, days: Int) -> IndicatorValues {
        var values = IndicatorValues()
        for indicator in Indicator.allCases {
            values[indicator] = value(indicator, units: units, total: total, days: days)
        }
        return values
    }

    private static func value(_ indicator: Indicator, units: [Record], total: Record?, days: Int) -> IndicatorValue? {
        switch indicator {
        case .overdue:
            return count(.overdue, units: units, total: total).map { IndicatorValue(Ratio($0, over: 1)) }
        case .intakePerDay:
            guard let received = count(.received, units: units, total: total), days > 0 else { return nil }
            return IndicatorValue(Ratio(received, over: days))
        default:
            if let fraction = total?.fraction(indicator) { return percentage(fraction) }
            var numerator = 0
            var denominator = 0
            var counted = 0
            for unit in units {
                if let (top, bottom) = unit.fraction(indicator) {
                    numerator += top
                    denominator += bottom
                    counted += 1
                } else if unit.rates[indicator] != nil {
                    return total?.rates[indicator].map { IndicatorValue($0, source: .reported) }
                }
            }
            if counted > 0 { return percentage((numerator, denominator)) }
            return total?.rates[indicator].map { IndicatorValue($0, source: .reported) }
        }
    }

    private static func count(_ field: Field, units: [Record], total: Record?) -> Int? {
        if let value = total?[field] { return value }
        let values = units.compactMap { $0[field] }
        return values.isEmpty ? nil : values.reduce(0, +)
    }

    private static func percentage(_ fraction: (numerator: Int, denominator: Int)) -> IndicatorValue? {
        fraction.denominator > 0 ? IndicatorValue(Ratio(fraction.numerator * 100, over: fraction.denominator)) : nil
    }
}
