/// Finds the name a person probably meant, comparing without diacritics.
enum Similarity {
    /// The candidate nearest to `text` by edit distance of the diacritic-free keys, if near enough:
    /// at most a quarter of the longer key's length (typing slips and missing diacritics, not
    /// another word: «Đã trả kết quả» is not «Số hóa kết quả»).
    static func closest(to text: String, among candidates: [String]) -> String? {
        let target = Array(NameKey.foldingDiacritics(text))
        var best: (String, Int)?
        for candidate in candidates {
            let key = Array(NameKey.foldingDiacritics(candidate))
            let limit = max(target.count, key.count) / 4
            guard abs(key.count - target.count) <= limit else { continue }
            let distance = editDistance(target, key)
            if distance <= limit, distance < (best?.1 ?? .max) { best = (candidate, distance) }
        }
        return best?.0
    }

    static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        var previous = Array(0...b.count)
        var current = previous
        for i in 1...a.count {
            current[0] = i
            for j in stride(from: 1, through: b.count, by: 1) {
                let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
                current[j] = min(substitution, previous[j] + 1, current[j - 1] + 1)
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
