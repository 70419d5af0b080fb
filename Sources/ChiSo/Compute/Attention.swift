/// Why a unit is on a period's attention list (đơn vị cần lưu ý).
public enum AttentionReason: Hashable, Sendable {
    /// Dossiers resolved late or pending overdue: their number.
    case late(Int)
    /// A value that misses its target.
    case missedTarget(Target, value: Ratio)
    /// Late dossiers without an apology letter for each: the apology rate.
    case missingApologies(rate: Ratio)

    var order: Int {
        switch self {
        case .late: 0
        case .missedTarget: 1
        case .missingApologies: 2
        }
    }
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
    /// - Complexity: O(units × targets + k log k) for k items.
    public static func build(values: [String: IndicatorValues], targets: [Target], nameOrder: [String: Int]) -> [AttentionItem] {
        var items: [AttentionItem] = []
        let apologyTargeted = targets.contains { $0.indicator == .apologyRate }
        for (unitID, unitValues) in values {
            if let overdue = unitValues[.overdue]?.value, overdue.numerator > 0 {
                items.append(AttentionItem(unitID: unitID, reason: .late(overdue.numerator / overdue.denominator), shortfall: overdue.doubleValue))
            }
            for target in targets {
                guard let value = unitValues[target.indicator]?.value, !target.isMet(by: value) else { continue }
                items.append(AttentionItem(unitID: unitID, reason: .missedTarget(target, value: value), shortfall: target.shortfall(of: value)))
            }
            if !apologyTargeted, let rate = unitValues[.apologyRate]?.value, rate < Ratio(100, over: 1) {
                items.append(AttentionItem(unitID: unitID, reason: .missingApologies(rate: rate), shortfall: 100 - rate.doubleValue))
            }
        }
        return items.sorted { a, b in
            if a.reason.order != b.reason.order { return a.reason.order < b.reason.order }
            if a.shortfall != b.shortfall { return a.shortfall > b.shortfall }
            if case .missedTarget(let x, _) = a.reason, case .missedTarget(let y, _) = b.reason, x.indicator != y.indicator {
                return x.indicator.index < y.indicator.index
            }
            return (nameOrder[a.unitID] ?? 0) < (nameOrder[b.unitID] ?? 0)
        }
    }
}
