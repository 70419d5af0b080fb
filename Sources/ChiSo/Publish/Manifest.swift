import Crypto

/// The checksum list of an archive (MANIFEST.sha256), in the format of `sha256sum`.
///
/// A line is `<64 lowercase hex><two spaces><path>`. As GNU `sha256sum` does, a path holding a
/// backslash or a line feed is written with `\\` and `\n` and its line starts with a backslash.
public enum Manifest {
    /// "MANIFEST.sha256"
    public static let fileName = "MANIFEST.sha256"

    /// Lowercase hex SHA-256 of `bytes`.
    public static func digest(_ bytes: [UInt8]) -> String {
        let hex = Array("0123456789abcdef".utf8)
        var text: [UInt8] = []
        text.reserveCapacity(64)
        for byte in SHA256.hash(data: bytes) {
            text.append(hex[Int(byte >> 4)])
            text.append(hex[Int(byte & 0x0F)])
        }
        return String(decoding: text, as: UTF8.self)
    }

    /// One line per file, "<64 hex><two spaces><path>\n", sorted by the UTF-8 bytes of the path;
    /// paths are relative to the archive folder. `files` never contains the manifest itself.
    ///
    /// - Complexity: O(total bytes of `files`).
    public static func text(_ files: [OutputFile]) -> String {
        var text: [UInt8] = []
        for file in files.sorted(by: inPathOrder) {
            let path = Array(file.path.utf8)
            let escaped = path.contains(backslash) || path.contains(lineFeed)
            if escaped { text.append(backslash) }
            text += digest(file.bytes).utf8
            text += "  ".utf8
            text += escaped ? escape(path) : path
            text.append(lineFeed)
        }
        return String(decoding: text, as: UTF8.self)
    }

    /// The manifest's entries, path → digest; nil when a line is not in the format `text` writes,
    /// when a path comes twice or when the text does not end with a line feed.
    public static func parse(_ text: String) -> [String: String]? {
        var lines = Array(text.utf8).split(separator: lineFeed, omittingEmptySubsequences: false)
        guard lines.removeLast().isEmpty else { return nil }
        var entries: [String: String] = [:]
        for line in lines {
            guard let (path, digest) = entry(line), entries[path] == nil else { return nil }
            entries[path] = digest
        }
        return entries
    }

    private static let backslash = UInt8(ascii: "\\")
    private static let lineFeed = UInt8(ascii: "\n")

    /// The order of the manifest and of the zip: by the UTF-8 bytes of the path.
    static func inPathOrder(_ a: OutputFile, _ b: OutputFile) -> Bool {
        a.path.utf8.lexicographicallyPrecedes(b.path.utf8)
    }

    /// The path and digest of one line, without its line feed.
    private static func entry(_ line: ArraySlice<UInt8>) -> (path: String, digest: String)? {
        let escaped = line.first == backslash
        let body = escaped ? line.dropFirst() : line
        let digest = body.prefix(64)
        let separator = body.dropFirst(64).prefix(2)
        guard digest.count == 64, digest.allSatisfy({ (0x30...0x39).contains($0) || (0x61...0x66).contains($0) }),
            separator.elementsEqual("  ".utf8), body.count > 66
        else { return nil }
        let name = escaped ? unescape(body.dropFirst(66)) : Array(body.dropFirst(66))
        guard let name else { return nil }
        let path = String(decoding: name, as: UTF8.self)
        guard path.utf8.elementsEqual(name) else { return nil }
        return (path, String(decoding: digest, as: UTF8.self))
    }

    /// `path` with each backslash doubled and each line feed written `\n`.
    private static func escape(_ path: [UInt8]) -> [UInt8] {
        path.flatMap { byte in
            switch byte {
            case backslash: [backslash, backslash]
            case lineFeed: [backslash, UInt8(ascii: "n")]
            default: [byte]
            }
        }
    }

    /// The bytes of an escaped path: `\\` is a backslash, `\n` a line feed; nil for any other escape.
    private static func unescape(_ bytes: ArraySlice<UInt8>) -> [UInt8]? {
        var result: [UInt8] = []
        var iterator = bytes.makeIterator()
        while let byte = iterator.next() {
            guard byte == backslash else {
                result.append(byte)
                continue
            }
            switch iterator.next() {
            case backslash: result.append(byte)
            case UInt8(ascii: "n"): result.append(lineFeed)
            default: return nil
            }
        }
        return result
    }
}
