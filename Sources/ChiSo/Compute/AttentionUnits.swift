/// A unit of a period's attention list with every reason it is listed for, most pressing first.
public struct AttentionUnit: Sendable {
    public let unitID: String
    public let reasons: [AttentionItem]
}

/// A period's attention list by unit: each unit once, in the order of its most pressing reason.
/// A unit is made when it is read, from positions into the list grouped by unit (4 bytes an item).
public struct AttentionUnits: RandomAccessCollection, Sendable {
    let items: AttentionItems
    /// Item positions, a unit's together.
    let order: [Int32]
    /// Where each unit starts in `order`, and `order.count` at the end.
    let starts: [Int32]

    public var startIndex: Int { 0 }
    public var endIndex: Int { starts.count - 1 }

    public subscript(position: Int) -> AttentionUnit {
        let positions = order[Int(starts[position])..<Int(starts[position + 1])]
        return AttentionUnit(unitID: items[Int(positions.first!)].unitID, reasons: positions.map { items[Int($0)] })
    }

    /// The list `items` by unit.
    ///
    /// - Complexity: O(items).
    init(_ items: AttentionItems) {
        var rowOf = [Int32](repeating: -1, count: items.index.units.count)
        var sizes: [Int32] = []
        for slot in items.slots where rowOf[Int(slot.unit)] < 0 {
            rowOf[Int(slot.unit)] = Int32(sizes.count)
            sizes.append(0)
        }
        for slot in items.slots { sizes[Int(rowOf[Int(slot.unit)])] += 1 }
        var starts: [Int32] = [0]
        starts.reserveCapacity(sizes.count + 1)
        for size in sizes { starts.append(starts.last! + size) }
        var next = Array(starts.dropLast())
        var order = [Int32](repeating: 0, count: items.slots.count)
        for (position, slot) in items.slots.enumerated() {
            let row = Int(rowOf[Int(slot.unit)])
            order[Int(next[row])] = Int32(position)
            next[row] += 1
        }
        self.items = items
        self.order = order
        self.starts = starts
    }
}

extension AttentionItems {
    /// The list by unit.
    ///
    /// - Complexity: O(items).
    public var byUnit: AttentionUnits { AttentionUnits(self) }
}
