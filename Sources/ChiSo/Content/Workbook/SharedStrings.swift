/// The shared string table, `xl/sharedStrings.xml`: the text of each `<si>`, rich-text runs joined
/// and phonetic guides (`<rPh>`) left out.
struct SharedStrings: Sendable {
    /// A workbook without the part: any reference to a shared string is a problem.
    static let none = SharedStrings(strings: [])

    private let strings: [String]

    /// How many strings the table holds.
    var count: Int { strings.count }

    /// The string at `index`, nil when there is no such string.
    subscript(index: Int) -> String? {
        strings.indices.contains(index) ? strings[index] : nil
    }

    /// Reads the part; the table's size is bounded by `Workbook.partLimit`. A string longer than
    /// `Workbook.cellTextLimit` stops the reading: Excel cannot have written it.
    ///
    /// - Complexity: O(`bytes.count`).
    static func read(_ bytes: [UInt8], part: String) throws(WorkbookProblem) -> SharedStrings {
        var reader = Reader()
        try reader.parse(bytes, part: part)
        return SharedStrings(strings: reader.strings)
    }

    /// The reader of the part: the text of each `<si>`.
    private struct Reader: PartReader {
        var problem: WorkbookProblem?
        var strings: [String] = []
        private var current = RunText()
        private var inItem = false

        mutating func start(_ name: XMLName, _ attributes: XMLAttributes) {
            if name == "si" {
                inItem = true
                current.reset()
            } else if inItem {
                current.start(name)
            }
        }

        mutating func end(_ name: XMLName) {
            if name == "si" {
                inItem = false
                strings.append(current.text ?? "")
            } else if inItem {
                current.end(name)
            }
        }

        mutating func text(_ bytes: UnsafeBufferPointer<UInt8>) {
            guard inItem else { return }
            current.append(bytes)
            if current.isTooLong { problem = .sharedStringTooLong(index: strings.count) }
        }
    }
}
