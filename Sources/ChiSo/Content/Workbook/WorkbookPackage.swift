import CInflate

/// The parts of an `.xlsx` read out of its zip: each part's declared size is checked against
/// `Workbook.partLimit` before it is inflated, the parts to be read together against
/// `Workbook.totalLimit`, and each is inflated by zlib into a buffer one byte longer than declared,
/// so a part that inflates past its size (a zip bomb that lies) stops there.
///
/// ZIPFoundation 0.9.20 is not used for reading: on Linux its inflater loops forever on a deflate
/// stream that does not end before the file does, and an entry whose offset lies past the end of
/// in-memory data traps (`Range requires lowerBound <= upperBound`) while the entries are listed.
struct WorkbookPackage {
    private let bytes: [UInt8]
    private let directory: ZipDirectory

    /// Opens the zip in `bytes`; throws when its central directory does not read.
    init(_ bytes: [UInt8]) throws(WorkbookProblem) {
        directory = try ZipDirectory(bytes)
        self.bytes = bytes
    }

    /// Whether the zip has an entry `name`.
    func contains(_ name: String) -> Bool { directory.entry(name) != nil }

    /// Throws unless the parts `names` (those the zip has, each counted once) declare
    /// `Workbook.totalLimit` bytes or less together; a part past `Workbook.partLimit` counts as just
    /// past it, to be refused on its own when read.
    func checkTotal(of names: [String]) throws(WorkbookProblem) {
        let entries = Set(names.map { $0.lowercased() }).compactMap(directory.entry)
        let total = entries.reduce(0) { $0 + min($1.size, UInt64(Workbook.partLimit) + 1) }
        guard total <= UInt64(Workbook.totalLimit) else { throw .workbookTooLarge }
    }

    /// The bytes of the part `name`, nil when the zip has no such entry.
    ///
    /// - Complexity: O(the part's compressed and inflated sizes).
    func part(_ name: String) throws(WorkbookProblem) -> [UInt8]? {
        guard let entry = directory.entry(name) else { return nil }
        guard entry.size <= UInt64(Workbook.partLimit) else { throw .partTooLarge(part: entry.name, size: entry.size) }
        let corrupt = WorkbookProblem.corruptZip(reason: "dữ liệu nén của phần «\(entry.name)» hỏng")
        guard entry.flags & 1 == 0 else { throw .corruptZip(reason: "phần «\(entry.name)» được mã hóa") }
        let reader = ByteReader(bytes: bytes)
        guard let header = Int(exactly: entry.localHeader), reader.u32(header) == 0x0403_4B50,
            let compressed = Int(exactly: entry.compressedSize), compressed <= UInt32.max
        else { throw corrupt }
        let start = header + 30 + Int(reader.u16(header + 26) + reader.u16(header + 28))
        guard start <= bytes.count, compressed <= bytes.count - start else { throw corrupt }
        let output: [UInt8]
        switch entry.method {
        case 0 where entry.size == compressed: output = Array(bytes[start..<start + compressed])
        case 8: output = try inflate(start..<start + compressed, size: Int(entry.size), name: entry.name)
        default: throw corrupt
        }
        let checksum = output.withUnsafeBufferPointer { crc32(0, $0.baseAddress, UInt32($0.count)) }
        guard UInt32(truncatingIfNeeded: checksum) == entry.crc else {
            throw .corruptZip(reason: "mã kiểm tra CRC của phần «\(entry.name)» không khớp")
        }
        return output
    }

    /// The raw deflate stream in `input` inflated by zlib in one call, into `size + 1` bytes.
    private func inflate(_ input: Range<Int>, size: Int, name: String) throws(WorkbookProblem) -> [UInt8] {
        var output = [UInt8](repeating: 0, count: size + 1)
        var stream = z_stream()
        guard inflateInit2_(&stream, -MAX_WBITS, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            throw .corruptZip(reason: "zlib không khởi tạo được")
        }
        defer { inflateEnd(&stream) }
        let status = bytes.withUnsafeBufferPointer { source in
            output.withUnsafeMutableBufferPointer { target in
                stream.next_in = UnsafeMutablePointer(mutating: source.baseAddress.map { $0 + input.lowerBound })
                stream.avail_in = UInt32(input.count)
                stream.next_out = target.baseAddress
                stream.avail_out = UInt32(target.count)
                return CInflate.inflate(&stream, Z_FINISH)
            }
        }
        guard stream.avail_out > 0 else { throw .inflatesPastSize(part: name) }
        guard status == Z_STREAM_END, stream.total_out == size else {
            throw .corruptZip(reason: "dữ liệu nén của phần «\(name)» hỏng hoặc bị cắt cụt")
        }
        output.removeLast()
        return output
    }
}
