import Crypto

/// The layout of kept periods: a header line, then chunks: the payload's length (8 bytes,
/// little-endian), the payload's SHA-256, and the payload. The first chunk is the name order
/// (key, count, numbers); then one per period (id, key, values). A chunk whose digest or values
/// do not read is left out, so what it held is worked out again.
extension CheckedPeriods {
    static let header = Array("chiso checked periods 2\n".utf8)

    /// The kept periods as stored, in the pieces that are written one after the other: the
    /// header with the name order, then each period's chunk in id order. The chunks are the
    /// ones kept, not copies: at national scale they are 39 million bytes, and joining them first held
    /// them twice more at the end of a build.
    var encoded: [[UInt8]] {
        var writer = StoredBytesWriter()
        writer.append(names?.key ?? "")
        writer.append(names?.order.count ?? 0)
        for number in names?.order ?? [] { writer.append(number) }
        return [CheckedPeriods.header + CheckedValues.framed(writer.bytes)] + entries.keys.sorted().map { entries[$0]!.chunk }
    }

    /// Reads what `encoded` wrote: no entry when the header is not this version's.
    ///
    /// - Complexity: O(bytes); chunks are read on every core.
    init(decoding bytes: [UInt8]) {
        self.init()
        guard bytes.starts(with: CheckedPeriods.header) else { return }
        var chunks: [ArraySlice<UInt8>] = []
        var position = CheckedPeriods.header.count
        while bytes.count - position >= 40 {
            let length = bytes[position..<position + 8].reversed().reduce(0) { $0 << 8 | Int($1) }
            guard length >= 0, length <= bytes.count - position - 40 else { break }
            chunks.append(bytes[position..<position + 40 + length])
            position += 40 + length
        }
        guard !chunks.isEmpty else { return }
        names = CheckedPeriods.names(chunks.removeFirst())
        for entry in ParallelMap.map(chunks, CheckedValues.entry).compactMap({ $0 }) { entries[entry.id] = entry.entry }
    }

    /// The name order read back from its chunk; nil when it does not read.
    private static func names(_ chunk: ArraySlice<UInt8>) -> (key: String, order: [Int])? {
        guard let payload = CheckedValues.payload(of: chunk) else { return nil }
        var reader = StoredBytesReader(payload)
        guard let key = reader.text(), !key.isEmpty, let count = reader.count(upTo: payload.count) else { return nil }
        var order: [Int] = []
        order.reserveCapacity(count)
        for _ in 0..<count {
            guard let number = reader.count(upTo: count) else { return nil }
            order.append(number)
        }
        return reader.isAtEnd ? (key, order) : nil
    }
}

extension CheckedValues {
    /// The stored form of a period's values, with its length and digest in front.
    static func chunk(id: String, key: String, values: CheckedValues) -> [UInt8] {
        var writer = StoredBytesWriter()
        writer.append(id)
        writer.append(key)
        writer.append(values.records.count)
        for unit in values.records.keys.sorted() {
            writer.append(unit)
            write(values.records[unit]!, to: &writer)
        }
        writer.append(values.total != nil)
        if let total = values.total { write(total, to: &writer) }
        writer.append(values.late.count)
        for dossier in values.late { write(dossier, to: &writer) }
        return framed(writer.bytes)
    }

    /// `payload` with its length and digest in front.
    static func framed(_ payload: [UInt8]) -> [UInt8] {
        withUnsafeBytes(of: UInt64(payload.count).littleEndian, Array.init) + Array(SHA256.hash(data: payload)) + payload
    }

    /// A chunk's payload, when its digest is right.
    static func payload(of chunk: ArraySlice<UInt8>) -> ArraySlice<UInt8>? {
        let payload = chunk.dropFirst(40)
        return Array(SHA256.hash(data: payload)) == Array(chunk.dropFirst(8).prefix(32)) ? payload : nil
    }

