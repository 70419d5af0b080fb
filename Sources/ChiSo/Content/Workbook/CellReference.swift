/// Cell references in A1 notation: `C12` is row 12, column 3; the last cell of a sheet is `XFD1048576`.
enum CellReference {
    /// Excel's last row.
    static let maxRow = 1_048_576
    /// Excel's last column, XFD.
    static let maxColumn = 16_384

    /// `C12` for row 12, column 3; `AA1` for row 1, column 27.
    static func text(row: Int, column: Int) -> String {
        var letters: [Character] = []
        var rest = column
        while rest > 0 {
            let digit = (rest - 1) % 26
            letters.append(Character(Unicode.Scalar(UInt8(ascii: "A") + UInt8(digit))))
            rest = (rest - 1) / 26
        }
        return String(letters.reversed()) + String(row)
    }

    /// The row and column of `text` (`C12`, lower case allowed), nil when it is not a reference
    /// inside XFD1048576.
    static func parse(_ text: some StringProtocol) -> (row: Int, column: Int)? { parse(text.utf8) }

    /// The row and column of the UTF-8 `bytes` of a reference, as `parse(_:)` of its text.
    ///
    /// - Complexity: O(`bytes.count`), without allocating.
    static func parse(_ bytes: some Collection<UInt8>) -> (row: Int, column: Int)? {
        var index = bytes.startIndex
        var column = 0
        while index < bytes.endIndex, let letter = letterValue(bytes[index]) {
            column = column * 26 + letter
            bytes.formIndex(after: &index)
            guard column <= maxColumn else { return nil }
        }
        guard index != bytes.startIndex, let row = number(bytes[index...]), row <= maxRow else { return nil }
        return (row, column)
    }

    /// A range `A1:C3`, or a single cell `B2` as a one-cell range, with first and last put in order;
    /// nil when either end is not a reference.
    static func range(_ text: some StringProtocol) -> CellRange? {
        let ends = text.split(separator: ":", omittingEmptySubsequences: false)
        guard (1...2).contains(ends.count), let first = parse(ends[0]), let last = parse(ends[ends.count - 1]) else { return nil }
        return CellRange(
            firstRow: min(first.row, last.row), firstColumn: min(first.column, last.column),
            lastRow: max(first.row, last.row), lastColumn: max(first.column, last.column))
    }

    /// The UTF-8 `bytes` of a row number as written in `<row r="12">`: 1 through `maxRow`, nil otherwise.
    static func row(_ bytes: some Collection<UInt8>) -> Int? {
        number(bytes).flatMap { $0 <= maxRow ? $0 : nil }
    }

    /// A positive decimal number of at most seven digits.
    private static func number(_ digits: some Collection<UInt8>) -> Int? {
        guard (1...7).contains(digits.count), digits.allSatisfy({ (0x30...0x39).contains($0) }) else { return nil }
        let value = digits.reduce(0) { $0 * 10 + Int($1 - 0x30) }
        return value > 0 ? value : nil
    }

    /// 1 for `A` or `a` … 26 for `Z`.
    private static func letterValue(_ byte: UInt8) -> Int? {
        switch byte {
        case 0x41...0x5A: Int(byte - 0x40)
        case 0x61...0x7A: Int(byte - 0x60)
        default: nil
        }
    }
}
