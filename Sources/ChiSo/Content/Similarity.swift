/// Finds the name a person probably meant, comparing without diacritics.
enum Similarity {
    /// Names to suggest from, each with its diacritic-free key made once: a data file with a
    /// thousand unknown names asks the same register a thousand times.
    struct Candidates: Sendable {
        let texts: [String]
        let keys: [[Character]]
        /// The first candidate of each key: a name that differs from one only in what the keys
        /// leave out (diacritics, a prefix) is found without comparing it with every other.
        let first: [String: Int]

        /// `texts`, each compared by the diacritic-free form of `key(text)`.
        init(_ texts: [String], key: (String) -> String = { $0 }) {
            self.texts = texts
            keys = texts.map { Array(NameKey.foldingDiacritics(key($0))) }
            first = Dictionary(keys.enumerated().map { (String($1), $0) }, uniquingKeysWith: { first, _ in first })
        }
    }

    /// The candidate nearest to `text` by edit distance of the diacritic-free keys, if near enough:
    /// at most a quarter of the longer key's length (typing slips and missing diacritics, not
    /// another word: «Đã trả kết quả» is not «Số hóa kết quả»). Of equally near ones, the first.
    ///
    /// - Complexity: O(candidates × key length × nearness), nearness a quarter of a key's length at most.
    static func closest(to text: String, among candidates: Candidates) -> String? {
        let target = Array(NameKey.foldingDiacritics(text))
        if let index = candidates.first[String(target)], candidates.keys[index] == target { return candidates.texts[index] }
        var best: (index: Int, distance: Int)?
        for (index, key) in candidates.keys.enumerated() {
            let bound = min(max(target.count, key.count) / 4, (best?.distance ?? .max) - 1)
            if let distance = editDistance(target, key, atMost: bound) { best = (index, distance) }
        }
        return best.map { candidates.texts[$0.index] }
    }

    /// `closest(to:among:)` over candidates used once.
    static func closest(to text: String, among candidates: [String]) -> String? {
        closest(to: text, among: Candidates(candidates))
    }

    /// The edit distance of `a` and `b` (insertions, deletions, substitutions) when it is at most
    /// `bound`, else nil. Only the cells within `bound` of the diagonal are computed, and the
    /// rows stop once every cell of one exceeds `bound`: no later cell can be lower.
    ///
    /// - Complexity: O(min(|a| × (2 × bound + 1), |a| × |b|)).
    static func editDistance(_ a: [Character], _ b: [Character], atMost bound: Int) -> Int? {
        guard bound >= 0, abs(a.count - b.count) <= bound else { return nil }
        guard !a.isEmpty, !b.isEmpty else { return max(a.count, b.count) }
        // Cells past the band's right end are read as `over`: neither row ever writes there.
        // Its left end moves right, so the cell before it is set to `over` in each row.
        let over = bound + 1
        var previous = (0...b.count).map { min($0, over) }
        var current = [Int](repeating: over, count: b.count + 1)
        for i in 1...a.count {
            // low ≤ high: |a − b| ≤ bound and b is not empty.
            let low = max(1, i - bound), high = min(b.count, i + bound)
            current[0] = min(i, over)
            current[low - 1] = low > 1 ? over : current[0]
            var lowest = current[0]
            for j in low...high {
                let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
                let cell = min(substitution, previous[j] + 1, current[j - 1] + 1, over)
                current[j] = cell
                lowest = min(lowest, cell)
            }
            guard lowest <= bound else { return nil }
            swap(&previous, &current)
        }
        return previous[b.count] <= bound ? previous[b.count] : nil
    }
}
