/// The sample units and figures of a starter folder, by level.
enum StarterSample {
    struct Entry {
        let id: String
        let name: String
        let kind: String
    }

    /// Counts of real shape (they satisfy every identity of FORMAT.md), one row per unit in order.
    static let rows = [
        "158,862,46,9,649,265,0,161,0,912,761,910,844,464,767,0",
        "59,208,28,0,107,126,0,62,0,234,182,231,135,55,123,0",
        "56,742,185,1,514,421,0,49,0,923,677,927,371,137,352,0",
        "89,1273,187,3,899,575,0,78,0,1459,1156,1455,614,270,576,0",
        "43,416,186,1,274,336,4,31,1,602,368,608,199,54,179,5",
        "24,206,133,5,159,187,0,22,0,342,217,342,103,24,96,0",
    ]

    static func of(_ level: AuthorityLevel) -> (authority: String, units: [Entry], period: Period) {
        switch level {
        case .tinh:
            ("Ủy ban nhân dân tỉnh Minh Hòa", [
                Entry(id: "so-tu-phap", name: "Sở Tư pháp", kind: "so"),
                Entry(id: "so-xay-dung", name: "Sở Xây dựng", kind: "so"),
                Entry(id: "minh-son", name: "Xã Minh Sơn", kind: "xa"),
                Entry(id: "hai-minh", name: "Phường Hải Minh", kind: "phuong"),
                Entry(id: "ngoc-my", name: "Xã Ngọc Mỹ", kind: "xa"),
                Entry(id: "hon-ngoc", name: "Đặc khu Hòn Ngọc", kind: "dac-khu"),
            ], month(2025, 11))
        case .huyen:
            ("Ủy ban nhân dân huyện Minh Sơn", [
                Entry(id: "tu-phap", name: "Phòng Tư pháp", kind: "phong"),
                Entry(id: "kinh-te-ha-tang", name: "Phòng Kinh tế và Hạ tầng", kind: "phong"),
                Entry(id: "minh-son", name: "Thị trấn Minh Sơn", kind: "thi-tran"),
                Entry(id: "binh-loc", name: "Xã Bình Lộc", kind: "xa"),
                Entry(id: "ngoc-tan", name: "Xã Ngọc Tân", kind: "xa"),
                Entry(id: "thanh-my", name: "Xã Thanh Mỹ", kind: "xa"),
            ], month(2025, 6))
        case .xa:
            ("Ủy ban nhân dân xã Minh Sơn", [
                Entry(id: "van-phong", name: "Văn phòng HĐND và UBND", kind: "co-quan"),
                Entry(id: "kinh-te", name: "Phòng Kinh tế", kind: "co-quan"),
                Entry(id: "van-hoa-xa-hoi", name: "Phòng Văn hóa - Xã hội", kind: "co-quan"),
                Entry(id: "phuc-vu-hanh-chinh-cong", name: "Trung tâm Phục vụ hành chính công", kind: "co-quan"),
            ], month(2025, 11))
        }
    }

    /// The calendar month `month` of `year` as a period with the id `2025-11`.
    private static func month(_ year: Int, _ month: Int) -> Period {
        let days = Day.length(ofMonth: month, year: year)
        let id = "\(year)-\(month < 10 ? "0" : "")\(month)"
        return Period(
            id: id, label: "Tháng \(month < 10 ? "0" : "")\(month)/\(year)", start: Day(year: year, month: month, day: 1)!,
            end: Day(year: year, month: month, day: days)!, kind: .month)
    }
}
