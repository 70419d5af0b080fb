// Stand-in for the reader's interface while it is written on its branch; replaced at the merge.
enum SheetValue: Equatable, Sendable {
    case text(String)
    case number(String)
    case date(Day)
    case bool(Bool)
    case error(String)
    case uncachedFormula
}
struct SheetCell: Equatable, Sendable { let row: Int; let column: Int; let value: SheetValue }
struct CellRange: Equatable, Sendable { let firstRow: Int; let firstColumn: Int; let lastRow: Int; let lastColumn: Int }
struct Sheet: Sendable { let name: String; let isHidden: Bool; let cells: [SheetCell]; let merges: [CellRange] }
struct Workbook: Sendable {
    let sheets: [Sheet]
    static func read(_ bytes: [UInt8], path: String) -> Result<Workbook, Diagnostic> {
        .failure(Diagnostic(FileProblem.empty, at: SourceLocation(file: path, line: 1, column: 1)))
    }
}
