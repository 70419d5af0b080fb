/// A workbook in a period folder: each visible sheet that holds a table is a dataset, read under
/// the rules of every table; late.xlsx is the ledger on its first visible sheet.
enum WorkbookDatasets {
    /// The datasets of the workbook at `path`: one per visible sheet with a table. A sheet
    /// without one (a cover page, notes) is skipped with a warning naming it; hidden sheets are
    /// skipped; a workbook with no table at all is an error.
    ///
    /// - Complexity: O(cells of the workbook).
    static func read(_ bytes: [UInt8], path: String) -> ([DatasetFile], [Diagnostic]) {
        let workbook: Workbook
        switch Workbook.read(bytes, path: path) {
        case .failure(let diagnostic): return ([], [diagnostic])
        case .success(let read): workbook = read
        }
        var datasets: [DatasetFile] = []
        var diagnostics: [Diagnostic] = []
        var skipped: [Diagnostic] = []
        for sheet in workbook.sheets where !sheet.isHidden {
            let (table, cells) = SheetTable.make(sheet, path: path)
            let (header, found) = DatasetHeader.read(sheet: table)
            guard let header else {
                skipped.append(Diagnostic(SheetProblem.noTable(sheet: sheet.name), at: SourceLocation(file: table.path, line: 1, column: 1, isCell: true)))
                continue
            }
            let (dataset, rows) = DatasetFile.read(header)
            if let dataset { datasets.append(dataset) }
            diagnostics += cells + found + rows
        }
        guard !datasets.isEmpty || !diagnostics.isEmpty else {
            return ([], [Diagnostic(SheetProblem.noSheetWithTable, at: SourceLocation(file: path, line: 1, column: 1))])
        }
        return (datasets, skipped + diagnostics)
    }

    /// The ledger of late dossiers from the first visible sheet of late.xlsx.
    static func ledger(_ bytes: [UInt8], path: String) -> ([LateLedgerFile.Entry], [Diagnostic]) {
        switch Workbook.read(bytes, path: path) {
        case .failure(let diagnostic): return ([], [diagnostic])
        case .success(let workbook):
            guard let sheet = workbook.sheets.first(where: { !$0.isHidden }) else {
                return ([], [Diagnostic(FileProblem.empty, at: SourceLocation(file: path, line: 1, column: 1))])
            }
            let (table, cells) = SheetTable.make(sheet, path: path)
            let (entries, found) = LateLedgerFile.read(sheet: table)
            return (entries, cells + found)
        }
    }
}
