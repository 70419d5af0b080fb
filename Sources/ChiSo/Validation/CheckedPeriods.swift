import Crypto

/// Periods an earlier build checked and found clean, kept beside the output so that a rebuild
/// reads and checks again only the periods whose files changed.
///
/// A period is kept only when reading and checking it found nothing to say, not even a
/// warning, so taking it back repeats no report. Its key is the digest of everything its check
/// read: chiso itself, the files outside `periods/` and the period folder's files but notes.md.
public struct CheckedPeriods: Sendable {
    /// One kept period: the key of the files it was checked from, its values and their bytes.
    struct Entry: Sendable {
        let key: String
        let values: CheckedValues
        /// The entry as stored, written again as it is.
        let chunk: [UInt8]
    }

    /// By period id.
    var entries: [String: Entry] = [:]

    public init() {}

    /// The key of a period's files: the digests of chiso, of the site-wide files and of the
    /// period's data files (`InputDigests`).
    public static func key(tool: String, site: String, data: String) -> String {
        var hasher = SHA256()
        InputDigests.feed(&hasher, tool, Array(site.utf8))
        hasher.update(data: Array(data.utf8))
        return InputDigests.hex(hasher.finalize())
    }

    /// The kept values of the periods whose files are those they were checked from: by id,
    /// for the periods `keys` gives the key of their files now.
    func values(matching keys: [String: String]) -> [String: CheckedValues] {
        var values: [String: CheckedValues] = [:]
        for (id, entry) in entries where keys[id] == entry.key { values[id] = entry.values }
        return values
    }

    /// The periods to keep after a check: those of `clean` with a key, taken from `kept` when it
    /// holds them with that key, else from `dataset`.
    ///
    /// - Complexity: O(records of the periods not in `kept`).
    static func keeping(_ clean: Set<String>, keys: [String: String], from kept: CheckedPeriods, dataset: Dataset) -> CheckedPeriods {
        let wanted = dataset.periods.filter { clean.contains($0.period.id) && keys[$0.period.id] != nil }
        let made = ParallelMap.map(wanted) { data -> Entry in
            let id = data.period.id, key = keys[id]!
            if let entry = kept.entries[id], entry.key == key { return entry }
            let values = CheckedValues(records: data.records, total: data.total, late: data.late)
            return Entry(key: key, values: values, chunk: CheckedValues.chunk(id: id, key: key, values: values))
        }
        var result = CheckedPeriods()
        for (data, entry) in zip(wanted, made) { result.entries[data.period.id] = entry }
        return result
    }

    /// True when both keep the same periods with the same keys.
    func holdsSame(as other: CheckedPeriods) -> Bool {
        entries.count == other.entries.count && entries.allSatisfy { other.entries[$0.key]?.key == $0.value.key }
    }
}

/// What checking a period's files gives, but its period.toml and notes.md, which are read anew.
public struct CheckedValues: Sendable, Equatable {
    var records: [String: Record]
    var total: Record?
    var late: [LateDossier]
}
