import Testing
@testable import ChiSo

private let units = """
    id,name,kind,aliases,from,until,successor
    xa-a,Xã A,xa,,,,
    xa-b,Xã B,xa,,,,
    ho-xa,Thị trấn Hồ Xá,thi-tran,,,,
    dong-luong,Phường Đông Lương,phuong,,,,
    tu-phap,Phòng Tư pháp,phong,,,,
    """

/// A table as an office wrote it, and what `check` must say of it: its exact diagnostics and,
/// when it passes, exact counts.
struct OfficeShape: CustomTestStringConvertible, Sendable {
    let name: String
    let text: String
    let lines: [String]
    var counts: [String: [Field: Int]] = [:]

    var testDescription: String { name }
}

private let place = "content/periods/2024-06/data.csv"

/// The group row above the row naming STT and Đơn vị, a total in the STT cell, and the lines under the table.
private let groupsAbove = """
    ,,Số hồ sơ nhận giải quyết,,,Hồ sơ đã giải quyết,,,Hồ sơ đang giải quyết,,
    STT,Đơn vị,Tổng số,Trực tuyến,Trực tiếp,Tổng số,Đúng hạn,Quá hạn,Tổng số,Trong hạn,Quá hạn
    1,Xã A,20,8,12,15,13,2,5,3,2
    2,Xã B,30,10,20,24,18,6,6,5,1
    Tổng cộng,,50,18,32,39,31,8,11,8,3
    Nguồn: Hệ thống thông tin giải quyết TTHC tỉnh Quảng Trị,,,
    Ghi chú: số liệu tính đến hết ngày 14/6/2024,,,
    ,Người lập biểu,,,,Thủ trưởng đơn vị
    ,"Hải Lăng, ngày 15 tháng 6 năm 2024",,
    ,Nguyễn Văn A,,,,Trần Thị B

    """

private let groupCounts: [String: [Field: Int]] = [
    "xa-a": [.total: 20, .resolved: 15, .resolvedLate: 2, .pending: 5, .pendingOnTime: 3, .pendingOverdue: 2, .overdue: 4, .carriedOver: 0],
    "xa-b": [.total: 30, .resolved: 24, .resolvedLate: 6, .pending: 6, .pendingOnTime: 5, .pendingOverdue: 1, .overdue: 7],
]

/// Thirteen heading lines of a one-stop-system report above its header.
private let heading = """
    UBND TỈNH QUẢNG TRỊ,,,CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
    VĂN PHÒNG,,,Độc lập - Tự do - Hạnh phúc
    ,,,
    ,,,"Quảng Trị, ngày 20 tháng 6 năm 2024"
    BÁO CÁO,,,
    TÌNH HÌNH TIẾP NHẬN VÀ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH,,,
    TRÊN HỆ THỐNG THÔNG TIN GIẢI QUYẾT TTHC TỈNH,,,
    Kỳ báo cáo: tháng 6 năm 2024,,,
    Từ ngày 15/5/2024 đến ngày 14/6/2024,,,
    Phạm vi: cấp xã,,,
    Biểu số 06/VPCP/KSTT,,,
    Ban hành kèm theo Thông tư 01/2020/TT-VPCP,,,
    ,,,Đơn vị tính: hồ sơ

    """

