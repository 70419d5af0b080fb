/// Reads one XML part into a `PartReader`: lets `XMLGuard` check the bytes, has `PushParser` parse
/// them, hands the reader each element and piece of text, and keeps the checks on the part as a
/// whole: at most `namespaceLimit` namespaces in scope, the first error libxml2 reports as the
/// part's problem, a root element that closes.
enum PartHandler {
    /// The most namespaces declared by the open elements together. libxml2 2.9 looks a prefix up
    /// through every namespace in scope, for every element and attribute; Excel declares about ten.
    static let namespaceLimit = 64

    /// Parses `bytes` as the part `part` into `reader`, throwing the reader's problem or the
    /// parser's, with its line and column. A part whose root element never closes is one cut short,
    /// and so is one of fewer than four bytes, which cannot hold a whole element (`<a/>` is the
    /// shortest) and is not parsed, as FoundationXML never parsed it. The reader is reached in
    /// place through a closure that does not escape.
    ///
    /// - Complexity: O(`bytes.count`).
    static func parse<Reader: PartReader>(_ bytes: [UInt8], part: String, into reader: inout Reader) throws(WorkbookProblem) {
        if let refused = XMLGuard.problem(in: bytes, part: part) { throw refused }
        var tally = Tally(part: part)
        if bytes.count >= 4 { PushParser.parse(bytes) { tally.handle($0, by: &reader) } }
        if let problem = tally.problem ?? reader.problem { throw problem }
        guard tally.isComplete else { throw .truncatedXML(part: part) }
    }

    /// What the parse keeps beside the reader.
    private struct Tally {
        /// The part being read, for messages.
        let part: String
        /// The parser's problem: malformed XML or too many namespaces.
        var problem: WorkbookProblem?
        /// How many elements are open.
        var depth = 0
        /// The open elements that declare namespaces: their depth and how many, outermost first.
        var declaring: [(depth: Int, count: Int)] = []
        /// The namespaces they declare together.
        var inScope = 0
        /// Whether the root element has closed.
        var isComplete = false

        /// Gives `event` to `reader`, counting namespaces and open elements; false once the parser
        /// or the reader has a problem.
        mutating func handle(_ event: PartEvent, by reader: inout some PartReader) -> Bool {
            switch event {
            case .start(let name, let attributes, let namespaces, let line):
                depth += 1
                if namespaces > 0 {
                    declaring.append((depth, namespaces))
                    inScope += namespaces
                    guard inScope <= namespaceLimit else {
                        problem = .excessiveMarkup(part: part, line: line)
                        return false
                    }
                }
                reader.start(name, attributes)
            case .end(let name):
                if let last = declaring.last, last.depth == depth {
                    inScope -= last.count
                    declaring.removeLast()
                }
                depth -= 1
                isComplete = depth == 0
                reader.end(name)
            case .text(let bytes): reader.text(bytes)
            case .error(let line, let column):
                problem = .malformedXML(part: part, line: line, column: column)
                return false
            }
            if case .some = reader.problem { return false }
            return true
        }
    }
}
