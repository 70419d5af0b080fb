/// Problems in the shape and cells of a dataset table.
public enum TableProblem: Problem, Equatable {
    case unclosedQuote
    /// No row with a unit column; `nearest` is the line that looks most like a header, if any.
    case noHeader(accepted: [String], nearest: Int?)
    case unknownColumn(label: String, suggestion: String?)
    case unknownGroup(group: String, label: String)
    case notInGroup(group: String, label: String)
    case needsGroup(label: String)
    case ambiguousIntake(label: String)
    case duplicateColumn(label: String, first: String, meaning: ColumnMeaning)
    case secondUnitColumn(label: String)
    case missingUnit
    case cellOutsideHeader
    case secondTotalRow(firstLine: Int)
    case secondTable(header: String)
    case notACount(text: String, label: String)
    case countTooLarge(text: String, label: String)
    /// Excel's or LibreOffice's error value in a cell: read as no data.
    case spreadsheetError(text: String, label: String)
    case negativeCount(value: Int, label: String)
    case notARate(text: String, label: String)
    case rateOutOfRange(text: String, label: String)
    /// A rate column that holds fractions (0,4886) rather than percentages (48,86).
    case rateAsFraction(text: String, label: String, percent: String)

    public var severity: Severity {
        if case .spreadsheetError = self { return .warning }
        return .error
    }

    public var description: String {
        switch self {
        case .unclosedQuote:
            return "dấu ngoặc kép mở ở đây không được đóng đến hết tệp"
        case .noHeader(let accepted, let nearest):
            let guess = nearest.map { "; dòng \($0) giống dòng tiêu đề nhất nhưng không có cột tên đơn vị" } ?? ""
            return "không tìm thấy dòng tiêu đề có cột tên đơn vị trong \(DatasetHeader.searchDepth) dòng đầu\(guess); "
                + "tên cột đơn vị được chấp nhận: \(accepted.joined(separator: ", "))"
        case .unknownColumn(let label, let suggestion):
            let guess = suggestion.map { " (có phải «\($0)»?)" } ?? ""
            return "cột «\(label)» không rõ nghĩa\(guess)"
        case .unknownGroup(let group, let label):
            return "cột «\(label)»: nhóm «\(group)» không rõ nghĩa, nên không biết «\(label)» thuộc hồ sơ nào"
        case .notInGroup(let group, let label):
            return "cột «\(label)»: nhóm «\(group)» không có cột như vậy, nên không biết cột này đếm hồ sơ nào"
        case .ambiguousIntake(let label):
            return "cột «\(label)» có thể là tổng số hồ sơ phải giải quyết (gồm cả hồ sơ kỳ trước chuyển qua) "
                + "hoặc chỉ số hồ sơ mới tiếp nhận trong kỳ, không biết là số nào"
        case .needsGroup(let label):
            return "cột «\(label)» không có nhóm ở dòng tiêu đề phía trên, nên không biết cột này đếm hồ sơ nào "
                + "(đã giải quyết, đang giải quyết hay tất cả)"
        case .duplicateColumn(let label, let first, let meaning):
            return "cột «\(label)» trùng nghĩa với cột «\(first)» (\(meaning.key))"
        case .secondUnitColumn(let label):
            return "cột «\(label)» là cột tên đơn vị thứ hai"
        case .missingUnit:
            return "dòng có số liệu nhưng không có tên đơn vị"
        case .cellOutsideHeader:
            return "ô có số liệu nằm ngoài các cột có tiêu đề"
        case .secondTable(let header):
            return "một dòng tiêu đề khác với dòng tiêu đề đầu bảng («\(header)»): có vẻ một bảng thứ hai bắt đầu ở đây; "
                + "mỗi tệp chỉ đọc một bảng, các dòng từ đây trở đi bị bỏ qua"
        case .secondTotalRow(let firstLine):
            return "dòng tổng thứ hai trong tệp (dòng tổng đầu tiên ở dòng \(firstLine))"
        case .notACount(let text, let label):
            return "cột «\(label)» cần số nguyên (số hồ sơ), gặp «\(text)»"
        case .countTooLarge(let text, let label):
            return "cột «\(label)»: «\(text)» quá lớn để là số hồ sơ (tối đa \(NumberText.maxCount))"
        case .spreadsheetError(let text, let label):
            return "cột «\(label)»: ô ghi lỗi của Excel «\(text)», đọc là không có số liệu"
        case .negativeCount(let value, let label):
            return "cột «\(label)»: số hồ sơ không thể âm, gặp \(value)"
        case .notARate(let text, let label):
            return "cột «\(label)» cần tỷ lệ phần trăm như 98,8, gặp «\(text)»"
        case .rateAsFraction(let text, let label, let percent):
            return "cột «\(label)»: mọi tỷ lệ trong cột đều từ 0 đến 1 và «\(text)» có hơn hai chữ số thập phân: "
                + "có vẻ là phân số (\(text) = \(percent) %), không phải phần trăm"
        case .rateOutOfRange(let text, let label):
            return "cột «\(label)»: tỷ lệ phải từ 0 đến 100, gặp «\(text)»"
        }
    }