@Suite("Tables as offices write them: every shape of the review, with its numbers or its place")
struct OfficeShapesTests {
    @Test("Each shape", arguments: [
        OfficeShape(
            name: "resolved late larger than resolved, no on-time column",
            text: "Đơn vị,Đã giải quyết,Trả quá hạn\nXã A,10,12\n",
            lines: ["\(place):2:9: error: Xã A: không khớp resolved_late ≤ resolved (12 > 10): phần lớn hơn tổng, nên resolved_on_time (không có số liệu) sẽ âm"]),
        OfficeShape(
            name: "pending overdue larger than pending, no in-time column",
            text: "Đơn vị,Đang giải quyết,Đang giải quyết quá hạn\nXã A,3,5\n",
            lines: ["\(place):2:8: error: Xã A: không khớp pending_overdue ≤ pending (5 > 3): phần lớn hơn tổng, nên pending_on_time (không có số liệu) sẽ âm"]),
        OfficeShape(
            name: "online larger than received, no direct column",
            text: "Đơn vị,Mới tiếp nhận,Trực tuyến\nXã A,50,60\n",
            lines: ["\(place):2:9: error: Xã A: không khớp received_online ≤ received (60 > 50): phần lớn hơn tổng, nên received_direct (không có số liệu) sẽ âm"]),
        OfficeShape(name: "group labels in the row above STT and Đơn vị; total in the STT cell; lines under the table",
            text: groupsAbove, lines: [], counts: groupCounts),
        OfficeShape(name: "the same with STT and Đơn vị repeated in the group row",
            text: groupsAbove.replacingOccurrences(of: ",,Số hồ sơ nhận", with: "STT,Đơn vị,Số hồ sơ nhận"), lines: [], counts: groupCounts),
        OfficeShape(name: "the same with its group row as a title instead: Quá hạn has no group",
            text: "BÁO CÁO THÁNG 6,,,\nSTT,Đơn vị,Đã giải quyết,Quá hạn\n1,Xã A,10,2\n",
            lines: ["\(place):2:26: error: cột «Quá hạn» không có nhóm ở dòng tiêu đề phía trên, nên không biết cột này đếm hồ sơ nào (đã giải quyết, đang giải quyết hay tất cả)"]),
        OfficeShape(name: "Tổng số under a group row that does not reach it is the total",
            text: ",,,Hồ sơ đã giải quyết,,\nSTT,Đơn vị,Tổng số,Tổng số,Trả đúng thời hạn,Trả quá hạn\n1,Xã A,12,10,9,1\n",
            lines: [], counts: ["xa-a": [.total: 12, .resolved: 10, .resolvedLate: 1]]),
        OfficeShape(name: "Tổng số in a lower header row with nothing above it",
            text: "STT,Đơn vị,,Hồ sơ đã giải quyết\n,,Tổng số,Tổng số\n1,Xã A,12,10\n",
            lines: ["\(place):2:3: error: cột «Tổng số» không có nhóm ở dòng tiêu đề phía trên, nên không biết cột này đếm hồ sơ nào (đã giải quyết, đang giải quyết hay tất cả)"]),
        OfficeShape(name: "Quá hạn under a group that gives it no meaning",
            text: "Đơn vị,Số mới tiếp nhận,\n,Tổng số,Quá hạn\nXã A,10,1\n",
            lines: ["\(place):2:10: error: cột «Số mới tiếp nhận › Quá hạn»: nhóm «Số mới tiếp nhận» không có cột như vậy, nên không biết cột này đếm hồ sơ nào"]),
        OfficeShape(name: "a total row labelled in the STT cell",
            text: "STT,Đơn vị,Trực tuyến,Trực tiếp\n1,Xã A,5,5\n2,Xã B,3,7\nTổng cộng,,8,13\n",
            lines: ["\(place):4:14: error: dòng tổng ghi received_direct = 13 nhưng tổng các đơn vị là 12"]),
        OfficeShape(name: "a section heading with its subtotals in the STT cell",
            text: "STT,Đơn vị,Trực tuyến\nI. CẤP XÃ,,8\n1,Xã A,5\n2,Xã B,3\n",
            lines: [], counts: ["xa-a": [.receivedOnline: 5], "xa-b": [.receivedOnline: 3]]),
        OfficeShape(name: "a row with numbers and no unit still fails",
            text: "STT,Đơn vị,Trực tuyến\n1,Xã A,5\n,,3\n",
            lines: ["\(place):3:2: error: dòng có số liệu nhưng không có tên đơn vị"]),
        OfficeShape(name: "a text row inside the table that names no unit is skipped with a warning",
            text: "Đơn vị,Trực tuyến\nCấp xã,\nXã A,5\n",
            lines: ["\(place):2:1: warning: dòng «Cấp xã» không có số liệu và không phải đơn vị trong units.csv nên được bỏ qua"]),
        OfficeShape(name: "a unit's row under the table is still read, its cells still checked",
            text: "Đơn vị,Trực tuyến,Trực tiếp\nXã A,5,5\nXã B,,năm\n",
            lines: ["\(place):3:7: error: cột «Trực tiếp» cần số nguyên (số hồ sơ), gặp «năm»"]),
        OfficeShape(name: "thirteen heading lines above the header",
            text: heading + "STT,Đơn vị,Trực tuyến,Trực tiếp\n1,Xã A,5,5\n",
            lines: [], counts: ["xa-a": [.received: 10]]),
        OfficeShape(name: "no unit column: the likeliest line is named",
            text: heading + "STT,Tên xã,Trực tuyến,Trực tiếp\n1,Xã A,5,5\n",
            lines: ["\(place):14:1: error: không tìm thấy dòng tiêu đề có cột tên đơn vị trong 30 dòng đầu; dòng 14 giống dòng tiêu đề nhất nhưng không có cột tên đơn vị; tên cột đơn vị được chấp nhận: unit, Đơn vị, Tên đơn vị, Cơ quan, đơn vị, địa phương, Đơn vị cấp xã, phường, Cơ quan, đơn vị, Tên cơ quan, đơn vị, Địa phương, Đơn vị cấp xã"]),
        OfficeShape(name: "Excel's error values are no data, with a warning at the cell",
            text: "Đơn vị,Trực tuyến,Trực tiếp,Tỷ lệ số hóa\nXã A,#DIV/0!,5,#N/A\n",
            lines: ["\(place):2:6: warning: cột «Trực tuyến»: ô ghi lỗi của Excel «#DIV/0!», đọc là không có số liệu",
                    "\(place):2:16: warning: cột «Tỷ lệ số hóa»: ô ghi lỗi của Excel «#N/A», đọc là không có số liệu"],
            counts: ["xa-a": [.receivedDirect: 5]]),
        OfficeShape(name: "a count of a trillion",
            text: "Đơn vị,Trực tuyến\nXã A,1000000000000\n",
            lines: ["\(place):2:6: error: cột «Trực tuyến»: «1000000000000» quá lớn để là số hồ sơ (tối đa 999999999999)"]),
        OfficeShape(name: "a label broken over two lines stays on one line in the message",
            text: "Đơn vị,\"Mã số\nthuế\"\nXã A,1\n",
            lines: ["\(place):1:8: error: cột «Mã số thuế» không rõ nghĩa"]),
        OfficeShape(name: "TT., P. and X. get a suggestion",
            text: "Đơn vị,Trực tuyến\nTT. Hồ Xá,1\nP. Đông Lương,2\nX. A,3\n",
            lines: ["\(place):2:1: error: đơn vị «TT. Hồ Xá» không có trong units.csv (có phải «Thị trấn Hồ Xá»?)",
                    "\(place):3:1: error: đơn vị «P. Đông Lương» không có trong units.csv (có phải «Phường Đông Lương»?)",
                    "\(place):4:1: error: đơn vị «X. A» không có trong units.csv (có phải «Xã A»?)"]),
    ])
    func shape(_ shape: OfficeShape) {
        var content = TestContent(units: units)
        content.period("2024-06", start: "2024-05-15", end: "2024-06-14", files: ["data.csv": shape.text])
        let result = content.check()
        #expect(result.lines == shape.lines)
        for (unit, counts) in shape.counts {
            let record = result.dataset?.record(unit, in: "2024-06")
            for (field, value) in counts { #expect(record?[field] == value, "\(unit) \(field.rawValue)") }
        }
    }

    @Test("A unit whose units.csv row is refused adds no error of its own in the data files")
    func refusedRegisterRow() {
        var content = TestContent(units: units + "\nhai-phu,Xã Hải Phú,huyen,,,,\n")
        for month in ["2024-05", "2024-06"] {
            let end = month == "2024-05" ? "2024-05-14" : "2024-06-14"
            let start = month == "2024-05" ? "2024-04-15" : "2024-05-15"
            content.period(month, start: start, end: end, files: ["data.csv": "Đơn vị,Trực tuyến\nXã Hải Phú,1\nXã A,2\n"])
        }
        #expect(content.check().lines == [
            "content/units.csv:7:20: error: loại đơn vị «huyen» không hợp lệ; chọn một trong: xa, phuong, dac-khu, thi-tran, so, phong, co-quan"
        ])
    }
}
