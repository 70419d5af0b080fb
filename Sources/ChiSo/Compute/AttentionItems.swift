/// A period's attention list, in order, each item made on demand from 24 bytes: the unit's
/// number in the register's index, the kind of reason, the target's position, the value.
public struct AttentionItems: RandomAccessCollection, Sendable {
    let index: UnitIndex
    let targets: [Target]
    let slots: [AttentionSlot]

    public var startIndex: Int { 0 }
    public var endIndex: Int { slots.count }

    public subscript(position: Int) -> AttentionItem {
        let slot = slots[position]
        let unitID = index.units[Int(slot.unit)].id
        switch slot.kind {
        case .late:
            return AttentionItem(unitID: unitID, reason: .late(slot.value.numerator / slot.value.denominator), shortfall: slot.value.doubleValue)
        case .missedTarget:
            let target = targets[Int(slot.target)]
            return AttentionItem(unitID: unitID, reason: .missedTarget(target, value: slot.value), shortfall: target.shortfall(of: slot.value))
        case .missingApologies:
            return AttentionItem(unitID: unitID, reason: .missingApologies(rate: slot.value), shortfall: 100 - slot.value.doubleValue)
        }
    }
}

/// One item of an attention list, compact.
struct AttentionSlot: Sendable {
    /// The reasons in the list's order.
    enum Kind: UInt8, Sendable {
        case late, missedTarget, missingApologies
    }

    let unit: Int32
    let kind: Kind
    /// The target's position, for `missedTarget`.
    let target: UInt8
    /// The overdue count, the value missing its target, or the apology rate.
    let value: Ratio
}
