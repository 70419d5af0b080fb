/// The bytes of a data file, written fragment by fragment straight into the array the file is
/// written from: fixed fragments are copied from static memory and whole numbers written digit
/// by digit, without a String's checks on every append or a copy at the end.
struct DataBytes {
    private(set) var bytes: [UInt8] = []

    init(capacity: Int = 0) { bytes.reserveCapacity(capacity) }

    /// A fixed fragment, copied as it is.
    mutating func raw(_ fragment: StaticString) {
        bytes.append(contentsOf: UnsafeBufferPointer(start: fragment.utf8Start, count: fragment.utf8CodeUnitCount))
    }

    /// Text already in its written form (escaped or known safe), copied as it is.
    mutating func raw(_ text: String) {
        var text = text
        text.withUTF8 { bytes.append(contentsOf: $0) }
    }

    mutating func byte(_ byte: UInt8) { bytes.append(byte) }

    /// The bytes written, handed over without a copy; the buffer is left empty.
    mutating func take() -> [UInt8] {
        defer { bytes = [] }
        return bytes
    }

    /// The bytes written into `other`, copied as they are.
    mutating func append(_ other: DataBytes) { bytes.append(contentsOf: other.bytes) }

    /// A whole number in decimal: `-12`, `0`, `360`.
    mutating func integer(_ value: Int) {
        if value < 0 { bytes.append(UInt8(ascii: "-")) }
        var rest = value.magnitude
        var unit: UInt = 1
        while rest / unit >= 10 { unit *= 10 }
        repeat {
            bytes.append(UInt8(ascii: "0") + UInt8(truncatingIfNeeded: rest / unit))
            rest %= unit
            unit /= 10
        } while unit > 0
    }

    /// A value as data files write it (data.csv and data.json): the whole number when it divides evenly,
    /// else the shortest decimal that reads back as the same double.
    mutating func number(_ value: Ratio) {
        if value.numerator % value.denominator == 0 {
            integer(value.numerator / value.denominator)
        } else {
            raw(value.doubleValue.description)
        }
    }

    /// The bytes as text, for tests and messages.
    var text: String { String(decoding: bytes, as: UTF8.self) }
}
