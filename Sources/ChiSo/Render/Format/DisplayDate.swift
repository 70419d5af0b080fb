/// Dates the Vietnamese way.
public enum DisplayDate {
    /// `15/06/2023`.
    public static func text(_ day: Day) -> String {
        "\(day.day < 10 ? "0" : "")\(day.day)/\(day.month < 10 ? "0" : "")\(day.month)/\(day.year)"
    }
}
