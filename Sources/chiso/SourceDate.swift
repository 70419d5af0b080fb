import ArgumentParser
import ChiSo
import Foundation

/// The build stamp's day from `SOURCE_DATE_EPOCH` (reproducible-builds.org), when it is set.
enum SourceDate {
    static func day() throws -> Day? {
        guard let text = ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"], !text.isEmpty else { return nil }
        guard let seconds = Int(text), let day = Day(unixTime: seconds) else {
            throw ValidationError("SOURCE_DATE_EPOCH phải là số giây từ 1970-01-01 (Unix time), gặp «\(text)»")
        }
        return day
    }
}
