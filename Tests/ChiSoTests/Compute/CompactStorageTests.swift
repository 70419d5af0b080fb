import Testing
@testable import ChiSo

@Suite("Compact storage of ranks, values and attention items")
struct CompactStorageTests {
    @Test("Every rank, tie, movement and previous place reads back as it was given", arguments: [
        (nil, 1, nil, nil), (1, 15, .new, nil), (2, 1, .same, Place(rank: 2, isShared: false)), (3, 1, .up(1), Place(rank: 4, isShared: false)),
        (40, 2, .down(39), Place(rank: 1, isShared: true)), (9_999, 1, .up(9_998), Place(rank: 19_997, isShared: false)),
        (10_000, 3, .down(1), Place(rank: 9_998, isShared: true)), (1, 15, .withinTie, Place(rank: 3, isShared: false)),
    ] as [(Int?, Int, Movement?, Place?)])
    func roundTrip(rank: Int?, tied: Int, movement: Movement?, previous: Place?) {
        let packed = PackedPlace(rank: rank, tied: tied, movement: movement, previous: previous)
        #expect(packed.rank == rank)
        #expect(packed.tied == tied)
        #expect(packed.movement == movement)
        #expect(packed.previous == previous)
        #expect(MemoryLayout<PackedPlace>.size == 16)
    }

    @Test("A ranking line, a rank place and an attention item stay small")
    func sizes() {
        #expect(MemoryLayout<RankSlot>.stride == 20)
        #expect(MemoryLayout<RankPlace>.stride == 20)
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
