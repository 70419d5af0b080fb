import Foundation

/// What the last build wrote, kept beside the output folder (`.public.chiso-build` next to
/// `public/`), never inside it, so an upload of the output leaves it behind: the digest of
/// everything the build read, its check report, and for each file it made the digest of that
/// file's inputs and the file's stamp. A record is trusted only while the output folder holds
/// exactly the files it lists, each with its stamp; otherwise the next build is a full one.
struct BuildRecord: Equatable {
    /// The first line; a record of another version is not read.
    static let header = "chiso build record 1"

    /// The digest of every input of the build: tool, theme, content, archives, options.
    var inputs: String
    /// What the check printed (warnings and the summary line), shown again when nothing changed.
    var report: String
    /// By path under the output: the digest of what the file was made from.
    var keys: [String: String]
    /// By path under the output: the file's stamp after the build.
    var stamps: [String: FileStamp]

    /// The record's place beside `output`.
    static func location(of output: String) -> URL {
        let target = URL(fileURLWithPath: output).standardizedFileURL
        return target.deletingLastPathComponent().appendingPathComponent(".\(target.lastPathComponent).chiso-build")
    }

    /// The record beside `output` when there is one, it is whole, and the output folder is as it
    /// left it; nil otherwise.
    ///
    /// - Complexity: O(files under `output`), one `lstat` each.
    static func trusted(beside output: String) -> BuildRecord? {
        guard let data = FileManager.default.contents(atPath: location(of: output).path), let record = BuildRecord(bytes: Array(data))
        else { return nil }
        let found = FileStamp.scan(URL(fileURLWithPath: output).standardizedFileURL.path)
        guard found.count == record.stamps.count,
            record.stamps.allSatisfy({ path, stamp in found[path] == .some(stamp) })
        else { return nil }
        return record
    }

    /// Writes the record of the files `keys` names as they now are under `output`, replacing the
    /// last one in one rename; `stamped` gives the stamps of files known not to have changed since
    /// they were taken. When that fails the last record is removed, so the next build is full.
    static func write(inputs: String, report: String, keys: [String: String], output: String, stamped: [String: FileStamp] = [:]) {
        let root = URL(fileURLWithPath: output).standardizedFileURL.path
        var stamps: [String: FileStamp] = [:]
        for path in keys.keys {
            stamps[path] = stamped[path] ?? FileStamp(path: root + "/" + path)
        }
        let place = location(of: output)
        let record = BuildRecord(inputs: inputs, report: report, keys: keys, stamps: stamps)
        let temporary = place.deletingLastPathComponent().appendingPathComponent(place.lastPathComponent + ".new")
        do {
            guard stamps.count == keys.count, keys.keys.allSatisfy({ !$0.contains("\n") }) else { throw CocoaError(.fileWriteUnknown) }
            unlink(temporary.path)
            try Data(record.text.utf8).write(to: temporary, options: .withoutOverwriting)
            guard rename(temporary.path, place.path) == 0 else { throw CocoaError(.fileWriteUnknown) }
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            try? FileManager.default.removeItem(at: place)
        }
    }

    init(inputs: String, report: String, keys: [String: String], stamps: [String: FileStamp]) {
        self.inputs = inputs
        self.report = report
        self.keys = keys
        self.stamps = stamps
    }

    /// The record as text: the header, `inputs <hex>`, `report <base64>`, then a line per file,
    /// `<key> <inode> <size> <change time ns> <path>`, sorted by path.
    var text: String {
        var lines = [BuildRecord.header, "inputs " + inputs, "report " + Data(report.utf8).base64EncodedString()]
        for path in keys.keys.sorted() {
            let stamp = stamps[path]!
            lines.append("\(keys[path]!) \(stamp.inode) \(stamp.size) \(stamp.changed) \(path)")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Reads `bytes`; nil when anything in them is not as `text` writes it. Split as bytes, not
    /// as characters: a record lists every file of the output.
    init?(bytes: [UInt8]) {
        var lines = bytes.split(separator: newline, omittingEmptySubsequences: false)
        guard lines.count >= 4, lines.removeLast().isEmpty, lines[0].elementsEqual(BuildRecord.header.utf8),
            let inputs = Self.field(lines[1], after: "inputs "), let encoded = Self.field(lines[2], after: "report "),
            let report = Data(base64Encoded: encoded)
        else { return nil }
        self.inputs = inputs
        self.report = String(decoding: report, as: UTF8.self)
        keys = [:]
        stamps = [:]
        for line in lines.dropFirst(3) {
            let fields = line.split(separator: space, maxSplits: 4, omittingEmptySubsequences: false)
            guard fields.count == 5, !fields[0].isEmpty, let inode = UInt64(Self.text(fields[1])), let size = Int64(Self.text(fields[2])),
                let changed = Int64(Self.text(fields[3])), !fields[4].isEmpty
            else { return nil }
            let path = Self.text(fields[4])
            guard keys.updateValue(Self.text(fields[0]), forKey: path) == nil else { return nil }
            stamps[path] = FileStamp(inode: inode, size: size, changed: changed)
        }
    }

    private static func text(_ bytes: ArraySlice<UInt8>) -> String { String(decoding: bytes, as: UTF8.self) }

    /// The rest of `line` after `label`, nil when it does not start with it.
    private static func field(_ line: ArraySlice<UInt8>, after label: String) -> String? {
        guard line.starts(with: label.utf8) else { return nil }
        return text(line.dropFirst(label.utf8.count))
    }
}

private let newline = UInt8(ascii: "\n")
private let space = UInt8(ascii: " ")
