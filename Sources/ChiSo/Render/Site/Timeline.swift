/// The report's periods grouped by kind, in end-date order: what pages compare and chart.
struct Timeline: Sendable {
    /// Indices into `Report.periods`, per kind.
    private let byKind: [PeriodKind: [Int]]
    /// Each period's position in its kind's list.
    private let position: [Int]

    init(_ report: Report) {
        var byKind: [PeriodKind: [Int]] = [:]
        var position: [Int] = []
        for (index, period) in report.periods.enumerated() {
            position.append(byKind[period.period.kind, default: []].count)
            byKind[period.period.kind, default: []].append(index)
        }
        self.byKind = byKind
        self.position = position
    }

    /// The periods of `kind`, oldest first.
    func periods(of kind: PeriodKind) -> [Int] { byKind[kind] ?? [] }

    /// The period of the same kind just before `index`.
    func previous(of index: Int, in report: Report) -> Int? {
        let place = position[index]
        return place > 0 ? byKind[report.periods[index].period.kind]![place - 1] : nil
    }

    /// The period of the same kind just after `index`.
    func next(of index: Int, in report: Report) -> Int? {
        let list = byKind[report.periods[index].period.kind]!
        return position[index] + 1 < list.count ? list[position[index] + 1] : nil
    }

    /// Up to `count` periods of the same kind ending with `index`, oldest first.
    func recent(upTo index: Int, count: Int, in report: Report) -> [Int] {
        let list = byKind[report.periods[index].period.kind]!
        return Array(list[max(0, position[index] + 1 - count)...position[index]])
    }
}
