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
    /// The register's units in name order (`UnitIndex`), with the key of the site-wide files it
    /// was sorted from: the collation costs microseconds a comparison, a third of a notes rebuild's check.
    var names: (key: String, order: [Int])?

    public init() {}

    /// The key of a period's files: the digests of chiso, of the site-wide files and of the
    /// period's data files (`InputDigests`).
    public static func key(tool: String, site: String, data: String) -> String {
        var hasher = SHA256()
        InputDigests.feed(&hasher, tool, Array(site.utf8))
        hasher.update(data: Array(data.utf8))
        return InputDigests.hex(hasher.finalize())
    }

    /// What still holds for files with these keys: the values of the periods whose files are
    /// those they were checked from (`keys` by period id), and the name order when the
    /// site-wide files are those it was sorted from (`names`).
    func kept(matching keys: [String: String], names key: String) -> KeptChecks {
        var values: [String: CheckedValues] = [:]
        for (id, entry) in entries where keys[id] == entry.key { values[id] = entry.values }
        return KeptChecks(periods: values, nameOrder: names?.key == key ? names?.order : nil)
    }

    /// The periods to keep after a check: those of `clean` with a key, taken from `kept` when it
    /// holds them with that key, else from `dataset`.
    ///
    /// - Complexity: O(records of the periods not in `kept`).
    static func keeping(_ clean: Set<String>, keys: [String: String], names: String, from kept: CheckedPeriods, dataset: Dataset) -> CheckedPeriods {
        let wanted = dataset.periods.filter { clean.contains($0.period.id) && keys[$0.period.id] != nil }
        let made = ParallelMap.map(wanted) { data -> Entry in
            let id = data.period.id, key = keys[id]!
            if let entry = kept.entries[id], entry.key == key { return entry }
            let values = CheckedValues(records: data.records, total: data.total, late: data.late)
            return Entry(key: key, values: values, chunk: CheckedValues.chunk(id: id, key: key, values: values))
        }
        var result = CheckedPeriods()
        for (data, entry) in zip(wanted, made) { result.entries[data.period.id] = entry }
        result.names = (names, dataset.index.inNameOrder)
        return result
    }

    /// True when both keep the same periods and name order with the same keys.
    func holdsSame(as other: CheckedPeriods) -> Bool {
        names?.key == other.names?.key && entries.count == other.entries.count
            && entries.allSatisfy { other.entries[$0.key]?.key == $0.value.key }
    }
}

/// What a check takes from an earlier one instead of working it out again.
public struct KeptChecks: Sendable {
    /// By period id, the values of periods whose data files are not read again.
    var periods: [String: CheckedValues] = [:]
    /// The register's numbers in name order, for `UnitIndex`.
    var nameOrder: [Int]?

    /// Nothing kept: every period is read and the names are sorted.
    public init() {}

    init(periods: [String: CheckedValues], nameOrder: [Int]?) {
        self.periods = periods
        self.nameOrder = nameOrder
    }
}

/// What checking a period's files gives, but its period.toml and notes.md, which are read anew.
public struct CheckedValues: Sendable, Equatable {
    var records: [String: Record]
    var total: Record?
    var late: [LateDossier]
}
