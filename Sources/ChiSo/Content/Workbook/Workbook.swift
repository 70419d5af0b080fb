/// An Excel workbook (`.xlsx`, Office Open XML) read into plain sheets of typed cells: what Excel
/// holds, before any meaning is given to it.
public struct Workbook: Sendable {
    /// The most one part may inflate to (64 MB); a sheet of 20 columns by a million rows stays below.
    public static let partLimit = 64 << 20
    /// The most all the parts read may inflate to together (256 MB), checked on their declared sizes
    /// before the shared strings, styles and sheets are read.
    public static let totalLimit = 256 << 20
    /// The most cells holding a value, with merged ranges, the workbook may have: 2 million.
    public static let cellLimit = 2_000_000
    /// The longest text of a cell, in UTF-16 units as Excel counts: Excel's own limit.
    public static let cellTextLimit = 32_767

    /// The sheets in the workbook's order, hidden ones included and flagged.
    public let sheets: [Sheet]

    /// Reads `bytes` of the file at `path` (for messages); never crashes, never hangs, bounded memory.
    /// A problem is placed at the file's first line; a problem at a cell names the cell and sheet.
    ///
    /// - Complexity: O(the file's size + what its parts inflate to), the parts bounded by `totalLimit`.
    public static func read(_ bytes: [UInt8], path: String) -> Result<Workbook, Diagnostic> {
        do {
            return .success(try read(bytes))
        } catch {
            return .failure(Diagnostic(error, at: SourceLocation(file: path, line: 1, column: 1)))
        }
    }

    /// `C12` for row 12, column 3; `AA1`…
    public static func reference(row: Int, column: Int) -> String {
        CellReference.text(row: row, column: column)
    }

    /// The name of the workbook's relationships part.
    private static let relationshipsPart = "xl/_rels/workbook.xml.rels"

    /// The workbook part, its relationships, the shared strings and styles, then each sheet.
    ///
    /// - Complexity: O(the file's size + what its parts inflate to).
    private static func read(_ bytes: [UInt8]) throws(WorkbookProblem) -> Workbook {
        if let problem = FormatSniff.problem(before: bytes) { throw problem }
        let package = try WorkbookPackage(bytes)
        if let problem = try FormatSniff.problem(in: package) { throw problem }
        guard let workbookBytes = try package.part("xl/workbook.xml") else { throw .missingPart("xl/workbook.xml") }
        let workbook = try WorkbookPart.read(workbookBytes, part: "xl/workbook.xml")
        guard let relationshipBytes = try package.part(relationshipsPart) else { throw .missingPart(relationshipsPart) }
        let relationships = try WorkbookRelationships.read(relationshipBytes, part: relationshipsPart)
        let stringsPart = relationships.part(ofKind: "sharedStrings") ?? "xl/sharedStrings.xml"
        let stylesPart = relationships.part(ofKind: "styles") ?? "xl/styles.xml"
        let sheetParts = workbook.sheets.compactMap { relationships.part(id: $0.relationship) }
        try package.checkTotal(of: ["mimetype", "xl/workbook.xml", relationshipsPart, stringsPart, stylesPart] + sheetParts)
        var strings = SharedStrings.none
        if let stringBytes = try package.part(stringsPart) { strings = try SharedStrings.read(stringBytes, part: stringsPart) }
        var styles = CellStyles.none
        if let styleBytes = try package.part(stylesPart) { styles = try CellStyles.read(styleBytes, part: stylesPart) }
        var budget = cellLimit
        var sheets: [Sheet] = []
        for entry in workbook.sheets {
            guard let part = relationships.part(id: entry.relationship) else {
                throw .missingRelationship(sheet: entry.name, id: entry.relationship)
            }
            guard let sheetBytes = try package.part(part) else { throw .missingSheetPart(sheet: entry.name, part: part) }
            let context = RawCell.Context(sheet: entry.name, strings: strings, styles: styles, dateSystem: workbook.dateSystem)
            let sheet = try SheetPart.read(sheetBytes, part: part, context: context, budget: &budget)
            sheets.append(Sheet(name: entry.name, isHidden: entry.isHidden, cells: sheet.cells, merges: sheet.merges))
        }
        return Workbook(sheets: sheets)
    }
}
