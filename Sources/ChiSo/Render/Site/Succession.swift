/// How a unit passed into its successor, in the terms of the law on administrative units: merged
/// into a unit that went on (sáp nhập), merged with others into a new unit (hợp nhất), or renamed
/// into a new unit of its own (đổi tên).
enum Succession: Equatable {
    case absorbed
    /// With the other units that formed the new one, in register order.
    case merged(partners: [String])
    case renamed

    /// How `unit` passed into `successor`.
    static func of(_ unit: Unit, into successor: Unit, model: SiteModel) -> Succession {
        let predecessors = (model.report.lineage.direct[successor.id] ?? []).compactMap { model.unitsByID[$0] }
        guard isNew(successor, after: predecessors) else { return .absorbed }
        let partners = predecessors.map(\.id).filter { $0 != unit.id }
        return partners.isEmpty ? .renamed : .merged(partners: partners)
    }

    /// True when `successor` began after every one of `predecessors` ended: a new unit, not one that went on.
    static func isNew(_ successor: Unit, after predecessors: [Unit]) -> Bool {
        guard let from = successor.from else { return false }
        return predecessors.allSatisfy { $0.until.map { $0 < from } ?? false }
    }

    /// The one unit `unit` was renamed from, when its whole lineage is that unit and it began after it ended.
    static func renamedFrom(_ unit: Unit, model: SiteModel) -> Unit? {
        guard let lineage = model.report.lineage.predecessors[unit.id], lineage.count == 1, let old = model.unitsByID[lineage[0]],
            isNew(unit, after: [old])
        else { return nil }
        return old
    }

    /// The sentence on `unit`'s page: "Từ 01/07/2025, đơn vị hợp nhất với Xã B thành Xã C.", with links.
    static func note(_ unit: Unit, into successor: Unit, root: String, model: SiteModel) -> String {
        let strings = model.strings
        let link = ChangesText.links([successor.id], root: root, model: model)
        let date = successor.from.map(DisplayDate.text) ?? ""
        switch of(unit, into: successor, model: model) {
        case .absorbed: return SplitText(strings[.mergedInto], at: "unit").with(link)
        case .renamed: return SplitText(strings[.renamedTo, ["date": date]], at: "unit").with(link)
        case .merged(let partners):
            return SplitText.markup(
                Placeholders.fill(strings.texts[TextKey.mergedWith.rawValue] ?? "", ["date": date]),
                ["unit": link, "units": ChangesText.links(partners, root: root, model: model)])
        }
    }
}
