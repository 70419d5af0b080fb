/// A value no page or data file may show: a rate outside 0–100, or a negative count or figure.
///
/// Validation rejects every input that could lead to one; this is the compute stage's last
/// check that nothing slipped past it, so that a wrong number is never published.
public struct ImpossibleValue: Error, Sendable, Equatable, CustomStringConvertible {
    public let period: String
    /// The unit's id, or nil for the district total.
    public let unit: String?
    /// The indicator or field key (`online_rate`, `resolved_late`).
    public let key: String
    public let value: String

    public var description: String {
        let owner = unit.map { "đơn vị «\($0)»" } ?? "dòng tổng"
        return "kỳ «\(period)», \(owner): \(key) = \(value) là số không thể có (tỷ lệ ngoài 0–100 hoặc số âm); "
            + "chiso không xuất bản số sai nên dừng lại. Đây là lỗi của chiso mà bước kiểm tra đã bỏ sót: "
            + "hãy gửi thư mục content/ của kỳ này cho người bảo trì chiso"
    }

    /// Units by id, then the total, which sums them; then keys.
    private var order: (Int, String, String) { (unit == nil ? 1 : 0, unit ?? "", key) }

    /// The first impossible value of a period (units by id, then the total); nil when all are possible.
    ///
    /// - Complexity: O(units × (fields + indicators)).
    static func first(in data: PeriodData, values: [String: IndicatorValues], total: IndicatorValues) -> ImpossibleValue? {
        var found: ImpossibleValue?
        func consider(_ unit: String?, _ record: Record?, _ values: IndicatorValues) {
            guard let problem = check(unit, record, values, period: data.period.id) else { return }
            if let current = found, current.order <= problem.order { return }
            found = problem
        }
        consider(nil, data.total, total)
        for (unit, record) in data.records { consider(unit, record, values[unit] ?? IndicatorValues()) }
        return found
    }

    private static func check(_ unit: String?, _ record: Record?, _ values: IndicatorValues, period: String) -> ImpossibleValue? {
        if let record {
            for field in Field.allCases {
                if let count = record[field], count < 0 { return ImpossibleValue(period: period, unit: unit, key: field.rawValue, value: "\(count)") }
            }
        }
        for indicator in Indicator.allCases {
            guard let value = values[indicator]?.value else { continue }
            let hundred = Ratio(100, over: 1)
            if value.numerator < 0 || (indicator.isPercentage && hundred < value) {
                return ImpossibleValue(period: period, unit: unit, key: indicator.rawValue, value: "\(value.doubleValue)")
            }
        }
        return nil
    }
}
