/// An interface text cut at every `{name}`, for a part that changes from row to row (a number,
/// a link): the other placeholders are filled and the pieces escaped once, when it is made.
struct SplitText {
    /// The escaped text between the places of the part (one piece when it has none).
    private let pieces: [String]

    /// `template` cut at every `{name}`, each piece with `values` filled in and escaped.
    init(_ template: String, at name: String, _ values: KeyValuePairs<String, String> = [:]) {
        pieces = template.components(separatedBy: "{" + name + "}").map { HTML.escape(Placeholders.fill($0, values)) }
    }

    /// Appends the text with `html`, already escaped markup, in each of the part's places.
    func append(_ html: String, to text: inout String) {
        text += pieces[0]
        for piece in pieces.dropFirst() {
            text += html
            text += piece
        }
    }

    /// The text with `html` in each of the part's places.
    func with(_ html: String) -> String {
        var text = ""
        append(html, to: &text)
        return text
    }

    /// `template` escaped, with each `{name}` of `markup` replaced by its value, already escaped
    /// markup (links): for a text with more than one such part.
    static func markup(_ template: String, _ markup: KeyValuePairs<String, String>) -> String {
        Placeholders.fill(HTML.escape(template), markup)
    }
}
