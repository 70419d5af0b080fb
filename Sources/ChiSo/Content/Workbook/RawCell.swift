import Foundation

/// A `<c>` element as read from a sheet, before its value is interpreted.
struct RawCell {
    let row: Int
    let column: Int
    /// The `t` attribute: `s`, `str`, `inlineStr`, `b`, `e`, `d`, or nil and `n` for a number.
    let type: String?
    /// The `s` attribute: the cell style's index.
    let style: Int?
    /// The text of `<v>`.
    var value: String?
    /// The text of `<is>`, an inline string.
    var inline: String?
    /// Whether the cell has an `<f>`.
    var hasFormula = false

    /// What the reader of a cell needs from the rest of the workbook.
    struct Context {
        let sheet: String
        let strings: SharedStrings
        let styles: CellStyles
        let dateSystem: ExcelDate.System
    }

    /// The cell's value; nil for an empty cell (no value, no inline string, no formula).
    func decode(in context: Context) throws(WorkbookProblem) -> SheetValue? {
        let cell = CellReference.text(row: row, column: column)
        if let inline, type == "inlineStr" || value == nil { return .text(inline) }
        guard let value else { return hasFormula ? .uncachedFormula : nil }
        let bad = WorkbookProblem.badValue(sheet: context.sheet, cell: cell, text: value)
        switch type {
        case "s":
            guard let index = Int(value.trimmingCharacters(in: .whitespacesAndNewlines)), let string = context.strings[index] else {
                throw .missingSharedString(sheet: context.sheet, cell: cell, index: value, count: context.strings.count)
            }
            return .text(string)
        case "str", "inlineStr": return .text(value)
        case "b":
            switch value.trimmingCharacters(in: .whitespacesAndNewlines).lowercased() {
            case "1", "true": return .bool(true)
            case "0", "false": return .bool(false)
            default: throw bad
            }
        case "e": return .error(value)
        case "d":
            guard let day = Day(parsing: value.prefix(10)) else { throw bad }
            return .date(day)
        case nil, "n":
            if value.isEmpty { return hasFormula ? .uncachedFormula : nil }
            return try number(value, in: context, cell: cell)
        default: throw bad
        }
    }

    /// A number cell read through its style: a date, a percentage or the number as written.
    private func number(_ value: String, in context: Context, cell: String) throws(WorkbookProblem) -> SheetValue {
        let format = context.styles.format(style)
        let trimmed = value.trimmingCharacters(in: .whitespacesAndNewlines)
        guard let digits = DecimalText.normalised(trimmed, shift: format == .percent ? 2 : 0) else {
            throw .badValue(sheet: context.sheet, cell: cell, text: value)
        }
        guard format == .date else { return .number(digits) }
        guard let day = ExcelDate.day(serial: digits, system: context.dateSystem) else {
            throw .badDate(sheet: context.sheet, cell: cell, text: value)
        }
        return .date(day)
    }
}
