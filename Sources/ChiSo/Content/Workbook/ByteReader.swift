/// Little-endian numbers at offsets of a byte array; 0 for any read past either end.
struct ByteReader {
    let bytes: [UInt8]

    func u16(_ offset: Int) -> UInt64 { value(at: offset, width: 2) }
    func u32(_ offset: Int) -> UInt64 { value(at: offset, width: 4) }
    func u64(_ offset: Int) -> UInt64 { value(at: offset, width: 8) }

    private func value(at offset: Int, width: Int) -> UInt64 {
        guard offset >= 0, offset <= bytes.count - width else { return 0 }
        return (0..<width).reduce(0) { $0 | UInt64(bytes[offset + $1]) << (8 * $1) }
    }
}
