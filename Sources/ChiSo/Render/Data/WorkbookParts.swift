import Foundation
import ZIPFoundation

/// The cell styles of a workbook, in the order of `styles.xml`'s `cellXfs`: a cell's `s` is the raw value.
enum CellStyle: Int, CaseIterable {
    case plain, title, note, header, group, text, ordinal, count, rate, reportedRate, rank, sharedRank
    case totalText, totalCount, totalRate, totalReportedRate

    /// The number format: built in (0 General, 1 `0`, 2 `0.00`, 3 `#,##0`) or one of `WorkbookParts.formats`.
    var format: Int {
        switch self {
        case .ordinal, .rank: 1
        case .rate, .totalRate: 2
        case .count, .totalCount: 3
        case .reportedRate, .totalReportedRate: 164
        case .sharedRank: 165
        case .plain, .title, .note, .header, .group, .text, .totalText: 0
        }
    }

    /// 0 regular, 1 bold, 2 the title's larger bold, 3 italic.
    var font: Int {
        switch self {
        case .title: 2
        case .header, .group, .totalText, .totalCount, .totalRate, .totalReportedRate: 1
        case .note: 3
        case .plain, .text, .ordinal, .count, .rate, .reportedRate, .rank, .sharedRank: 0
        }
    }

    /// Whether the cell has the table's thin border.
    var inTable: Bool { ![.plain, .title, .note].contains(self) }

    /// Whether the cell has the headings' grey fill.
    var filled: Bool { [.header, .group].contains(self) }

    /// The `<alignment>` element, empty for the default.
    var alignment: String {
        switch self {
        case .header: "<alignment horizontal=\"center\" vertical=\"center\" wrapText=\"1\"/>"
        case .note: "<alignment vertical=\"top\" wrapText=\"1\"/>"
        case .ordinal, .rank, .sharedRank: "<alignment horizontal=\"center\"/>"
        case .title, .group, .text, .totalText: "<alignment vertical=\"center\"/>"
        case .plain, .count, .rate, .reportedRate, .totalCount, .totalRate, .totalReportedRate: ""
        }
    }
}

/// The parts of a one-sheet workbook around its sheet, and the deterministic zip that holds them.
enum WorkbookParts {
    /// The XML declaration every part starts with.
    static let declaration: StaticString = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"

    /// The custom number formats: a rate the unit reported shows `88,29*` like the page's mark;
    /// a shared rank shows `1=`. Both stay numbers.
    static let formats: [(id: Int, code: String)] = [(164, "0.00\"*\""), (165, "0\"=\"")]

    /// What a workbook holds besides its cells.
    struct Info {
        /// The sheet's tab name, already acceptable to Excel.
        let sheetName: String
        /// The document title in its properties.
        let title: String
        /// The rows repeated at the top of every printed page.
        let printTitles: ClosedRange<Int>
        /// The created and modified date in the properties, and every zip entry's date (00:00 UTC).
        let date: Day
    }

    /// The `.xlsx` bytes: the parts in a fixed order, deflate-compressed, every entry dated
    /// `info.date` with permissions 0644, so the same sheet gives the same bytes.
    ///
    /// - Complexity: O(bytes of `sheet`).
    static func package(sheet: [UInt8], _ info: Info) -> [UInt8] {
        let parts: [(String, [UInt8])] = [
            ("[Content_Types].xml", xml(contentTypes)),
            ("_rels/.rels", xml(packageRelationships)),
            ("docProps/core.xml", xml(core(title: info.title, date: info.date))),
            ("docProps/app.xml", xml(app)),
            ("xl/workbook.xml", xml(workbook(sheetName: info.sheetName, printTitles: info.printTitles))),
            ("xl/_rels/workbook.xml.rels", xml(workbookRelationships)),
            ("xl/styles.xml", xml(styles)),
            ("xl/worksheets/sheet1.xml", sheet),
        ]
        let midnight = Date(timeIntervalSince1970: TimeInterval(info.date.ordinal - unixEpoch.ordinal) * 86_400)
        // A zip written into memory fails only when memory does: no content makes these calls throw.
        do {
            let archive = try Archive(accessMode: .create)
            for (path, bytes) in parts {
                try archive.addEntry(
                    with: path, type: .file, uncompressedSize: Int64(bytes.count), modificationDate: midnight, permissions: 0o644,
                    compressionMethod: .deflate
                ) { position, size in
                    Data(bytes[Int(position)..<Int(position) + size])
                }
            }
            if let data = archive.data { return Array(data) }
        } catch {
            preconditionFailure("ZIPFoundation could not write a workbook in memory: \(error)")
        }
        preconditionFailure("ZIPFoundation gave no bytes for a workbook in memory")
    }

    private static let unixEpoch = Day(year: 1970, month: 1, day: 1)!

    private static func xml(_ body: String) -> [UInt8] {
        var bytes = DataBytes(capacity: body.utf8.count + 64)
        bytes.raw(declaration)
        bytes.raw(body)
        return bytes.bytes
    }

    private static let relationships = "http://schemas.openxmlformats.org/package/2006/relationships"
    private static let officeRelationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    private static let contentType = "application/vnd.openxmlformats-"

