/// Problems in a theme folder: its templates and its strings file.
public enum ThemeProblem: Problem, Equatable {
    /// A template that does not parse; the reason in words.
    case templateSyntax(String)
    /// A page kind without its template.
    case missingTemplate(name: String)
    /// A key of strings.toml whose value is not text.
    case textNotString(key: String)
    /// A text the generator needs that strings.toml lacks.
    case missingText(key: String)

    public var description: String {
        switch self {
        case .templateSyntax(let reason): return "mẫu trang sai cú pháp Mustache: \(reason)"
        case .missingTemplate(let name): return "thiếu mẫu trang «\(name).mustache»"
        case .textNotString(let key): return "«\(key)» trong strings.toml phải là chữ trong dấu ngoặc kép"
        case .missingText(let key): return "strings.toml thiếu chữ cho khóa «\(key)»"
        }
    }

    public var fix: String {
        switch self {
        case .templateSyntax: return "sửa thẻ {{…}} ở vị trí này cho khớp; so với mẫu gốc trong site-templates/ của chiso"
        case .missingTemplate(let name): return "chép «\(name).mustache» từ site-templates/ của chiso vào thư mục mẫu"
        case .textNotString(let key): return "ghi «\(key) = \"…\"»"
        case .missingText(let key): return "thêm dòng cho «\(key)» (chép từ strings.toml gốc của chiso)"
        }
    }

    /// The reason of a Mustache parser error, in words.
    static func reason(_ error: any Error) -> String {
        guard let error = error as? MustacheTemplateError else { return "\(error)" }
        return error.words
    }
}