    public var fix: String {
        switch self {
        case .unclosedQuote: return "thêm dấu \" đóng ở cuối ô, hoặc xóa dấu \" thừa"
        case .noHeader(_, nil): return "thêm dòng tiêu đề, với một cột tên «Đơn vị» (hoặc «unit») cho tên đơn vị"
        case .noHeader: return "đặt tên cột tên đơn vị ở dòng đó là «Đơn vị» (hoặc «unit»)"
        case .unknownColumn(_, let suggestion?): return "đổi tiêu đề cột thành «\(suggestion)», hoặc xóa cột này"
        case .unknownColumn: return "đổi tiêu đề cột thành một tên được chấp nhận (danh sách ở cuối, và trong docs/noi-dung.md), hoặc xóa cột này"
        case .unknownGroup, .notInGroup: return "đặt tên nhóm như biểu mẫu: " + Self.groupNames
        case .ambiguousIntake:
            return "đổi tên cột thành «Số mới tiếp nhận» nếu chỉ là hồ sơ nhận trong kỳ, hoặc «Số hồ sơ nhận giải quyết» nếu gồm cả hồ sơ kỳ trước chuyển qua"
        case .needsGroup(let label):
            return "thêm nhóm ở dòng phía trên, đặt tên như biểu mẫu (\(Self.groupNames)), hoặc đổi tên cột «\(label)» cho rõ "
                + "(«Hồ sơ quá hạn», «Trả quá hạn», «Đang giải quyết quá hạn», «Chưa đến hạn», «Tổng số hồ sơ»)"
        case .duplicateColumn: return "giữ một trong hai cột và xóa cột kia"
        case .secondUnitColumn: return "giữ một cột tên đơn vị và xóa cột kia"
        case .missingUnit: return "điền tên đơn vị vào ô này, hoặc xóa dòng"
        case .cellOutsideHeader: return "thêm tiêu đề cho cột này, hoặc xóa số liệu thừa"
        case .secondTable:
            return "tách bảng này ra một tệp .csv hoặc .tsv riêng trong cùng thư mục kỳ; nếu đây là tiêu đề lặp lại sau ngắt trang, "
                + "sửa cho giống hệt dòng tiêu đề đầu bảng, hoặc xóa dòng"
        case .secondTotalRow: return "giữ một dòng tổng và xóa dòng kia"
        case .notACount: return "ghi số nguyên như 1234 hoặc 1.234; để trống (hoặc ghi -) khi không có số liệu"
        case .countTooLarge: return "kiểm tra lại số này: có thể ô bị dán nhầm (mã số, số điện thoại) hoặc thừa chữ số"
        case .spreadsheetError: return "mở bảng tính, sửa công thức của ô này rồi lưu lại thành CSV; nếu đơn vị không có số liệu, để trống ô"
        case .negativeCount: return "sửa lại số hồ sơ cho đúng (0 trở lên)"
        case .notARate: return "ghi tỷ lệ như 98,8 hoặc 98.8; để trống (hoặc ghi -) khi không có số liệu"
        case .rateAsFraction(let text, _, let percent):
            return "trong Excel, định dạng cột là phần trăm (%) rồi lưu lại, hoặc ghi tỷ lệ dạng phần trăm (\(text) → \(percent)); "
                + "nếu tỷ lệ thật sự dưới 1 %, ghi với hai chữ số thập phân"
        case .rateOutOfRange: return "ghi tỷ lệ phần trăm từ 0 đến 100 (98,8 chứ không phải 0,988)"
        }
    }
}

extension TableProblem {
    public var reference: String? {
        guard case .unknownColumn = self else { return nil }
        return "Các cột được chấp nhận (tên trường và một tên tiếng Việt; docs/noi-dung.md có đủ các tên): " + LabelCatalogue.shared.summary
    }

    /// The official form's group labels, quoted, for fixes.
    private static let groupNames = Labels.officialGroups.map { "«\($0)»" }.joined(separator: ", ")
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
        case .remark: "ghi chú"
        }
    }
}
