/// A cell's value as Excel holds it.
public enum SheetValue: Equatable, Sendable {
    /// A shared string, an inline string (rich-text runs joined) or a formula's cached text (`t="str"`).
    case text(String)
    /// The exact decimal digits written in `<v>`, normalised by `DecimalText`: no exponent, `.` before
    /// the decimals, no trailing zeros, at most six decimals (`"1234"`, `"98.53"`, `"-0.5"`). A cell in
    /// a percentage format is already multiplied by 100 (`0.769` → `"76.9"`).
    case number(String)
    /// A number in a date format, converted under the workbook's date system.
    case date(Day)
    case bool(Bool)
    /// Excel's error value as written: `#DIV/0!`, `#N/A`, `#VALUE!`, `#REF!`, `#NAME?`, `#NUM!`, `#NULL!`.
    case error(String)
    /// A formula with no cached value: Excel never computed it (a generator wrote only the formula).
    case uncachedFormula
}

/// One cell that holds something; empty cells are not stored.
public struct SheetCell: Equatable, Sendable {
    /// 1-based row.
    public let row: Int
    /// 1-based column: A is 1.
    public let column: Int
    public let value: SheetValue
}

/// A rectangle of cells, as a merged range `A1:C1` is written; first ≤ last on both axes.
public struct CellRange: Equatable, Sendable {
    public let firstRow: Int
    public let firstColumn: Int
    public let lastRow: Int
    public let lastColumn: Int
}

/// One worksheet of a workbook: its name, whether it is hidden, its non-empty cells and merged ranges.
public struct Sheet: Sendable {
    /// The tab's name.
    public let name: String
    /// `state="hidden"` or `state="veryHidden"` in the workbook.
    public let isHidden: Bool
    /// The cells that hold a value, in row-major order, one per position.
    public let cells: [SheetCell]
    /// The merged ranges, in the order the sheet lists them.
    public let merges: [CellRange]
}
