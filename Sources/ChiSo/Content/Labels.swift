/// Every column label chiso accepts in a dataset, with its meaning (FORMAT.md, "Fields").
///
/// Labels are listed as written in the official form (Biểu số 06/VPCP/KSTT), the seeds' tables
/// and FORMAT.md; they are compared through `LabelKey`. Field keys (`received_online`) are
/// accepted too.
enum Labels {
    static let unit = [
        "unit", "Đơn vị", "Tên đơn vị", "Cơ quan, đơn vị, địa phương", "Đơn vị cấp xã, phường",
        "Cơ quan, đơn vị", "Tên cơ quan, đơn vị", "Địa phương", "Đơn vị cấp xã",
    ]

    static let ordinal = ["STT", "TT", "Số TT", "Số thứ tự"]

    static let counts: [(Field, [String])] = [
        (.carriedOver, [
            "Từ kỳ trước", "Kỳ trước chuyển qua", "Số kỳ trước chuyển qua", "Kỳ trước chuyển sang", "Hồ sơ tồn kỳ trước", "Tồn kỳ trước",
            "Số hồ sơ tồn kỳ trước",
        ]),
        (.receivedOnline, ["Trực tuyến", "Tiếp nhận trực tuyến", "Mới tiếp nhận trực tuyến", "Số mới tiếp nhận trực tuyến"]),
        (.receivedDirect, [
            "Trực tiếp", "Tiếp nhận trực tiếp", "Trực tiếp, dịch vụ bưu chính", "Trực tiếp và dịch vụ bưu chính",
            "Trực tiếp, bưu chính", "Mới tiếp nhận trực tiếp",
        ]),
        (.receivedPostal, ["Bưu chính", "Qua dịch vụ bưu chính công ích", "Dịch vụ bưu chính", "Qua bưu chính"]),
        (.received, ["Mới tiếp nhận", "Số mới tiếp nhận", "Tiếp nhận mới", "Số hồ sơ mới tiếp nhận", "Hồ sơ mới tiếp nhận"]),
        (.total, ["Tổng số", "Tổng số hồ sơ", "Số hồ sơ nhận giải quyết", "Hồ sơ nhận giải quyết", "Tổng số hồ sơ nhận giải quyết"]),
        (.resolved, [
            "Đã giải quyết", "Số hồ sơ đã giải quyết", "Hồ sơ đã giải quyết", "Số lượng hồ sơ đã giải quyết", "Đã trả kết quả",
            "Số hồ sơ đã trả kết quả", "Hồ sơ đã trả kết quả",
        ]),
        (.resolvedEarly, ["Trước hạn", "Trả trước hạn", "Giải quyết trước hạn"]),
        (.resolvedOnTime, ["Đúng hạn", "Trả đúng hạn", "Trả đúng thời hạn", "Giải quyết đúng hạn"]),
        (.resolvedLate, ["Trả quá hạn", "Giải quyết quá hạn", "Trả trễ hạn"]),
        (.pending, [
            "Đang giải quyết", "Số lượng hồ sơ đang giải quyết", "Hồ sơ đang giải quyết", "Số hồ sơ đang giải quyết", "Hồ sơ tồn",
            "Số hồ sơ tồn", "Chuyển kỳ sau",
        ]),
        (.pendingOnTime, ["Chưa đến hạn", "Đang giải quyết trong hạn"]),
        (.pendingOverdue, ["Đang giải quyết quá hạn"]),
        (.overdue, ["Hồ sơ quá hạn", "Hồ sơ trễ hạn", "Số hồ sơ quá hạn", "Số hồ sơ trễ hạn", "Tổng số hồ sơ quá hạn", "Tổng số hồ sơ trễ hạn"]),
        (.withdrawn, ["Rút hồ sơ", "Trả lại", "Trả lại hồ sơ", "Hồ sơ rút"]),
        (.digitized, ["Đã số hóa", "Số hồ sơ đã số hóa", "Hồ sơ đã số hóa"]),
        (.fullyDigitized, ["Số hóa đầy đủ thành phần hồ sơ khi tiếp nhận", "Số hóa đầy đủ thành phần HS khi tiếp nhận"]),
        (.resultsDigitized, ["Số hóa kết quả", "Số hóa kết quả giải quyết", "Số hóa kết quả giải quyết TTHC"]),
        (.payable, ["Hồ sơ có phí, lệ phí", "Có phí, lệ phí", "Hồ sơ có thu phí, lệ phí"]),
        (.paidOnline, ["Thanh toán trực tuyến", "Số giao dịch thanh toán trực tuyến", "Hồ sơ thanh toán trực tuyến"]),
        (.eReceipts, ["Biên lai điện tử", "Số biên lai điện tử", "Hồ sơ có phát hành biên lai điện tử"]),
        (.apologies, ["Thư xin lỗi", "Số thư xin lỗi"]),
    ]

