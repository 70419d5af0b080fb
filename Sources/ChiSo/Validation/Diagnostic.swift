/// How bad a diagnostic is: an error stops the build, a warning does not.
public enum Severity: String, Sendable {
    case error
    case warning
}

/// A place in a content file: path as given to chiso, 1-based line and column (in characters).
public struct SourceLocation: Hashable, Sendable, Comparable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var column: Int

    public init(file: String, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
    }

    /// `content/units.csv:4:12`.
    public var description: String { "\(file):\(line):\(column)" }

    public static func < (a: SourceLocation, b: SourceLocation) -> Bool {
        (a.file, a.line, a.column) < (b.file, b.line, b.column)
    }
}

/// Something wrong in the content: the sentence for the user and the fix, written once.
public protocol Problem: Sendable, CustomStringConvertible {
    var severity: Severity { get }
    /// One sentence that tells the person who keeps the data what to change.
    var fix: String { get }
}

extension Problem {
    public var severity: Severity { .error }
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

    /// `path:line:column: error: message`, then the fix on the next line.
    public var description: String {
        "\(location): \(severity.rawValue): \(problem)\n    sửa: \(problem.fix)"
    }
}
