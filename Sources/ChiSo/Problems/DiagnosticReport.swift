/// The text `chiso check` prints: every diagnostic in file order, then a summary line.
public enum DiagnosticReport {
    /// Diagnostics sorted by place, each with its fix, then each reference they share once,
    /// and `3 errors, 1 warning in 2 files`.
    public static func render(_ diagnostics: [Diagnostic], filesChecked: Int) -> String {
        let sorted = diagnostics.sorted { $0.location < $1.location }
        var text = sorted.map { $0.description + "\n" }.joined()
        var printed: Set<String> = []
        for reference in sorted.compactMap(\.problem.reference) where printed.insert(reference).inserted {
            text += reference + "\n"
        }
        text += summary(sorted, filesChecked: filesChecked) + "\n"
        return text
    }

    /// `3 errors, 1 warning in 2 files`, or `no errors, no warnings in 27 files checked`.
    public static func summary(_ diagnostics: [Diagnostic], filesChecked: Int) -> String {
        let errors = diagnostics.count { $0.severity == .error }
        let warnings = diagnostics.count - errors
        if diagnostics.isEmpty {
            return "no errors, no warnings in \(counted(filesChecked, "file")) checked"
        }
        let files = Set(diagnostics.map(\.location.file)).count
        return "\(counted(errors, "error")), \(counted(warnings, "warning")) in \(counted(files, "file"))"
    }

    private static func counted(_ count: Int, _ noun: String) -> String {
        "\(count) \(noun)\(count == 1 ? "" : "s")"
    }
}
