import Foundation

/// A small table whose first row names its columns from a fixed list (units.csv, late.csv).
struct KeyedTable {
    let table: Table
    /// Column index by canonical key.
    let columns: [String: Int]

    /// Reads `text`; `key(for:)` maps a header label to a canonical key, nil when not accepted.
    static func read(
        _ text: TextBytes, path: String, key: (String) -> String?, unknown: (String) -> any Problem
    ) -> (KeyedTable?, [Diagnostic]) {
        let firstLine = text.bytes.prefix { $0 != 0x0A }
        let delimiter: UInt8 = firstLine.contains(0x09) ? 0x09 : firstLine.contains(0x3B) ? 0x3B : 0x2C
        let (table, error) = TableParser.parse(text, path: path, delimiter: delimiter)
        if let error { return (nil, [error]) }
        return read(table, key: key, unknown: unknown)
    }

    /// Reads a table already split into cells (a workbook's sheet): its first row names the columns.
    static func read(_ table: Table, key: (String) -> String?, unknown: (String) -> any Problem) -> (KeyedTable?, [Diagnostic]) {
        let path = table.path
        guard let header = table.rows.first else {
            return (nil, [Diagnostic(FileProblem.empty, at: SourceLocation(file: path, line: 1, column: 1))])
        }
        var columns: [String: Int] = [:]
        var diagnostics: [Diagnostic] = []
        for (index, cell) in table.cells(of: header).enumerated() {
            let label = table.text(cell)
            guard !label.isEmpty else { continue }
            if let canonical = key(label), columns[canonical] == nil {
                columns[canonical] = index
            } else {
                diagnostics.append(Diagnostic(unknown(label), at: table.location(of: cell, in: header)))
            }
        }
        return (KeyedTable(table: table, columns: columns), diagnostics)
    }

    var body: ArraySlice<Row> { table.rows.dropFirst() }

    /// The trimmed text of `key`'s cell in `row`, "" when the column or the cell is absent.
    func text(_ key: String, in row: Row) -> String {
        guard let index = columns[key], let cell = table.cell(index, of: row) else { return "" }
        return table.text(cell).precomposedStringWithCanonicalMapping
    }

    /// The place of `key`'s cell in `row` (the row start when absent).
    func place(_ key: String, in row: Row) -> SourceLocation {
        guard let index = columns[key], let cell = table.cell(index, of: row) else { return table.location(of: row) }
        return table.location(of: cell, in: row)
    }
}
