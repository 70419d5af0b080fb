/// Telling an `.xlsx` from the files people save instead: Excel 97–2003 `.xls`, a workbook
/// encrypted with a password (both OLE2 compound files), OpenDocument `.ods` and binary `.xlsb`
/// (both zips), and anything that is not a zip.
enum FormatSniff {
    /// The signature of an OLE2 compound file.
    static let ole2: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]
    /// The stream names of an encrypted OOXML file, as UTF-16LE in the compound file's directory.
    static let encryptionStreams = ["EncryptionInfo", "EncryptedPackage"].map { name in
        Array(name.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
    }

    /// The problem with `bytes` that shows before opening them as a zip: an OLE2 file, or a file that
    /// does not start as a zip does (`PK`).
    ///
    /// - Complexity: O(`bytes.count`) for an OLE2 file, O(1) otherwise.
    static func problem(before bytes: [UInt8]) -> WorkbookProblem? {
        if bytes.starts(with: ole2) {
            return encryptionStreams.contains { contains(bytes, $0) } ? .encrypted : .legacyXLS
        }
        return bytes.starts(with: [0x50, 0x4B]) ? nil : .notZip
    }

    /// The problem with a zip that holds another format than `.xlsx`: an OpenDocument spreadsheet
    /// (its `mimetype` entry) or a binary workbook (`xl/workbook.bin`).
    static func problem(in package: WorkbookPackage) throws(WorkbookProblem) -> WorkbookProblem? {
        if package.contains("xl/workbook.bin") { return .binaryWorkbook }
        guard let mimetype = try package.part("mimetype") else { return nil }
        let type = String(decoding: mimetype.prefix(100), as: UTF8.self)
        return type.hasPrefix("application/vnd.oasis.opendocument.spreadsheet") ? .openDocument : nil
    }

    /// Whether `needle` occurs in `haystack`.
    private static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        guard let first = needle.first, haystack.count >= needle.count else { return false }
        return haystack.withUnsafeBufferPointer { buffer in
            (0...(buffer.count - needle.count)).contains { index in
                buffer[index] == first && buffer[index..<index + needle.count].elementsEqual(needle)
            }
        }
    }
}
