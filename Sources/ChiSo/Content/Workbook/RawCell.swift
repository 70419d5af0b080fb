/// A `<c>` element as read from a sheet, before its value is interpreted. It holds no text (the
/// reader keeps the text of `<v>` and `<is>` until the cell closes), so it costs nothing to copy
/// or drop.
struct RawCell {
    let row: Int
    let column: Int
    /// The `t` attribute.
    let kind: Kind
    /// The `s` attribute: the cell style's index.
    let style: Int?
    /// Whether the cell has a `<v>`.
    var hasValue = false
    /// Whether the cell has an `<is>`, an inline string.
    var hasInline = false
    /// Whether the cell has an `<f>`.
    var hasFormula = false

    /// The `t` attribute, read once when the cell opens.
    enum Kind {
        /// No `t`, or `n`.
        case number
        /// `s`: an index into the shared strings.
        case shared
        /// `str`: a formula's text.
        case formulaText
        /// `inlineStr`.
        case inline
        /// `b`.
        case bool
        /// `e`: an error code.
        case error
        /// `d`: an ISO 8601 date.
        case date
        /// Any other value, which no cell value fits.
        case unknown

        /// The kind `t` names; `.number` without one.
        init(_ t: XMLValue?) {
            switch t {
            case nil, "n"?: self = .number
            case "s"?: self = .shared
            case "str"?: self = .formulaText
            case "inlineStr"?: self = .inline
            case "b"?: self = .bool
            case "e"?: self = .error
            case "d"?: self = .date
            default: self = .unknown
            }
        }
    }

    /// What the reader of a cell needs from the rest of the workbook.
    struct Context {
        let sheet: String
        let strings: SharedStrings
        let styles: CellStyles
        let dateSystem: ExcelDate.System
    }

    /// `C12`, for messages.
    var reference: String { CellReference.text(row: row, column: column) }

    /// The cell's value, given the text of its `<v>` and of its `<is>`; nil for an empty cell (no
    /// value, no inline string, no formula).
    func decode(value: String?, inline: String?, in context: Context) throws(WorkbookProblem) -> SheetValue? {
        if let inline, kind == .inline || value == nil { return .text(inline) }
        guard let value else { return hasFormula ? .uncachedFormula : nil }
        switch kind {
        case .shared:
            guard let index = Int(Self.trimmed(value)), let string = context.strings[index] else {
                throw .missingSharedString(sheet: context.sheet, cell: reference, index: value, count: context.strings.count)
            }
            return .text(string)
        case .formulaText, .inline: return .text(value)
        case .bool:
            switch Self.trimmed(value).lowercased() {
            case "1", "true": return .bool(true)
            case "0", "false": return .bool(false)
            default: throw .badValue(sheet: context.sheet, cell: reference, text: value)
            }
        case .error: return .error(value)
        case .date:
            guard let day = Day(parsing: value.prefix(10)) else { throw .badValue(sheet: context.sheet, cell: reference, text: value) }
            return .date(day)
        case .number:
            if value.isEmpty { return hasFormula ? .uncachedFormula : nil }
            return try number(value, in: context)
        case .unknown: throw .badValue(sheet: context.sheet, cell: reference, text: value)
        }
    }

    /// A number cell read through its style: a date, a percentage or the number as written.
    private func number(_ value: String, in context: Context) throws(WorkbookProblem) -> SheetValue {
        let format = context.styles.format(style)
        guard let digits = DecimalText.normalised(Self.trimmed(value), shift: format == .percent ? 2 : 0) else {
            throw .badValue(sheet: context.sheet, cell: reference, text: value)
        }
        guard format == .date else { return .number(digits) }
        guard let day = ExcelDate.day(serial: digits, system: context.dateSystem) else {
            throw .badDate(sheet: context.sheet, cell: reference, text: value)
        }
        return .date(day)
    }

    /// `text` without white space at either end; `text` itself, uncopied, when there is none.
    private static func trimmed(_ text: String) -> Substring {
        let ends = text.utf8.withContiguousStorageIfAvailable { ($0.first, $0.last) } ?? (text.utf8.first, text.utf8.last)
        guard let first = ends.0, let last = ends.1, isSpace(first) || isSpace(last) else { return text[...] }
        let start = text.firstIndex { !$0.isWhitespace } ?? text.endIndex
        let end = text[start...].lastIndex { !$0.isWhitespace }.map { text.index(after: $0) } ?? start
        return text[start..<end]
    }

    private static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D }
}