    /// A period's chunk read back: nil when its digest or any value is not as `chunk` wrote it.
    static func entry(_ chunk: ArraySlice<UInt8>) -> (id: String, entry: CheckedPeriods.Entry)? {
        guard let payload = payload(of: chunk) else { return nil }
        var reader = StoredBytesReader(payload)
        guard let id = reader.text(), let key = reader.text(), let count = reader.count(upTo: payload.count) else { return nil }
        var records: [String: Record] = [:]
        records.reserveCapacity(count)
        for _ in 0..<count {
            guard let unit = reader.text(), let record = record(&reader) else { return nil }
            records[unit] = record
        }
        guard let hasTotal = reader.flag() else { return nil }
        var total: Record?
        if hasTotal {
            guard let read = record(&reader) else { return nil }
            total = read
        }
        guard let lateCount = reader.count(upTo: payload.count) else { return nil }
        var late: [LateDossier] = []
        for _ in 0..<lateCount {
            guard let dossier = dossier(&reader) else { return nil }
            late.append(dossier)
        }
        guard reader.isAtEnd else { return nil }
        let values = CheckedValues(records: records, total: total, late: late)
        return (id, CheckedPeriods.Entry(key: key, values: values, chunk: Array(chunk)))
    }

    private static func write(_ record: Record, to writer: inout StoredBytesWriter) {
        for field in Field.allCases {
            writer.append(record[field] != nil)
            if let value = record[field] { writer.append(signed: value) }
        }
        writer.append(record.rates.count)
        for (indicator, ratio) in record.rates.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
            writer.append(Indicator.allCases.firstIndex(of: indicator)!)
            writer.append(signed: ratio.numerator)
            writer.append(signed: ratio.denominator)
        }
        writer.append(Int(record.blanks.mask))
        writer.append(Int(record.derived.mask))
    }

    private static func record(_ reader: inout StoredBytesReader) -> Record? {
        var record = Record()
        for field in Field.allCases {
            guard let given = reader.flag() else { return nil }
            if given {
                guard let value = reader.signed() else { return nil }
                record[field] = value
            }
        }
        guard let rates = reader.count(upTo: Indicator.allCases.count) else { return nil }
        for _ in 0..<rates {
            guard let indicator = reader.count(upTo: Indicator.allCases.count - 1), let numerator = reader.signed(),
                let denominator = reader.signed(), denominator > 0
            else { return nil }
            record.rates[Indicator.allCases[indicator]] = Ratio(numerator, over: denominator)
        }
        guard let blanks = reader.count(upTo: Int(UInt32.max)), let derived = reader.count(upTo: Int(UInt32.max)) else { return nil }
        record.blanks = FieldSet(bits: UInt32(blanks))
        record.derived = FieldSet(bits: UInt32(derived))
        return record
    }

    private static func write(_ dossier: LateDossier, to writer: inout StoredBytesWriter) {
        for text in [dossier.code, dossier.unitID, dossier.procedure, dossier.reason] { writer.append(text) }
        for day in [dossier.received, dossier.due] { write(day, to: &writer) }
        for day in [dossier.returned, dossier.closed] {
            writer.append(day != nil)
            if let day { write(day, to: &writer) }
        }
        writer.append(dossier.apology)
    }

    private static func dossier(_ reader: inout StoredBytesReader) -> LateDossier? {
        guard let code = reader.text(), let unit = reader.text(), let procedure = reader.text(), let reason = reader.text(),
            let received = day(&reader), let due = day(&reader), let returned = optionalDay(&reader), let closed = optionalDay(&reader),
            let apology = reader.flag()
        else { return nil }
        return LateDossier(
            code: code, unitID: unit, procedure: procedure, received: received, due: due, returned: returned, closed: closed,
            reason: reason, apology: apology)
    }

    private static func write(_ day: Day, to writer: inout StoredBytesWriter) {
        for part in [day.year, day.month, day.day] { writer.append(part) }
    }

    private static func day(_ reader: inout StoredBytesReader) -> Day? {
        guard let year = reader.count(upTo: 9999), let month = reader.count(upTo: 12), let day = reader.count(upTo: 31) else { return nil }
        return Day(year: year, month: month, day: day)
    }

    /// A day that may be missing: `.some(nil)` when it is, nil when the bytes do not read.
    private static func optionalDay(_ reader: inout StoredBytesReader) -> Day?? {
        guard let given = reader.flag() else { return nil }
        guard given else { return .some(nil) }
        return day(&reader).map { .some($0) }
    }
}
