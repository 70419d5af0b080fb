import Foundation

/// A period folder, read: its period.toml, datasets, ledger and notes, before validation.
public struct PeriodSource: Sendable {
    public let id: String
    public let period: Period?
    /// Where period.toml gives the start, for messages about the dates.
    public let startPlace: SourceLocation
    public let datasets: [DatasetFile]
    let late: [LateLedgerFile.Entry]
    public let notes: String?
    /// True when reading the folder found nothing to report.
    let clean: Bool
    /// True when only period.toml and notes.md were read: the data files are those an earlier
    /// build checked, and their values are taken from it.
    let kept: Bool
}

/// The content folder read and parsed: every file's values and every problem found on the way.
public struct Content: Sendable {
    public let site: Site?
    /// Where site.toml declares its ranking groups (its first line when it declares none).
    let groupsPlace: SourceLocation
    let units: [UnitRegisterFile.Entry]
    /// The names of units.csv rows refused: data rows naming them add no error of their own.
    let refusedUnitNames: [String]
    public let periods: [PeriodSource]
    public let pages: [ExtraPage]
    public let diagnostics: [Diagnostic]
    /// How many files were read, for the summary line.
    public let fileCount: Int

    /// Parses every file of `files`; periods are parsed in parallel. Of the periods `keeping`
    /// names, only period.toml and notes.md are read: their data files were checked before.
    public static func parse(_ files: ContentFiles, keeping kept: Set<String> = []) -> Content {
        var diagnostics: [Diagnostic] = []
        func text(_ relative: String) -> TextBytes? {
            guard let raw = files.files[relative] else {
                diagnostics.append(Diagnostic(FileProblem.missing(name: relative), at: SourceLocation(file: files.display(relative), line: 1, column: 1)))
                return nil
            }
            switch TextBytes.decode(raw, path: files.display(relative)) {
            case .success(let text): return text
            case .failure(let diagnostic): diagnostics.append(diagnostic); return nil
            }
        }
        var site: Site?
        var groupsPlace = SourceLocation(file: files.display("site.toml"), line: 1, column: 1)
        if let bytes = text("site.toml") {
            let (parsed, place, found) = SiteFile.read(bytes.string, path: files.display("site.toml"))
            site = parsed
            groupsPlace = place
            diagnostics += found
        }
        var units: [UnitRegisterFile.Entry] = []
        var refused: [String] = []
        if let bytes = text("units.csv") {
            let register = UnitRegisterFile.read(bytes, path: files.display("units.csv"))
            units = register.entries
            refused = register.refused
            diagnostics += register.diagnostics
        }
        let periodIDs = Set(files.files.keys.compactMap { path -> String? in
            let parts = path.split(separator: "/", omittingEmptySubsequences: false)
            return parts.count == 3 && parts[0] == "periods" ? String(parts[1]) : nil
        }).sorted()
        if periodIDs.isEmpty {
            diagnostics.append(Diagnostic(FileProblem.noPeriods, at: SourceLocation(file: files.display("periods/"), line: 1, column: 1)))
        }
        let periods = ParallelMap.map(periodIDs) { PeriodSourceReader.read(id: $0, files: files, dataKept: kept.contains($0)) }
        diagnostics += periods.flatMap(\.1)
        let pages = files.files.keys.filter { $0.hasPrefix("pages/") }.sorted().compactMap { path -> ExtraPage? in
            guard let bytes = text(path) else { return nil }
            let name = String(path.dropFirst("pages/".count).dropLast(".md".count))
            if !Slug.isValid(name) {
                let place = SourceLocation(file: files.display(path), line: 1, column: 1)
                diagnostics.append(Diagnostic(ConfigProblem.invalidID(kind: "trang", found: name, suggestion: Slug.suggest(for: name)), at: place))
            }
            let markdown = bytes.string.precomposedStringWithCanonicalMapping
            diagnostics += MarkdownImages.problems(in: markdown, file: files.display(path))
            if !markdown.split(separator: "\n").contains(where: { $0.hasPrefix("#") }) {
                diagnostics.append(Diagnostic(FileProblem.pageWithoutTitle, at: SourceLocation(file: files.display(path), line: 1, column: 1)))
            }
            return ExtraPage(id: name, markdown: markdown)
        }
        let count = files.files.filter { !$0.key.hasSuffix("/") }.count
        return Content(site: site, groupsPlace: groupsPlace, units: units, refusedUnitNames: refused, periods: periods.map(\.0), pages: pages, diagnostics: diagnostics, fileCount: count)
    }
}
