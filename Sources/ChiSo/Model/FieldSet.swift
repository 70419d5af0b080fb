/// A set of fields as a bit mask: no allocation, no hashing.
public struct FieldSet: Hashable, Sendable, ExpressibleByArrayLiteral, CustomStringConvertible {
    private var bits: UInt32 = 0

    public init() {}

    /// The set whose mask is `bits` (bit `Field.index` for each field), as `bits` gives it back.
    init(bits: UInt32) { self.bits = bits }

    /// The mask: bit `Field.index` for each field in the set.
    var mask: UInt32 { bits }

    public init(arrayLiteral fields: Field...) {
        for field in fields { insert(field) }
    }

    public var isEmpty: Bool { bits == 0 }

    public func contains(_ field: Field) -> Bool { bits & (1 << field.index) != 0 }

    public mutating func insert(_ field: Field) { bits |= 1 << field.index }

    public mutating func remove(_ field: Field) { bits &= ~(1 << field.index) }

    /// The fields in catalogue order.
    public var fields: [Field] { Field.allCases.filter(contains) }

    public var description: String { "[" + fields.map(\.rawValue).joined(separator: ", ") + "]" }
}
