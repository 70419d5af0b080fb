/// Which units came before which (đơn vị tiền thân): a unit's predecessors are every unit whose
/// chain of `successor`s leads to it, so in A → B → C both A and B precede C.
public struct Lineage: Sendable, Equatable {
    /// Predecessors by unit id, in register order; a unit with none is absent.
    public let predecessors: [String: [String]]
    /// The units that name each unit as their `successor`, in register order: the last step of the chains.
    public let direct: [String: [String]]

    /// The lineage of `units`. A loop of successors, which the check refuses, is followed only once round.
    ///
    /// - Complexity: O(U × L) for U units and chains of length L.
    public init(_ units: [Unit]) {
        let successor = Dictionary(units.map { ($0.id, $0.successor) }, uniquingKeysWith: { first, _ in first })
        var predecessors: [String: [String]] = [:]
        for unit in units {
            var seen: Set = [unit.id]
            var next = unit.successor
            while let id = next, successor[id] != nil, seen.insert(id).inserted {
                predecessors[id, default: []].append(unit.id)
                next = successor[id] ?? nil
            }
        }
        self.predecessors = predecessors
        var direct: [String: [String]] = [:]
        for unit in units { if let id = unit.successor, successor[id] != nil { direct[id, default: []].append(unit.id) } }
        self.direct = direct
    }
}
