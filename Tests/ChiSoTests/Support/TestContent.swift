import Foundation
@testable import ChiSo

/// A content folder in memory, for tests that need no disk.
struct TestContent {
    static let site = """
        title = "Kết quả giải quyết thủ tục hành chính"
        authority = "Ủy ban nhân dân huyện Thử Nghiệm"
        """

    var files: [String: [UInt8]] = [:]

    init(site: String = TestContent.site, units: String) {
        files["site.toml"] = Array(site.utf8)
        files["units.csv"] = Array(units.utf8)
    }

    /// Adds a period folder with its period.toml and files.
    mutating func period(
        _ id: String, start: String = "2023-05-15", end: String = "2023-06-14", kind: String = "month", label: String = "Tháng 6/2023",
        files periodFiles: [String: String]
    ) {
        files["periods/\(id)/period.toml"] = Array("label = \"\(label)\"\nstart = \(start)\nend = \(end)\nkind = \"\(kind)\"\n".utf8)
        for (name, text) in periodFiles { files["periods/\(id)/\(name)"] = Array(text.utf8) }
    }

    func check() -> CheckResult { Check.run(ContentFiles(root: "content", files: files)) }
}

/// The seeds' tables, as pasted.
enum Fixture {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Fixtures")

    static func text(_ name: String) -> String {
        (try? String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)) ?? "missing fixture \(name)"
    }

    /// A binary fixture (a workbook), empty when missing.
    static func bytes(_ name: String) -> [UInt8] {
        (try? Data(contentsOf: folder.appendingPathComponent(name))).map(Array.init) ?? []
    }

    /// Hương Trà (seed 004): both tables in one custom period.
    static var huongTra: TestContent {
        var content = TestContent(units: text("huong-tra-units.csv"))
        content.period("2020-03", start: "2019-12-16", end: "2020-03-18", kind: "custom", label: "16/12/2019 – 18/3/2020", files: [
            "giai-quyet.tsv": text("huong-tra-giai-quyet.tsv"), "so-hoa.tsv": text("huong-tra-so-hoa.tsv"),
        ])
        return content
    }

    /// Vĩnh Linh (seed 002): the rates table of the first half of 2023.
    static var vinhLinh: TestContent {
        var content = TestContent(units: text("vinh-linh-units.csv"))
        content.period("2023-h1", start: "2022-12-15", end: "2023-06-14", kind: "half-year", label: "6 tháng đầu năm 2023", files: [
            "ty-le.tsv": text("vinh-linh.tsv"),
        ])
        return content
    }
}

extension CheckResult {
    /// Diagnostics as `file:line:column: severity: message` lines, for exact assertions.
    var lines: [String] { diagnostics.sorted { $0.location < $1.location }.map { "\($0.location): \($0.severity.rawValue): \($0.message)" } }

    var errors: [Diagnostic] { diagnostics.filter { $0.severity == .error } }
}

extension Dataset {
    func record(_ unit: String, in period: String) -> Record? {
        periods.first { $0.period.id == period }?.records[unit]
    }
}
