/// The whole pipeline: check, compute, render, publish.
public enum Build {
    /// What a build did.
    public struct Outcome: Sendable {
        /// The check of the content and the theme; when it has errors nothing was written.
        public let check: CheckResult
        /// Files written, kept and removed (all zero when the check failed).
        public let summary: PublishSummary
        /// The period archived by this build, if any.
        public let archived: String?
    }

    /// Builds the site from `request.content` and `request.templates` into `request.output`, and
    /// archives a period when asked. Nothing is written when the content or the theme has an error,
    /// when the archive is refused, or when writing fails.
    public static func run(_ request: BuildRequest) throws -> Outcome {
        let progress = request.progress
        progress?(BuildProgress(stage: .check, done: 0, total: 0))
        let themeFiles = try ThemeFolder.read(at: request.templates)
        let content = try Check.run(content: request.content)
        let (theme, themeDiagnostics) = ThemeCheck.check(themeFiles)
        let check = CheckResult(
            dataset: content.dataset, diagnostics: content.diagnostics + themeDiagnostics, fileCount: content.fileCount + themeFiles.files.count)
        guard let dataset = check.dataset, let theme, !check.hasErrors else {
            return Outcome(check: check, summary: PublishSummary(written: 0, kept: 0, removed: 0), archived: nil)
        }
        progress?(BuildProgress(stage: .compute, done: 0, total: 0))
        let report = try ReportBuilder.build(dataset)
        let existing = ArchiveFolder.ids(in: request.output)
        var archiveIDs = existing
        var archiveFiles: [OutputFile] = []
        var archived: Period?
        if let wanted = request.archive {
            let period = try Archiving.period(wanted.periodID, in: dataset)
            guard wanted.replace || !existing.contains(period.id) else { throw ArchiveRefusal.exists(id: period.id) }
            progress?(BuildProgress(stage: .archive, done: 0, total: 0))
            archiveFiles = try Archiving.files(of: period, dataset: dataset, theme: theme, built: request.built)
            archiveIDs = Array(Set(existing + [period.id])).sorted()
            archived = period
        }
        let labels = Dictionary(dataset.periods.map { ($0.period.id, $0.period.label) }, uniquingKeysWith: { first, _ in first })
        let edition = SiteEdition(built: request.built, archives: archiveIDs.map { ArchiveEntry(id: $0, label: labels[$0] ?? $0) })
        let jobs = DataFiles.jobs(report, strings: theme.strings) + SitePages.jobs(report, theme: theme, edition: edition) + archiveFiles.map(OutputJob.init)
        let carried = ArchiveFolder.present(in: request.output).filter { $0 != archived?.id }
        let summary = try OutputFolder.publish(jobs, to: request.output, carrying: carried, progress: progress)
        progress?(BuildProgress(stage: .publish, done: 0, total: 0))
        return Outcome(check: check, summary: summary, archived: archived?.id)
    }
}
