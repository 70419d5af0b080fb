/// The values one unit (or the total row) reports for one period, after merging every file.
public struct Record: Sendable, Equatable {
    /// Counts by `Field.index`; `Record.none` where no value was given or derived.
    private var counts: ContiguousArray<Int>
    /// Reported percentages by rate.
    public var rates: [Indicator: Ratio]
    /// Fields whose cell was present but empty, `-` or `—` (no data, never 0).
    public var blanks: FieldSet
    /// Fields not given but derived from an identity of FORMAT.md.
    public var derived: FieldSet

    public init() {
        counts = ContiguousArray(repeating: Record.none, count: Field.allCases.count)
        rates = [:]
        blanks = []
        derived = []
    }

    /// The stored mark of "no value": counts are never negative.
    private static let none = Int.min

    public subscript(field: Field) -> Int? {
        get {
            let value = counts[field.index]
            return value == Record.none ? nil : value
        }
        set { counts[field.index] = newValue ?? Record.none }
    }

    /// True when the field had a column in the data (a value or a blank cell).
    public func mentions(_ field: Field) -> Bool { self[field] != nil || blanks.contains(field) }
}
