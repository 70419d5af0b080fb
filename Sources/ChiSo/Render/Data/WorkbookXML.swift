/// SpreadsheetML text written by hand: escaping and cell references.
enum WorkbookXML {
    /// `text` as XML character data or attribute value: `&`, `<`, `>` and quotes escaped, and the
    /// characters XML 1.0 does not allow dropped (controls below U+0020 but tab, line feed and
    /// carriage return; U+FFFE and U+FFFF).
    static func escaped(_ text: String) -> String {
        let plain = text.unicodeScalars.allSatisfy { scalar in
            scalar.value >= 0x20 && scalar.value != 0xFFFE && scalar.value != 0xFFFF && !"&<>\"'".unicodeScalars.contains(scalar)
        }
        if plain { return text }
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result.append(contentsOf: "&amp;".unicodeScalars)
            case "<": result.append(contentsOf: "&lt;".unicodeScalars)
            case ">": result.append(contentsOf: "&gt;".unicodeScalars)
            case "\"": result.append(contentsOf: "&quot;".unicodeScalars)
            case "'": result.append(contentsOf: "&apos;".unicodeScalars)
            case "\t", "\n", "\r": result.append(scalar)
            case _ where scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF: continue
            default: result.append(scalar)
            }
        }
        return String(result)
    }

    /// `A`, `Z`, `AA`: the letters of the column at zero-based `index`.
    static func column(_ index: Int) -> String {
        index < columns.count ? columns[index] : letters(index)
    }

    /// The letters of the first 256 columns, made once: a worksheet names a cell's column in every cell.
    private static let columns = (0..<256).map(letters)

    private static func letters(_ index: Int) -> String {
        var letters: [UInt8] = []
        var rest = index + 1
        while rest > 0 {
            rest -= 1
            letters.append(UInt8(ascii: "A") + UInt8(rest % 26))
            rest /= 26
        }
        letters.reverse()
        return String(decoding: letters, as: UTF8.self)
    }

    /// A worksheet name Excel accepts: without `[ ] : * ? / \`, at most 31 characters, neither
    /// starting nor ending with `'`, not empty.
    static func sheetName(_ name: String) -> String {
        var kept = Substring(name.filter { !"[]:*?/\\".contains($0) }.prefix(31))
        while kept.first == "'" { kept = kept.dropFirst() }
        while kept.last == "'" { kept = kept.dropLast() }
        return kept.isEmpty ? "Sheet1" : String(kept)
    }
}

/// A cell of a worksheet row: a value or none (an empty cell, never 0), and its style.
struct WorksheetCell {
    /// What a cell holds.
    enum Value {
        case text(String)
        case integer(Int)
        case number(Ratio)
        case empty
    }

    let value: Value
    let style: CellStyle

    /// A text cell.
    static func text(_ text: String, _ style: CellStyle) -> WorksheetCell { WorksheetCell(value: .text(text), style: style) }

    /// A whole number, or an empty cell for no value.
    static func integer(_ value: Int?, _ style: CellStyle) -> WorksheetCell {
        WorksheetCell(value: value.map(Value.integer) ?? .empty, style: style)
    }

    /// A value at full precision, or an empty cell for no value.
    static func number(_ value: Ratio?, _ style: CellStyle) -> WorksheetCell {
        WorksheetCell(value: value.map(Value.number) ?? .empty, style: style)
    }

    /// An empty cell that keeps its style's borders and fill.
    static func empty(_ style: CellStyle) -> WorksheetCell { WorksheetCell(value: .empty, style: style) }
}

/// A worksheet's XML written row by row: styled cells with inline strings, merged ranges,
/// column widths, panes frozen above and left of the data, landscape pages one page wide.
struct WorksheetXML {
    private var rows: DataBytes
    private var merges: [String] = []
    /// The number of the last row written, 1-based.
    private(set) var row = 0
    private var width = 0

    /// A sheet of about `rows` rows of `bytesPerRow` bytes each, its buffer made that large at once.
    init(rows: Int, bytesPerRow: Int) { self.rows = DataBytes(capacity: 4096 + rows * bytesPerRow) }

