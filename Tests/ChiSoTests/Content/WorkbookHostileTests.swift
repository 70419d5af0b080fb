import Foundation
import Testing
@testable import ChiSo

/// Files that are not a workbook, broken workbooks and hostile ones: each is refused with its own
/// problem, quickly, without a crash.
extension WorkbookTests {
    enum Hostile: String, CaseIterable, Sendable {
        case truncatedZip, notZip, emptyFile, oleXLS, oleEncrypted, openDocument, binaryWorkbook
        case zipBomb, lyingZipBomb, lyingTotal, truncatedDeflate, badChecksum
        case doctype, doctypeAfterOpenQuote, billionLaughs, manyAttributes, nestedNamespaces, utf16Doctype, utf16WithoutMark, ebcdic,
            badUTF8Name, foreignEncoding, malformed, cutPart, emptyPart
        case cellOf10MB, sharedStringOf10MB, valueOf10MB, referencePastXFD, rowPastLimit, badMerge
        case missingWorkbook, missingRelationships, missingSheetPart, missingRelationship, missingSharedStrings, sharedStringPastEnd
        case notANumber, notABoolean, dateThatIsNot

        /// One sheet of a unit and a count, valid.
        static let valid = TestWorkbook(
            rows: [
                #"<c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c>"#,
                #"<c r="A2" t="inlineStr"><is><t>Xã A</t></is></c><c r="B2" s="1"><v>0.5</v></c>"#,
            ],
            sharedStrings: WorkbookTests.strings, styles: WorkbookTests.styles)

        /// A workbook whose sheet holds `cell` as row 1.
        static func cell(_ cell: String) throws -> [UInt8] {
            try TestWorkbook(rows: [cell], sharedStrings: WorkbookTests.strings, styles: WorkbookTests.styles).bytes()
        }

        /// The valid workbook with part `name` replaced by `text`.
        static func replacing(_ name: String, with text: String) throws -> [UInt8] {
            try replacing(name, with: Array(text.utf8))
        }

        /// The valid workbook with part `name` replaced by `bytes`.
        static func replacing(_ name: String, with bytes: [UInt8]) throws -> [UInt8] {
            var workbook = valid
            workbook.parts[name] = bytes
            return try workbook.bytes()
        }

        /// `text` in UTF-16LE, after a byte-order mark when `mark`.
        static func utf16(_ text: String, mark: Bool) -> [UInt8] {
            (mark ? [0xFF, 0xFE] : []) + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        }

        /// The valid workbook without part `name`.
        static func omitting(_ name: String) throws -> [UInt8] {
            var workbook = valid
            workbook.omitted.insert(name)
            return try workbook.bytes()
        }

        /// The valid workbook with a sheet part of 100 MB of zeros, deflated to about 100 KB, made once.
        static let bomb: [UInt8] = {
            var workbook = valid
            workbook.parts[sheet] = [UInt8](repeating: 0, count: 100 << 20)
            return (try? workbook.bytes()) ?? []
        }()
        static let sheet = "xl/worksheets/sheet1.xml"

