/// Problems with an Excel workbook (`.xlsx`) as a file: its format, its zip, its XML, its cells.
/// A problem at a cell names the cell and its sheet in the sentence ("ô C12 của trang «Sheet1»").
public enum WorkbookProblem: Error, Problem, Equatable {
    /// Not a zip, nor a spreadsheet format that chiso recognises.
    case notZip
    /// A zip that does not read: truncated, damaged, or using what Excel never writes.
    case corruptZip(reason: String)
    /// An OLE2 file without encryption streams: Excel 97–2003.
    case legacyXLS
    /// An OLE2 file holding `EncryptionInfo`/`EncryptedPackage`: a workbook with a password.
    case encrypted
    /// An OpenDocument spreadsheet (`.ods`).
    case openDocument
    /// An Excel binary workbook (`.xlsb`).
    case binaryWorkbook
    /// A part whose declared size is past `Workbook.partLimit`.
    case partTooLarge(part: String, size: UInt64)
    /// Parts that together are past `Workbook.totalLimit`.
    case workbookTooLarge
    /// A part that inflates to more than its declared size.
    case inflatesPastSize(part: String)
    /// A part with `<!DOCTYPE` or `<!ENTITY`.
    case doctype(part: String)
    /// A part that is not UTF-8, or holds a zero byte; the line of the first bad byte.
    case notUTF8(part: String, line: Int)
    /// A tag with more than `XMLGuard.attributeLimit` attributes, or more than
    /// `PartHandler.namespaceLimit` namespaces declared at once; the line inside the part.
    case excessiveMarkup(part: String, line: Int)
    /// A part whose XML declaration names another encoding than UTF-8.
    case foreignEncoding(part: String, encoding: String)
    /// XML that does not parse; line and column inside the part.
    case malformedXML(part: String, line: Int, column: Int)
    /// XML that ends before its root element closes.
    case truncatedXML(part: String)
    /// A shared string longer than `Workbook.cellTextLimit`; `index` counts from 0, as cells refer to it.
    case sharedStringTooLong(index: Int)
    /// A required part is missing.
    case missingPart(String)
    /// A sheet whose relationship points to a part that is not in the zip.
    case missingSheetPart(sheet: String, part: String)
    /// A sheet whose relationship id is not in the workbook's relationships.
    case missingRelationship(sheet: String, id: String)
    /// A cell, row or merged range reference past XFD1048576 or not a reference at all.
    case badReference(sheet: String, text: String)
    /// More than `Workbook.cellLimit` cells and merged ranges in the workbook.
    case tooManyCells
    /// A cell's text longer than `Workbook.cellTextLimit`.
    case cellTooLong(sheet: String, cell: String)
    /// A cell that refers to a shared string the workbook does not have.
    case missingSharedString(sheet: String, cell: String, index: String, count: Int)
    /// A cell whose value does not fit its type (a number cell holding letters, a boolean of 2).
    case badValue(sheet: String, cell: String, text: String)
    /// A number in a date format that is no day (negative, 0, 60 in the 1900 system, past 9999).
    case badDate(sheet: String, cell: String, text: String)

