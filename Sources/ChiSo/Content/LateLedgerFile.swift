/// Reads a period's late.csv, the ledger of late dossiers.
///
/// Only the listed columns are accepted: a file with any other column (a citizen's name, phone
/// or ID number) is refused whole, so personal data never reaches the site.
enum LateLedgerFile {
    static let keys = ["code", "unit", "procedure", "received", "due", "returned", "closed", "reason", "apology"]

    static let labels: [String: String] = {
        var labels: [String: String] = [:]
        let vietnamese: [String: [String]] = [
            "code": ["Mã hồ sơ", "Mã số hồ sơ"],
            "unit": Labels.unit,
            "procedure": ["Tên thủ tục", "Thủ tục", "Tên thủ tục hành chính"],
            "received": ["Ngày tiếp nhận", "Ngày nhận"],
            "due": ["Hạn trả", "Ngày hẹn trả", "Hạn giải quyết", "Ngày hẹn trả kết quả"],
            "returned": ["Ngày trả kết quả", "Ngày trả"],
            "closed": ["Ngày kết thúc", "Ngày kết thúc trên hệ thống"],
            "reason": ["Lý do", "Giải trình", "Lý do quá hạn", "Lý do trễ hạn"],
            "apology": ["Thư xin lỗi", "Xin lỗi"],
        ]
        for key in keys { labels[key] = key }
        for (key, names) in vietnamese { for name in names { labels[LabelKey.make(name)] = key } }
        for name in Labels.ordinal { labels[LabelKey.make(name)] = "ordinal" }
        return labels
    }()

    /// A ledger row as written; unit names are matched and rows checked in validation.
    struct Entry: Sendable {
        let code: String
        let unitName: String
        let procedure: String
        let received: Day
        let due: Day
        let returned: Day?
        let closed: Day?
        let reason: String
        let apology: Bool
        let row: Row
        let table: KeyedTable
    }

    static func read(_ text: TextBytes, path: String) -> ([Entry], [Diagnostic]) {
        let (table, header) = KeyedTable.read(text, path: path, key: { labels[LabelKey.make($0)] }) {
            LedgerProblem.forbiddenColumn($0, accepted: keys)
        }
        guard let table, header.isEmpty else { return ([], header) }
        return read(table, path: path)
    }

    /// Reads the ledger from a workbook's sheet, under the same rules.
    static func read(sheet: Table) -> ([Entry], [Diagnostic]) {
        let (table, header) = KeyedTable.read(sheet, key: { labels[LabelKey.make($0)] }) { LedgerProblem.forbiddenColumn($0, accepted: keys) }
        guard let table, header.isEmpty else { return ([], header) }
        return read(table, path: sheet.path)
    }

    private static func read(_ table: KeyedTable, path: String) -> ([Entry], [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        for key in ["code", "unit", "received", "due", "returned"] where table.columns[key] == nil {
            let place = table.table.rows.first.map(table.table.location(of:)) ?? SourceLocation(file: path, line: 1, column: 1)
            diagnostics.append(Diagnostic(LedgerProblem.missingColumn(key), at: place))
        }
        guard diagnostics.isEmpty else { return ([], diagnostics) }
        var entries: [Entry] = []
        for row in table.body {
            var valid = true
            func report(_ problem: LedgerProblem, _ key: String) {
                diagnostics.append(Diagnostic(problem, at: table.place(key, in: row)))
                valid = false
            }
            func day(_ key: String, required: Bool) -> Day? {
                let text = table.text(key, in: row)
                if text.isEmpty { if required { report(.missingValue(key), key) }; return nil }
                guard let day = Day(parsing: text) else { report(.invalidDate(key: key, found: text), key); return nil }
                return day
            }
            let code = table.text("code", in: row)
            let unitName = MarkupText.strippingFormatting(table.text("unit", in: row))
            if code.isEmpty { report(.missingValue("code"), "code") }
            if unitName.isEmpty { report(.missingValue("unit"), "unit") }
            let received = day("received", required: true)
            let due = day("due", required: true)
            let returned = day("returned", required: false)
            let closed = day("closed", required: false)
            let apologyText = NameKey.make(table.text("apology", in: row))
            let apology = ["có", "co", "x", "yes", "1"].contains(apologyText)
            if !apology, !["", "không", "khong", "no", "0"].contains(apologyText) {
                report(.invalidApology(table.text("apology", in: row)), "apology")
            }
            guard valid, let received, let due else { continue }
            entries.append(Entry(
                code: code, unitName: unitName, procedure: table.text("procedure", in: row), received: received, due: due,
                returned: returned, closed: closed, reason: table.text("reason", in: row), apology: apology, row: row, table: table))
        }
        return (entries, diagnostics)
    }
}
