import Testing
@testable import ChiSo

@Suite("Compact storage of ranks, values and attention items")
struct CompactStorageTests {
    @Test("Every rank and movement reads back as it was given", arguments: [
        (nil, nil), (1, .new), (2, .same), (3, .up(1)), (40, .down(39)), (9_999, .up(9_998)), (10_000, .down(1)),
    ] as [(Int?, Movement?)])
    func roundTrip(rank: Int?, movement: Movement?) {
        let packed = PackedPlace(rank: rank, movement: movement)
        #expect(packed.rank == rank)
        #expect(packed.movement == movement)
        #expect(MemoryLayout<PackedPlace>.size == 8)
    }

    @Test("A ranking line, a rank place and an attention item stay small")
    func sizes() {
        #expect(MemoryLayout<RankSlot>.stride == 12)
        #expect(MemoryLayout<RankPlace>.stride == 12)
        #expect(MemoryLayout<AttentionSlot>.stride == 24)
        let place = RankPlace(rank: 7, of: 15, movement: .down(2))
        #expect(place.rank == 7 && place.of == 15 && place.movement == .down(2))
    }

    @Test("An indicator's value reads back with its source; no value stays no value", arguments: [
        nil, IndicatorValue(Ratio(9_347, over: 100)), IndicatorValue(Ratio(0, over: 1)), IndicatorValue(Ratio(1, over: 3), source: .reported),
        IndicatorValue(Ratio(-5, over: 7), source: .reported), IndicatorValue(Ratio(Int.max, over: Int.max)),
    ] as [IndicatorValue?])
    func values(value: IndicatorValue?) {
        var values = IndicatorValues()
        values[.onlineRate] = value
        #expect(values[.onlineRate] == value)
        #expect(values[.onlineRate]?.source == value?.source)
        #expect(values[.onTimeRate] == nil)
        values[.onlineRate] = nil
        #expect(values == IndicatorValues())
    }

    @Test("Values compare by what they are worth: 1/2 equals 2/4, but not a reported 1/2")
    func equality() {
        var half = IndicatorValues()
        half[.onTimeRate] = IndicatorValue(Ratio(1, over: 2))
        var twoQuarters = IndicatorValues()
        twoQuarters[.onTimeRate] = IndicatorValue(Ratio(2, over: 4))
        var reported = IndicatorValues()
        reported[.onTimeRate] = IndicatorValue(Ratio(1, over: 2), source: .reported)
        #expect(half == twoQuarters)
        #expect(half != reported)
    }
}