    public var description: String {
        switch self {
        case .notZip: return "tệp không phải tệp Excel .xlsx (không phải tệp zip)"
        case .corruptZip(let reason): return "tệp .xlsx bị hỏng hoặc không trọn vẹn: \(reason)"
        case .legacyXLS: return "tệp là bảng tính Excel 97–2003 (.xls); chiso chỉ đọc sổ làm việc .xlsx"
        case .encrypted: return "sổ làm việc được đặt mật khẩu (mã hóa) nên chiso không đọc được"
        case .openDocument: return "tệp là bảng tính OpenDocument (.ods); chiso chỉ đọc sổ làm việc Excel .xlsx"
        case .binaryWorkbook: return "tệp là sổ làm việc nhị phân Excel (.xlsb); chiso chỉ đọc sổ làm việc .xlsx"
        case .partTooLarge(let part, let size):
            return "phần «\(part)» của tệp giải nén ra \(Self.megabytes(size)) MB, quá giới hạn \(Self.megabytes(Workbook.partLimit)) MB"
        case .workbookTooLarge:
            return "các phần của tệp giải nén ra hơn \(Self.megabytes(Workbook.totalLimit)) MB, quá giới hạn cho một sổ làm việc"
        case .inflatesPastSize(let part):
            return "phần «\(part)» giải nén ra nhiều hơn kích thước ghi trong tệp zip: tệp bị hỏng hoặc cố ý làm tràn bộ nhớ (zip bomb)"
        case .doctype(let part):
            return
                "phần «\(part)» có khai báo <!DOCTYPE> hoặc <!ENTITY>, điều Excel không bao giờ ghi; chiso không đọc để tránh thực thể XML độc hại"
        case .notUTF8(let part, let line):
            return "phần «\(part)» không phải XML UTF-8 (byte sai ở dòng \(line)); Excel luôn ghi các phần của tệp bằng UTF-8"
        case .excessiveMarkup(let part, let line):
            return "phần «\(part)» có thẻ XML với hơn \(XMLGuard.attributeLimit) thuộc tính hoặc hơn \(PartHandler.namespaceLimit) "
                + "không gian tên (namespace) cùng lúc ở dòng \(line), điều Excel không bao giờ ghi"
        case .foreignEncoding(let part, let encoding):
            return "phần «\(part)» khai báo bảng mã «\(encoding)»; Excel luôn ghi các phần của tệp bằng UTF-8"
        case .malformedXML(let part, let line, let column):
            return "phần «\(part)» có XML sai cú pháp ở dòng \(line), cột \(column)"
        case .truncatedXML(let part): return "phần «\(part)» kết thúc giữa chừng: XML không trọn vẹn"
        case .sharedStringTooLong(let index):
            return
                "chuỗi dùng chung thứ \(index + 1) (số «\(index)» trong các ô) dài hơn \(DisplayNumber.count(Workbook.cellTextLimit)) ký tự, "
                + "giới hạn của chính Excel"
        case .missingPart(let part): return "thiếu phần «\(part)»: tệp không phải sổ làm việc Excel hoặc bị hỏng"
        case .missingSheetPart(let sheet, let part): return "trang «\(sheet)» trỏ đến phần «\(part)» không có trong tệp"
        case .missingRelationship(let sheet, let id):
            return "trang «\(sheet)» trỏ đến quan hệ «\(id)» không có trong xl/_rels/workbook.xml.rels"
        case .badReference(let sheet, let text):
            return "trang «\(sheet)»: địa chỉ «\(text)» không hợp lệ (sai dạng hoặc nằm ngoài XFD1048576, ô cuối cùng của Excel)"
        case .tooManyCells:
            return "sổ làm việc có hơn \(DisplayNumber.count(Workbook.cellLimit)) ô có dữ liệu (kể cả vùng gộp ô)"
        case .cellTooLong(let sheet, let cell):
            return "\(Self.place(cell, sheet)) dài hơn \(DisplayNumber.count(Workbook.cellTextLimit)) ký tự, giới hạn của chính Excel"
        case .missingSharedString(let sheet, let cell, let index, let count):
            return "\(Self.place(cell, sheet)) dùng chuỗi dùng chung số «\(index)» nhưng tệp chỉ có \(count) chuỗi"
        case .badValue(let sheet, let cell, let text):
            return "\(Self.place(cell, sheet)) ghi giá trị «\(text)» không đúng với kiểu của ô"
        case .badDate(let sheet, let cell, let text):
            return "\(Self.place(cell, sheet)) có định dạng ngày nhưng «\(text)» không phải một ngày có thật"
        }
    }

    public var fix: String {
        switch self {
        case .legacyXLS, .openDocument, .binaryWorkbook, .notZip:
            return "mở tệp bằng Excel (hoặc LibreOffice Calc), chọn Tệp › Lưu thành, kiểu tệp «Sổ làm việc Excel (.xlsx)», rồi dùng tệp mới"
        case .encrypted:
            return "mở tệp bằng Excel, gỡ mật khẩu (Tệp › Thông tin › Bảo vệ Sổ làm việc › Mã hóa bằng Mật khẩu, xóa mật khẩu), "
                + "rồi lưu thành «Sổ làm việc Excel (.xlsx)»"
        case .corruptZip, .missingPart, .missingSheetPart, .missingRelationship, .malformedXML, .truncatedXML, .notUTF8, .foreignEncoding,
            .badReference:
            return "chép lại tệp từ bản gốc; nếu Excel vẫn mở được, lưu lại thành «Sổ làm việc Excel (.xlsx)»"
        case .partTooLarge, .workbookTooLarge, .tooManyCells:
            return "chỉ giữ trong sổ làm việc các bảng số liệu của kỳ, hoặc chép bảng cần dùng sang một sổ làm việc mới"
        case .inflatesPastSize, .doctype, .excessiveMarkup:
            return "kiểm tra nguồn của tệp; nếu tệp do Excel tạo, mở bằng Excel và lưu lại thành «Sổ làm việc Excel (.xlsx)»"
        case .cellTooLong: return "rút ngắn nội dung ô này, hoặc xóa ô nếu không phải số liệu"
        case .sharedStringTooLong:
            return
                "kiểm tra nguồn của tệp (Excel không ghi được ô dài như vậy); tìm ô có nội dung dài bất thường, rút ngắn hoặc xóa nó rồi lưu lại"
        case .missingSharedString: return "mở tệp bằng Excel và lưu lại thành «Sổ làm việc Excel (.xlsx)» để Excel ghi lại bảng chuỗi"
        case .badValue, .badDate: return "sửa giá trị của ô trong Excel (hoặc xóa định dạng ngày nếu ô là số), rồi lưu lại"
        }
    }

    /// "ô C12 của trang «Sheet1»".
    private static func place(_ cell: String, _ sheet: String) -> String { "ô \(cell) của trang «\(sheet)»" }

    /// Whole megabytes (MiB) of `bytes`.
    private static func megabytes(_ bytes: some BinaryInteger) -> UInt64 { UInt64(bytes) >> 20 }
}
