/// What `chiso check` found: the dataset when there is no error, and every diagnostic.
public struct CheckResult: Sendable {
    public let dataset: Dataset?
    public let diagnostics: [Diagnostic]
    public let fileCount: Int
    /// The report of an earlier check of the same files, shown again instead of checking them.
    private var replayed: String?

    public init(dataset: Dataset?, diagnostics: [Diagnostic], fileCount: Int) {
        self.dataset = dataset
        self.diagnostics = diagnostics
        self.fileCount = fileCount
    }

    /// The result of a check that found no error and printed `report`, when the same files are
    /// built again: its warnings are told again, from the record of that build.
    init(replaying report: String) {
        self.init(dataset: nil, diagnostics: [], fileCount: 0)
        replayed = report
    }

    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }

    /// The report to print: each diagnostic with its fix, then the summary line.
    public var report: String { replayed ?? DiagnosticReport.render(diagnostics, filesChecked: fileCount) }

    /// The report of the errors alone, for `--quiet`.
    public var errorReport: String {
        replayed == nil ? DiagnosticReport.render(diagnostics.filter { $0.severity == .error }, filesChecked: fileCount) : ""
    }
}

/// The pipeline's first stages: load the content folder, parse it, validate it.
public enum Check {
    /// Checks the content folder at `path` (as the user wrote it; diagnostics print paths under it).
    public static func run(content path: String) throws(ContentFolderError) -> CheckResult {
        run(try ContentFolder.read(at: path))
    }

    /// Checks content already in memory.
    public static func run(_ files: ContentFiles) -> CheckResult {
        run(files, keeping: KeptChecks()).result
    }

    /// Checks content already in memory, taking what `kept` holds from an earlier check instead
    /// of working it out again; also gives the periods found clean (`Validator`).
    static func run(_ files: ContentFiles, keeping kept: KeptChecks) -> (result: CheckResult, clean: Set<String>) {
        let content = Content.parse(files, keeping: Set(kept.periods.keys))
        let (dataset, diagnostics, clean) = Validator.validate(content, kept: kept)
        return (CheckResult(dataset: dataset, diagnostics: diagnostics, fileCount: content.fileCount), clean)
    }
}
