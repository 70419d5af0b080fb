/// An interface text whose one changing number is written into escaped parts made once, for
/// texts repeated over many rows (`{n} hồ sơ trễ hạn`): the other placeholders are filled and
/// the parts escaped when it is made, not for every row.
struct NumberedText {
    /// The escaped text between the places of the number (one part when it has none).
    private let parts: [String]

    /// `template` cut at every `{name}`, each part with `values` filled in and escaped.
    init(_ template: String, number name: String, _ values: KeyValuePairs<String, String> = [:]) {
        parts = template.components(separatedBy: "{" + name + "}").map { HTML.escape(Placeholders.fill($0, values)) }
    }

    /// Appends the text with `number`, already escaped, in the number's places.
    func append(_ number: String, to html: inout String) {
        html += parts[0]
        for part in parts.dropFirst() {
            html += number
            html += part
        }
    }
}