        func bytes() throws -> [UInt8] {
            let big = String(repeating: "x", count: 10 << 20)
            switch self {
            case .truncatedZip: return Array(try Self.valid.bytes().dropLast(300))
            case .notZip: return Array("Đơn vị,Tổng số\nXã A,12\n".utf8)
            case .emptyFile: return []
            case .oleXLS: return FormatSniff.ole2 + [UInt8](repeating: 0, count: 504) + Array("Workbook".utf16.flatMap { [UInt8($0), 0] })
            case .oleEncrypted:
                return FormatSniff.ole2 + [UInt8](repeating: 0, count: 504) + Array("EncryptionInfo".utf16.flatMap { [UInt8($0), 0] })
            case .openDocument:
                return try TestWorkbook.zip(
                    [
                        ("mimetype", Array("application/vnd.oasis.opendocument.spreadsheet".utf8)),
                        ("content.xml", Array("<office:document-content/>".utf8)),
                    ], stored: true)
            case .binaryWorkbook: return try TestWorkbook.zip([("xl/workbook.bin", [0x83, 0x01, 0x00])])
            case .zipBomb: return Self.bomb
            case .lyingZipBomb: return TestWorkbook.rewriting(Self.sheet, in: Self.bomb, size: 1_000)
            case .lyingTotal:
                let sheets = (1...5).map { TestWorkbook.Sheet(name: "Trang \($0)", rows: ["<c r=\"A1\"><v>\($0)</v></c>"]) }
                var bytes = try TestWorkbook(sheets: sheets).bytes()
                for index in 1...5 { bytes = TestWorkbook.rewriting("xl/worksheets/sheet\(index).xml", in: bytes, size: 60 << 20) }
                return bytes
            case .truncatedDeflate:
                let stored = try TestWorkbook.zip([("xl/workbook.xml", [0x00, 0xFF, 0xFF, 0x00, 0x00, 0x3C, 0x3F, 0x78])], stored: true)
                return TestWorkbook.rewriting("xl/workbook.xml", in: stored, method: 8)
            case .badChecksum:
                var bytes = try TestWorkbook.zip(Self.valid.allParts, stored: true)
                let at = try #require(bytes.indices.first { bytes[$0...].starts(with: Array("Xã A".utf8)) })
                bytes[at] = UInt8(ascii: "Y")
                return bytes
            case .doctype:
                return try Self.replacing(
                    "xl/workbook.xml", with: "<?xml version=\"1.0\"?><!DOCTYPE workbook SYSTEM \"http://example.com/x.dtd\"><workbook/>")
            case .doctypeAfterOpenQuote:
                return try Self.replacing(
                    "xl/workbook.xml",
                    with: "<?xml version=\"1.0?><!DOCTYPE w [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><workbook>&e;</workbook>")
            case .manyAttributes:
                let attributes = (0...XMLGuard.attributeLimit).map { " a\($0)=\"\"" }.joined()
                return try Self.replacing(Self.sheet, with: "<worksheet>\n<sheetData\(attributes)/></worksheet>")
            case .nestedNamespaces:
                let opening = (0...PartHandler.namespaceLimit / 8).map { level in
                    "<n\(level)" + (0..<8).map { " xmlns:p\(level)x\($0)=\"urn:\(level)\"" }.joined() + ">"
                }
                return try Self.replacing(Self.sheet, with: "<worksheet>" + opening.joined(separator: "\n") + "</worksheet>")
            case .billionLaughs:
                let entities = (1...9).map { "<!ENTITY lol\($0) \"" + String(repeating: "&lol\($0 - 1);", count: 10) + "\">" }.joined()
                return try Self.replacing(
                    Self.sheet,
                    with: "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol0 \"lol\">\(entities)]><worksheet>&lol9;</worksheet>")
            case .utf16Doctype:
                let text = "<!DOCTYPE workbook [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><workbook>&e;</workbook>"
                return try Self.replacing("xl/workbook.xml", with: Self.utf16(text, mark: true))
            case .utf16WithoutMark:
                return try Self.replacing("xl/workbook.xml", with: Self.utf16("<?xml version=\"1.0\"?><workbook/>", mark: false))
            case .ebcdic: return try Self.replacing("xl/workbook.xml", with: [0x4C, 0x6F, 0xA7, 0x94, 0x40, 0x85])
            case .badUTF8Name:
                return try Self.replacing(
                    "xl/_rels/workbook.xml.rels",
                    with: Array("<?xml version=\"1.0\"?>\n<Relationship8".utf8) + [0xD1, 0x34] + Array("/>".utf8))
            case .foreignEncoding:
                return try Self.replacing("xl/workbook.xml", with: "<?xml version=\"1.0\" encoding=\"UTF-7\"?><workbook/>")
            case .malformed:
                return try Self.replacing(
                    Self.sheet, with: "<worksheet><sheetData>\n<row><c r=\"A1\"><v>1</c></row></sheetData></worksheet>")
            case .cutPart: return try Self.replacing(Self.sheet, with: "<worksheet><sheetData><row r=\"1\"><c r=\"A1\"><v>1</v></c>")
            case .emptyPart: return try Self.replacing(Self.sheet, with: "")
            case .cellOf10MB: return try Self.cell("<c r=\"C12\" t=\"inlineStr\"><is><t>\(big)</t></is></c>")
            case .sharedStringOf10MB:
                var workbook = TestWorkbook(
                    rows: [#"<c r="A1" t="s"><v>0</v></c>"#, #"<c r="B2" t="s"><v>1</v></c>"#], sharedStrings: ["Đơn vị", big])
                workbook.styles = nil
                return try workbook.bytes()
            case .valueOf10MB: return try Self.cell("<c r=\"D1\" t=\"str\"><f>A1</f><v>\(big)</v></c>")
            case .referencePastXFD: return try Self.cell(#"<c r="XFE1"><v>1</v></c>"#)
            case .rowPastLimit:
                return try Self.replacing(
                    Self.sheet, with: #"<worksheet><sheetData><row r="1048577"><c><v>1</v></c></row></sheetData></worksheet>"#)
            case .badMerge:
                return try Self.replacing(Self.sheet, with: #"<worksheet><mergeCells><mergeCell ref="A1:A0"/></mergeCells></worksheet>"#)
            case .missingWorkbook: return try Self.omitting("xl/workbook.xml")
            case .missingRelationships: return try Self.omitting("xl/_rels/workbook.xml.rels")
            case .missingSheetPart: return try Self.omitting(Self.sheet)
            case .missingRelationship:
                return try Self.replacing(
                    "xl/_rels/workbook.xml.rels",
                    with: "<Relationships><Relationship Id=\"rId9\" Target=\"worksheets/sheet1.xml\"/></Relationships>")
            case .missingSharedStrings: return try Self.omitting("xl/sharedStrings.xml")
            case .sharedStringPastEnd: return try Self.cell(#"<c r="B7" t="s"><v>2</v></c>"#)
            case .notANumber: return try Self.cell(#"<c r="A1"><v>12abc</v></c>"#)
            case .notABoolean: return try Self.cell(#"<c r="A1" t="b"><v>2</v></c>"#)
            case .dateThatIsNot: return try Self.cell(#"<c r="E3" s="5"><v>60</v></c>"#)
            }
        }

        var expected: WorkbookProblem {
            switch self {
            case .truncatedZip: .corruptZip(reason: "không tìm thấy mục lục ở cuối tệp zip (tệp bị cắt cụt?)")
            case .notZip, .emptyFile: .notZip
            case .oleXLS: .legacyXLS
            case .oleEncrypted: .encrypted
            case .openDocument: .openDocument
            case .binaryWorkbook: .binaryWorkbook
            case .zipBomb: .partTooLarge(part: Self.sheet, size: 100 << 20)
            case .lyingZipBomb: .inflatesPastSize(part: Self.sheet)
            case .lyingTotal: .workbookTooLarge
            case .truncatedDeflate: .corruptZip(reason: "dữ liệu nén của phần «xl/workbook.xml» hỏng hoặc bị cắt cụt")
            case .badChecksum: .corruptZip(reason: "mã kiểm tra CRC của phần «xl/worksheets/sheet1.xml» không khớp")
            case .doctype, .doctypeAfterOpenQuote: .doctype(part: "xl/workbook.xml")
            case .manyAttributes: .excessiveMarkup(part: Self.sheet, line: 2)
            case .nestedNamespaces: .excessiveMarkup(part: Self.sheet, line: 9)
            case .utf16Doctype, .utf16WithoutMark, .ebcdic: .notUTF8(part: "xl/workbook.xml", line: 1)
            case .badUTF8Name: .notUTF8(part: "xl/_rels/workbook.xml.rels", line: 2)
            case .billionLaughs: .doctype(part: Self.sheet)
            case .foreignEncoding: .foreignEncoding(part: "xl/workbook.xml", encoding: "UTF-7")
            case .malformed: .malformedXML(part: Self.sheet, line: 2, column: 24)
            case .cellOf10MB: .cellTooLong(sheet: "Sheet1", cell: "C12")
            case .cutPart: .malformedXML(part: Self.sheet, line: 1, column: 56)
            case .emptyPart: .truncatedXML(part: Self.sheet)
            case .sharedStringOf10MB: .sharedStringTooLong(index: 1)
            case .valueOf10MB: .cellTooLong(sheet: "Sheet1", cell: "D1")
            case .referencePastXFD: .badReference(sheet: "Sheet1", text: "XFE1")
            case .rowPastLimit: .badReference(sheet: "Sheet1", text: "1048577")
            case .badMerge: .badReference(sheet: "Sheet1", text: "A1:A0")
            case .missingWorkbook: .missingPart("xl/workbook.xml")
            case .missingRelationships: .missingPart("xl/_rels/workbook.xml.rels")
            case .missingSheetPart: .missingSheetPart(sheet: "Sheet1", part: Self.sheet)
            case .missingRelationship: .missingRelationship(sheet: "Sheet1", id: "rId1")
            case .missingSharedStrings: .missingSharedString(sheet: "Sheet1", cell: "A1", index: "0", count: 0)
            case .sharedStringPastEnd: .missingSharedString(sheet: "Sheet1", cell: "B7", index: "2", count: 2)
            case .notANumber: .badValue(sheet: "Sheet1", cell: "A1", text: "12abc")
            case .notABoolean: .badValue(sheet: "Sheet1", cell: "A1", text: "2")
            case .dateThatIsNot: .badDate(sheet: "Sheet1", cell: "E3", text: "60")
            }
        }
    }

    @Test("Hostile and broken files: the expected problem, at the file, in well under a second", arguments: Hostile.allCases)
    func hostile(input: Hostile) throws {
        let bytes = try input.bytes()
        let clock = ContinuousClock()
        let start = clock.now
        let result = Workbook.read(bytes, path: "periods/2024-01/so-lieu.xlsx")
        let elapsed = clock.now - start
        guard case .failure(let diagnostic) = result else {
            Issue.record("\(input) was read")
            return
        }
        #expect(diagnostic.problem as? WorkbookProblem == input.expected, "\(diagnostic)")
        #expect(diagnostic.location == SourceLocation(file: "periods/2024-01/so-lieu.xlsx", line: 1, column: 1))
        #expect(!diagnostic.problem.fix.isEmpty)
        #expect(elapsed < .seconds(1), "\(input) took \(elapsed)")
    }
}
