import Foundation
import Testing

/// Golden files under Fixtures/golden: the expected output, byte for byte.
/// `CHISO_UPDATE_GOLDEN=1 swift test` rewrites them; review the diff before committing.
enum Golden {
    static let folder = Fixture.folder.appendingPathComponent("golden")

    /// Expects `text` to equal the golden file `name`; a missing golden fails.
    static func expect(_ text: String, matches name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let url = folder.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["CHISO_UPDATE_GOLDEN"] == "1" {
            try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try? text.write(to: url, atomically: true, encoding: .utf8)
        }
        guard let golden = try? String(contentsOf: url, encoding: .utf8) else {
            Issue.record("missing golden file \(name); run CHISO_UPDATE_GOLDEN=1 swift test", sourceLocation: sourceLocation)
            return
        }
        #expect(text == golden, "differs from golden \(name)", sourceLocation: sourceLocation)
    }
}
