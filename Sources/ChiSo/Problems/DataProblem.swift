/// Problems in what the datasets of a period say, once rows are matched to units.
public enum DataProblem: Problem, Equatable {
    case unknownUnit(name: String, suggestion: String?)
    /// A row with words and no numbers that names no unit: skipped.
    case textRowSkipped(name: String)
    /// Bulleted detail lines under a unit (`- Lĩnh vực hộ tịch`): skipped.
    case subItemsSkipped(first: String, count: Int)
    case duplicateUnitRow(unit: String, firstLine: Int)
    case conflictingValues(key: String, unit: String, value: String, other: String, otherPlace: SourceLocation)
    case identityFails(identity: String, unit: String, detail: String)
    /// Known parts larger than their whole, so a missing part would come out negative.
    case partsExceedWhole(identity: String, unit: String, detail: String, missing: [Field])
    /// `from`: the first line a section's subtotal sums; nil for the file's total.
    case totalMismatch(field: Field, total: Int, sum: Int, from: Int?)
    case totalExceedsPartialSum(field: Field, total: Int, sum: Int, blanks: Int)
    case rateDisagrees(rate: Indicator, unit: String, reported: String, computed: String)
    case outsideSpan(unit: String, from: Day?, until: Day?)
    /// The file's heading states other dates than the period's.
    case headingPeriod(start: Day, end: Day, period: Period)

    public var severity: Severity {
        switch self {
        case .rateDisagrees, .totalExceedsPartialSum, .textRowSkipped, .subItemsSkipped: .warning
        default: .error
        }
    }

    public var description: String {
        switch self {
        case .unknownUnit(let name, let suggestion):
            return "đơn vị «\(name)» không có trong units.csv" + (suggestion.map { " (có phải «\($0)»?)" } ?? "")
        case .textRowSkipped(let name): return "dòng «\(name)» không có số liệu và không phải đơn vị trong units.csv nên được bỏ qua"
        case .duplicateUnitRow(let unit, let firstLine): return "\(unit) đã có một dòng ở dòng \(firstLine) của tệp này"
        case .conflictingValues(let key, let unit, let value, let other, let place):
            return "\(unit): «\(key)» = \(value) ở đây nhưng = \(other) ở \(place)"
        case .identityFails(let identity, let unit, let detail): return "\(unit): không khớp \(identity) (\(detail))"
        case .partsExceedWhole(let identity, let unit, let detail, let missing):
            let terms = missing.map(\.rawValue).joined(separator: " + ")
            return "\(unit): không khớp \(identity) (\(detail)): phần lớn hơn tổng, nên \(terms) (không có số liệu) sẽ âm"
        case .totalMismatch(let field, let total, let sum, nil):
            return "dòng tổng ghi \(field.rawValue) = \(total) nhưng tổng các đơn vị là \(sum)"
        case .totalMismatch(let field, let total, let sum, let from?):
            return "dòng cộng ghi \(field.rawValue) = \(total) nhưng tổng các đơn vị từ dòng \(from) đến đây là \(sum)"
        case .subItemsSkipped(let first, let count):
            let others = count > 1 ? " và \(count - 1) dòng chi tiết khác" : ""
            return "dòng «\(first)»\(others) (gạch đầu dòng, dưới một đơn vị) được bỏ qua: chỉ đọc dòng của đơn vị"
        case .totalExceedsPartialSum(let field, let total, let sum, let blanks):
            return "dòng tổng ghi \(field.rawValue) = \(total), tổng các đơn vị có số liệu là \(sum) (\(blanks) đơn vị để trống)"
        case .rateDisagrees(let rate, let unit, let reported, let computed):
            return "\(unit): \(rate.rawValue) ghi \(reported) % nhưng tính từ số hồ sơ được \(computed) %; dùng số tính từ số hồ sơ"
        case .headingPeriod(let start, let end, let period):
            return "tiêu đề của tệp ghi số liệu từ \(start) đến \(end), nhưng kỳ «\(period.id)» "
                + "là từ \(period.start) đến \(period.end): có thể đây là tệp của kỳ khác"
        case .outsideSpan(let unit, let from, let until):
            let span = "\(from.map { "từ \($0)" } ?? "")\(from != nil && until != nil ? " " : "")\(until.map { "đến \($0)" } ?? "")"
            return "\(unit) chỉ báo cáo \(span), nhưng có số liệu trong kỳ này"
        }
    }

    public var fix: String {
        switch self {
        case .unknownUnit(_, let suggestion?):
            return "sửa tên thành «\(suggestion)», hoặc thêm tên này vào cột aliases của đơn vị đó trong units.csv"
        case .unknownUnit: return "thêm đơn vị vào units.csv, hoặc thêm tên này vào cột aliases của đơn vị đúng"
        case .textRowSkipped: return "nếu dòng này là một đơn vị, thêm tên vào units.csv (cột name hoặc aliases); nếu là tiêu đề hay ghi chú, không cần sửa"
        case .subItemsSkipped: return "nếu một dòng trong số đó là một đơn vị, bỏ gạch đầu dòng hoặc thêm tên vào units.csv"
        case .duplicateUnitRow: return "gộp hai dòng thành một, hoặc xóa dòng thừa"
        case .conflictingValues: return "giữ một giá trị đúng và sửa hoặc xóa giá trị kia"
        case .identityFails: return "đối chiếu lại các số của đơn vị với phần mềm một cửa và sửa số sai"
        case .partsExceedWhole: return "đối chiếu hai số này với phần mềm một cửa và sửa số sai: phần không thể lớn hơn tổng"
        case .totalMismatch: return "sửa dòng tổng, hoặc sửa số của đơn vị bị sai"
        case .totalExceedsPartialSum: return "điền số liệu còn trống, hoặc sửa dòng tổng"
        case .rateDisagrees: return "kiểm tra lại tỷ lệ; nếu số hồ sơ đúng, có thể xóa cột tỷ lệ"
        case .headingPeriod: return "chép đúng tệp của kỳ này vào thư mục; nếu số liệu đúng là của kỳ này, sửa ngày ở dòng tiêu đề hoặc trong period.toml"
        case .outsideSpan: return "xóa dòng này, hoặc sửa ngày from/until của đơn vị trong units.csv"
        }
    }
}
