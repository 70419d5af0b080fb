/// The whole pipeline: check, compute, render, publish.
public enum Build {
    /// What a build did.
    public struct Outcome: Sendable {
        /// The check of the content and the theme; when it has errors nothing was written.
        public let check: CheckResult
        /// How many files were written (0 when the check failed).
        public let written: Int
    }

    /// Builds the site from the content folder at `content` and the theme folder at `templates` into `output`.
    public static func run(content: String, templates: String, output: String) throws -> Outcome {
        let themeFiles = try ThemeFolder.read(at: templates)
        let content = try Check.run(content: content)
        let (theme, themeDiagnostics) = ThemeCheck.check(themeFiles)
        let check = CheckResult(
            dataset: content.dataset, diagnostics: content.diagnostics + themeDiagnostics, fileCount: content.fileCount + themeFiles.files.count)
        guard let dataset = check.dataset, let theme, !check.hasErrors else { return Outcome(check: check, written: 0) }
        let report = ReportBuilder.build(dataset)
        let files = (DataFiles.render(report) + SitePages.render(report, theme: theme)).sorted { $0.path < $1.path }
        try OutputFolder.publish(files, to: output)
        return Outcome(check: check, written: files.count)
    }
}
