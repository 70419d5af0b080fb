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
        var reader = SheetReader(context: context, budget: budget)
        try reader.parse(bytes, part: part)
        budget = reader.budget
        return SheetPart(cells: inRowMajorOrder(reader.cells), merges: reader.merges)
    }

    /// `cells` sorted by row then column, keeping the last of two cells at one position.
    ///
    /// - Complexity: O(n) when already in order, O(n log n) otherwise.
    private static func inRowMajorOrder(_ cells: [SheetCell]) -> [SheetCell] {
        guard cells.indices.dropFirst().contains(where: { (cells[$0 - 1].row, cells[$0 - 1].column) >= (cells[$0].row, cells[$0].column) })
        else { return cells }
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
}
