import Foundation

/// The register's units numbered once, for every stage after validation: a unit's number is its
/// position in register order, and its place in Vietnamese name order (Ă after A, Đ after D) is
/// sorted out once. Rankings, attention lists and pages refer to units by these numbers.
public struct UnitIndex: Sendable {
    /// The units in register order: `units[number]`.
    public let units: [Unit]
    /// By id, each unit's number.
    private let numbers: [String: Int]
    /// By number, the unit's place in name order.
    public let nameRanks: [Int]
    /// The numbers in name order.
    public let inNameOrder: [Int]

    /// Numbers `units` and sorts their names.
    ///
    /// - Complexity: O(n log n) comparisons of names under the Vietnamese collation.
    public init(_ units: [Unit]) {
        self.units = units
        numbers = Dictionary(units.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        let vietnamese = Locale(identifier: "vi")
        let sorted = units.indices.sorted { a, b in
            switch units[a].name.compare(units[b].name, options: [], range: nil, locale: vietnamese) {
            case .orderedAscending: true
            case .orderedDescending: false
            case .orderedSame: units[a].id < units[b].id
            }
        }
        inNameOrder = sorted
        var ranks = [Int](repeating: 0, count: units.count)
        for (rank, number) in sorted.enumerated() { ranks[number] = rank }
        nameRanks = ranks
    }

    /// The number of the unit `id`; nil for an id not in the register.
    public func number(of id: String) -> Int? { numbers[id] }

    /// The place of unit `id` in name order; nil for an id not in the register.
    public func nameRank(of id: String) -> Int? { numbers[id].map { nameRanks[$0] } }

    /// The units in name order.
    public var unitsInNameOrder: [Unit] { inNameOrder.map { units[$0] } }
}
