/// Dates the Vietnamese way.
public enum DisplayDate {
    /// `15/06/2023`.
    public static func text(_ day: Day) -> String {
        (day.day < 10 ? "0" : "") + String(day.day) + "/" + (day.month < 10 ? "0" : "") + String(day.month) + "/" + String(day.year)
    }
}
