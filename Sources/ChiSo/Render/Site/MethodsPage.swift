/// `cach-tinh/index.html`: how each figure is computed (cách tính): every indicator of the
/// catalogue with its definition, the counts it uses, which way is better and its target; the
/// rules every figure follows are in the template.
enum MethodsPage {
    /// The counts `indicator` is computed from: a ratio's numerator and denominator; the late
    /// dossiers' count for itself; for intake per day the new dossiers, divided by the period's days.
    static func counts(of indicator: Indicator) -> (numerator: [Field], denominator: [Field]) {
        if let formula = indicator.formula { return formula }
        return indicator == .overdue ? ([.overdue], []) : ([.received], [])
    }

    /// Every count the page names, in field order: each must have a name in strings.toml.
    static let fields: [Field] = Field.allCases.filter { field in
        Indicator.allCases.contains { counts(of: $0).numerator.contains(field) || counts(of: $0).denominator.contains(field) }
    }

    static func render(_ model: SiteModel, theme: Theme) -> OutputFile {
        let path = SitePaths.methods
        let strings = model.strings
        var context = model.layout.context(path: path, title: strings[.methodsTitle], section: .navMethods)
        context["indicators"] = Indicator.allCases.map { indicator -> [String: Any] in
            var entry: [String: Any] = [
                "id": indicator.rawValue.replacingOccurrences(of: "_", with: "-"),
                "name": strings.name(of: indicator),
                "definition": strings.method(of: indicator),
                "counts": lines(indicator, days: model.report.site.days, strings),
                "direction": strings[direction(indicator)],
            ]
            if let target = model.target(indicator) { entry["target"] = DisplayValue.threshold(target.threshold, of: indicator) }
            return entry
        }
        return OutputFile(path: path, text: theme.render(.methods, context))
    }

    /// The lines of «Số liệu dùng»: `Tử số: …` and `Mẫu số: …` for a ratio, the count alone for a count.
    private static func lines(_ indicator: Indicator, days: DayCount, _ strings: Strings) -> [String] {
        let (numerator, denominator) = counts(of: indicator)
        let names = { (fields: [Field]) in fields.map { name(of: $0, strings) }.joined(separator: " + ") }
        switch indicator {
        case .overdue: return [names(numerator)]
        case .intakePerDay:
            let divisor = strings[days == .working ? .methodWorkingDays : .methodCalendarDays]
            return [strings[.methodNumerator, ["counts": names(numerator)]], strings[.methodDenominator, ["counts": divisor]]]
        default:
            return [strings[.methodNumerator, ["counts": names(numerator)]], strings[.methodDenominator, ["counts": names(denominator)]]]
        }
    }

    /// A count's name, under its group's where the summary table shows it under one, since parts
    /// share names (`Đã giải quyết › Quá hạn`, `Đang giải quyết › Quá hạn`).
    private static func name(of field: Field, _ strings: Strings) -> String {
        guard let group = SummaryColumns.groups.first(where: { $0.1.contains(field) })?.0 else { return strings.name(of: field) }
        return strings[.fieldInGroup, ["group": strings.name(of: group), "field": strings.name(of: field)]]
    }

    /// Which way is better, in words.
    private static func direction(_ indicator: Indicator) -> TextKey {
        switch indicator.better {
        case .higher: .betterHigher
        case .lower: .betterLower
        case nil: .betterNone
        }
    }
}
