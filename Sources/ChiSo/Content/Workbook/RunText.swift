/// The text of a string item (`<si>` or `<is>`): plain `<t>` or rich runs `<r><t>`, joined, without
/// phonetic runs `<rPh>`; stops collecting past `Workbook.cellTextLimit` UTF-16 units, as Excel counts.
struct RunText {
    private var collected = CellText()
    private var depthInText = 0
    private var inPhonetic = false

    /// The text, or nil when it grew past the limit.
    var text: String? { collected.string }

    /// Whether the text grew past the limit.
    var isTooLong: Bool { collected.isTooLong }

    /// An element inside the item opens.
    mutating func start(_ name: XMLName) {
        if name == "rPh" { inPhonetic = true }
        if name == "t" && !inPhonetic { depthInText += 1 }
    }

    /// An element inside the item closes.
    mutating func end(_ name: XMLName) {
        if name == "rPh" { inPhonetic = false }
        if name == "t" && !inPhonetic && depthInText > 0 { depthInText -= 1 }
    }

    /// Text inside the item: kept when it is inside a `<t>` that is not phonetic.
    ///
    /// - Complexity: O(`piece.count`).
    mutating func append(_ piece: UnsafeBufferPointer<UInt8>) {
        guard depthInText > 0 else { return }
        collected.append(piece)
    }

    /// Starts a new item, keeping the storage of the last.
    mutating func reset() {
        collected.removeAll()
        depthInText = 0
        inPhonetic = false
    }
}
