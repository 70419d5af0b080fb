/// Problems in a period's late.csv, the ledger of late dossiers.
public enum LedgerProblem: Problem, Equatable {
    /// A column not in the list: refused, as it may carry personal data.
    case forbiddenColumn(String, accepted: [String])
    case missingColumn(String)
    case missingValue(String)
    case invalidDate(key: String, found: String)
    case invalidApology(String)
    case dueBeforeReceived
    case returnedBeforeReceived
    case notLate
    case duplicateCode(String, firstLine: Int)
    /// More dossiers listed than the unit reported for the period.
    case moreThanReported(unit: String, listed: Int, reported: Int, field: Field)

    public var description: String {
        switch self {
        case .forbiddenColumn(let label, let accepted):
            return "cột «\(label)» không được phép trong late.csv (có thể chứa thông tin cá nhân); chỉ chấp nhận: \(accepted.joined(separator: ", "))"
        case .missingColumn(let key): return "late.csv thiếu cột «\(key)»"
        case .missingValue(let key): return "thiếu «\(key)»"
        case .invalidDate(let key, let found): return "«\(key)» cần một ngày, gặp «\(found)»"
        case .invalidApology(let found): return "«apology» cần «có» hoặc «không», gặp «\(found)»"
        case .dueBeforeReceived: return "hạn trả trước ngày tiếp nhận"
        case .returnedBeforeReceived: return "ngày trả kết quả trước ngày tiếp nhận"
        case .notLate: return "hồ sơ được trả và kết thúc đúng hạn, không phải hồ sơ trễ hạn"
        case .duplicateCode(let code, let firstLine): return "mã hồ sơ «\(code)» đã có ở dòng \(firstLine)"
        case .moreThanReported(let unit, let listed, let reported, let field):
            return "\(unit) kê \(listed) hồ sơ nhưng số liệu của kỳ chỉ báo \(reported) (\(field.rawValue))"
        }
    }

    public var fix: String {
        switch self {
        case .forbiddenColumn: return "xóa cột này; giữ các cột code, unit, procedure, received, due, returned, closed, reason, apology"
        case .missingColumn(let key): return "thêm cột «\(key)» vào dòng tiêu đề"
        case .missingValue(let key): return "điền «\(key)» cho hồ sơ này"
        case .invalidDate: return "ghi ngày dạng 14/06/2023 hoặc 2023-06-14"
        case .invalidApology: return "ghi «có» hoặc «không»"
        case .dueBeforeReceived, .returnedBeforeReceived: return "kiểm tra lại các ngày của hồ sơ"
        case .notLate: return "xóa dòng này, hoặc sửa ngày trả, ngày kết thúc cho đúng"
        case .duplicateCode: return "mỗi hồ sơ chỉ kê một lần: xóa dòng trùng"
        case .moreThanReported: return "đối chiếu danh sách với bảng số liệu của kỳ và sửa bên sai"
        }
    }
}
