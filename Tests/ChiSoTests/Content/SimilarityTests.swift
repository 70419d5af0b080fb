import Testing

@testable import ChiSo

@Suite("Suggestions: the name a person probably meant")
struct SimilarityTests {
    /// The whole table of edits, the textbook way: what the banded distance must agree with.
    private static func fullDistance(_ a: [Character], _ b: [Character]) -> Int {
        var previous = Array(0...b.count)
        for i in a.indices {
            var current = [i + 1]
            for j in b.indices {
                current.append(min(previous[j] + (a[i] == b[j] ? 0 : 1), previous[j + 1] + 1, current[j] + 1))
            }
            previous = current
        }
        return previous[b.count]
    }

    @Test("The banded distance is the full one when that is within the bound, and nil otherwise", arguments: [1, 2, 3])
    func bandedDistance(seed: UInt64) {
        var random = SeededGenerator(seed: seed)
        let letters: [Character] = ["a", "b", "x", "đ", "ư", " ", "e\u{301}", "🙂"]
        for _ in 0..<2_000 {
            let a = (0..<Int.random(in: 0...12, using: &random)).map { _ in letters.randomElement(using: &random)! }
            let b = (0..<Int.random(in: 0...12, using: &random)).map { _ in letters.randomElement(using: &random)! }
            let bound = Int.random(in: -1...8, using: &random)
            let full = Self.fullDistance(a, b)
            #expect(Similarity.editDistance(a, b, atMost: bound) == (full <= bound ? full : nil), "\(String(a)) / \(String(b)) within \(bound)")
        }
    }

    @Test("The nearest name within a quarter of its length, the first of equally near ones, without diacritics", arguments: [
        ("Xa Hai Phu", ["Xã Hải Phú", "Xã Hải Lệ"], "Xã Hải Phú"),
        ("Xã Hải Phúc", ["Xã Hải Lộc", "Xã Hải Phúa", "Xã Hải Phú"], "Xã Hải Phúa"),
        ("Phuong Dong Luong", ["Phường Đông Lễ", "Phường Đông Lương"], "Phường Đông Lương"),
        ("Xã Ba", ["Xã Bá", "Xã Ba"], "Xã Bá"),
        ("Đã trả kết quả", ["Số hóa kết quả"], nil),
        ("", ["Xã A"], nil),
        ("Xã A", [], nil),
    ] as [(String, [String], String?)])
    func closest(text: String, among candidates: [String], expected: String?) {
        #expect(Similarity.closest(to: text, among: candidates) == expected)
    }
}