    static let rates: [(Indicator, [String])] = [
        (.onlineRate, ["Tỷ lệ % HS online", "Tỷ lệ hồ sơ trực tuyến", "Tỷ lệ trực tuyến", "Tỷ lệ tiếp nhận trực tuyến"]),
        (.digitizationRate, ["Tỷ lệ số hóa", "Tỷ lệ số hóa hồ sơ"]),
        (.fullDigitizationRate, [
            "Tỷ lệ số hóa đầy đủ thành phần HS khi tiếp nhận", "Tỷ lệ số hóa đầy đủ thành phần hồ sơ khi tiếp nhận",
        ]),
        (.resultDigitizationRate, ["Tỷ lệ số hóa kết quả", "Tỷ lệ số hóa kết quả giải quyết", "Tỷ lệ số hóa kết quả giải quyết TTHC"]),
        (.onlinePaymentRate, ["Tỷ lệ giao dịch thanh toán trực tuyến", "Tỷ lệ thanh toán trực tuyến"]),
        (.eReceiptRate, ["Tỷ lệ hồ sơ có phát hành biên lai điện tử", "Tỷ lệ biên lai điện tử"]),
        (.onTimeRate, ["Tỷ lệ giải quyết đúng hạn", "Tỷ lệ đúng hạn", "Tỷ lệ trả đúng hạn"]),
    ]

    /// Columns chiso computes itself: accepted and not used.
    static let derived = [
        "intake_per_day", "progress_rate", "overdue_rate", "apology_rate",
        "Tiếp nhận, cập nhật (hồ sơ / 1 ngày)", "Tiếp nhận, cập nhật (hồ sơ/1 ngày)", "Hồ sơ / ngày", "Hồ sơ/ngày",
        "Bình quân hồ sơ/ngày", "Bình quân hồ sơ / ngày", "Tỷ lệ hồ sơ quá hạn", "Tỷ lệ quá hạn", "Tỷ lệ trễ hạn",
        "Tỷ lệ xin lỗi", "Tỷ lệ giải quyết trước hạn và đúng hạn",
    ]

    /// Group labels of two-row headers; under a group, these labels take the group's meaning.
    static let groups: [(labels: [String], overrides: [String: Field])] = [
        (["Số hồ sơ nhận giải quyết", "Hồ sơ nhận giải quyết"], ["Tổng số": .total]),
        (["Số mới tiếp nhận", "Mới tiếp nhận", "Số hồ sơ mới tiếp nhận"], ["Tổng số": .received]),
        (["Số hồ sơ đã giải quyết", "Hồ sơ đã giải quyết", "Đã giải quyết", "Số lượng hồ sơ đã giải quyết"],
         ["Tổng số": .resolved, "Quá hạn": .resolvedLate, "Trễ hạn": .resolvedLate, "Trong hạn": .resolvedOnTime]),
        (["Số lượng hồ sơ đang giải quyết", "Hồ sơ đang giải quyết", "Số hồ sơ đang giải quyết", "Đang giải quyết"],
         ["Tổng số": .pending, "Quá hạn": .pendingOverdue, "Trễ hạn": .pendingOverdue, "Trong hạn": .pendingOnTime]),
        (["Kết quả giải quyết", "Trong đó", "Tình hình, kết quả giải quyết", "Kết quả giải quyết hồ sơ"], [:]),
    ]

    /// Labels whose meaning depends on a group: without one, or under a group that gives them none,
    /// they are refused (`Tổng số` alone at the header's top is the total).
    static let ambiguous: Set<String> = ["tổng số", "quá hạn", "trong hạn", "trễ hạn"]

    /// The key of `Tổng số`.
    static let totalKey = "tổng số"

    /// Intake words that may or may not include the dossiers carried over: refused as a column's
    /// label; as a group, their `Tổng số` is told by the columns beside it.
    static let intake = ["Tiếp nhận", "Số hồ sơ tiếp nhận", "Hồ sơ tiếp nhận", "Tổng số hồ sơ tiếp nhận", "Tổng số tiếp nhận"]

    /// The key of `Tỷ lệ (%)`: over a count's label, or under it, that count's rate.
    static let rateKey = "tỷ lệ"

    /// `Số lượng` under a count's label: that count.
    static let countKeys: Set<String> = ["số lượng", "số hồ sơ", "số lượng hồ sơ", "số"]

    /// The rate each count is the numerator of, for `Tỷ lệ (%)` columns.
    static let rateOf: [Field: Indicator] = [
        .receivedOnline: .onlineRate, .resolvedOnTime: .onTimeRate, .digitized: .digitizationRate, .fullyDigitized: .fullDigitizationRate,
        .resultsDigitized: .resultDigitizationRate, .paidOnline: .onlinePaymentRate, .eReceipts: .eReceiptRate,
    ]

    /// A notes column (ghi chú): text for people, accepted and not read.
    static let remark = ["Ghi chú", "Ghi chú, giải trình", "Lý do", "Nguyên nhân"]

    /// The group labels of the official form, for messages: one per kind of group.
    static let officialGroups = ["Số hồ sơ nhận giải quyết", "Số mới tiếp nhận", "Số hồ sơ đã giải quyết", "Số lượng hồ sơ đang giải quyết"]

    /// Unit-column cells that mark the total row.
    static let totalRow = [
        "Tổng cộng", "Tổng số", "Toàn huyện", "Cộng", "Tổng", "Toàn thị xã", "Toàn thành phố", "Toàn tỉnh",
        "Tổng toàn huyện", "Toàn xã", "Toàn phường", "Toàn thị trấn", "Toàn đặc khu",
    ]
}
