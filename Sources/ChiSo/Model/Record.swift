/// The values one unit (or the total row) reports for one period, after merging every file.
public struct Record: Sendable, Equatable {
    /// Counts by `Field.index`; nil where no value was given or derived.
    public private(set) var counts: [Int?]
    /// Reported percentages by rate.
    public var rates: [ReportedRate: Ratio]
    /// Fields whose cell was present but empty, `-` or `—` (no data, never 0).
    public var blanks: Set<Field>
    /// Fields not given but derived from an identity of FORMAT.md.
    public var derived: Set<Field>

    public init() {
        counts = Array(repeating: nil, count: Field.allCases.count)
        rates = [:]
        blanks = []
        derived = []
    }

    public subscript(field: Field) -> Int? {
        get { counts[field.index] }
        set { counts[field.index] = newValue }
    }

    /// True when the field had a column in the data (a value or a blank cell).
    public func mentions(_ field: Field) -> Bool { self[field] != nil || blanks.contains(field) }
}
