import Foundation
import ZIPFoundation

/// A small `.xlsx` made in a test from XML strings, zipped by ZIPFoundation as Excel would.
struct TestWorkbook {
    /// One worksheet: each row is the inner XML of a `<row>` (`<c r="A1"><v>1</v></c>`), numbered from 1.
    struct Sheet {
        var name: String
        var rows: [String]
        var merges: [String] = []
        var isHidden = false
    }

    var sheets: [Sheet]
    /// The shared strings, as text (escaped here); nil leaves `xl/sharedStrings.xml` out.
    var sharedStrings: [String]?
    /// The whole `xl/styles.xml`; nil leaves it out. See `styles(formats:cellFormats:)`.
    var styles: String?
    var date1904 = false
    /// Parts put in the zip as given, replacing a generated part of the same name.
    var parts: [String: [UInt8]] = [:]
    /// Generated parts to leave out.
    var omitted: Set<String> = []

    init(sheets: [Sheet], sharedStrings: [String]? = nil, styles: String? = nil, date1904: Bool = false) {
        self.sheets = sheets
        self.sharedStrings = sharedStrings
        self.styles = styles
        self.date1904 = date1904
    }

    /// A workbook of one visible sheet `Sheet1`.
    init(rows: [String], sharedStrings: [String]? = nil, styles: String? = nil, date1904: Bool = false) {
        self.init(sheets: [Sheet(name: "Sheet1", rows: rows)], sharedStrings: sharedStrings, styles: styles, date1904: date1904)
    }

    /// `xl/styles.xml` with the custom formats `formats` (id → code) and one `cellXfs/xf` per entry of
    /// `cellFormats` (its `numFmtId`); `<c s="1">` uses `cellFormats[1]`.
    static func styles(formats: [Int: String] = [:], cellFormats: [Int]) -> String {
        let codes = formats.sorted { $0.key < $1.key }.map { "<numFmt numFmtId=\"\($0.key)\" formatCode=\"\(escaped($0.value))\"/>" }
        let xfs = cellFormats.map { "<xf numFmtId=\"\($0)\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>" }
        return header + "<styleSheet xmlns=\"\(main)\"><numFmts count=\"\(codes.count)\">\(codes.joined())</numFmts>"
            + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\"/></cellStyleXfs><cellXfs count=\"\(xfs.count)\">\(xfs.joined())</cellXfs></styleSheet>"
    }

