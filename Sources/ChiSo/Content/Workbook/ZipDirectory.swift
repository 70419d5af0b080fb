/// The table of contents of a zip (its central directory), read from the end-of-central-directory
/// record with every offset and size checked against the bytes, so that no entry can point outside
/// the file. ZIP64 records and fields are followed.
struct ZipDirectory {
    /// One stored file as the central directory describes it.
    struct Entry {
        let name: String
        /// General purpose flags; bit 0 is encryption.
        let flags: Int
        /// 0 stored, 8 deflate.
        let method: Int
        let crc: UInt32
        let compressedSize: UInt64
        /// The size the entry says it inflates to.
        let size: UInt64
        let localHeader: UInt64
    }

    private let entries: [String: Entry]

    /// The entry named `name`, compared without regard to ASCII case, as part names are in a package.
    func entry(_ name: String) -> Entry? { entries[name.lowercased()] }

    /// Reads the central directory of `bytes`.
    ///
    /// - Complexity: O(size of the central directory), after a scan of at most the last 64 KB for its end.
    init(_ bytes: [UInt8]) throws(WorkbookProblem) {
        let reader = ByteReader(bytes: bytes)
        guard let end = Self.endRecord(reader) else { throw .corruptZip(reason: "không tìm thấy mục lục ở cuối tệp zip (tệp bị cắt cụt?)") }
        var location = (count: reader.u16(end + 10), size: reader.u32(end + 12), offset: reader.u32(end + 16))
        if location.count == 0xFFFF || location.size == 0xFFFF_FFFF || location.offset == 0xFFFF_FFFF {
            guard let record = reader.u32(end - 20) == 0x0706_4B50 ? reader.u64(end - 12) : nil,
                let start = Int(exactly: record), reader.u32(start) == 0x0606_4B50
            else { throw .corruptZip(reason: "bản ghi ZIP64 cuối tệp hỏng") }
            location = (reader.u64(start + 32), reader.u64(start + 40), reader.u64(start + 48))
        }
        guard let size = Int(exactly: location.size), let start = Int(exactly: location.offset), start <= end, size <= end - start else {
            throw .corruptZip(reason: "mục lục zip nằm ngoài tệp")
        }
        var entries: [String: Entry] = [:]
        var position = start
        for _ in 0..<min(Int(clamping: location.count), size / 46) {
            guard reader.u32(position) == 0x0201_4B50, let entry = Self.entry(reader, at: position, end: start + size) else {
                throw .corruptZip(reason: "mục lục zip hỏng ở byte \(position)")
            }
            position = entry.next
            let name = entry.entry.name.lowercased()
            if entries[name] == nil { entries[name] = entry.entry }
        }
        self.entries = entries
    }

    /// The offset of the end-of-central-directory record, searched back from the end over the
    /// longest comment a zip can carry.
    private static func endRecord(_ reader: ByteReader) -> Int? {
        let last = reader.bytes.count - 22
        guard last >= 0 else { return nil }
        return stride(from: last, through: max(0, last - 0xFFFF), by: -1).first { reader.u32($0) == 0x0605_4B50 }
    }

    /// The central directory record at `position` and where the next one starts; nil when it runs
    /// past `end` or a ZIP64 field it needs is missing.
    private static func entry(_ reader: ByteReader, at position: Int, end: Int) -> (entry: Entry, next: Int)? {
        let nameLength = reader.u16(position + 28)
        let extraLength = reader.u16(position + 30)
        let next = position + 46 + Int(nameLength + extraLength + reader.u16(position + 32))
        guard next <= end else { return nil }
        let nameStart = position + 46
        let name = String(decoding: reader.bytes[nameStart..<nameStart + Int(nameLength)], as: UTF8.self)
        let extra = nameStart + Int(nameLength)
        var values = zip64Fields(reader, from: extra, to: extra + Int(extraLength))[...]
        func widened(_ value: UInt64) -> UInt64? { value == 0xFFFF_FFFF ? values.popFirst() : value }
        guard let size = widened(reader.u32(position + 24)), let compressed = widened(reader.u32(position + 20)),
            let offset = widened(reader.u32(position + 42))
        else { return nil }
        let entry = Entry(
            name: String(name.map { $0 == "\\" ? "/" : $0 }), flags: Int(reader.u16(position + 8)), method: Int(reader.u16(position + 10)),
            crc: UInt32(reader.u32(position + 16)), compressedSize: compressed, size: size, localHeader: offset)
        return (entry, next)
    }

    /// The 64-bit values of the ZIP64 extra field (header 0x0001) among the extra fields in
    /// `start..<end`, in their order (size, compressed size, offset, each present only when its
    /// 32-bit field is 0xFFFFFFFF); none when there is no such field.
    private static func zip64Fields(_ reader: ByteReader, from start: Int, to end: Int) -> [UInt64] {
        var position = start
        while position + 4 <= end {
            let length = Int(reader.u16(position + 2))
            if reader.u16(position) == 1, position + 4 + length <= end {
                return stride(from: position + 4, to: position + 4 + length - 7, by: 8).map { reader.u64($0) }
            }
            position += 4 + length
        }
        return []
    }
}
