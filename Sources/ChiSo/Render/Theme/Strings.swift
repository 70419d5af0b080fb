/// The interface text of the site, from the theme's strings.toml: `key` or `table.key` to text.
public struct Strings: Sendable {
    /// Texts by dotted key (`rank_of`, `indicator.on_time_rate`).
    public let texts: [String: String]

    public init(_ texts: [String: String]) { self.texts = texts }

    /// The keys the generator itself looks up; a strings file must define every one.
    public static var required: [String] {
        TextKey.allCases.map(\.rawValue)
            + Indicator.allCases.map { "indicator." + $0.rawValue }
            + Indicator.allCases.map { "method." + $0.rawValue }
            + UnitKind.allCases.map { "kind." + $0.rawValue }
            + PeriodKind.allCases.map { "period_kind." + $0.rawValue }
            + (SummaryColumns.fields + MethodsPage.fields.filter { !SummaryColumns.fields.contains($0) }).map { "field." + $0.rawValue }
            + SummaryColumns.rates.map { "indicator_short." + $0.rawValue }
            + ChartWords.keys.map { "chart." + $0 }
            + levelTables.flatMap { table in AuthorityLevel.allCases.map { table + "." + $0.rawValue } }
    }

    /// The tables that give, for each authority level, the words its texts say as `{level}`,
    /// `{whole}` (and `{Whole}`, capitalised) and `{office}`.
    static let levelTables = ["level", "whole", "office"]

    /// These texts as the authority of `level` speaks them: `{level}` is "tỉnh", `{whole}` "toàn tỉnh",
    /// `{Whole}` "Toàn tỉnh" and `{office}` who compiles the figures, wherever a text says them.
    ///
    /// - Complexity: O(total length of the texts).
    public func speaking(for level: AuthorityLevel) -> Strings {
        let word = { (table: String) in texts[table + "." + level.rawValue] ?? level.rawValue }
        let whole = word("whole")
        let values: KeyValuePairs = [
            "level": word("level"), "whole": whole, "Whole": whole.prefix(1).uppercased() + whole.dropFirst(), "office": word("office"),
        ]
        return Strings(texts.mapValues { Placeholders.fill($0, values) })
    }

    /// The text of `key` with each `{name}` replaced by its value.
    public subscript(key: TextKey, values: KeyValuePairs<String, String> = [:]) -> String { Placeholders.fill(texts[key.rawValue] ?? key.rawValue, values) }

    /// `Tỷ lệ đúng hạn`.
    public func name(of indicator: Indicator) -> String { texts["indicator." + indicator.rawValue] ?? indicator.rawValue }

    /// `Đúng hạn`: the short name under a «Tỷ lệ (%)» heading, or the full name when there is none.
    public func shortName(of indicator: Indicator) -> String { texts["indicator_short." + indicator.rawValue] ?? name(of: indicator) }

    /// How `indicator` is computed, in one sentence in the directives' terms, from the `[method]` table.
    public func method(of indicator: Indicator) -> String { texts["method." + indicator.rawValue] ?? indicator.rawValue }

    /// The words of charts, from the `[chart]` table.
    public var chartWords: ChartWords {
        ChartWords(Dictionary(uniqueKeysWithValues: ChartWords.keys.compactMap { key in texts["chart." + key].map { (key, $0) } }))
    }

    /// `Xã`, `Phòng chuyên môn`.
    public func name(of kind: UnitKind) -> String { texts["kind." + kind.rawValue] ?? kind.rawValue }

    /// `Tháng`, `6 tháng`.
    public func name(of kind: PeriodKind) -> String { texts["period_kind." + kind.rawValue] ?? kind.rawValue }

    /// `Mới tiếp nhận`.
    public func name(of field: Field) -> String { texts["field." + field.rawValue] ?? field.rawValue }

    /// The texts as nested dictionaries, the way templates read them: `{{t.indicator.on_time_rate}}`.
    public var tree: [String: Any] {
        var root: [String: Any] = [:]
        var tables: [String: [String: String]] = [:]
        for (key, text) in texts {
            if let dot = key.firstIndex(of: ".") {
                tables[String(key[..<dot]), default: [:]][String(key[key.index(after: dot)...])] = text
            } else {
                root[key] = text
            }
        }
        for (name, table) in tables { root[name] = table }
        return root
    }
}
