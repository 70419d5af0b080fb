/// How bad a diagnostic is: an error stops the build, a warning does not.
public enum Severity: String, Sendable {
    case error
    case warning
}

/// A place in a content file: path as given to chiso, 1-based line and column (in characters);
/// in a workbook, the sheet's row and column.
public struct SourceLocation: Hashable, Sendable, Comparable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var column: Int
    /// True for a workbook's cell: `file` names the workbook and the sheet, `line` the row.
    public var isCell: Bool

    public init(file: String, line: Int, column: Int, isCell: Bool = false) {
        self.file = file
        self.line = line
        self.column = column
        self.isCell = isCell
    }

    /// `content/units.csv:4:12`, or for a cell `content/periods/2024-06/bao-cao.xlsx › Sheet1!C12`.
    public var description: String { isCell ? file + "!" + Self.reference(row: line, column: column) : "\(file):\(line):\(column)" }

    /// A cell as Excel names it: `C12` for row 12, column 3; `AA1` for column 27.
    public static func reference(row: Int, column: Int) -> String {
        var letters = ""
        var rest = max(column, 1)
        while rest > 0 {
            rest -= 1
            letters = String(UnicodeScalar(UInt8(65 + rest % 26))) + letters
            rest /= 26
        }
        return letters + String(row)
    }

    public static func < (a: SourceLocation, b: SourceLocation) -> Bool {
        (a.file, a.line, a.column) < (b.file, b.line, b.column)
    }
}

/// Something wrong in the content: the sentence for the user and the fix, written once.
public protocol Problem: Sendable, CustomStringConvertible {
    var severity: Severity { get }
    /// One sentence that tells the person who keeps the data what to change.
    var fix: String { get }
    /// A longer text that problems of one kind share (the accepted column names), printed once
    /// after every diagnostic rather than in each.
    var reference: String? { get }
}

extension Problem {
    public var severity: Severity { .error }
    public var reference: String? { nil }
}

/// A problem at a place.
public struct Diagnostic: Error, Sendable, CustomStringConvertible {
    public var location: SourceLocation
    public var problem: any Problem

    public init(_ problem: any Problem, at location: SourceLocation) {
        self.problem = problem
        self.location = location
    }

    public var severity: Severity { problem.severity }

    /// The problem's sentence as printed (see `printable`).
    public var message: String { Diagnostic.printable("\(problem)") }

    /// `path:line:column: error: message`, then the fix on the next line.
    public var description: String {
        "\(location): \(severity.rawValue): \(message)\n    sửa: \(Diagnostic.printable(problem.fix))"
    }

    /// The longest text from the data shown between « and »; the rest is cut to «…».
    static let quotedLimit = 80
    /// The longest sentence printed, whatever its quotes hold.
    static let sentenceLimit = 1_000

    /// A sentence on one line for a terminal: line breaks inside a cell (Alt+Enter) and tabs become
    /// single spaces, control characters and bidirectional overrides are dropped, and a quoted text
    /// from the data longer than `quotedLimit` characters is cut, so no cell can flood or steer the
    /// output.
    static func printable(_ sentence: String) -> String {
        var result = ""
        var count = 0
        var quoted: Int?
        var space = false
        for character in sentence {
            let cut = quoted.map { $0 > quotedLimit } ?? false
            if character.unicodeScalars.contains(where: isInvisible) { continue }
            if character.isWhitespace {
                space = !result.isEmpty && !cut
                continue
            }
            switch (character, quoted) {
            case ("«", nil): quoted = 0
            case ("»", _): quoted = nil
            case (_, let length?) where length >= quotedLimit:
                if length == quotedLimit { result.append("…") }
                quoted = quotedLimit + 1
                space = false
                continue
            case (_, let length?): quoted = length + 1
            default: break
            }
            if space { result.append(" ") }
            space = false
            result.append(character)
            count += 1
            if count >= sentenceLimit {
                result.append("…")
                break
            }
        }
        return result
    }

    /// Control characters other than white space, bidirectional marks, embeddings, overrides and isolates.
    private static func isInvisible(_ scalar: Unicode.Scalar) -> Bool {
        (scalar.properties.generalCategory == .control && !scalar.properties.isWhitespace) || (0x202A...0x202E).contains(scalar.value)
            || (0x2066...0x2069).contains(scalar.value) || scalar.value == 0x200E || scalar.value == 0x200F
    }
}
