/// One worksheet part (`xl/worksheets/sheet1.xml`): the cells of `sheetData`, read through the
/// workbook's shared strings and styles, and the ranges of `mergeCells`. The `<dimension>` a sheet
/// claims is ignored: only the cells present are stored.
struct SheetPart {
    let cells: [SheetCell]
    let merges: [CellRange]

    /// Reads the part; `budget` is how many more cells and merged ranges the workbook may hold, and
    /// is lowered by what this sheet holds.
    ///
    /// - Complexity: O(`bytes.count` + c log c) for c cells, the sort only when the part lists its
    ///   cells out of order.
    static func read(_ bytes: [UInt8], part: String, context: RawCell.Context, budget: inout Int) throws(WorkbookProblem)
        -> SheetPart
    {
        let handler = Handler(context: context, budget: budget)
        try handler.parse(bytes, part: part)
        budget = handler.budget
        return SheetPart(cells: inRowMajorOrder(handler.cells), merges: handler.merges)
    }

    /// `cells` sorted by row then column, keeping the last of two cells at one position.
    ///
    /// - Complexity: O(n) when already in order, O(n log n) otherwise.
    private static func inRowMajorOrder(_ cells: [SheetCell]) -> [SheetCell] {
        guard zip(cells, cells.dropFirst()).contains(where: { ($0.row, $0.column) >= ($1.row, $1.column) }) else { return cells }
        let ordered = cells.enumerated().sorted {
            ($0.element.row, $0.element.column, $0.offset) < ($1.element.row, $1.element.column, $1.offset)
        }
        var result: [SheetCell] = []
        for (_, cell) in ordered {
            if let last = result.last, (last.row, last.column) == (cell.row, cell.column) { result.removeLast() }
            result.append(cell)
        }
        return result
    }

    private final class Handler: PartHandler {
        private enum Capture { case none, value, inline }

        let context: RawCell.Context
        var budget: Int
        var cells: [SheetCell] = []
        var merges: [CellRange] = []
        private var inSheetData = false
        private var row = 0
        private var column = 0
        private var cell: RawCell?
        private var capture = Capture.none
        private var value = CellText()
        private var inline = RunText()

        init(context: RawCell.Context, budget: Int) {
            self.context = context
            self.budget = budget
        }

        override func start(_ name: XMLName, _ attributes: XMLAttributes) {
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

        override func end(_ name: XMLName) {
            switch (name, capture) {
            case ("is", .inline):
                cell?.inline = inline.text
                capture = .none
            case (_, .inline): inline.end(name)
            case ("v", .value):
                cell?.value = value.string
                capture = .none
            case ("c", _): endCell()
            case ("sheetData", _): inSheetData = false
            default: break
            }
        }

        override func text(_ bytes: UnsafeBufferPointer<UInt8>) {
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

        private func startRow(_ reference: XMLValue?) {
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

        private func startCell(_ attributes: XMLAttributes) {
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
            cell = RawCell(row: row, column: column, type: attributes["t"]?.string, style: attributes["s"]?.integer)
        }

        private func endCell() {
            defer { cell = nil }
            guard let cell else { return }
            do {
                guard let value = try cell.decode(in: context) else { return }
                spend()
                cells.append(SheetCell(row: cell.row, column: cell.column, value: value))
            } catch {
                problem = error
            }
        }

        /// Counts one more cell or range against the workbook's limit.
        private func spend() {
            budget -= 1
            if budget < 0 { problem = .tooManyCells }
        }
    }
}