    /// Appends a row of `cells` from column A, `height` in points when the row needs more than one line.
    mutating func append(_ cells: [WorksheetCell], height: Int? = nil) {
        row += 1
        width = max(width, cells.count)
        rows.raw("<row r=\"")
        rows.integer(row)
        if let height {
            rows.raw("\" ht=\"")
            rows.integer(height)
            rows.raw("\" customHeight=\"1")
        }
        rows.raw("\">")
        for (column, cell) in cells.enumerated() {
            rows.raw("<c r=\"")
            rows.raw(WorkbookXML.column(column))
            rows.integer(row)
            rows.raw("\" s=\"")
            rows.integer(cell.style.rawValue)
            switch cell.value {
            case .text(let text):
                rows.raw("\" t=\"inlineStr\"><is><t xml:space=\"preserve\">")
                rows.raw(WorkbookXML.escaped(text))
                rows.raw("</t></is></c>")
            case .integer(let value):
                rows.raw("\"><v>")
                rows.integer(value)
                rows.raw("</v></c>")
            case .number(let value):
                rows.raw("\"><v>")
                rows.number(value)
                rows.raw("</v></c>")
            case .empty:
                rows.raw("\"/>")
            }
        }
        rows.raw("</row>\n")
    }

    /// Merges `columns` (zero-based) over `rows`, the last row written when nil.
    mutating func merge(_ columns: ClosedRange<Int>, rows: ClosedRange<Int>? = nil) {
        let rows = rows ?? row...row
        let first = WorkbookXML.column(columns.lowerBound) + String(rows.lowerBound)
        merges.append(first + ":" + WorkbookXML.column(columns.upperBound) + String(rows.upperBound))
    }

    /// The sheet part: `widths` in characters per column from A, panes frozen below `frozenRows`
    /// and right of `frozenColumns`. The rows written stay where they are, the part's head goes
    /// in before them and its tail after, so a sheet of 10,000 units is not held twice.
    consuming func xml(widths: [Int], frozenRows: Int, frozenColumns: Int) -> [UInt8] {
        var head = DataBytes(capacity: 4096)
        head.raw(WorkbookParts.declaration)
        head.raw("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" ")
        head.raw("xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">\n")
        head.raw("<sheetPr><pageSetUpPr fitToPage=\"1\"/></sheetPr>\n<dimension ref=\"A1:")
        head.raw(WorkbookXML.column(max(width, 1) - 1) + String(max(row, 1)))
        let corner = WorkbookXML.column(frozenColumns) + String(frozenRows + 1)
        head.raw("\"/>\n<sheetViews><sheetView workbookViewId=\"0\"><pane xSplit=\"\(frozenColumns)\" ySplit=\"\(frozenRows)\" ")
        head.raw("topLeftCell=\"\(corner)\" activePane=\"bottomRight\" state=\"frozen\"/>")
        head.raw("<selection pane=\"bottomRight\" activeCell=\"\(corner)\" sqref=\"\(corner)\"/></sheetView></sheetViews>\n")
        head.raw("<sheetFormatPr defaultRowHeight=\"15\"/>\n<cols>")
        for (index, width) in widths.enumerated() {
            head.raw("<col min=\"\(index + 1)\" max=\"\(index + 1)\" width=\"\(width)\" customWidth=\"1\"/>")
        }
        head.raw("</cols>\n<sheetData>\n")
        var tail = DataBytes(capacity: 512 + merges.count * 32)
        tail.raw("</sheetData>\n")
        if !merges.isEmpty {
            tail.raw("<mergeCells count=\"\(merges.count)\">")
            for range in merges { tail.raw("<mergeCell ref=\"" + range + "\"/>") }
            tail.raw("</mergeCells>\n")
        }
        tail.raw("<pageMargins left=\"0.4\" right=\"0.4\" top=\"0.6\" bottom=\"0.6\" header=\"0.3\" footer=\"0.3\"/>\n")
        tail.raw("<pageSetup paperSize=\"9\" orientation=\"landscape\" fitToWidth=\"1\" fitToHeight=\"0\"/>\n</worksheet>\n")
        var xml = rows.take()
        xml.reserveCapacity(xml.count + head.bytes.count + tail.bytes.count)
        xml.insert(contentsOf: head.bytes, at: 0)
        xml.append(contentsOf: tail.bytes)
        return xml
    }
}
