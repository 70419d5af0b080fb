/// Why a unit is on a period's attention list (đơn vị cần lưu ý).
public enum AttentionReason: Hashable, Sendable {
    /// Dossiers resolved late or pending overdue: their number.
    case late(Int)
    /// A value that misses its target.
    case missedTarget(Target, value: Ratio)
    /// Late dossiers without an apology letter for each: the apology rate.
    case missingApologies(rate: Ratio)
}

/// One line of the attention list: a unit, a reason, and how far it falls short.
public struct AttentionItem: Hashable, Sendable {
    public let unitID: String
    public let reason: AttentionReason
    /// Dossiers for `late`, percentage points otherwise: the list is ordered by it.
    public let shortfall: Double
}

/// Builds a period's attention list.
public enum AttentionList {
    /// Late dossiers first (most first), then missed targets, then missing apologies, each by how far
    /// it falls short, ties by name. Missing apologies are left to the target when apology_rate has one.
    ///
    /// A unit's values are read at its id; the list keeps unit numbers of `index` and positions
    /// into `targets`, 24 bytes an item.
    ///
    /// - Complexity: O(units × targets + k log k) for k items.
    public static func build(values: [String: IndicatorValues], index: UnitIndex, targets: [Target]) -> AttentionItems {
        var found: [(slot: AttentionSlot, shortfall: Double, name: Int)] = []
        let apologyTargeted = targets.contains { $0.indicator == .apologyRate }
        for (number, unit) in index.units.enumerated() {
            guard let unitValues = values[unit.id] else { continue }
            let name = index.nameRanks[number]
            let unit = Int32(number)
            if let overdue = unitValues[.overdue]?.value, overdue.numerator > 0 {
                found.append((AttentionSlot(unit: unit, kind: .late, target: 0, value: overdue), overdue.doubleValue, name))
            }
            for (index, target) in targets.enumerated() {
                guard let value = unitValues[target.indicator]?.value, !target.isMet(by: value) else { continue }
                found.append((AttentionSlot(unit: unit, kind: .missedTarget, target: UInt8(index), value: value), target.shortfall(of: value), name))
            }
            if !apologyTargeted, let rate = unitValues[.apologyRate]?.value, rate < Ratio(100, over: 1) {
                found.append((AttentionSlot(unit: unit, kind: .missingApologies, target: 0, value: rate), 100 - rate.doubleValue, name))
            }
        }
        found.sort { a, b in
            if a.slot.kind != b.slot.kind { return a.slot.kind.rawValue < b.slot.kind.rawValue }
            if a.shortfall != b.shortfall { return a.shortfall > b.shortfall }
            if a.slot.kind == .missedTarget, a.slot.target != b.slot.target {
                let (x, y) = (targets[Int(a.slot.target)].indicator, targets[Int(b.slot.target)].indicator)
                if x != y { return x.index < y.index }
            }
            return a.name < b.name
        }
        return AttentionItems(index: index, targets: targets, slots: found.map(\.slot))
    }
}
