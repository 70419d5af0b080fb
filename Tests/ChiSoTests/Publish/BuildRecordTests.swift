import Testing

@testable import ChiSo

@Suite("The build record as written and read")
struct BuildRecordTests {
    static let record = BuildRecord(
        inputs: "ab12", report: "Cảnh báo: «Xã A» chưa nộp.\nkhông lỗi",
        keys: ["index.html": "k1", "units/xa-a/index.html": "k2", "periods/2025-07/bảng có dấu cách.csv": "k3"],
        stamps: [
            "index.html": FileStamp(inode: 12, size: 3_400, changed: 1_764_000_000_123_456_789),
            "units/xa-a/index.html": FileStamp(inode: 13, size: 0, changed: 0),
            "periods/2025-07/bảng có dấu cách.csv": FileStamp(inode: UInt64.max, size: Int64.max, changed: -1),
        ])

    @Test("A record reads back as it was written, paths with spaces and marks included")
    func roundTrip() {
        #expect(BuildRecord(bytes: Array(Self.record.text.utf8)) == Self.record)
    }

    @Test(
        "A record not exactly as chiso writes it is not read",
        arguments: [
            ("another version", "chiso build record 2\ninputs a\nreport \nk 1 2 3 a.html\n"),
            ("no final newline", "chiso build record 1\ninputs a\nreport \nk 1 2 3 a.html"),
            ("report line missing", "chiso build record 1\ninputs a\nk 1 2 3 a.html\nk 1 2 3 b.html\n"),
            ("report not base64", "chiso build record 1\ninputs a\nreport ???\nk 1 2 3 a.html\n"),
            ("inputs line missing", "chiso build record 1\nreport \nk 1 2 3 a.html\nk 1 2 3 b.html\n"),
            ("four fields", "chiso build record 1\ninputs a\nreport \nk 1 2 a.html\n"),
            ("inode not a number", "chiso build record 1\ninputs a\nreport \nk x 2 3 a.html\n"),
            ("negative inode", "chiso build record 1\ninputs a\nreport \nk -1 2 3 a.html\n"),
            ("empty key", "chiso build record 1\ninputs a\nreport \n 1 2 3 a.html\n"),
            ("empty path", "chiso build record 1\ninputs a\nreport \nk 1 2 3 \n"),
            ("a path twice", "chiso build record 1\ninputs a\nreport \nk 1 2 3 a.html\nk 4 5 6 a.html\n"),
            ("a blank line", "chiso build record 1\ninputs a\nreport \nk 1 2 3 a.html\n\n"),
        ])
    func refused(_ what: String, _ text: String) {
        #expect(BuildRecord(bytes: Array(text.utf8)) == nil, "\(what)")
    }

    @Test("The smallest record chiso writes, one file and an empty report, is read")
    func smallest() {
        let record = BuildRecord(bytes: Array("chiso build record 1\ninputs a\nreport \nk 1 2 3 a b.html\n".utf8))
        #expect(record == BuildRecord(inputs: "a", report: "", keys: ["a b.html": "k"], stamps: ["a b.html": FileStamp(inode: 1, size: 2, changed: 3)]))
    }
}
