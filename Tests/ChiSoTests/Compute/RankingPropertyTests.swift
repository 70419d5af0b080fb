import Testing
@testable import ChiSo

/// Generated districts: a register of n communes and one period whose rows come in any order.
private struct GeneratedDistrict {
    let units: String
    let rows: [String]

    init(seed: UInt64) {
        var generator = SeededGenerator(seed: seed)
        let count = Int.random(in: 2...40, using: &generator)
        units = "id,name,kind\n" + (0..<count).map { "u\($0),Xã Số \($0),xa\n" }.joined()
        rows = (0..<count).map { index in
            // Small ranges so that ties are common.
            let online = Int.random(in: 0...6, using: &generator)
            let direct = Int.random(in: 0...6, using: &generator)
            let late = Int.random(in: 0...3, using: &generator)
            let onTime = Int.random(in: 0...8, using: &generator)
            let blank = Int.random(in: 0..<8, using: &generator) == 0
            return "Xã Số \(index),\(online),\(blank ? "" : "\(direct)"),\(onTime),\(late)\n"
        }
    }

    func report(shuffledWith seed: UInt64?) throws -> Report {
        var generator = SeededGenerator(seed: seed ?? 0)
        let ordered = seed == nil ? rows : rows.shuffled(using: &generator)
        var content = TestContent(units: units)
        content.period("2023-06", files: ["data.csv": "unit,received_online,received_direct,resolved_on_time,resolved_late\n" + ordered.joined()])
        return try ReportBuilder.build(try #require(content.check().dataset))
    }
}

@Suite("Ranking properties over generated districts")
struct RankingPropertyTests {
    @Test("Ranks do not depend on the order of the rows", arguments: 0..<30)
    func rowOrder(seed: UInt64) throws {
        let district = GeneratedDistrict(seed: seed)
        let original = try district.report(shuffledWith: nil).periods[0]
        let shuffled = try district.report(shuffledWith: seed + 1000).periods[0]
        for indicator in [Indicator.onlineRate, .onTimeRate, .overdue] {
            #expect(original.ranking(indicator, in: "cap-xa")?.entries == shuffled.ranking(indicator, in: "cap-xa")?.entries)
        }
    }

    @Test("A district rate is the ratio of the summed counts", arguments: 0..<30)
    func districtRate(seed: UInt64) throws {
        let period = try GeneratedDistrict(seed: seed).report(shuffledWith: nil).periods[0]
        let records = Array(period.data.records.values)
        let withBoth = records.filter { $0[.receivedOnline] != nil && $0[.received] != nil }
        let online = withBoth.map { $0[.receivedOnline]! }.reduce(0, +)
        let received = withBoth.map { $0[.received]! }.reduce(0, +)
        #expect(period.total[.onlineRate] == (received > 0 ? IndicatorValue(Ratio(online * 100, over: received)) : nil))
        let resolved = records.map { $0[.resolved]! }.reduce(0, +)
        let onTime = records.map { $0[.resolvedOnTime]! }.reduce(0, +)
        #expect(period.total[.onTimeRate] == (resolved > 0 ? IndicatorValue(Ratio(onTime * 100, over: resolved)) : nil))
    }

    @Test("Tied values share a rank and the next rank skips: rank = 1 + the number strictly better", arguments: 0..<30)
    func competition(seed: UInt64) throws {
        let period = try GeneratedDistrict(seed: seed).report(shuffledWith: nil).periods[0]
        for ranking in period.rankings where ranking.groupID == "cap-xa" {
            let lower = ranking.indicator.better == .lower
            let values = ranking.entries.compactMap { $0.value?.value }
            #expect(ranking.ranked == values.count)
            for entry in ranking.entries {
                guard let value = entry.value?.value else {
                    #expect(entry.rank == nil)
                    continue
                }
                let better = values.count { lower ? $0 < value : $0 > value }
                #expect(entry.rank == better + 1, "\(ranking.indicator) \(entry.unitID)")
            }
        }
    }
}
