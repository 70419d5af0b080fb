/// Excel's date serial numbers: days counted from 1900 (with Lotus's 29 February 1900) or from 1904.
enum ExcelDate {
    /// Which day serial 0 stands for.
    enum System: Sendable {
        /// Windows Excel: 1 is 1900-01-01 and 60 is the 29 February 1900 that never was.
        case from1900
        /// Old Mac Excel (`<workbookPr date1904="1"/>`): 0 is 1904-01-01.
        case from1904
    }

    /// The day of `serial` (a normalised decimal, any time of day dropped), nil when it is negative,
    /// 0 or 60 in the 1900 system (days that do not exist), or after 9999-12-31.
    static func day(serial: String, system: System) -> Day? {
        guard !serial.hasPrefix("-") else { return nil }
        let whole = serial.prefix { $0 != "." }
        guard whole.count <= 7, let days = Int(whole) else { return nil }
        let daysSince1970: Int
        switch system {
        case .from1900:
            guard days != 0, days != 60 else { return nil }
            daysSince1970 = days - (days < 60 ? 25_568 : 25_569)
        case .from1904:
            daysSince1970 = days - 24_107
        }
        return Day(unixTime: daysSince1970 * 86_400)
    }
}
