/// An element's or attribute's local name as libxml2 gives it (`c` for `<x:c>`): NUL-terminated
/// UTF-8 in the parser's dictionary, valid only during the callback that receives it. It is
/// compared with a literal byte by byte, so that no `String` is made for a name.
struct XMLName {
    /// The name's first byte; a NUL byte ends it.
    let start: UnsafePointer<UInt8>

    /// Whether `name` is `literal`, in a `switch` (`case "sheetData":`).
    ///
    /// - Complexity: O(length of `literal`).
    static func ~= (literal: StaticString, name: XMLName) -> Bool { name == literal }

    /// Whether `name` is `literal`, byte for byte. A NUL byte in `name` differs from the literal's
    /// byte there, so the bytes past the name's end are never read.
    ///
    /// - Complexity: O(length of `literal`).
    static func == (name: XMLName, literal: StaticString) -> Bool {
        literal.withUTF8Buffer { expected in
            for (index, byte) in expected.enumerated() where name.start[index] != byte { return false }
            return name.start[expected.count] == 0
        }
    }
}
