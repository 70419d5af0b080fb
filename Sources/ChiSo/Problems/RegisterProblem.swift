/// Problems in units.csv, the register of reporting units.
public enum RegisterProblem: Problem, Equatable {
    case unknownColumn(String, accepted: [String])
    case missingColumn(String)
    case invalidID(String, suggestion: String)
    case duplicateID(String, firstLine: Int)
    case missingName
    case unknownKind(String)
    case invalidDate(key: String, found: String)
    case fromAfterUntil(from: Day, until: Day)
    case nameClash(name: String, other: String)
    case unknownSuccessor(String)
    case selfSuccessor
    /// The successors lead back to the unit: the ids of the loop, from the unit round to it again.
    case successorCycle([String])
    case successorWithoutUntil

    public var severity: Severity {
        if case .successorWithoutUntil = self { return .warning }
        return .error
    }

    public var description: String {
        switch self {
        case .unknownColumn(let label, let accepted):
            return "cột «\(label)» không rõ nghĩa; các cột của units.csv: \(accepted.joined(separator: ", "))"
        case .missingColumn(let key): return "units.csv thiếu cột «\(key)»"
        case .invalidID(let id, _):
            return "mã đơn vị «\(id)» không hợp lệ: chỉ gồm chữ thường không dấu, số và dấu gạch ngang, bắt đầu bằng chữ hoặc số"
        case .duplicateID(let id, let firstLine): return "mã đơn vị «\(id)» đã dùng ở dòng \(firstLine)"
        case .missingName: return "đơn vị không có tên"
        case .unknownKind(let kind):
            return "loại đơn vị «\(kind)» không hợp lệ; chọn một trong: \(UnitKind.allCases.map(\.rawValue).joined(separator: ", "))"
        case .invalidDate(let key, let found): return "«\(key)» cần một ngày, gặp «\(found)»"
        case .fromAfterUntil(let from, let until): return "ngày bắt đầu \(from) sau ngày kết thúc \(until)"
        case .nameClash(let name, let other): return "tên «\(name)» đã dùng cho đơn vị «\(other)»"
        case .unknownSuccessor(let id): return "đơn vị kế thừa «\(id)» không có trong units.csv"
        case .selfSuccessor: return "đơn vị không thể kế thừa chính nó"
        case .successorCycle(let ids): return "các đơn vị kế thừa nhau thành vòng tròn: \(ids.joined(separator: " → "))"
        case .successorWithoutUntil: return "đơn vị có đơn vị kế thừa nhưng không có ngày kết thúc «until»"
        }
    }

    public var fix: String {
        switch self {
        case .unknownColumn: return "sửa tên cột cho đúng, hoặc xóa cột này"
        case .missingColumn(let key): return "thêm cột «\(key)» vào dòng tiêu đề"
        case .invalidID(_, let suggestion): return "đổi thành «\(suggestion)»"
        case .duplicateID: return "đặt cho mỗi đơn vị một mã riêng"
        case .missingName: return "điền tên chính thức của đơn vị, ví dụ «Xã Hương Toàn»"
        case .unknownKind:
            let kinds = UnitKind.allCases.map(\.rawValue)
            return "ghi \(kinds.dropLast().joined(separator: ", ")) hoặc \(kinds.last!)"
        case .invalidDate: return "ghi ngày dạng 2023-06-30 (hoặc 30/06/2023)"
        case .fromAfterUntil: return "sửa ngày cho đúng, hoặc đổi chỗ hai ngày"
        case .nameClash: return "một tên hoặc tên gọi khác chỉ được dùng cho một đơn vị: xóa hoặc sửa tên trùng"
        case .unknownSuccessor: return "ghi mã (cột id) của đơn vị kế thừa, hoặc để trống"
        case .selfSuccessor: return "ghi mã của đơn vị khác, hoặc để trống"
        case .successorCycle: return "đơn vị kế thừa là đơn vị mới, còn hoạt động sau ngày «until» của đơn vị cũ: sửa cột «successor» của một đơn vị trong vòng"
        case .successorWithoutUntil: return "ghi ngày sáp nhập vào cột «until»"
        }
    }
}
