import Foundation

/// The periods the last build checked, kept beside the output folder (`.public.chiso-checked`
/// next to `public/`), never inside it: an upload of the output leaves them behind.
enum CheckedPeriodsFile {
    /// The file's place beside `output`.
    static func location(of output: String) -> URL {
        let target = URL(fileURLWithPath: output).standardizedFileURL
        return target.deletingLastPathComponent().appendingPathComponent(".\(target.lastPathComponent).chiso-checked")
    }

    /// The periods kept beside `output`; none when there is no such file or it does not read.
    static func read(beside output: String) -> CheckedPeriods {
        guard let data = FileManager.default.contents(atPath: location(of: output).path) else { return CheckedPeriods() }
        return CheckedPeriods(decoding: [UInt8](data))
    }

    /// Replaces the file beside `output` in one rename; when that fails the old file is removed,
    /// so the next build checks every period.
    static func write(_ periods: CheckedPeriods, beside output: String) {
        let place = location(of: output)
        let temporary = place.deletingLastPathComponent().appendingPathComponent(place.lastPathComponent + ".new")
        do {
            unlink(temporary.path)
            try OutputBytes.write(periods.encoded, to: temporary.path)
            guard rename(temporary.path, place.path) == 0 else { throw CocoaError(.fileWriteUnknown) }
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            try? FileManager.default.removeItem(at: place)
        }
    }
}
