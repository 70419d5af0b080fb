import Testing
@testable import ChiSo

@Suite("Ranks and movements packed in 8 bytes")
struct PackedPlaceTests {
    @Test("Every rank and movement reads back as it was given", arguments: [
        (nil, nil), (1, .new), (2, .same), (3, .up(1)), (40, .down(39)), (9_999, .up(9_998)), (10_000, .down(1)),
    ] as [(Int?, Movement?)])
    func roundTrip(rank: Int?, movement: Movement?) {
        let packed = PackedPlace(rank: rank, movement: movement)
        #expect(packed.rank == rank)
        #expect(packed.movement == movement)
        #expect(MemoryLayout<PackedPlace>.size == 8)
    }

    @Test("A rank entry and a rank place stay small")
    func sizes() {
        #expect(MemoryLayout<RankPlace?>.stride == 16)
        #expect(MemoryLayout<RankEntry>.stride <= 48)
        let place = RankPlace(rank: 7, of: 15, movement: .down(2))
        #expect(place.rank == 7 && place.of == 15 && place.movement == .down(2))
    }
}
