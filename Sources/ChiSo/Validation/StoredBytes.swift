/// Appends numbers and text as bytes: unsigned LEB128 for numbers, a length before each text.
struct StoredBytesWriter {
    private(set) var bytes: [UInt8] = []

    mutating func append(_ value: UInt64) {
        var rest = value
        while rest >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: rest) | 0x80)
            rest >>= 7
        }
        bytes.append(UInt8(rest))
    }

    mutating func append(_ value: Int) { append(UInt64(value)) }

    /// A signed number, zigzag-coded so that small negative numbers stay short.
    mutating func append(signed value: Int) { append(UInt64(bitPattern: Int64((value << 1) ^ (value >> 63)))) }

    mutating func append(_ text: String) {
        var text = text
        text.withUTF8 { utf8 in
            append(utf8.count)
            bytes.append(contentsOf: utf8)
        }
    }

    mutating func append(_ flag: Bool) { bytes.append(flag ? 1 : 0) }
}

/// Reads what `StoredBytesWriter` wrote; every read is nil past the end or on a malformed number.
struct StoredBytesReader {
    private let bytes: ArraySlice<UInt8>
    private var position: Int

    init(_ bytes: ArraySlice<UInt8>) {
        self.bytes = bytes
        position = bytes.startIndex
    }

    var isAtEnd: Bool { position == bytes.endIndex }

    mutating func number() -> UInt64? {
        var value: UInt64 = 0
        var shift: UInt64 = 0
        while position < bytes.endIndex, shift < 64 {
            let byte = bytes[position]
            position += 1
            value |= UInt64(byte & 0x7F) << shift
            if byte < 0x80 { return value }
            shift += 7
        }
        return nil
    }

    /// A count or small number, nil above `limit`.
    mutating func count(upTo limit: Int) -> Int? {
        guard let value = number(), value <= UInt64(limit) else { return nil }
        return Int(value)
    }

    mutating func signed() -> Int? {
        guard let value = number() else { return nil }
        return Int(Int64(bitPattern: value >> 1) ^ -Int64(bitPattern: value & 1))
    }

    mutating func text() -> String? {
        guard let length = count(upTo: bytes.endIndex - position) else { return nil }
        defer { position += length }
        return String(decoding: bytes[position..<position + length], as: UTF8.self)
    }

    mutating func flag() -> Bool? {
        guard position < bytes.endIndex, bytes[position] <= 1 else { return nil }
        defer { position += 1 }
        return bytes[position] == 1
    }
}
