/// Problems of a workbook's sheet as a dataset, each at its sheet or cell.
public enum SheetProblem: Problem, Equatable {
    /// A formula Excel never computed: no value is stored with it.
    case uncachedFormula
    /// A visible sheet with no table chiso knows (a cover page, notes): skipped.
    case noTable(sheet: String)
    /// A workbook whose visible sheets hold no table chiso knows.
    case noSheetWithTable

    public var severity: Severity {
        switch self {
        case .noTable: .warning
        case .uncachedFormula, .noSheetWithTable: .error
        }
    }

    public var description: String {
        switch self {
        case .uncachedFormula: return "ô có công thức nhưng Excel chưa tính và lưu giá trị của nó"
        case .noTable(let sheet): return "trang «\(sheet)» không có bảng số liệu (không thấy cột tên đơn vị), bỏ qua trang này"
        case .noSheetWithTable: return "không trang nào của sổ làm việc có bảng số liệu (không thấy cột tên đơn vị)"
        }
    }

    public var fix: String {
        switch self {
        case .uncachedFormula: return "mở tệp bằng Excel, để Excel tính xong, rồi lưu lại tệp (Ctrl+S)"
        case .noTable: return "không cần sửa nếu trang này chỉ là bìa hoặc ghi chú; nếu là bảng số liệu, thêm dòng tiêu đề có cột «Đơn vị»"
        case .noSheetWithTable: return "đặt bảng số liệu có dòng tiêu đề với cột «Đơn vị» (hoặc «Tên đơn vị») vào một trang của sổ làm việc"
        }
    }
}
