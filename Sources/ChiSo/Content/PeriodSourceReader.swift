/// Reads one period folder: period.toml, every `*.csv` / `*.tsv` / `*.xlsx` dataset, late.csv
/// or late.xlsx, notes.md.
enum PeriodSourceReader {
    /// The period folder `id` read; with `dataKept`, its data files and ledger are left unread.
    static func read(id: String, files: ContentFiles, dataKept: Bool = false) -> (PeriodSource, [Diagnostic]) {
        let prefix = "periods/\(id)/"
        var diagnostics: [Diagnostic] = []
        func place(_ relative: String) -> SourceLocation { SourceLocation(file: files.display(relative), line: 1, column: 1) }
        func text(_ relative: String) -> TextBytes? {
            switch TextBytes.decode(files.files[relative] ?? [], path: files.display(relative)) {
            case .success(let text): return text
            case .failure(let diagnostic): diagnostics.append(diagnostic); return nil
            }
        }
        if !Slug.isValid(id) {
            diagnostics.append(Diagnostic(ConfigProblem.invalidID(kind: "kỳ", found: id, suggestion: Slug.suggest(for: id)), at: place(prefix)))
        }
        let tomlPath = prefix + "period.toml"
        var period: Period?
        var startPlace = place(tomlPath)
        if files.files[tomlPath] == nil {
            diagnostics.append(Diagnostic(FileProblem.missing(name: "period.toml"), at: place(tomlPath)))
        } else if let bytes = text(tomlPath) {
            let (parsed, found) = PeriodFile.read(bytes.string, path: files.display(tomlPath), id: id)
            period = parsed
            startPlace = TOMLPlaces(path: files.display(tomlPath), text: bytes.string).place(of: "start")
            diagnostics += found
        }
        var datasets: [DatasetFile] = []
        var late: [LateLedgerFile.Entry] = []
        var notes: String?
        var datasetCount = 0
        let names = files.files.keys.filter { $0.hasPrefix(prefix) && $0.count > prefix.count }.map { String($0.dropFirst(prefix.count)) }.sorted()
        for name in names where name != "period.toml" && (!dataKept || name.lowercased() == "notes.md") {
            let relative = prefix + name
            let lower = name.lowercased()
            if lower == "late.xlsx" {
                let (entries, found) = WorkbookDatasets.ledger(files.files[relative] ?? [], path: files.display(relative))
                late = entries
                diagnostics += found
            } else if lower == "late.csv" {
                guard let bytes = text(relative) else { continue }
                let (entries, found) = LateLedgerFile.read(bytes, path: files.display(relative))
                late = entries
                diagnostics += found
            } else if lower == "notes.md" {
                notes = text(relative).map { $0.string.precomposedStringWithCanonicalMapping }
                diagnostics += notes.map { MarkdownImages.problems(in: $0, file: files.display(relative)) } ?? []
            } else if lower.hasSuffix(".csv") || lower.hasSuffix(".tsv") {
                datasetCount += 1
                guard let bytes = text(relative) else { continue }
                let (dataset, found) = DatasetFile.read(bytes, path: files.display(relative))
                if let dataset { datasets.append(dataset) }
                diagnostics += found
            } else if [".xlsx", ".xlsm", ".xls", ".xlsb", ".ods"].contains(where: lower.hasSuffix) {
                datasetCount += 1
                let (sheets, found) = WorkbookDatasets.read(files.files[relative] ?? [], path: files.display(relative))
                datasets += sheets
                diagnostics += found
            } else {
                diagnostics.append(Diagnostic(FileProblem.ignoredFile(name: name), at: place(relative)))
            }
        }
        if datasetCount == 0, !dataKept { diagnostics.append(Diagnostic(FileProblem.noDataset, at: place(prefix))) }
        let source = PeriodSource(id: id, period: period, startPlace: startPlace, datasets: datasets, late: late, notes: notes, clean: diagnostics.isEmpty, kept: dataKept)
        return (source, diagnostics)
    }
}
