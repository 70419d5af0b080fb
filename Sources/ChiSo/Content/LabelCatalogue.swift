/// The label tables of `Labels`, keyed for lookup.
struct LabelCatalogue: Sendable {
    /// The result of looking a column's label up.
    enum Lookup: Equatable {
        case found(ColumnMeaning)
        /// The label needs a group to mean something, and its group is not one chiso knows.
        case unknownGroup(String)
        /// The label needs a group to mean something, and the known group above it gives it none.
        case notInGroup(String)
        /// The label needs a group to mean something, and there is none above it.
        case needsGroup
        case unknown
    }

    static let shared = LabelCatalogue()

    let plain: [String: ColumnMeaning]
    let groups: [String: [String: Field]]
    let unitLabels: Set<String>
    let totalRowLabels: Set<String>
    /// Every accepted label as written, for suggestions.
    let spellings: [(key: String, label: String)]

    private init() {
        var plain: [String: ColumnMeaning] = [:]
        var spellings: [(String, String)] = []
        func add(_ labels: [String], _ meaning: ColumnMeaning) {
            for label in labels {
                let key = LabelKey.make(label)
                if plain[key] == nil { plain[key] = meaning }
                spellings.append((key, label))
            }
        }
        add(Labels.unit, .unit)
        add(Labels.ordinal, .ordinal)
        for (field, labels) in Labels.counts { add([field.rawValue] + labels, .count(field)) }
        for (rate, labels) in Labels.rates { add([rate.rawValue] + labels, .rate(rate)) }
        add(Labels.derived, .derived)
        var groups: [String: [String: Field]] = [:]
        for (labels, overrides) in Labels.groups {
            let keyed = Dictionary(uniqueKeysWithValues: overrides.map { (LabelKey.make($0.key), $0.value) })
            for label in labels { groups[LabelKey.make(label)] = keyed }
        }
        self.plain = plain
        self.groups = groups
        self.spellings = spellings
        unitLabels = Set(Labels.unit.map(LabelKey.make))
        totalRowLabels = Set(Labels.totalRow.map(NameKey.make))
    }

    /// The meaning of a column labelled `label` under `groups` (outermost first).
    ///
    /// A label whose meaning depends on its group (`Quá hạn`, `Trong hạn`, `Tổng số`) is never
    /// read without one: `Tổng số` alone means the total only in the header's top row
    /// (`atTop`), where nothing could stand above it.
    func meaning(of label: String, under groups: [String], atTop: Bool) -> Lookup {
        let key = LabelKey.make(label)
        var unknownGroup: String?
        var knownGroup: String?
        for group in groups.reversed() {
            guard let overrides = self.groups[LabelKey.make(group)] else {
                if unknownGroup == nil { unknownGroup = group }
                continue
            }
            if overrides.isEmpty { continue }
            if let field = overrides[key] { return .found(.count(field)) }
            unknownGroup = nil
            knownGroup = group
            break
        }
        guard Labels.ambiguous.contains(key) else { return plain[key].map(Lookup.found) ?? .unknown }
        if let unknownGroup { return .unknownGroup(unknownGroup) }
        if let knownGroup { return .notInGroup(knownGroup) }
        return key == Labels.totalKey && atTop ? .found(.count(.total)) : .needsGroup
    }

    /// True when `text` is a label chiso knows: a column, a group, the unit or the ordinal.
    func isLabel(_ text: String) -> Bool {
        let key = LabelKey.make(text)
        return plain[key] != nil || groups[key] != nil || Labels.ambiguous.contains(key)
    }

    /// The accepted label closest to `label` when diacritics are ignored, if it is close.
    func suggestion(for label: String) -> String? {
        Similarity.closest(to: label, among: spellings.map(\.label))
    }

    /// One label per meaning, for messages: `unit`, each field key with its first Vietnamese label.
    var summary: String {
        let fields = Labels.counts.map { "\($0.0.rawValue) (\($0.1[0]))" }
        let rates = Labels.rates.map { "\($0.0.rawValue) (\($0.1[0]))" }
        return (["unit (Đơn vị)", "STT"] + fields + rates).joined(separator: ", ")
    }
}
