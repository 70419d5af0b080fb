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

    /// Numbers `units` and sorts their names, unless `known` gives their numbers in name order
    /// as an earlier sort of the same units did (taken only when it holds each number once).
    ///
    /// - Complexity: O(n log n) comparisons of names under the Vietnamese collation; O(n) with `known`.
    public init(_ units: [Unit], nameOrder known: [Int]? = nil) {
        self.units = units
        numbers = Dictionary(units.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        let sorted = known.flatMap { UnitIndex.isOrder($0, of: units.count) ? $0 : nil } ?? UnitIndex.sortedByName(units)
        inNameOrder = sorted
        var ranks = [Int](repeating: 0, count: units.count)
        for (rank, number) in sorted.enumerated() { ranks[number] = rank }
        nameRanks = ranks
    }

    /// The numbers of `units` in name order: each core sorts a share of them, then the shares are
    /// merged. A comparison of two names under the collation costs microseconds, so this halves
    /// the time on two cores.
    ///
    /// - Complexity: O(n log n) comparisons, O(n log n / cores + n) of them in sequence.
    private static func sortedByName(_ units: [Unit]) -> [Int] {
        let vietnamese = Locale(identifier: "vi")
        let before: @Sendable (Int, Int) -> Bool = { a, b in
            switch units[a].name.compare(units[b].name, options: [], range: nil, locale: vietnamese) {
            case .orderedAscending: true
            case .orderedDescending: false
            case .orderedSame: units[a].id < units[b].id
            }
        }
        let shares = max(1, min(ProcessInfo.processInfo.activeProcessorCount, units.count / 64))
        let bounds = (0...shares).map { $0 * units.count / shares }
        var runs = ParallelMap.map(Array(0..<shares)) { share in Array(bounds[share]..<bounds[share + 1]).sorted(by: before) }
        while runs.count > 1 {
            var merged: [[Int]] = []
            for pair in stride(from: 0, to: runs.count, by: 2) {
                merged.append(pair + 1 < runs.count ? merge(runs[pair], runs[pair + 1], by: before) : runs[pair])
            }
            runs = merged
        }
        return runs.first ?? []
    }

    /// True when `order` holds each of 0..<count once.
    private static func isOrder(_ order: [Int], of count: Int) -> Bool {
        guard order.count == count else { return false }
        var seen = [Bool](repeating: false, count: count)
        for number in order {
            guard (0..<count).contains(number), !seen[number] else { return false }
            seen[number] = true
        }
        return true
    }

    /// The two sorted runs as one, the first run's first on ties.
    private static func merge(_ a: [Int], _ b: [Int], by before: (Int, Int) -> Bool) -> [Int] {
        var merged: [Int] = []
        merged.reserveCapacity(a.count + b.count)
        var i = 0, j = 0
        while i < a.count, j < b.count {
            if before(b[j], a[i]) {
                merged.append(b[j])
                j += 1
            } else {
                merged.append(a[i])
                i += 1
            }
        }
        merged += a[i...]
        merged += b[j...]
        return merged
    }

    /// The number of the unit `id`; nil for an id not in the register.
    public func number(of id: String) -> Int? { numbers[id] }

    /// The place of unit `id` in name order; nil for an id not in the register.
    public func nameRank(of id: String) -> Int? { numbers[id].map { nameRanks[$0] } }

    /// The units in name order.
    public var unitsInNameOrder: [Unit] { inNameOrder.map { units[$0] } }
}
