/// Problems in the shape and cells of a dataset table.
public enum TableProblem: Problem, Equatable {
    case unclosedQuote
    case noHeader(accepted: [String])
    case unknownColumn(label: String, suggestion: String?, accepted: String)
    case unknownGroup(group: String, label: String)
    case duplicateColumn(label: String, first: String, meaning: ColumnMeaning)
    case secondUnitColumn(label: String)
    case missingUnit
    case cellOutsideHeader
    case secondTotalRow(firstLine: Int)
    case notACount(text: String, label: String)
    case negativeCount(value: Int, label: String)
    case notARate(text: String, label: String)
    case rateOutOfRange(text: String, label: String)

    public var description: String {
        switch self {
        case .unclosedQuote:
            return "dấu ngoặc kép mở ở đây không được đóng đến hết tệp"
        case .noHeader(let accepted):
            return "không tìm thấy dòng tiêu đề có cột tên đơn vị trong \(DatasetHeader.searchDepth) dòng đầu; "
                + "tên cột đơn vị được chấp nhận: \(accepted.joined(separator: ", "))"
        case .unknownColumn(let label, let suggestion, let accepted):
            let guess = suggestion.map { " (có phải «\($0)»?)" } ?? ""
            return "cột «\(label)» không rõ nghĩa\(guess); các cột được chấp nhận: \(accepted)"
        case .unknownGroup(let group, let label):
            return "cột «\(label)»: nhóm «\(group)» không rõ nghĩa, nên không biết «\(label)» thuộc hồ sơ nào"
        case .duplicateColumn(let label, let first, let meaning):
            return "cột «\(label)» trùng nghĩa với cột «\(first)» (\(meaning.key))"
        case .secondUnitColumn(let label):
            return "cột «\(label)» là cột tên đơn vị thứ hai"
        case .missingUnit:
            return "dòng có số liệu nhưng không có tên đơn vị"
        case .cellOutsideHeader:
            return "ô có số liệu nằm ngoài các cột có tiêu đề"
        case .secondTotalRow(let firstLine):
            return "dòng tổng thứ hai trong tệp (dòng tổng đầu tiên ở dòng \(firstLine))"
        case .notACount(let text, let label):
            return "cột «\(label)» cần số nguyên (số hồ sơ), gặp «\(text)»"
        case .negativeCount(let value, let label):
            return "cột «\(label)»: số hồ sơ không thể âm, gặp \(value)"
        case .notARate(let text, let label):
            return "cột «\(label)» cần tỷ lệ phần trăm như 98,8, gặp «\(text)»"
        case .rateOutOfRange(let text, let label):
            return "cột «\(label)»: tỷ lệ phải từ 0 đến 100, gặp «\(text)»"
        }
    }

    public var fix: String {
        switch self {
        case .unclosedQuote: return "thêm dấu \" đóng ở cuối ô, hoặc xóa dấu \" thừa"
        case .noHeader: return "thêm dòng tiêu đề, với một cột tên «Đơn vị» (hoặc «unit») cho tên đơn vị"
        case .unknownColumn(_, let suggestion?, _): return "đổi tiêu đề cột thành «\(suggestion)», hoặc xóa cột này"
        case .unknownColumn: return "đổi tiêu đề cột thành một tên trong danh sách (xem docs/noi-dung.md), hoặc xóa cột này"
        case .unknownGroup: return "đặt tên nhóm như biểu mẫu: «Số hồ sơ đã giải quyết» hoặc «Số lượng hồ sơ đang giải quyết»"
        case .duplicateColumn: return "giữ một trong hai cột và xóa cột kia"
        case .secondUnitColumn: return "giữ một cột tên đơn vị và xóa cột kia"
        case .missingUnit: return "điền tên đơn vị vào ô này, hoặc xóa dòng"
        case .cellOutsideHeader: return "thêm tiêu đề cho cột này, hoặc xóa số liệu thừa"
        case .secondTotalRow: return "giữ một dòng tổng và xóa dòng kia"
        case .notACount: return "ghi số nguyên như 1234 hoặc 1.234; để trống (hoặc ghi -) khi không có số liệu"
        case .negativeCount: return "sửa lại số hồ sơ cho đúng (0 trở lên)"
        case .notARate: return "ghi tỷ lệ như 98,8 hoặc 98.8; để trống (hoặc ghi -) khi không có số liệu"
        case .rateOutOfRange: return "ghi tỷ lệ phần trăm từ 0 đến 100 (98,8 chứ không phải 0,988)"
        }
    }
}

extension ColumnMeaning {
    /// The field or rate key, for messages.
    var key: String {
        switch self {
        case .unit: "unit"
        case .ordinal: "STT"
        case .count(let field): field.rawValue
        case .rate(let rate): rate.rawValue
        case .derived: "cột tự tính"
        }
    }
}
