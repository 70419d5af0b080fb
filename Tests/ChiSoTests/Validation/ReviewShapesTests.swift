import Testing
@testable import ChiSo

/// One of the twenty table shapes of the outside review (`Fixtures/review/`), and what `check`
/// must say of it: its exact diagnostics and, when it passes, exact counts or rates of one unit.
struct ReviewShape: CustomTestStringConvertible, Sendable {
    let file: String
    let lines: [String]
    var unit = ""
    var counts: [Field: Int] = [:]
    var rates: [Indicator: Ratio] = [:]

    var testDescription: String { file }
}

private func place(_ file: String, _ line: Int, _ column: Int) -> String {
    "content/periods/2024-06/\(file):\(line):\(column)"
}

private let needsCounts: [Field: Int] = [.received: 153, .receivedOnline: 93, .resolved: 150, .resolvedOnTime: 147, .resolvedLate: 3]

@Suite("The outside review's twenty table shapes")
struct ReviewShapesTests {
    @Test("Each shape", arguments: [
        ReviewShape(file: "01-bieu06-bon-dong-tieu-de.csv", lines: [], unit: "vpdk", counts: [
            .total: 1224, .carriedOver: 350, .receivedOnline: 427, .receivedDirect: 447, .received: 874, .resolved: 950, .resolvedEarly: 105,
            .resolvedOnTime: 800, .resolvedLate: 45, .pending: 274, .pendingOnTime: 249, .pendingOverdue: 25,
        ]),
        ReviewShape(file: "02-nhom-tiep-nhan-tong-so.csv", lines: [], unit: "tu-phap", counts: [
            .received: 134, .receivedOnline: 94, .receivedDirect: 40, .resolved: 137, .resolvedEarly: 89, .resolvedOnTime: 46, .pending: 8,
            .pendingOverdue: 1,
        ]),
        ReviewShape(file: "03-so-ho-so-tiep-nhan-ky-truoc.csv", lines: [
            place("03-so-ho-so-tiep-nhan-ky-truoc.csv", 1, 35)
                + ": error: cột «Số hồ sơ tiếp nhận» có thể là tổng số hồ sơ phải giải quyết (gồm cả hồ sơ kỳ trước chuyển qua) hoặc chỉ số hồ sơ mới tiếp nhận trong kỳ, không biết là số nào"
        ]),
        ReviewShape(file: "04-ty-le-dang-phan-so.csv", lines: [
            place("04-ty-le-dang-phan-so.csv", 3, 46)
                + ": error: cột «Tỷ lệ % HS online»: mọi tỷ lệ trong cột đều từ 0 đến 1 và «0,4886» có hơn hai chữ số thập phân: có vẻ là phân số (0,4886 = 48,86 %), không phải phần trăm",
            place("04-ty-le-dang-phan-so.csv", 3, 53)
                + ": error: cột «Tỷ lệ số hóa đầy đủ thành phần HS khi tiếp nhận»: mọi tỷ lệ trong cột đều từ 0 đến 1 và «0,5927» có hơn hai chữ số thập phân: có vẻ là phân số (0,5927 = 59,27 %), không phải phần trăm",
            place("04-ty-le-dang-phan-so.csv", 3, 63)
                + ": error: cột «Tỷ lệ giao dịch thanh toán trực tuyến»: mọi tỷ lệ trong cột đều từ 0 đến 1 và «0,3486» có hơn hai chữ số thập phân: có vẻ là phân số (0,3486 = 34,86 %), không phải phần trăm",
        ]),
        ReviewShape(file: "05-nhom-ty-le-phan-tram.csv", lines: [], unit: "tu-phap", counts: [.received: 134, .resolved: 130],
                    rates: [.onTimeRate: Ratio(100, over: 1), .onlineRate: Ratio(70, over: 1)]),
        ReviewShape(file: "06-tieu-de-ghi-ky-khac.csv", lines: [
            place("06-tieu-de-ghi-ky-khac.csv", 2, 1)
                + ": error: tiêu đề của tệp ghi số liệu từ 2024-04-15 đến 2024-05-14, nhưng kỳ «2024-06» là từ 2024-05-15 đến 2024-06-14: có thể đây là tệp của kỳ khác"
        ]),
        ReviewShape(file: "07-da-tra-ket-qua-ho-so-ton.csv", lines: [], unit: "tu-phap", counts: [
            .carriedOver: 11, .received: 134, .receivedOnline: 94, .resolved: 137, .pending: 8, .total: 145,
        ]),
        ReviewShape(file: "08-cot-ghi-chu.csv", lines: [], unit: "dong-le", counts: [.received: 412, .receivedOnline: 325, .resolved: 405, .resolvedLate: 4]),
        ReviewShape(file: "09-dong-don-vi-tinh.csv", lines: [], unit: "dong-luong", counts: needsCounts),
        ReviewShape(file: "10-tieu-de-xuong-dong.csv", lines: [], unit: "dong-luong", counts: needsCounts),
        ReviewShape(file: "11-cong-theo-khoi.csv", lines: [], unit: "tnmt", counts: [.received: 146, .receivedOnline: 83, .resolved: 142, .resolvedLate: 4]),
        ReviewShape(file: "12-so-luong-ty-le-duoi-nhom.csv", lines: [], unit: "tnmt", counts: [.received: 146, .receivedOnline: 83, .resolvedOnTime: 138],
                    rates: [.onlineRate: Ratio(5685, over: 100), .onTimeRate: Ratio(9718, over: 100)]),
        ReviewShape(file: "13-trong-do-truc-tuyen.csv", lines: [
            place("13-trong-do-truc-tuyen.csv", 1, 12)
                + ": error: cột «Tổng số hồ sơ tiếp nhận» có thể là tổng số hồ sơ phải giải quyết (gồm cả hồ sơ kỳ trước chuyển qua) hoặc chỉ số hồ sơ mới tiếp nhận trong kỳ, không biết là số nào"
        ]),
        ReviewShape(file: "14-dong-con-linh-vuc.csv", lines: [
            place("14-dong-con-linh-vuc.csv", 3, 2)
                + ": warning: dòng «- Lĩnh vực hộ tịch» và 1 dòng chi tiết khác (gạch đầu dòng, dưới một đơn vị) được bỏ qua: chỉ đọc dòng của đơn vị"
        ], unit: "tu-phap", counts: [.received: 134, .receivedOnline: 94, .resolved: 130]),
        ReviewShape(file: "15-hai-bang-mot-tep.tsv", lines: [
            place("15-hai-bang-mot-tep.tsv", 12, 1)
                + ": error: một dòng tiêu đề khác với dòng tiêu đề đầu bảng («STT, Tên đơn vị, Tổng số, Đã số hóa, Tỷ lệ số hóa (%)»): có vẻ một bảng thứ hai bắt đầu ở đây; mỗi tệp chỉ đọc một bảng, các dòng từ đây trở đi bị bỏ qua"
        ]),
        ReviewShape(file: "16-nhom-trong-do-truc-tuyen.csv", lines: [
            place("16-nhom-trong-do-truc-tuyen.csv", 2, 7)
                + ": error: cột «Trong đó hồ sơ trực tuyến › Mới tiếp nhận»: nhóm «Trong đó hồ sơ trực tuyến» không rõ nghĩa, nên không biết «Trong đó hồ sơ trực tuyến › Mới tiếp nhận» thuộc hồ sơ nào",
            place("16-nhom-trong-do-truc-tuyen.csv", 2, 21)
                + ": error: cột «Trong đó hồ sơ trực tuyến › Đã giải quyết»: nhóm «Trong đó hồ sơ trực tuyến» không rõ nghĩa, nên không biết «Trong đó hồ sơ trực tuyến › Đã giải quyết» thuộc hồ sơ nào",
        ]),
        ReviewShape(file: "17-tong-cong-i-ii.csv", lines: [], unit: "thuy-phu", counts: [.received: 98, .receivedOnline: 61, .resolved: 95]),
        ReviewShape(file: "18-chu-d-latin-eth.csv", lines: [], unit: "dong-luong", counts: needsCounts),
        ReviewShape(file: "19-dau-phay-hang-nghin.csv", lines: [
            place("19-dau-phay-hang-nghin.csv", 2, 46) + ": error: cột «Mới tiếp nhận» cần số nguyên (số hồ sơ), gặp «1,152»",
            place("19-dau-phay-hang-nghin.csv", 2, 58) + ": error: cột «Đã giải quyết» cần số nguyên (số hồ sơ), gặp «1,098»",
            place("19-dau-phay-hang-nghin.csv", 2, 66) + ": error: cột «Trả đúng hạn» cần số nguyên (số hồ sơ), gặp «1,053»",
        ]),
        ReviewShape(file: "20-word-dan-tab-nbsp-lap-tieu-de.tsv", lines: [], unit: "vpdk", counts: [
            .total: 1224, .carriedOver: 350, .receivedOnline: 427, .receivedDirect: 447, .resolved: 950, .resolvedEarly: 105, .resolvedOnTime: 800,
            .resolvedLate: 45, .pending: 274, .pendingOnTime: 249, .pendingOverdue: 25,
        ]),
    ])
    func shape(_ shape: ReviewShape) throws {
        var content = TestContent(units: Fixture.text("review/units.csv"))
        content.period("2024-06", start: "2024-05-15", end: "2024-06-14", files: [shape.file: Fixture.text("review/" + shape.file)])
        let result = content.check()
        #expect(result.lines == shape.lines)
        guard !shape.unit.isEmpty else { return }
        let record = try #require(result.dataset?.record(shape.unit, in: "2024-06"))
        for (field, value) in shape.counts { #expect(record[field] == value, "\(field.rawValue)") }
        for (rate, value) in shape.rates { #expect(record.rates[rate] == value, "\(rate.rawValue)") }
    }

    @Test("Section subtotals are checked and left out; the district total is the Tổng cộng row")
    func subtotals() throws {
        var content = TestContent(units: Fixture.text("review/units.csv"))
        let text = Fixture.text("review/11-cong-theo-khoi.csv")
        content.period("2024-06", start: "2024-05-15", end: "2024-06-14", files: ["tong-hop.csv": text])
        let total = try #require(content.check().dataset?.periods.first?.total)
        #expect(total[.received] == 1876)
        #expect(total[.resolvedLate] == 56)
        content.files["periods/2024-06/tong-hop.csv"] = Array(text.replacingOccurrences(of: ";Cộng;722;", with: ";Cộng;723;").utf8)
        #expect(content.check().lines == [
            "content/periods/2024-06/tong-hop.csv:11:7: error: dòng cộng ghi received = 723 nhưng tổng các đơn vị từ dòng 8 đến đây là 722"
        ])
    }
}
