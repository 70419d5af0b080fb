/// An interface text with its `{name}` places found once, for a text filled in again and again
/// (a rank or a move in every row of a table): filling it copies pieces instead of reading the
/// template each time. The same result as `Placeholders.fill` with the same names.
struct PreparedText: Sendable {
    /// The text around the places: one more piece than places.
    private let pieces: [String]
    /// The name of each place, in order.
    private let names: [String]

    /// `template` with the places of `names` found; other braces stay text.
    init(_ template: String, names wanted: [String]) {
        var pieces: [String] = []
        var names: [String] = []
        var rest = Substring(template)
        var piece = ""
        while let open = rest.firstIndex(of: "{") {
            piece += rest[..<open]
            let after = rest[rest.index(after: open)...]
            if let close = after.firstIndex(of: "}"), wanted.contains(String(after[..<close])) {
                pieces.append(piece)
                names.append(String(after[..<close]))
                piece = ""
                rest = after[after.index(after: close)...]
            } else {
                piece += "{"
                rest = after
            }
        }
        pieces.append(piece + rest)
        self.pieces = pieces
        self.names = names
    }

    /// The text with each place given its value in `values`.
    func fill(_ values: KeyValuePairs<String, String>) -> String {
        var text = pieces[0]
        for (index, name) in names.enumerated() {
            text += values.first { $0.key == name }?.value ?? "{\(name)}"
            text += pieces[index + 1]
        }
        return text
    }

    /// Appends the same text to `markup`, escaped as `Markup.append(text:)` escapes it, piece by
    /// piece: escaping works character by character, so the pieces escaped one by one are the
    /// whole text escaped, without making the whole text first.
    func append(_ values: KeyValuePairs<String, String>, to markup: inout Markup) {
        markup.append(text: pieces[0])
        for (index, name) in names.enumerated() {
            if let value = values.first(where: { $0.key == name })?.value {
                markup.append(text: value)
            } else {
                markup += "{\(text: name)}"
            }
            markup.append(text: pieces[index + 1])
        }
    }
}
