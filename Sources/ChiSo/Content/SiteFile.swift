import TOMLKit

/// Reads site.toml: the site's identity, ranking groups and targets.
enum SiteFile {
    static let keys = ["title", "authority", "base_url", "days", "level", "targets", "groups"]
    static let groupKeys = ["id", "label", "kinds"]

    /// The site, or nil when a required value is missing or wrong, and where its groups are
    /// declared (for messages about kinds in no group); every problem is reported.
    static func read(_ text: String, path: String) -> (Site?, groupsPlace: SourceLocation, [Diagnostic]) {
        var reader: TOMLReader
        switch TOMLReader.parse(text, path: path) {
        case .failure(let diagnostic): return (nil, diagnostic.location, [diagnostic])
        case .success(let parsed): reader = parsed
        }
        let groupsPlace = reader.places.place(of: nil, in: "groups")
        reader.rejectUnknownKeys(accepting: keys)
        let title = reader.string("title", required: true)
        let authority = reader.string("authority", required: true)
        let baseURL = reader.string("base_url", required: false)
        let days = reader.choice("days", required: false, as: DayCount.self) ?? .calendar
        let level = reader.choice("level", required: false, as: AuthorityLevel.self) ?? .huyen
        let targets = readTargets(&reader)
        let groups = readGroups(&reader)
        guard let title, let authority, reader.diagnostics.allSatisfy({ $0.severity == .warning }) else {
            return (nil, groupsPlace, reader.diagnostics)
        }
        let site = Site(title: title, authority: authority, baseURL: baseURL, days: days, level: level, targets: targets, groups: groups)
        return (site, groupsPlace, reader.diagnostics)
    }

    private static func readTargets(_ reader: inout TOMLReader) -> [String: Ratio] {
        guard let value = reader.table["targets"] else { return [:] }
        guard let table = value.table else {
            reader.report(ConfigProblem.wrongType(key: "targets", expected: "bảng [targets]"), at: "targets")
            return [:]
        }
        var targets: [String: Ratio] = [:]
        var inner = TOMLReader(table: table, places: reader.places, section: "targets")
        inner.rejectUnknownKeys(accepting: Indicator.allCases.map(\.rawValue))
        for key in table.keys.sorted() {
            guard let indicator = Indicator(rawValue: key), let entry = table[key] else { continue }
            let number = entry.int.map { "\($0)" } ?? entry.double.map { "\($0)" }
            guard let number, case .value(let ratio) = NumberText.rate(Array(number.utf8)[...]) else {
                inner.report(ConfigProblem.wrongType(key: key, expected: "một số, ví dụ 70"), at: key)
                continue
            }
            if indicator.isPercentage, ratio > Ratio(100, over: 1) || ratio < Ratio(0, over: 1) {
                inner.report(ConfigProblem.targetOutOfRange(key: key, value: number), at: key)
                continue
            }
            targets[key] = ratio
        }
        reader.diagnostics += inner.diagnostics
        return targets
    }

    /// The groups of `[[groups]]`, or nil when site.toml has none (the level's defaults apply).
    private static func readGroups(_ reader: inout TOMLReader) -> [RankingGroup]? {
        guard let value = reader.table["groups"] else { return nil }
        guard let array = value.array else {
            reader.report(ConfigProblem.wrongType(key: "groups", expected: "danh sách [[groups]]"), at: "groups")
            return nil
        }
        var groups: [RankingGroup] = []
        var owner: [UnitKind: String] = [:]
        for index in 0..<array.count {
            guard let table = array[index].table else { continue }
            var inner = TOMLReader(table: table, places: reader.places, section: "groups", index: index)
            inner.rejectUnknownKeys(accepting: groupKeys)
            let id = inner.string("id", required: true)
            let label = inner.string("label", required: true)
            var kinds: [UnitKind] = []
            if let list = table["kinds"]?.array {
                for item in 0..<list.count {
                    guard let text = list[item].string, let kind = UnitKind(rawValue: text) else {
                        let found = list[item].string ?? list[item].debugDescription
                        inner.report(ConfigProblem.invalidChoice(key: "kinds", found: found, accepted: UnitKind.allCases.map(\.rawValue)), at: "kinds")
                        continue
                    }
                    if let first = owner[kind] {
                        inner.report(ConfigProblem.kindInTwoGroups(kind: text, first: first), at: "kinds")
                    } else {
                        owner[kind] = id ?? ""
                        kinds.append(kind)
                    }
                }
            } else {
                inner.report(ConfigProblem.missingKey("kinds"), at: nil)
            }
            if let id, !Slug.isValid(id) {
                inner.report(ConfigProblem.invalidID(kind: "nhóm", found: id, suggestion: Slug.suggest(for: id)), at: "id")
            } else if let id, groups.contains(where: { $0.id == id }) {
                inner.report(ConfigProblem.duplicateGroup(id), at: "id")
            }
            if let id, let label { groups.append(RankingGroup(id: id, label: label, kinds: kinds)) }
            reader.diagnostics += inner.diagnostics
        }
        return groups
    }
}
