/// The label tables of `Labels`, keyed for lookup.
struct LabelCatalogue: Sendable {
    /// The result of looking a column's label up.
    enum Lookup: Equatable {
        case found(ColumnMeaning)
        /// Every label under a group chiso does not know is refused: a group may change what its
        /// columns count (online dossiers only, percentages).
        case unknownGroup(String)
        /// The label needs a group to mean something, and the known group above it gives it none.
        case notInGroup(String)
        /// The label needs a group to mean something, and there is none above it.
        case needsGroup
        /// `Tổng số` under an intake group (`Tiếp nhận`): the total when the group also holds the
        /// carried over, the newly received when it holds only channels; `group` indexes `groups`.
        case intakeTotal(group: Int)
        /// `Số hồ sơ tiếp nhận` alone: with or without the carried over, no one can tell.
        case ambiguousIntake
        case unknown
    }

    static let shared = LabelCatalogue()

    let plain: [String: ColumnMeaning]
    let groups: [String: [String: Field]]
    let unitLabels: Set<String>
    let totalRowLabels: Set<String>
    let intakeLabels: Set<String>
    /// What a unit cell's key may mark, found with one lookup per row.
    let marks: [String: RowMark]
    /// Every accepted label as written, prepared for suggestions.
    let spellings: Similarity.Candidates

    private init() {
        var plain: [String: ColumnMeaning] = [:]
        var spellings: [String] = []
        func add(_ labels: [String], _ meaning: ColumnMeaning) {
            for label in labels {
                let key = LabelKey.make(label)
                if plain[key] == nil { plain[key] = meaning }
                spellings.append(label)
            }
        }
        add(Labels.unit, .unit)
        add(Labels.ordinal, .ordinal)
        for (field, labels) in Labels.counts { add([field.rawValue] + labels, .count(field)) }
        for (rate, labels) in Labels.rates { add([rate.rawValue] + labels, .rate(rate)) }
        add(Labels.derived, .derived)
        add(Labels.remark, .remark)
        var groups: [String: [String: Field]] = [:]
        for (labels, overrides) in Labels.groups {
            let keyed = Dictionary(uniqueKeysWithValues: overrides.map { (LabelKey.make($0.key), $0.value) })
            for label in labels { groups[LabelKey.make(label)] = keyed }
        }
        for label in Labels.intake { groups[LabelKey.make(label)] = [:] }
        self.plain = plain
        self.groups = groups
        self.spellings = Similarity.Candidates(spellings)
        unitLabels = Set(Labels.unit.map(LabelKey.make))
        totalRowLabels = Set(Labels.totalRow.map(LabelKey.make))
        intakeLabels = Set(Labels.intake.map(LabelKey.make))
        var marks: [String: RowMark] = [:]
        for key in Array(plain.keys) + Array(groups.keys) + Array(Labels.ambiguous) + [Labels.rateKey] { marks[key, default: []].insert(.label) }
        for key in totalRowLabels { marks[key, default: []].insert(.total) }
        self.marks = marks
    }

    /// What a unit cell may be besides a unit's name.
    struct RowMark: OptionSet, Sendable {
        let rawValue: UInt8
        /// A column or group label: the row may repeat the header or start a second table.
        static let label = RowMark(rawValue: 1)
        /// A total row's label.
        static let total = RowMark(rawValue: 2)
    }

    /// The meaning of a column labelled `label` under `groups` (outermost first).
    ///
    /// A label whose meaning depends on its group (`Quá hạn`, `Trong hạn`, `Tổng số`) is never
    /// read without one: `Tổng số` alone means the total only in the header's top row
    /// (`atTop`), where nothing could stand above it. `Tỷ lệ (%)` over a count's label, or under
    /// it, is that count's rate; `Số lượng` under a count's label is that count.
    func meaning(of label: String, under groups: [String], atTop: Bool) -> Lookup {
        let key = LabelKey.make(label)
        if let group = groups.last.map(LabelKey.make) {
            if case .count(let field)? = plain[group], let rate = Labels.rateOf[field], key == Labels.rateKey { return .found(.rate(rate)) }
            if case .count(let field)? = plain[group], Labels.countKeys.contains(key) { return .found(.count(field)) }
            if group == Labels.rateKey {
                guard case .count(let field)? = plain[key], let rate = Labels.rateOf[field] else { return .notInGroup(groups.last!) }
                return .found(.rate(rate))
            }
        }
        for (index, group) in groups.enumerated().reversed() {
            let groupKey = LabelKey.make(group)
            guard let overrides = self.groups[groupKey] else { return .unknownGroup(group) }
            if intakeLabels.contains(groupKey), key == Labels.totalKey { return .intakeTotal(group: index) }
            if overrides.isEmpty { continue }
            if let field = overrides[key] { return .found(.count(field)) }
            return Labels.ambiguous.contains(key) ? .notInGroup(group) : plain[key].map(Lookup.found) ?? .unknown
        }
        if intakeLabels.contains(key) { return .ambiguousIntake }
        guard Labels.ambiguous.contains(key) else { return plain[key].map(Lookup.found) ?? .unknown }
        return key == Labels.totalKey && atTop ? .found(.count(.total)) : .needsGroup
    }

    /// True when a unit cell marks a total row: `Tổng cộng`, `TỔNG CỘNG:`, `Tổng cộng (I+II)`.
    func isTotal(_ text: String) -> Bool { isTotal(key: LabelKey.make(text)) }

    /// `isTotal` of a text whose `LabelKey` is made.
    func isTotal(key labelKey: String) -> Bool {
        guard labelKey.last == ")", let open = labelKey.lastIndex(of: "(") else { return marks[labelKey]?.contains(.total) == true }
        var key = String(labelKey[..<open])
        while key.last == " " { key.removeLast() }
        return totalRowLabels.contains(key)
    }

    /// True when `text` is a label chiso knows: a column, a group, the unit or the ordinal.
    func isLabel(_ text: String) -> Bool { marks[LabelKey.make(text)]?.contains(.label) == true }

    /// The accepted label closest to `label` when diacritics are ignored, if it is close.
    func suggestion(for label: String) -> String? {
        Similarity.closest(to: label, among: spellings)
    }

    /// One label per meaning, for messages: `unit`, each field key with its first Vietnamese label.
    var summary: String {
        let fields = Labels.counts.map { "\($0.0.rawValue) (\($0.1[0]))" }
        let rates = Labels.rates.map { "\($0.0.rawValue) (\($0.1[0]))" }
        return (["unit (Đơn vị)", "STT"] + fields + rates).joined(separator: ", ")
    }
}
