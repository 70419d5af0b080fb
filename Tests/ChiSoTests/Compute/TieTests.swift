import Testing
@testable import ChiSo

@Suite("Shared places: ranks that tie, and the movement rule around them")
struct TieTests {
    /// (rank before, units sharing it) → (rank now, units sharing it): the movement.
    @Test("A move counts only the places surely passed; inside a tie nothing moves", arguments: [
        (nil, (1, 1), Movement.new),
        ((3, 1), (1, 1), .up(2)),
        ((1, 1), (4, 1), .down(3)),
        ((2, 1), (2, 1), .same),
        ((1, 15), (1, 14), .same),
        ((1, 15), (16, 1), .down(1)),
        ((1, 15), (20, 1), .down(5)),
        ((18, 1), (1, 15), .up(3)),
        ((3, 1), (1, 15), .withinTie),
        ((1, 1), (1, 15), .withinTie),
        ((1, 15), (1, 1), .withinTie),
        ((1, 15), (3, 2), .withinTie),
        ((5, 3), (1, 2), .up(3)),
    ] as [((Int, Int)?, (Int, Int), Movement)])
    func rule(before: (Int, Int)?, now: (Int, Int), expected: Movement) {
        #expect(Movement.between(before.map { (rank: $0.0, tied: $0.1) }, (rank: now.0, tied: now.1)) == expected)
    }

    @Test("Competition ranking records how many units share each rank, the move out of a tie says where from, and who moved most")
    func ranking() throws {
        var content = TestContent(site: TestContent.site, units: """
            id,name,kind,aliases,from,until,successor
            an,Xã An,xa,,,,
            binh,Xã Bình,xa,,,,
            cuong,Xã Cường,xa,,,,
            dung,Xã Dũng,xa,,,,
            """)
        let header = "unit,received_online,received_direct,resolved_on_time,resolved_late\n"
        content.period("2023-06", start: "2023-05-15", end: "2023-06-14", files: [
            "data.csv": header + "Xã An,1,1,10,0\nXã Bình,1,1,10,0\nXã Cường,1,1,10,0\nXã Dũng,1,1,9,1\n",
        ])
        content.period("2023-07", start: "2023-06-15", end: "2023-07-14", label: "Tháng 7/2023", files: [
            "data.csv": header + "Xã An,1,1,10,0\nXã Bình,1,1,9,1\nXã Cường,1,1,10,0\nXã Dũng,1,1,10,0\n",
        ])
        let result = content.check()
        #expect(result.lines == [])
        let report = try ReportBuilder.build(try #require(result.dataset))
        let june = try #require(report.periods[0].ranking(.onTimeRate, in: "cap-xa"))
        #expect(june.entries.map { [$0.rank, $0.tied] } == [[1, 3], [1, 3], [1, 3], [4, 1]])
        let july = try #require(report.periods[1].ranking(.onTimeRate, in: "cap-xa"))
        let lines = Dictionary(uniqueKeysWithValues: july.entries.map { ($0.unitID, ($0.movement, $0.previous)) })
        #expect(lines["binh"]?.0 == .down(1))
        #expect(lines["binh"]?.1 == Place(rank: 1, isShared: true))
        #expect(lines["dung"]?.0 == .up(1))
        #expect(lines["an"]?.0 == .same)
        let place = try #require(report.periods[1].places[.onTimeRate, "dung"])
        #expect(place.place == Place(rank: 1, isShared: true) && place.tied == 3 && place.previous == Place(rank: 4, isShared: false))
        let moves = RankMoves.largest(in: report.periods[1].rankings.filter { $0.groupID == "cap-xa" }, on: [.onTimeRate], count: 3)
        #expect(moves.up == [RankMove(unitID: "dung", indicator: .onTimeRate, movement: .up(1), previous: Place(rank: 4, isShared: false), now: Place(rank: 1, isShared: true))])
        #expect(moves.down == [RankMove(unitID: "binh", indicator: .onTimeRate, movement: .down(1), previous: Place(rank: 1, isShared: true), now: Place(rank: 4, isShared: false))])
    }

    /// d − 1 over d and d − 2 over d − 1 for d = 10^12 − 1 (the largest count a table may hold):
    /// different rates whose Doubles are equal. Beyond 2^53 the Doubles can even be in the wrong
    /// order, as in the second case's last two, so such ratios are compared exactly only.
    @Test("Rates whose Doubles are equal are still ranked by their exact values", arguments: [
        ([(999_999_999_997, 999_999_999_998), (999_999_999_998, 999_999_999_999), (1, 1), (1, 2)], [2, 1, 0, 3]),
        ([(999_999_999_997, 999_999_999_998), (999_999_999_998, 999_999_999_999), (12_375_478_624_102_864, 12_375_478_624_104_453), (12_375_478_624_103_726, 12_375_478_624_105_315)], [3, 2, 1, 0]),
        ([(1, 3), (2, 6), (3, 9), (1, 4)], [0, 1, 2, 3]),
    ] as [([(Int, Int)], [Int])])
    func nearlyEqualRates(_ ratios: [(Int, Int)], order: [Int]) {
        let names = ["Xã An", "Xã Bình", "Xã Cường", "Xã Dũng"]
        let index = UnitIndex(names.enumerated().map { Unit(id: "u\($0.offset)", name: $0.element, kind: .xa) })
        let values = ratios.map { ratio -> IndicatorValues? in
            var values = IndicatorValues()
            values[.onTimeRate] = IndicatorValue(Ratio(ratio.0, over: ratio.1))
            return values
        }
        let ranking = Ranker.rank(RankMembers(numbers: [0, 1, 2, 3], index: index, values: values), on: .onTimeRate, group: "cap-xa")
        #expect(ranking.entries.map(\.unitID) == order.map { "u\($0)" })
        let equal = ratios.count(where: { Ratio($0.0, over: $0.1) == Ratio(ratios[order[0]].0, over: ratios[order[0]].1) })
        #expect(ranking.entries.map(\.tied) == ranking.entries.map { $0.rank == 1 ? equal : 1 })
    }
}
