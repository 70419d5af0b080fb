/// The text of a string item (`<si>` or `<is>`): plain `<t>` or rich runs `<r><t>`, joined, without
/// phonetic runs `<rPh>`; stops collecting past `Workbook.cellTextLimit` UTF-16 units, as Excel counts.
struct RunText {
    private var collected = ""
    private var length = 0
    private var depthInText = 0
    private var inPhonetic = false

    /// The text, or nil when it grew past the limit.
    var text: String? { length > Workbook.cellTextLimit ? nil : collected }

    mutating func start(_ name: Substring) {
        if name == "rPh" { inPhonetic = true }
        if name == "t" && !inPhonetic { depthInText += 1 }
    }

    mutating func end(_ name: Substring) {
        if name == "rPh" { inPhonetic = false }
        if name == "t" && !inPhonetic && depthInText > 0 { depthInText -= 1 }
    }

    mutating func append(_ string: String) {
        guard depthInText > 0, length <= Workbook.cellTextLimit else { return }
        length += string.utf16.count
        if length <= Workbook.cellTextLimit { collected += string }
    }
}
