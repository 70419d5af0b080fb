/// The reader of one XML part: it sees each element by its local name (`x:c` and `c` alike) with a
/// view of its attributes, and text as bytes, and stops the parse by setting `problem`. Nothing is
/// copied for an element or a piece of text it does not keep. A reader is a value, reached in place
/// during the parse: no dynamic exclusivity check, no reference counting per callback.
protocol PartReader {
    /// Set to stop reading; it becomes the reason the part was refused.
    var problem: WorkbookProblem? { get }

    /// An element opens.
    mutating func start(_ name: XMLName, _ attributes: XMLAttributes)
    /// An element closes.
    mutating func end(_ name: XMLName)
    /// Text inside the current element, in pieces as the parser finds it, borrowed for the call.
    mutating func text(_ bytes: UnsafeBufferPointer<UInt8>)
}

extension PartReader {
    /// Ignores the element's end.
    func end(_ name: XMLName) {}
    /// Ignores the text.
    func text(_ bytes: UnsafeBufferPointer<UInt8>) {}

    /// Parses `bytes` as the part `part` into this reader: `PartHandler.parse`.
    ///
    /// - Complexity: O(`bytes.count`).
    mutating func parse(_ bytes: [UInt8], part: String) throws(WorkbookProblem) {
        try PartHandler.parse(bytes, part: part, into: &self)
    }
}
