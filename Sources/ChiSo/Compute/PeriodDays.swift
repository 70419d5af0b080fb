/// The divisor of intake per day: the period's calendar days, or its working days (Monday to Friday).
public enum PeriodDays {
    /// Days of `period` counted as `count` says.
    public static func count(_ period: Period, _ count: DayCount) -> Int {
        let days = period.start.daysThrough(period.end)
        guard count == .working, days > 0 else { return max(days, 0) }
        let weeks = days / 7
        var working = weeks * 5
        let firstWeekday = period.start.isoWeekday
        for offset in 0..<(days % 7) where (firstWeekday - 1 + offset) % 7 < 5 { working += 1 }
        return working
    }
}
