import Testing
@testable import ChiSo

@Suite("The period's verdict, written from its numbers")
struct VerdictTests {
    static let names = ["dat-dai": "CN VPĐKĐĐ", "an": "Xã An"]

    @Test("The sentence from known numbers", arguments: [
        (Verdict(targetsMet: 3, targetsWithValue: 4, overdue: 142, overdueChange: 38, mostOverdue: .init(unitID: "dat-dai", count: 104)),
         "Tháng 01/2025: toàn huyện đạt 3/4 chỉ tiêu; 142 hồ sơ trễ hạn, tăng 38, tập trung ở CN VPĐKĐĐ (104)."),
        (Verdict(targetsMet: 0, targetsWithValue: 0, overdue: 1_250, overdueChange: -5, mostOverdue: .init(unitID: "an", count: 300)),
         "Tháng 01/2025: 1.250 hồ sơ trễ hạn, giảm 5, nhiều nhất ở Xã An (300)."),
        (Verdict(targetsMet: 4, targetsWithValue: 4, overdue: 9, overdueChange: nil, mostOverdue: .init(unitID: "an", count: 9)),
         "Tháng 01/2025: toàn huyện đạt 4/4 chỉ tiêu; 9 hồ sơ trễ hạn, tập trung ở Xã An (9)."),
        (Verdict(targetsMet: 1, targetsWithValue: 2, overdue: 0, overdueChange: 0, mostOverdue: nil),
         "Tháng 01/2025: toàn huyện đạt 1/2 chỉ tiêu; không có hồ sơ trễ hạn, không đổi."),
        (Verdict(targetsMet: 0, targetsWithValue: 0, overdue: nil, overdueChange: nil, mostOverdue: nil),
         "Tháng 01/2025: chưa có số liệu để đánh giá."),
    ])
    func sentence(verdict: Verdict, expected: String) throws {
        let strings = try SitePagesTests.theme().strings.speaking(for: .huyen)
        #expect(VerdictText.sentence(verdict, period: "Tháng 01/2025", names: { Self.names[$0] ?? $0 }, strings: strings) == expected)
    }

    @Test("The facts from a report: targets of the whole, the change since the previous month, the unit with most late dossiers")
    func facts() throws {
        var content = TestContent(site: TestContent.site + "\n[targets]\nonline_rate = 70\non_time_rate = 99\n", units: """
            id,name,kind,aliases,from,until,successor
            an,Xã An,xa,,,,
            binh,Xã Bình,xa,,,,
            """)
        let header = "unit,received_online,received_direct,resolved_on_time,resolved_late,pending_overdue\n"
        content.period("2023-06", start: "2023-05-15", end: "2023-06-14", files: ["data.csv": header + "Xã An,8,2,9,1,0\nXã Bình,1,1,10,0,0\n"])
        content.period("2023-07", start: "2023-06-15", end: "2023-07-14", label: "Tháng 7/2023", files: [
            "data.csv": header + "Xã An,8,2,7,3,0\nXã Bình,8,2,8,2,0\n"
        ])
        let report = try ReportBuilder.build(try #require(content.check().dataset))
        let targets = Target.all(of: report.site)
        let june = Verdict.of(report.periods[0], previous: nil, targets: targets, index: report.index)
        // June: 9 of 12 online meets 70 %; 19 of 20 on time misses 99 %.
        #expect(june == Verdict(targetsMet: 1, targetsWithValue: 2, overdue: 1, overdueChange: nil, mostOverdue: .init(unitID: "an", count: 1)))
        let july = Verdict.of(report.periods[1], previous: report.periods[0], targets: targets, index: report.index)
        // July: 16 of 20 online meets 70 %; 15 of 20 on time misses 99 %; Xã An holds 3 of the 5 late dossiers.
        #expect(july == Verdict(targetsMet: 1, targetsWithValue: 2, overdue: 5, overdueChange: 4, mostOverdue: .init(unitID: "an", count: 3)))
        #expect(july.isConcentrated)
    }
}

@Suite("Shared places as the site writes them")
struct PlaceTextTests {
    /// (rank, shared, previous, movement) → the text shown (nil: nothing) and the style.
    @Test("A shared place reads 1=; a move out of or into one says where from; a change inside one shows no move", arguments: [
        (4, false, Place(rank: 7, isShared: false), Movement.up(3), "▲3", "up"),
        (16, false, Place(rank: 1, isShared: true), .down(1), "▼1 1= → 16", "down"),
        (1, true, Place(rank: 18, isShared: false), .up(3), "▲3 18 → 1=", "up"),
        (1, true, Place(rank: 3, isShared: false), .withinTie, "3 → 1=", "same"),
        (2, false, Place(rank: 2, isShared: false), .same, "=", "same"),
        (5, true, nil, .new, "mới", "new"),
    ] as [(Int, Bool, Place?, Movement, String?, String)])
    func movement(rank: Int, shared: Bool, previous: Place?, movement: Movement, shown: String?, style: String) throws {
        let text = PlaceText(strings: try SitePagesTests.theme().strings)
        let words = text.movement(movement, to: Place(rank: rank, isShared: shared), from: previous)
        #expect(words.shown == shown)
        #expect(words.style == style)
    }

    @Test("Ranks on cards and in tables", arguments: [
        (RankPlace(rank: 1, of: 20, tied: 15, movement: .same), "1=", "1=/20", "đồng hạng 1/20 (15 đơn vị)"),
        (RankPlace(rank: 7, of: 20, movement: .same), "7", "7/20", "thứ 7/20"),
    ])
    func ranks(place: RankPlace, rank: String, short: String, card: String) throws {
        let text = PlaceText(strings: try SitePagesTests.theme().strings)
        #expect(text.rank(place.place) == rank)
        #expect(text.rankShort(place) == short)
        #expect(text.rankOf(place) == card)
    }
}
