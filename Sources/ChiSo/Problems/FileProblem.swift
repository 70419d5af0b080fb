/// Problems with a file as a whole: its encoding, its syntax, its presence.
public enum FileProblem: Problem, Equatable {
    /// Not UTF-8 (Excel's plain "CSV" on Vietnamese Windows saves Windows-1258).
    case notUTF8(byte: UInt8)
    /// UTF-16, as Excel's "Unicode Text" saves.
    case utf16
    /// A required file is missing.
    case missing(name: String)
    /// TOML that does not parse; the parser's own words.
    case tomlSyntax(String)
    /// A period folder without a dataset.
    case noDataset
    /// A file in a period folder that chiso does not use.
    case ignoredFile(name: String)
    /// A table file with nothing in it.
    case empty
    /// A content folder without a single period.
    case noPeriods
    /// A table of 2 GB or more.
    case tooLarge
    /// An extra page with no heading to take its title from.
    case pageWithoutTitle

    public var severity: Severity {
        switch self {
        case .ignoredFile, .pageWithoutTitle: .warning
        default: .error
        }
    }

    public var description: String {
        switch self {
        case .notUTF8(let byte):
            let hex = String(byte, radix: 16, uppercase: true)
            return "tệp không phải UTF-8 (byte 0x\(hex) không hợp lệ); có lẽ tệp được lưu theo bảng mã Windows-1258"
        case .utf16: return "tệp được lưu theo bảng mã UTF-16 («Unicode Text» của Excel), không phải UTF-8"
        case .missing(let name): return "thiếu tệp \(name)"
        case .tomlSyntax(let message): return "cú pháp TOML sai: \(message)"
        case .noDataset: return "kỳ báo cáo không có tệp số liệu .xlsx, .csv hoặc .tsv nào"
        case .ignoredFile(let name): return "tệp «\(name)» không được dùng"
        case .empty: return "tệp trống"
        case .noPeriods: return "chưa có kỳ báo cáo nào: thư mục periods/ trống hoặc không có"
        case .tooLarge: return "tệp lớn hơn 2 GB"
        case .pageWithoutTitle: return "trang không có tiêu đề: tiêu đề trang là dòng tiêu đề đầu tiên (dòng bắt đầu bằng #)"
        }
    }

    public var fix: String {
        switch self {
        case .notUTF8, .utf16:
            return "mở tệp bằng Excel, chọn Tệp › Lưu thành, kiểu tệp «CSV UTF-8 (phân tách bằng dấu phẩy)», rồi lưu đè"
        case .missing(let name): return "tạo tệp \(name) theo mẫu trong docs/noi-dung.md"
        case .tomlSyntax: return "sửa dòng này theo mẫu trong docs/noi-dung.md; chuỗi chữ đặt trong dấu ngoặc kép"
        case .noDataset: return "đặt bảng số liệu của kỳ vào thư mục này (tệp Excel .xlsx, hoặc CSV UTF-8), hoặc xóa thư mục kỳ"
        case .ignoredFile: return "xóa tệp hoặc chuyển nó ra khỏi thư mục content/"
        case .empty: return "điền nội dung theo mẫu trong docs/noi-dung.md, hoặc xóa tệp"
        case .noPeriods: return "tạo thư mục periods/<mã kỳ>/ với period.toml và bảng số liệu của kỳ (xem docs/noi-dung.md)"
        case .tooLarge: return "chia bảng thành nhiều tệp nhỏ hơn trong cùng thư mục kỳ"
        case .pageWithoutTitle: return "thêm một dòng như «# Giới thiệu» ở đầu trang"
        }
    }
}
