import Mustache
import TOMLKit

typealias MustacheTemplateError = MustacheTemplate.Error

extension MustacheTemplate.Error {
    /// The parser's error in Vietnamese, with the English term for a search.
    var words: String {
        switch self {
        case .sectionCloseNameIncorrect: "thẻ đóng {{/…}} không khớp tên thẻ mở (section close name incorrect)"
        case .unfinishedName: "thẻ chưa đóng bằng }} (unfinished tag)"
        case .expectedSectionEnd: "thiếu thẻ đóng {{/…}} (expected section end)"
        case .invalidSetDelimiter: "thẻ đổi dấu phân cách {{=…=}} sai (invalid set delimiter)"
        case .transformAppliedToInheritanceSection: "không dùng phép biến đổi trong khối kế thừa"
        case .illegalTokenInsideInheritSection: "thẻ không được phép trong khối kế thừa {{<…}}"
        case .textInsideInheritSection: "chữ nằm trực tiếp trong khối kế thừa {{<…}}: đặt vào một khối {{$…}}"
        case .invalidConfigVariableSyntax: "thẻ cấu hình {{% …}} sai"
        case .unrecognisedConfigVariable: "thẻ cấu hình {{% …}} không rõ"
        }
    }
}

/// Checks a theme folder read into memory and assembles the `Theme` the render stage uses.
public enum ThemeCheck {
    /// The theme when every template parses and strings.toml has every text, and every problem found.
    public static func check(_ files: ContentFiles) -> (Theme?, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        var library = MustacheLibrary()
        for template in Theme.Template.allCases where files.files[template.rawValue + ".mustache"] == nil {
            diagnostics.append(Diagnostic(ThemeProblem.missingTemplate(name: template.rawValue), at: place(files, template.rawValue + ".mustache")))
        }
        for name in files.files.keys.sorted() where name.hasSuffix(".mustache") && !name.contains("/") {
            switch TextBytes.decode(files.files[name]!, path: files.display(name)) {
            case .failure(let diagnostic): diagnostics.append(diagnostic)
            case .success(let text):
                do {
                    let template = try MustacheTemplate(string: EscapedText.pragma + text.string)
                    library.register(template, named: String(name.dropLast(".mustache".count)))
                } catch let error as MustacheTemplate.ParserError {
                    let at = SourceLocation(file: files.display(name), line: max(1, error.context.lineNumber - 1), column: error.context.columnNumber)
                    diagnostics.append(Diagnostic(ThemeProblem.templateSyntax(ThemeProblem.reason(error.error)), at: at))
                } catch {
                    diagnostics.append(Diagnostic(ThemeProblem.templateSyntax("\(error)"), at: place(files, name)))
                }
            }
        }
        let (strings, stringDiagnostics) = readStrings(files)
        diagnostics += stringDiagnostics
        let assets = files.files.keys.filter { $0.hasPrefix("assets/") }.sorted().map { OutputFile(path: $0, bytes: files.files[$0]!) }
        guard let strings, diagnostics.isEmpty else { return (nil, diagnostics) }
        return (Theme(library: library, strings: strings, assets: assets), diagnostics)
    }

    /// strings.toml flattened to dotted keys, one level of tables deep.
    private static func readStrings(_ files: ContentFiles) -> (Strings?, [Diagnostic]) {
        let name = "strings.toml"
        guard let raw = files.files[name] else {
            return (nil, [Diagnostic(FileProblem.missing(name: name), at: place(files, name))])
        }
        let text: TextBytes
        switch TextBytes.decode(raw, path: files.display(name)) {
        case .failure(let diagnostic): return (nil, [diagnostic])
        case .success(let decoded): text = decoded
        }
        let reader: TOMLReader
        switch TOMLReader.parse(text.string, path: files.display(name)) {
        case .failure(let diagnostic): return (nil, [diagnostic])
        case .success(let parsed): reader = parsed
        }
        var texts: [String: String] = [:]
        var diagnostics: [Diagnostic] = []
        func add(_ key: String, _ value: any TOMLValueConvertible, section: String?) {
            if let string = value.string {
                texts[section.map { $0 + "." + key } ?? key] = string.precomposedStringWithCanonicalMapping
            } else {
                let at = reader.places.place(of: key, in: section, index: 0)
                diagnostics.append(Diagnostic(ThemeProblem.textNotString(key: section.map { $0 + "." + key } ?? key), at: at))
            }
        }
        for key in reader.table.keys.sorted() {
            guard let value = reader.table[key] else { continue }
            if let table = value.table {
                for inner in table.keys.sorted() { table[inner].map { add(inner, $0, section: key) } }
            } else {
                add(key, value, section: nil)
            }
        }
        let end = SourceLocation(file: files.display(name), line: text.string.count { $0 == "\n" } + 1, column: 1)
        for key in Strings.required where texts[key] == nil {
            diagnostics.append(Diagnostic(ThemeProblem.missingText(key: key), at: end))
        }
        return (Strings(texts), diagnostics)
    }

    private static func place(_ files: ContentFiles, _ name: String) -> SourceLocation {
        SourceLocation(file: files.display(name), line: 1, column: 1)
    }
}
