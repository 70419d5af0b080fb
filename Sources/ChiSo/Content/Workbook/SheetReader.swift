/// The reader of a worksheet part for `SheetPart`: the cells of `sheetData` decoded as they close,
/// the merged ranges, each counted against the workbook's budget.
struct SheetReader: PartReader {
    /// The text being collected: none, a `<v>`, or an inline string's `<is>`.
    private enum Capture { case none, value, inline }

    var problem: WorkbookProblem?
    /// What a cell's value is read through.
    let context: RawCell.Context
    /// How many more cells and merged ranges the workbook may hold.
    var budget: Int
    /// The cells that hold something, in the order the part lists them.
    var cells: [SheetCell] = []
    /// The merged ranges, in the order the part lists them.
    var merges: [CellRange] = []
    private var inSheetData = false
    private var row = 0
    private var column = 0
    private var cell: RawCell?
    private var capture = Capture.none
    /// The text of the open cell's last `<v>`, kept until the cell closes.
    private var value = CellText()
    /// The text of the open cell's last `<is>`, kept until the cell closes.
    private var inline = RunText()

    /// A reader of cells in `context`, with room for `budget` more cells and merged ranges.
    init(context: RawCell.Context, budget: Int) {
        self.context = context
        self.budget = budget
    }

    mutating func start(_ name: XMLName, _ attributes: XMLAttributes) {
        switch (name, capture) {
        case (_, .inline): inline.start(name)
        case ("sheetData", _): inSheetData = true
        case ("row", _) where inSheetData: startRow(attributes["r"])
        case ("c", _) where inSheetData: startCell(attributes)
        case ("v", _) where cell != nil:
            capture = .value
            value.removeAll()
        case ("f", _) where cell != nil: cell?.hasFormula = true
        case ("is", _) where cell != nil:
            capture = .inline
            inline.reset()
        case ("mergeCell", _):
            let reference = attributes["ref"]?.string ?? ""
            guard let range = CellReference.range(reference) else {
                problem = .badReference(sheet: context.sheet, text: reference)
                return
            }
            spend()
            merges.append(range)
        default: break
        }
    }

    mutating func end(_ name: XMLName) {
        switch (name, capture) {
        case ("is", .inline):
            cell?.hasInline = true
            capture = .none
        case (_, .inline): inline.end(name)
        case ("v", .value):
            cell?.hasValue = true
            capture = .none
        case ("c", _): endCell()
        case ("sheetData", _): inSheetData = false
        default: break
        }
    }

    mutating func text(_ bytes: UnsafeBufferPointer<UInt8>) {
        let tooLong: Bool
        switch capture {
        case .none: return
        case .value:
            value.append(bytes)
            tooLong = value.isTooLong
        case .inline:
            inline.append(bytes)
            tooLong = inline.isTooLong
        }
        if tooLong, let cell {
            problem = .cellTooLong(sheet: context.sheet, cell: cell.reference)
        }
    }

    /// A row opens: at its `r`, or after the last row when it has none.
    private mutating func startRow(_ reference: XMLValue?) {
        column = 0
        guard let reference else {
            row += 1
            return
        }
        guard let number = CellReference.row(reference.bytes) else {
            problem = .badReference(sheet: context.sheet, text: reference.string)
            return
        }
        row = number
    }

    /// A cell opens: at its `r`, or in the next column when it has none; its type and style are read here.
    private mutating func startCell(_ attributes: XMLAttributes) {
        if let reference = attributes["r"] {
            guard let position = CellReference.parse(reference.bytes) else {
                problem = .badReference(sheet: context.sheet, text: reference.string)
                return
            }
            (row, column) = position
        } else {
            (row, column) = (max(row, 1), column + 1)
            guard row <= CellReference.maxRow, column <= CellReference.maxColumn else {
                problem = .badReference(sheet: context.sheet, text: CellReference.text(row: row, column: column))
                return
            }
        }
        cell = RawCell(row: row, column: column, kind: RawCell.Kind(attributes["t"]), style: attributes["s"]?.integer)
    }

    /// A cell closes: its value is decoded with the text kept for it and, unless empty, stored.
    private mutating func endCell() {
        defer { cell = nil }
        guard let cell else { return }
        do {
            let text = cell.hasValue ? self.value.string : nil
            guard let value = try cell.decode(value: text, inline: cell.hasInline ? inline.text : nil, in: context) else { return }
            spend()
            cells.append(SheetCell(row: cell.row, column: cell.column, value: value))
        } catch {
            problem = error
        }
    }

    /// Counts one more cell or range against the workbook's limit.
    private mutating func spend() {
        budget -= 1
        if budget < 0 { problem = .tooManyCells }
    }
}
