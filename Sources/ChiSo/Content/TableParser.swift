/// Splits delimited text into rows and cells (RFC 4180), counting physical lines.
enum TableParser {
    static let quote = UInt8(ascii: "\"")
    static let lf: UInt8 = 0x0A
    static let cr: UInt8 = 0x0D

    /// Parses the text into rows; an unclosed quote ends the table there and is reported at the
    /// place it opened. Blank lines (nothing but delimiters and spaces) are skipped.
    static func parse(_ text: TextBytes, path: String, delimiter: UInt8, limit: Int = .max) -> (table: Table, error: Diagnostic?) {
        let bytes = text.bytes
        guard bytes.count < Int(Int32.max) else {
            let table = Table(path: path, bytes: [], rows: [], cells: [])
            return (table, Diagnostic(FileProblem.tooLarge, at: SourceLocation(file: path, line: 1, column: 1)))
        }
        var rows: [Row] = []
        var cells: [Cell] = []
        var rowFirstCell = 0
        var line = 1
        var rowLine = 1
        var rowStart = 0
        var i = 0
        let n = bytes.count
        while i <= n, rows.count < limit {
            let cellStart = i
            var escaped = false
            if i < n, bytes[i] == quote {
                let openLine = line
                i += 1
                while true {
                    guard i < n else {
                        let row = Row(lineNumber: Int32(rowLine), startOffset: Int32(rowStart), firstCell: 0, count: 0)
                        let table = Table(path: path, bytes: bytes, rows: rows, cells: Array(cells[..<rowFirstCell]))
                        var place = table.location(ofByte: cellStart, from: row)
                        place.line = openLine
                        return (table, Diagnostic(TableProblem.unclosedQuote, at: place))
                    }
                    if bytes[i] == quote {
                        if i + 1 < n, bytes[i + 1] == quote { escaped = true; i += 2; continue }
                        i += 1
                        break
                    }
                    if bytes[i] == lf || (bytes[i] == cr && (i + 1 >= n || bytes[i + 1] != lf)) { line += 1 }
                    i += 1
                }
            }
            while i < n, bytes[i] != delimiter, bytes[i] != lf, bytes[i] != cr { i += 1 }
            cells.append(Cell(start: Int32(cellStart), end: Int32(i), escaped: escaped))
            if i < n, bytes[i] == delimiter {
                i += 1
                continue
            }
            if isBlank(cells[rowFirstCell...], bytes) {
                cells.removeSubrange(rowFirstCell...)
            } else {
                rows.append(Row(lineNumber: Int32(rowLine), startOffset: Int32(rowStart), firstCell: Int32(rowFirstCell), count: Int32(cells.count - rowFirstCell)))
                rowFirstCell = cells.count
            }
            if i >= n { break }
            i += (bytes[i] == cr && i + 1 < n && bytes[i + 1] == lf) ? 2 : 1
            line += 1
            rowLine = line
            rowStart = i
        }
        return (Table(path: path, bytes: bytes, rows: rows, cells: cells), nil)
    }

    private static func isBlank(_ cells: ArraySlice<Cell>, _ bytes: [UInt8]) -> Bool {
        cells.allSatisfy { cell in
            bytes[Int(cell.start)..<Int(cell.end)].allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == quote }
        }
    }
}
