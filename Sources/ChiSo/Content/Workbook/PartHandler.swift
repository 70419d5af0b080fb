import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// A streaming reader of one XML part: subclasses see elements by their local name (`x:c` and `c`
/// alike) and text, and stop the parse by setting `problem`. FoundationXML on Linux recovers from
/// errors and reports success, and says nothing of a part cut short, so the first error reported is
/// taken as the part's problem and the elements are counted to see that the root element closes.
/// The bytes are given as a stream: given as `Data`, libxml2 gets them in one piece and, past
/// 10 MB on one line (Excel writes a sheet on one line), fails at the end with "Huge input lookup".
class PartHandler: NSObject, XMLParserDelegate {
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

    /// An element opens; `attributes` keep their qualified names (`r:id`).
    func start(_ name: Substring, _ attributes: [String: String]) {}
    /// An element closes.
    func end(_ name: Substring) {}
    /// Text inside the current element, in pieces as the parser finds it.
    func text(_ string: String) {}

    /// Parses `bytes` as the part `part`, once `XMLGuard` has let them through, throwing the handler's
    /// problem or the parser's, with its line and column.
    ///
    /// - Complexity: O(`bytes.count`).
    func parse(_ bytes: [UInt8], part: String) throws(WorkbookProblem) {
        if let refused = XMLGuard.problem(in: bytes, part: part) { throw refused }
        self.part = part
        let parser = XMLParser(stream: InputStream(data: Data(bytes)))
        parser.shouldResolveExternalEntities = false
        parser.shouldProcessNamespaces = false
        parser.delegate = self
        let finished = parser.parse()
        if let problem { throw problem }
        guard finished else { throw .malformedXML(part: part, line: parser.lineNumber, column: parser.columnNumber) }
        guard closed, declared.isEmpty else { throw .truncatedXML(part: part) }
    }

    /// The value of the attribute `local` whatever its prefix (`r:id` for `id`).
    static func prefixed(_ local: String, in attributes: [String: String]) -> String? {
        attributes.first { key, _ in key.hasSuffix(":" + local) }?.value
    }

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String]
    ) {
        declared.append(attributes.keys.count { $0 == "xmlns" || $0.hasPrefix("xmlns:") })
        inScope += declared[declared.count - 1]
        if inScope > Self.namespaceLimit {
            problem = .excessiveMarkup(part: part, line: parser.lineNumber)
        } else {
            start(Self.localName(elementName), attributes)
        }
        if problem != nil { parser.abortParsing() }
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
        inScope -= declared.popLast() ?? 0
        closed = declared.isEmpty
        end(Self.localName(elementName))
        if problem != nil { parser.abortParsing() }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        text(string)
        if problem != nil { parser.abortParsing() }
    }

    func parser(_ parser: XMLParser, foundCDATA block: Data) {
        text(String(decoding: block, as: UTF8.self))
        if problem != nil { parser.abortParsing() }
    }

    func parser(_ parser: XMLParser, parseErrorOccurred parseError: any Error) {
        if problem == nil { problem = .malformedXML(part: part, line: parser.lineNumber, column: parser.columnNumber) }
        parser.abortParsing()
    }

    /// `c` for `x:c`.
    private static func localName(_ name: String) -> Substring {
        name.utf8.lastIndex(of: UInt8(ascii: ":")).map { name[name.utf8.index(after: $0)...] } ?? name[...]
    }
}
