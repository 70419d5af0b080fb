/// Problems in site.toml and period.toml.
public enum ConfigProblem: Problem, Equatable {
    case missingKey(String)
    case wrongType(key: String, expected: String)
    case unknownKey(String, accepted: [String])
    case invalidChoice(key: String, found: String, accepted: [String])
    case invalidDate(key: String, found: String)
    case invalidID(kind: String, found: String, suggestion: String)
    case startAfterEnd(start: Day, end: Day)
    case overlappingPeriods(other: String, kind: String)
    case targetOutOfRange(key: String, value: String)
    case kindInTwoGroups(kind: String, first: String)
    case duplicateGroup(String)
    case kindWithoutGroup(String)

    public var severity: Severity {
        if case .kindWithoutGroup = self { return .warning }
        return .error
    }

    public var description: String {
        switch self {
        case .missingKey(let key): return "thiếu khóa «\(key)»"
        case .wrongType(let key, let expected): return "«\(key)» cần \(expected)"
        case .unknownKey(let key, let accepted):
            return "khóa «\(key)» không rõ nghĩa; các khóa được chấp nhận: \(accepted.joined(separator: ", "))"
        case .invalidChoice(let key, let found, let accepted):
            return "«\(key)» = «\(found)» không hợp lệ; chọn một trong: \(accepted.joined(separator: ", "))"
        case .invalidDate(let key, let found): return "«\(key)» cần một ngày, gặp «\(found)»"
        case .invalidID(let kind, let found, _):
            return "mã \(kind) «\(found)» không hợp lệ: chỉ gồm chữ thường không dấu, số và dấu gạch ngang, bắt đầu bằng chữ hoặc số"
        case .startAfterEnd(let start, let end): return "ngày bắt đầu \(start) sau ngày kết thúc \(end)"
        case .overlappingPeriods(let other, let kind):
            return "kỳ này trùng thời gian với kỳ «\(other)» cùng loại «\(kind)»"
        case .targetOutOfRange(let key, let value): return "chỉ tiêu «\(key)» = \(value) phải từ 0 đến 100 (phần trăm)"
        case .kindInTwoGroups(let kind, let first): return "loại đơn vị «\(kind)» đã thuộc nhóm «\(first)»"
        case .duplicateGroup(let id): return "nhóm «\(id)» được khai báo hai lần"
        case .kindWithoutGroup(let kind): return "loại đơn vị «\(kind)» không thuộc nhóm xếp hạng nào: các đơn vị này sẽ không được xếp hạng"
        }
    }

    public var fix: String {
        switch self {
        case .missingKey(let key): return "thêm dòng «\(key) = …» theo mẫu trong docs/noi-dung.md"
        case .wrongType(let key, let expected): return "ghi «\(key)» dưới dạng \(expected)"
        case .unknownKey: return "sửa tên khóa cho đúng, hoặc xóa dòng này"
        case .invalidChoice(let key, _, let accepted): return "ghi «\(key) = \"\(accepted[0])\"» hoặc một giá trị khác trong danh sách"
        case .invalidDate: return "ghi ngày dạng 2023-06-14 (hoặc \"14/06/2023\")"
        case .invalidID(_, _, let suggestion): return "đổi thành «\(suggestion)»"
        case .startAfterEnd: return "đổi chỗ hai ngày, hoặc sửa ngày cho đúng"
        case .overlappingPeriods: return "sửa ngày bắt đầu hoặc kết thúc để hai kỳ không trùng nhau, hoặc đổi «kind» của một kỳ"
        case .targetOutOfRange: return "ghi chỉ tiêu là phần trăm, ví dụ 70 cho 70 %"
        case .kindInTwoGroups: return "mỗi loại đơn vị chỉ thuộc một nhóm: xóa loại này khỏi một trong hai nhóm"
        case .duplicateGroup: return "đổi mã nhóm để mỗi nhóm có một mã riêng"
        case .kindWithoutGroup: return "thêm loại này vào «kinds» của một nhóm [[groups]] nếu muốn xếp hạng"
        }
    }
}
