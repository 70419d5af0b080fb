/// A successor's values for a period before its `from`: its predecessors' counts summed like a
/// total, never a mean of their rates (số liệu ghép từ các đơn vị cũ). Never ranked.
public struct CombinedValues: Sendable, Equatable {
    /// The indicators of the summed counts; a rate a part reported without its counts is not combined.
    public let values: IndicatorValues
    /// The summed counts the values come from.
    public let record: Record
    /// The predecessors whose figures were summed, in register order.
    public let parts: [String]
    /// Predecessors that existed in the period but reported nothing: the sums leave them out.
    public let missing: [String]

    /// The combination of `parts`' records, or nil when none reported. A count is summed only
    /// when every part that reported gives it: a sum with a term missing is no sum.
    ///
    /// - Complexity: O(parts × fields).
    static func combine(_ parts: [(id: String, record: Record)], missing: [String], days: Int) -> CombinedValues? {
        guard !parts.isEmpty else { return nil }
        var sum = Record()
        for field in Field.allCases {
            var total = 0
            for part in parts {
                guard let value = part.record[field] else {
                    total = -1
                    break
                }
                total += value
            }
            if total >= 0 { sum[field] = total }
        }
        return CombinedValues(values: IndicatorCalculator.values(of: sum, days: days), record: sum, parts: parts.map(\.id), missing: missing)
    }
}