    private static let contentTypes = """
        <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
        <Default Extension="rels" ContentType="\(contentType)package.relationships+xml"/>\
        <Default Extension="xml" ContentType="application/xml"/>\
        <Override PartName="/xl/workbook.xml" ContentType="\(contentType)officedocument.spreadsheetml.sheet.main+xml"/>\
        <Override PartName="/xl/worksheets/sheet1.xml" ContentType="\(contentType)officedocument.spreadsheetml.worksheet+xml"/>\
        <Override PartName="/xl/styles.xml" ContentType="\(contentType)officedocument.spreadsheetml.styles+xml"/>\
        <Override PartName="/docProps/core.xml" ContentType="\(contentType)package.core-properties+xml"/>\
        <Override PartName="/docProps/app.xml" ContentType="\(contentType)officedocument.extended-properties+xml"/>\
        </Types>

        """

    private static let packageRelationships = """
        <Relationships xmlns="\(relationships)">\
        <Relationship Id="rId1" Type="\(officeRelationships)/officeDocument" Target="xl/workbook.xml"/>\
        <Relationship Id="rId2" Type="\(relationships)/metadata/core-properties" Target="docProps/core.xml"/>\
        <Relationship Id="rId3" Type="\(officeRelationships)/extended-properties" Target="docProps/app.xml"/>\
        </Relationships>

        """

    private static let workbookRelationships = """
        <Relationships xmlns="\(relationships)">\
        <Relationship Id="rId1" Type="\(officeRelationships)/worksheet" Target="worksheets/sheet1.xml"/>\
        <Relationship Id="rId2" Type="\(officeRelationships)/styles" Target="styles.xml"/>\
        </Relationships>

        """

    /// The document properties: a title and fixed dates, no author or other user name.
    private static func core(title: String, date: Day) -> String {
        let stamp = "\(date)T00:00:00Z"
        return """
            <cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" \
            xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" \
            xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">\
            <dc:title>\(WorkbookXML.escaped(title))</dc:title><dc:language>vi-VN</dc:language>\
            <dcterms:created xsi:type="dcterms:W3CDTF">\(stamp)</dcterms:created>\
            <dcterms:modified xsi:type="dcterms:W3CDTF">\(stamp)</dcterms:modified>\
            </cp:coreProperties>

            """
    }

    private static let app = """
        <Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">\
        <Application>chiso</Application></Properties>

        """

    private static func workbook(sheetName: String, printTitles: ClosedRange<Int>) -> String {
        let quoted = "'" + sheetName.replacingOccurrences(of: "'", with: "''") + "'"
        return """
            <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="\(officeRelationships)">\
            <bookViews><workbookView/></bookViews>\
            <sheets><sheet name="\(WorkbookXML.escaped(sheetName))" sheetId="1" r:id="rId1"/></sheets>\
            <definedNames><definedName name="_xlnm.Print_Titles" localSheetId="0">\
            \(WorkbookXML.escaped(quoted))!$\(printTitles.lowerBound):$\(printTitles.upperBound)</definedName></definedNames>\
            </workbook>

            """
    }

    /// Number formats, fonts (regular, bold, title, italic), fills (the two Excel requires, then
    /// the headings' grey), borders (none, thin) and a cell format per `CellStyle`.
    private static var styles: String {
        var xml = "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
        xml += "<numFmts count=\"\(formats.count)\">"
        for format in formats { xml += "<numFmt numFmtId=\"\(format.id)\" formatCode=\"\(WorkbookXML.escaped(format.code))\"/>" }
        xml += "</numFmts><fonts count=\"4\">"
        for font in ["<sz val=\"11\"/>", "<b/><sz val=\"11\"/>", "<b/><sz val=\"13\"/>", "<i/><sz val=\"11\"/>"] {
            xml += "<font>" + font + "<name val=\"Calibri\"/><family val=\"2\"/></font>"
        }
        xml += "</fonts><fills count=\"3\"><fill><patternFill patternType=\"none\"/></fill>"
        xml += "<fill><patternFill patternType=\"gray125\"/></fill>"
        xml += "<fill><patternFill patternType=\"solid\"><fgColor rgb=\"FFEDEDED\"/><bgColor indexed=\"64\"/></patternFill></fill></fills>"
        let thin = "<left style=\"thin\"/><right style=\"thin\"/><top style=\"thin\"/><bottom style=\"thin\"/><diagonal/>"
        xml += "<borders count=\"2\"><border><left/><right/><top/><bottom/><diagonal/></border><border>" + thin + "</border></borders>"
        xml += "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
        xml += "<cellXfs count=\"\(CellStyle.allCases.count)\">"
        for style in CellStyle.allCases {
            xml += "<xf numFmtId=\"\(style.format)\" fontId=\"\(style.font)\" fillId=\"\(style.filled ? 2 : 0)\""
            xml += " borderId=\"\(style.inTable ? 1 : 0)\" xfId=\"0\""
            xml += " applyNumberFormat=\"1\" applyFont=\"1\" applyFill=\"1\" applyBorder=\"1\""
            xml += style.alignment.isEmpty ? "/>" : " applyAlignment=\"1\">" + style.alignment + "</xf>"
        }
        xml += "</cellXfs><cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles></styleSheet>\n"
        return xml
    }
}
