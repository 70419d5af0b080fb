import Foundation

/// A calendar day without a time or a time zone (ngày), as written in content files.
public struct Day: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    /// A day, or nil when the three numbers do not name a real date of the Gregorian calendar.
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
            (1...Day.length(ofMonth: month, year: year)).contains(day)
        else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Reads `2023-06-14` (ISO) or `14/06/2023` (Vietnamese order, one- or two-digit day and month).
    public init?(parsing text: some StringProtocol) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if let iso = Day.numbers(trimmed, separator: "-"), iso[0].count == 4, iso[1].count == 2, iso[2].count == 2 {
            self.init(year: Int(iso[0])!, month: Int(iso[1])!, day: Int(iso[2])!)
        } else if let vn = Day.numbers(trimmed, separator: "/"), vn[2].count == 4, vn[0].count <= 2, vn[1].count <= 2 {
            self.init(year: Int(vn[2])!, month: Int(vn[1])!, day: Int(vn[0])!)
        } else {
            return nil
        }
    }

    /// The UTC day of a Unix time in seconds (`SOURCE_DATE_EPOCH`), nil outside years 1–9999.
    public init?(unixTime seconds: Int) {
        let days = Int((Double(seconds) / 86_400).rounded(.down)) + 719_468
        let era = (days >= 0 ? days : days - 146_096) / 146_097
        let dayOfEra = days - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shiftedMonth = (5 * dayOfYear + 2) / 153
        let month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
        self.init(year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month: month, day: dayOfYear - (153 * shiftedMonth + 2) / 5 + 1)
    }

    /// `2023-06-14`.
    public var description: String {
        "\(Day.pad(year, 4))-\(Day.pad(month, 2))-\(Day.pad(day, 2))"
    }

    /// The number of days since 0001-01-01 in the proleptic Gregorian calendar.
    public var ordinal: Int {
        let y = month <= 2 ? year - 1 : year
        let m = month <= 2 ? month + 12 : month
        return 365 * y + y / 4 - y / 100 + y / 400 + (153 * (m - 3) + 2) / 5 + day - 307
    }

    /// Days from `self` to `other`, counting both ends: 2023-06-01 through 2023-06-30 is 30.
    public func daysThrough(_ other: Day) -> Int { other.ordinal - ordinal + 1 }

    /// Monday is 1 … Sunday is 7.
    public var isoWeekday: Int { (ordinal % 7 + 7) % 7 + 1 }

    public static func < (a: Day, b: Day) -> Bool { a.ordinal < b.ordinal }

    static func length(ofMonth month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    private static func numbers(_ text: String, separator: Character) -> [Substring]? {
        let parts = text.split(separator: separator, omittingEmptySubsequences: false)
        guard parts.count == 3, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCIIDigit) }) else { return nil }
        return parts
    }

    private static func pad(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}
