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
        /// True when nothing the build reads had changed since the last build, whose output was
        /// left as it was: nothing was checked, made or written, and `check` repeats that build's report.
        public var unchanged = false
    }

    /// Builds the site from `request.content` and `request.templates` into `request.output`, and
    /// archives a period when asked. Nothing is written when the content or the theme has an error,
    /// when the archive is refused, or when writing fails. Unless `request.full`, the files whose
    /// inputs are those the last build made them from are kept as they are, not made again
    /// (`OutputKeys`); the record of that build is trusted only while the output is as it left it.
    /// The periods whose data files are those a build checked clean are not read again
    /// (`CheckedPeriods`, kept beside the output); `request.full` reads them all.
    public static func run(_ request: BuildRequest) throws -> Outcome {
        let progress = request.progress
        progress?(BuildProgress(stage: .check, done: 0, total: 0))
        let themeFiles = try ThemeFolder.read(at: request.templates)
        let contentFiles = try ContentFolder.read(at: request.content)
        let existing = ArchiveFolder.ids(in: request.output)
        let present = ArchiveFolder.present(in: request.output)
        let contentDigests = InputDigests(contentFiles), themeDigests = InputDigests(themeFiles), tool = InputDigests.tool
        let inputs = OutputKeys.inputs(content: contentDigests, theme: themeDigests, tool: tool, archives: existing + ["|"] + present, built: request.built)
        let previous = request.full ? nil : BuildRecord.trusted(beside: request.output)
        if let previous, previous.inputs == inputs, request.archive == nil {
            let kept = PublishSummary(written: 0, kept: previous.keys.count, removed: 0, reused: previous.keys.count)
            return Outcome(check: CheckResult(replaying: previous.report), summary: kept, archived: nil, unchanged: true)
        }
        let stored = request.full ? CheckedPeriods() : CheckedPeriodsFile.read(beside: request.output)
        let periodKeys = contentDigests.periodData.mapValues { CheckedPeriods.key(tool: tool, site: contentDigests.site, data: $0) }
        let namesKey = CheckedPeriods.key(tool: tool, site: contentDigests.site, data: "")
        let (content, clean) = Check.run(contentFiles, keeping: stored.kept(matching: periodKeys, names: namesKey))
        let (theme, themeDiagnostics) = ThemeCheck.check(themeFiles)
        let check = CheckResult(
            dataset: content.dataset, diagnostics: content.diagnostics + themeDiagnostics, fileCount: content.fileCount + themeFiles.files.count)
        guard let dataset = check.dataset, let theme, !check.hasErrors else {
            return Outcome(check: check, summary: PublishSummary(written: 0, kept: 0, removed: 0), archived: nil)
        }
        progress?(BuildProgress(stage: .compute, done: 0, total: 0))
        let report = try ReportBuilder.build(dataset)
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
        let keys = OutputKeys(content: contentDigests, theme: themeDigests, tool: tool, dataset: dataset, edition: edition)
        var jobs = DataFiles.jobs(report, strings: theme.strings) + SitePages.jobs(report, theme: theme, edition: edition)
        for index in jobs.indices { jobs[index].key = keys.key(for: jobs[index].path) }
        jobs += archiveFiles.map(OutputJob.init)
        let carried = present.filter { $0 != archived?.id }
        let (summary, replaced) = try OutputFolder.update(jobs, to: request.output, carrying: carried, reusing: previous?.keys ?? [:], progress: progress)
        progress?(BuildProgress(stage: .publish, done: 0, total: 0))
        let made = Dictionary(jobs.compactMap { job in job.key.map { (job.path, $0) } }, uniquingKeysWith: { first, _ in first })
        let after = archived == nil ? inputs : OutputKeys.inputs(
            content: contentDigests, theme: themeDigests, tool: tool, archives: ArchiveFolder.ids(in: request.output) + ["|"] + ArchiveFolder.present(in: request.output), built: request.built)
        let untouched = replaced.map { paths in previous?.stamps.filter { !paths.contains($0.key) } ?? [:] } ?? [:]
        BuildRecord.write(inputs: after, report: check.report, keys: made, output: request.output, stamped: untouched)
        let checked = CheckedPeriods.keeping(clean, keys: periodKeys, names: namesKey, from: stored, dataset: dataset)
        if !checked.holdsSame(as: stored) { CheckedPeriodsFile.write(checked, beside: request.output) }
        return Outcome(check: check, summary: summary, archived: archived?.id)
    }
}
