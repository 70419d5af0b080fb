import Foundation

/// A cell of a table: a range of the file's bytes (files are read whole, so 32 bits suffice).
public struct Cell: Sendable, Equatable {
    let start: Int32
    let end: Int32
    /// True when the cell was quoted and held a doubled quote (`""`) to unescape.
    let escaped: Bool
}

/// A record of a table: its first physical line, where it starts, and its run of cells in
/// `Table.cells` (one flat array for the whole table: no allocation per row).
public struct Row: Sendable {
    let lineNumber: Int32
    let startOffset: Int32
    let firstCell: Int32
    /// How many cells the row has.
    let count: Int32

    public var line: Int { Int(lineNumber) }
    var start: Int { Int(startOffset) }
}

/// A delimited text table (CSV, TSV) read byte by byte, RFC 4180 quotes honoured; or a
/// workbook's sheet laid out the same way (`SheetTable`).
///
/// Cells stay ranges over the bytes: numbers are parsed without making strings, and places
/// (line, column) are worked out only when a diagnostic needs one.
public struct Table: Sendable {
    public let path: String
    let bytes: [UInt8]
    public let rows: [Row]
    let cells: [Cell]
    /// True for a sheet: a row's line is its row number, a cell's column its position in the
    /// row, and places read `bao-cao.xlsx › Sheet1!C12`.
    var isSheet = false

    /// The `index`-th cell of `row`, nil past its end.
    func cell(_ index: Int, of row: Row) -> Cell? {
        index >= 0 && index < Int(row.count) ? cells[Int(row.firstCell) + index] : nil
    }

    /// The cells of `row`.
    func cells(of row: Row) -> ArraySlice<Cell> { cells[Int(row.firstCell)..<Int(row.firstCell + row.count)] }

    /// The text of a cell, quotes removed, white space at both ends trimmed.
    public func text(_ cell: Cell) -> String {
        var slice = content(cell)
        while let first = slice.first, first == 0x20 || first == 0x09 || first == 0x0A || first == 0x0D { slice = slice.dropFirst() }
        while let last = slice.last, last == 0x20 || last == 0x09 || last == 0x0A || last == 0x0D { slice = slice.dropLast() }
        let raw = String(decoding: slice, as: UTF8.self)
        let text = cell.escaped ? raw.replacingOccurrences(of: "\"\"", with: "\"") : raw
        guard text.unicodeScalars.first?.properties.isWhitespace == true || text.unicodeScalars.last?.properties.isWhitespace == true else {
            return text
        }
        return text.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// The texts of a row's cells.
    public func texts(_ row: Row) -> [String] { cells(of: row).map(text) }

    /// The bytes of a cell without quotes, for number parsing.
    func content(_ cell: Cell) -> ArraySlice<UInt8> {
        var slice = bytes[Int(cell.start)..<Int(cell.end)]
        if slice.first == UInt8(ascii: "\"") {
            slice = slice.dropFirst()
            if slice.last == UInt8(ascii: "\"") { slice = slice.dropLast() }
        }
        return slice
    }

    /// Where a cell starts: line and column in characters, both 1-based; a sheet's cell.
    public func location(of cell: Cell, in row: Row) -> SourceLocation {
        guard isSheet else { return location(ofByte: Int(cell.start), from: row) }
        let position = cells(of: row).firstIndex { $0.start == cell.start }.map { $0 - Int(row.firstCell) } ?? 0
        return SourceLocation(file: path, line: row.line, column: position + 1, isCell: true)
    }

    /// Where a row starts.
    public func location(of row: Row) -> SourceLocation {
        SourceLocation(file: path, line: row.line, column: 1, isCell: isSheet)
    }

    func location(ofByte offset: Int, from row: Row) -> SourceLocation {
        var line = row.line
        var lineStart = row.start
        var i = row.start
        while i < offset {
            if bytes[i] == 0x0A || (bytes[i] == 0x0D && bytes[safe: i + 1] != 0x0A) {
                line += 1
                lineStart = i + 1
            }
            i += 1
        }
        let column = String(decoding: bytes[lineStart..<offset], as: UTF8.self).count + 1
        return SourceLocation(file: path, line: line, column: column)
    }
}

extension Array where Element == UInt8 {
    subscript(safe index: Int) -> UInt8? { indices.contains(index) ? self[index] : nil }
}
