/// `xl/workbook.xml`: the sheets in tab order and the date system.
struct WorkbookPart {
    /// One `<sheet>`: its tab name, whether it is hidden, and the relationship that names its part.
    struct SheetEntry {
        let name: String
        let isHidden: Bool
        let relationship: String
    }

    let sheets: [SheetEntry]
    let dateSystem: ExcelDate.System

    /// Reads the workbook part.
    ///
    /// - Complexity: O(`bytes.count`).
    static func read(_ bytes: [UInt8], part: String) throws(WorkbookProblem) -> WorkbookPart {
        var reader = Reader()
        try reader.parse(bytes, part: part)
        return WorkbookPart(sheets: reader.sheets, dateSystem: reader.is1904 ? .from1904 : .from1900)
    }

    /// The reader of the part: each `<sheet>` and the date system.
    private struct Reader: PartReader {
        var problem: WorkbookProblem?
        var sheets: [SheetEntry] = []
        var is1904 = false

        mutating func start(_ name: XMLName, _ attributes: XMLAttributes) {
            switch name {
            case "workbookPr":
                is1904 = ["1", "true"].contains(attributes["date1904"]?.string.lowercased())
            case "sheet":
                let state = attributes["state"]?.string
                sheets.append(
                    SheetEntry(
                        name: attributes["name"]?.string ?? "", isHidden: state == "hidden" || state == "veryHidden",
                        relationship: attributes.prefixed("id")?.string ?? ""))
            default: break
            }
        }
    }
}

/// `xl/_rels/workbook.xml.rels`: what each relationship id of the workbook points to.
struct WorkbookRelationships {
    /// The folder the workbook part lives in, which relative targets start from.
    static let base = "xl"

    private let targets: [String: String]
    private let typed: [(type: String, part: String)]

    /// The part name (`xl/worksheets/sheet1.xml`) of relationship `id`.
    func part(id: String) -> String? { targets[id] }

    /// The part of the first relationship whose type ends in `/kind` (`sharedStrings`, `styles`).
    func part(ofKind kind: String) -> String? {
        typed.first { $0.type.hasSuffix("/" + kind) }?.part
    }

    /// Reads the relationships part; external targets (links to other files) are left out.
    ///
    /// - Complexity: O(`bytes.count`).
    static func read(_ bytes: [UInt8], part: String) throws(WorkbookProblem) -> WorkbookRelationships {
        var reader = Reader()
        try reader.parse(bytes, part: part)
        return WorkbookRelationships(
            targets: Dictionary(reader.found.map { ($0.id, $0.part) }) { first, _ in first },
            typed: reader.found.map { ($0.type, $0.part) })
    }

    /// The part name of `target`: from the zip's root when it starts with `/`, else from `base`,
    /// with `.` and `..` resolved.
    static func partName(_ target: String) -> String {
        var segments: [Substring] = target.hasPrefix("/") ? [] : [base[...]]
        for segment in target.split(separator: "/") {
            switch segment {
            case ".": continue
            case "..": _ = segments.popLast()
            default: segments.append(segment)
            }
        }
        return segments.joined(separator: "/")
    }

    /// The reader of the part: each internal `<Relationship>`.
    private struct Reader: PartReader {
        var problem: WorkbookProblem?
        var found: [(id: String, type: String, part: String)] = []

        mutating func start(_ name: XMLName, _ attributes: XMLAttributes) {
            guard name == "Relationship", attributes["TargetMode"]?.string != "External", let id = attributes["Id"],
                let target = attributes["Target"]
            else { return }
            found.append((id.string, attributes["Type"]?.string ?? "", WorkbookRelationships.partName(target.string)))
        }
    }
}
