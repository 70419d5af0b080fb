/// A streaming reader of one XML part: subclasses see each element by its local name (`x:c` and
/// `c` alike) with a view of its attributes, and text as bytes, and stop the parse by setting
/// `problem`. Nothing is copied for an element or a piece of text a subclass does not keep.
/// `PushParser` drives it with libxml2; the first error libxml2 reports is the part's problem,
/// and the elements are counted to see that the root element closes.
class PartHandler {
    /// The most namespaces declared by the open elements together. libxml2 2.9 looks a prefix up
    /// through every namespace in scope, for every element and attribute; Excel declares about ten.
    static let namespaceLimit = 64

    /// Set by a subclass to stop reading; it becomes the reason the part was refused.
    var problem: WorkbookProblem?
    /// The part being read, for messages.
    private var part = ""
    /// The namespaces each open element declares, outermost first.
    private var declared: [Int] = []
    /// Their sum.
    private var inScope = 0
    /// Whether the root element has closed.
    private var closed = false

    /// An element opens.
    func start(_ name: XMLName, _ attributes: XMLAttributes) {}
    /// An element closes.
    func end(_ name: XMLName) {}
    /// Text inside the current element, in pieces as the parser finds it, borrowed for the call.
    func text(_ bytes: UnsafeBufferPointer<UInt8>) {}

    /// Parses `bytes` as the part `part`, once `XMLGuard` has let them through, throwing the handler's
    /// problem or the parser's, with its line and column. An empty part is one cut short.
    ///
    /// - Complexity: O(`bytes.count`).
    func parse(_ bytes: [UInt8], part: String) throws(WorkbookProblem) {
        if let refused = XMLGuard.problem(in: bytes, part: part) { throw refused }
        self.part = part
        if !bytes.isEmpty { PushParser.parse(bytes, into: self) }
        if let problem { throw problem }
        guard closed, declared.isEmpty else { throw .truncatedXML(part: part) }
    }

    /// For `PushParser`: an element opens, declaring `namespaces` namespaces, on line `line`;
    /// false once the part has a problem.
    final func opened(_ name: XMLName, _ attributes: XMLAttributes, namespaces: Int, line: Int) -> Bool {
        declared.append(namespaces)
        inScope += namespaces
        if inScope > Self.namespaceLimit {
            problem = .excessiveMarkup(part: part, line: line)
        } else {
            start(name, attributes)
        }
        return problem == nil
    }

    /// For `PushParser`: an element closes; false once the part has a problem.
    final func closed(_ name: XMLName) -> Bool {
        inScope -= declared.popLast() ?? 0
        closed = declared.isEmpty
        end(name)
        return problem == nil
    }

    /// For `PushParser`: text or a CDATA section; false once the part has a problem.
    final func found(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        text(bytes)
        return problem == nil
    }

    /// For `PushParser`: the XML is malformed at `line` and `column`, unless a problem came first.
    final func failed(line: Int, column: Int) {
        if problem == nil { problem = .malformedXML(part: part, line: line, column: column) }
    }
}
