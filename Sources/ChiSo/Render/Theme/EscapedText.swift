import Mustache

/// How `{{name}}` escapes a value in the theme's templates: `HTML.escape`, the same five
/// characters Mustache's own HTML content type escapes, read byte by byte instead of character
/// by character. Every template is parsed with it (`EscapedText.pragma` before its first line).
struct EscapedText: MustacheContentType {
    /// The content type's name, registered with Mustache once.
    static let name: String = {
        MustacheContentTypes.register(EscapedText(), named: "CHISO_HTML")
        return "CHISO_HTML"
    }()

    /// The pragma that selects it, on a line of its own before a template's first line (a
    /// standalone tag: the line leaves nothing in the output); a template may still choose another.
    static var pragma: String { "{{% CONTENT_TYPE: " + name + "}}\n" }

    func escapeText(_ text: String) -> String { HTML.escape(text) }
}
