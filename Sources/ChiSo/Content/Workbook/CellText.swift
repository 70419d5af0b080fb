/// The text of one cell collected from the pieces the parser delivers, counted in UTF-16 units as
/// Excel counts; past `Workbook.cellTextLimit` units it stops collecting and is too long.
struct CellText {
    /// The UTF-8 bytes collected.
    private var bytes: [UInt8] = []
    /// Their length in UTF-16 units.
    private var length = 0

    /// Whether the text grew past the limit.
    var isTooLong: Bool { length > Workbook.cellTextLimit }

    /// The text, nil when it grew past the limit.
    var string: String? { isTooLong ? nil : String(decoding: bytes, as: UTF8.self) }

    /// Adds `piece`, whole UTF-8 characters or not (a byte that starts a character counts one unit,
    /// one that starts a four-byte character two, a continuation byte none).
    ///
    /// - Complexity: O(`piece.count`).
    mutating func append(_ piece: UnsafeBufferPointer<UInt8>) {
        guard !isTooLong else { return }
        for byte in piece where byte & 0xC0 != 0x80 { length += byte >= 0xF0 ? 2 : 1 }
        if !isTooLong { bytes.append(contentsOf: piece) }
    }

    /// Empties the text, keeping its storage for the next cell.
    mutating func removeAll() {
        bytes.removeAll(keepingCapacity: true)
        length = 0
    }
}
