/// A content folder to start from (`chiso init`): site.toml with its options explained in
/// Vietnamese, units.csv with a few units of the level, one period with a sample export, its
/// notes.md and an introduction page. `chiso check` and `chiso build` accept it as it is; the
/// office then replaces the names and figures with its own.
public enum StarterContent {
    /// The files, by path under the content folder.
    public static func files(for level: AuthorityLevel) -> [String: String] {
        let sample = StarterSample.of(level)
        let period = "periods/\(sample.period.id)/"
        return [
            "site.toml": siteFile(level, authority: sample.authority),
            "units.csv": "id,name,kind,aliases,from,until,successor\n" + sample.units.map { "\($0.id),\($0.name),\($0.kind),,,," }.joined(separator: "\n") + "\n",
            period + "period.toml": periodFile(sample.period),
            period + "data.csv": dataFile(sample.units.map(\.name)),
            period + "notes.md": notes(sample.period.label),
            "pages/gioi-thieu.md": introduction(sample.authority),
        ]
    }

    private static func siteFile(_ level: AuthorityLevel, authority: String) -> String {
        """
        # Thông tin chung của trang. Dòng bắt đầu bằng # là ghi chú: chiso bỏ qua.
        title     = "Kết quả giải quyết thủ tục hành chính"
        authority = "\(authority)"   # sửa thành tên cơ quan của mình
        days      = "calendar"   # "calendar": số hồ sơ mỗi ngày chia theo ngày lịch; "working": theo ngày làm việc
        level     = "\(level.rawValue)"   # cấp chính quyền: "tinh" | "huyen" (đến 30/6/2025) | "xa"
        # base_url = "https://cong-thong-tin.example.gov.vn/tthc/"   # địa chỉ trang khi đưa lên cổng, nếu muốn

        # Chỉ tiêu (phần trăm) theo văn bản chỉ đạo; xóa dòng nào không áp dụng.
        [targets]
        online_rate            = 70    # tỷ lệ hồ sơ trực tuyến
        full_digitization_rate = 60    # tỷ lệ số hóa đầy đủ
        online_payment_rate    = 30    # tỷ lệ thanh toán trực tuyến
        apology_rate           = 100   # tỷ lệ thư xin lỗi khi trễ hạn

        # Nhóm xếp hạng: các đơn vị chỉ được xếp hạng trong nhóm của mình. Không khai báo thì
        # dùng nhóm mặc định của cấp "\(level.rawValue)". Muốn tự chia nhóm, bỏ dấu # ở các dòng sau:
        \(level.defaultGroups.map(groupLines).joined(separator: "\n#\n"))

        """
    }

    private static func groupLines(_ group: RankingGroup) -> String {
        "# [[groups]]\n# id    = \"\(group.id)\"\n# label = \"\(group.label)\"\n# kinds = [\(group.kinds.map { "\"\($0.rawValue)\"" }.joined(separator: ", "))]"
    }

    private static func periodFile(_ period: Period) -> String {
        """
        # Một kỳ báo cáo: tên thư mục là mã kỳ. Ngày theo dạng năm-tháng-ngày.
        label = "\(period.label)"
        start = \(period.start)
        end   = \(period.end)
        kind  = "\(period.kind.rawValue)"   # month | quarter | half-year | year | custom

        """
    }

    /// The sample export: one row per unit, with every count the one-stop system gives.
    private static func dataFile(_ names: [String]) -> String {
        let header = "unit,carried_over,received_online,received_direct,received_postal,resolved_early,resolved_on_time,resolved_late,"
            + "pending_on_time,pending_overdue,digitized,fully_digitized,results_digitized,payable,paid_online,e_receipts,apologies"
        return ([header] + zip(names, StarterSample.rows).map { "\($0),\($1)" }).joined(separator: "\n") + "\n"
    }

    private static func notes(_ label: String) -> String {
        """
        ## Nhận xét \(label.prefix(1).lowercased() + label.dropFirst())

        Viết ở đây nhận xét của văn phòng về kỳ này: kết quả chung, đơn vị cần lưu ý, việc cần làm.
        Đoạn văn này hiện ở đầu báo cáo của kỳ, trước các bảng số liệu.

        *Số liệu trong thư mục mẫu là số liệu minh họa: thay bằng số liệu xuất từ hệ thống một cửa.*

        """
    }

    private static func introduction(_ authority: String) -> String {
        """
        # Giới thiệu

        Trang này công bố kết quả giải quyết thủ tục hành chính của \(authority) theo từng kỳ báo cáo:
        số hồ sơ tiếp nhận, đã giải quyết, trễ hạn, các tỷ lệ trực tuyến, số hóa, thanh toán trực tuyến
        và thứ hạng của các đơn vị.

        """
    }
}