    /// Every part, generated ones first, as named in the zip.
    var allParts: [(name: String, bytes: [UInt8])] {
        var generated: [(String, String)] = [("[Content_Types].xml", Self.contentTypes), ("_rels/.rels", Self.rootRelationships)]
        let sheetList = sheets.enumerated().map { index, sheet in
            "<sheet name=\"\(Self.escaped(sheet.name))\" sheetId=\"\(index + 1)\"\(sheet.isHidden ? " state=\"hidden\"" : "") r:id=\"rId\(index + 1)\"/>"
        }
        generated.append(
            (
                "xl/workbook.xml",
                Self.header + "<workbook xmlns=\"\(Self.main)\" xmlns:r=\"\(Self.relationships)\">"
                    + "<workbookPr\(date1904 ? " date1904=\"1\"" : "")/><sheets>\(sheetList.joined())</sheets></workbook>"
            ))
        var links = sheets.indices.map {
            "<Relationship Id=\"rId\($0 + 1)\" Type=\"\(Self.relationships)/worksheet\" Target=\"worksheets/sheet\($0 + 1).xml\"/>"
        }
        links.append("<Relationship Id=\"rIdS\" Type=\"\(Self.relationships)/styles\" Target=\"styles.xml\"/>")
        links.append("<Relationship Id=\"rIdT\" Type=\"\(Self.relationships)/sharedStrings\" Target=\"sharedStrings.xml\"/>")
        generated.append(
            (
                "xl/_rels/workbook.xml.rels",
                Self.header + "<Relationships xmlns=\"\(Self.packageRelationships)\">\(links.joined())</Relationships>"
            ))
        for (index, sheet) in sheets.enumerated() { generated.append(("xl/worksheets/sheet\(index + 1).xml", Self.worksheet(sheet))) }
        if let sharedStrings {
            let items = sharedStrings.map { "<si><t xml:space=\"preserve\">\(Self.escaped($0))</t></si>" }
            generated.append(
                ("xl/sharedStrings.xml", Self.header + "<sst xmlns=\"\(Self.main)\" count=\"\(items.count)\">\(items.joined())</sst>"))
        }
        if let styles { generated.append(("xl/styles.xml", styles)) }
        let made = generated.filter { !omitted.contains($0.0) && parts[$0.0] == nil }.map { (name: $0.0, bytes: Array($0.1.utf8)) }
        return made + parts.sorted { $0.key < $1.key }.map { (name: $0.key, bytes: $0.value) }
    }

    /// The `.xlsx` file's bytes.
    func bytes() throws -> [UInt8] { try Self.zip(allParts) }

    /// A zip of `parts`, deflated unless `stored`.
    static func zip(_ parts: [(name: String, bytes: [UInt8])], stored: Bool = false) throws -> [UInt8] {
        let archive = try Archive(accessMode: .create)
        for part in parts {
            let data = Data(part.bytes)
            try archive.addEntry(
                with: part.name, type: .file, uncompressedSize: Int64(data.count), modificationDate: Date(timeIntervalSince1970: 0),
                permissions: 0o644, compressionMethod: stored ? .none : .deflate
            ) { position, size in data.subdata(in: Int(position)..<Int(position) + size) }
        }
        return Array(archive.data ?? Data())
    }

    /// `zip` with entry `name` rewritten in its local header and central directory record: its
    /// uncompressed size set to `size` (a zip that lies about what a part inflates to) and its
    /// compression method to `method`.
    static func rewriting(_ name: String, in zip: [UInt8], size: UInt32? = nil, method: UInt16? = nil) -> [UInt8] {
        var bytes = zip
        let target = Array(name.utf8)
        func put(_ value: UInt32, at offset: Int, width: Int) {
            for k in 0..<width { bytes[offset + k] = UInt8(truncatingIfNeeded: value >> (8 * k)) }
        }
        for index in 0..<max(0, bytes.count - 46) where bytes[index] == 0x50 && bytes[index + 1] == 0x4B {
            let (local, central) = (bytes[(index + 2)...].starts(with: [3, 4]), bytes[(index + 2)...].starts(with: [1, 2]))
            guard (local && bytes[(index + 30)...].starts(with: target)) || (central && bytes[(index + 46)...].starts(with: target)) else {
                continue
            }
            if let size { put(size, at: index + (local ? 22 : 24), width: 4) }
            if let method { put(UInt32(method), at: index + (local ? 8 : 10), width: 2) }
        }
        return bytes
    }

    /// A zip of one stored entry written the ZIP64 way, as streaming writers do: its sizes and offset
    /// in a ZIP64 extra field, its directory found through a ZIP64 end record.
    static func zip64(_ name: String, _ content: [UInt8]) -> [UInt8] {
        func le(_ value: Int, _ width: Int) -> [UInt8] { (0..<width).map { UInt8(truncatingIfNeeded: value >> (8 * $0)) } }
        let path = Array(name.utf8)
        let crc = Int(Data(content).crc32(checksum: 0))
        let sizes = le(content.count, 8) + le(content.count, 8)
        var zip = le(0x0403_4B50, 4) + le(45, 2) + le(0x0800, 2) + le(0, 6) + le(crc, 4) + le(-1, 8) + le(path.count, 2) + le(20, 2)
        zip += path + le(1, 2) + le(16, 2) + sizes + content
        let directory = zip.count
        zip += le(0x0201_4B50, 4) + le(45, 2) + le(45, 2) + le(0x0800, 2) + le(0, 6) + le(crc, 4) + le(-1, 8) + le(path.count, 2)
        zip += le(28, 2) + le(0, 8) + le(0, 2) + le(-1, 4) + path + le(1, 2) + le(24, 2) + sizes + le(0, 8)
        let end = zip.count
        zip +=
            le(0x0606_4B50, 4) + le(44, 8) + le(45, 2) + le(45, 2) + le(0, 8) + le(1, 8) + le(1, 8) + le(end - directory, 8)
            + le(directory, 8)
        zip += le(0x0706_4B50, 4) + le(0, 4) + le(end, 8) + le(1, 4)
        return zip + le(0x0605_4B50, 4) + le(0, 4) + le(-1, 4) + le(-1, 8) + le(0, 2)
    }

    static func escaped(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }

    private static func worksheet(_ sheet: Sheet) -> String {
        let rows = sheet.rows.enumerated().map { "<row r=\"\($0.offset + 1)\">\($0.element)</row>" }
        let merges =
            sheet.merges.isEmpty
            ? ""
            : "<mergeCells count=\"\(sheet.merges.count)\">" + sheet.merges.map { "<mergeCell ref=\"\($0)\"/>" }.joined() + "</mergeCells>"
        return header
            + "<worksheet xmlns=\"\(main)\" xmlns:r=\"\(relationships)\"><sheetData>\(rows.joined())</sheetData>\(merges)</worksheet>"
    }

    static let header = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    static let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    static let relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    private static let packageRelationships = "http://schemas.openxmlformats.org/package/2006/relationships"
    private static let contentTypes =
        header + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        + "<Default Extension=\"xml\" ContentType=\"application/xml\"/></Types>"
    private static let rootRelationships =
        header + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>"
}
