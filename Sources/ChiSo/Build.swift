/// The whole pipeline: check, compute, render, publish.
public enum Build {
    /// What a build did.
    public struct Outcome: Sendable {
        /// The check's result; when it has errors nothing was written.
        public let check: CheckResult
        /// How many files were written (0 when the check failed).
        public let written: Int
    }

    /// Builds the site from the content folder at `content` into `output`.
    public static func run(content: String, output: String) throws -> Outcome {
        let check = try Check.run(content: content)
        guard let dataset = check.dataset, !check.hasErrors else { return Outcome(check: check, written: 0) }
        let files = DataFiles.render(ReportBuilder.build(dataset))
        try OutputFolder.publish(files, to: output)
        return Outcome(check: check, written: files.count)
    }
}
