/// The number format of each cell style (`<c s="3">` is the fourth `xf` of `cellXfs` in
/// `xl/styles.xml`), reduced to what it changes in a number's reading.
struct CellStyles: Sendable {
    /// Every style plain: a workbook without `xl/styles.xml`.
    static let none = CellStyles(formats: [])

    private let formats: [NumberFormat]

    /// The format of the style `index` (the `s` attribute); plain for no style or one the workbook
    /// does not define.
    func format(_ index: Int?) -> NumberFormat {
        guard let index, formats.indices.contains(index) else { return .plain }
        return formats[index]
    }

    /// Reads `xl/styles.xml`: the custom `numFmts` codes, then the `numFmtId` of each `cellXfs/xf`.
    ///
    /// - Complexity: O(`bytes.count`).
    static func read(_ bytes: [UInt8], part: String) throws(WorkbookProblem) -> CellStyles {
        var reader = Reader()
        try reader.parse(bytes, part: part)
        let formats = reader.formatIDs.map { id in
            reader.codes[id].map(NumberFormat.init(code:)) ?? NumberFormat(builtIn: id)
        }
        return CellStyles(formats: formats)
    }

    /// The reader of the part: the custom format codes and each cell style's format.
    private struct Reader: PartReader {
        var problem: WorkbookProblem?
        var codes: [Int: String] = [:]
        var formatIDs: [Int] = []
        private var inCellFormats = false

        mutating func start(_ name: XMLName, _ attributes: XMLAttributes) {
            switch name {
            case "numFmt":
                if let id = attributes["numFmtId"]?.integer, let code = attributes["formatCode"] { codes[id] = code.string }
            case "cellXfs": inCellFormats = true
            case "xf" where inCellFormats: formatIDs.append(attributes["numFmtId"]?.integer ?? 0)
            default: break
            }
        }

        mutating func end(_ name: XMLName) {
            if name == "cellXfs" { inCellFormats = false }
        }
    }
}
