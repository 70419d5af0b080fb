/// Dates the Vietnamese way.
public enum DisplayDate {
    /// `15/06/2023`.
    public static func text(_ day: Day) -> String {
        (day.day < 10 ? "0" : "") + String(day.day) + "/" + (day.month < 10 ? "0" : "") + String(day.month) + "/" + String(day.year)
    }

    /// `15/12/2022 – 14/06/2023`.
    public static func span(_ period: Period) -> String { text(period.start) + " – " + text(period.end) }
}
