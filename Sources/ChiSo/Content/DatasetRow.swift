/// A row of a dataset that names a unit or is the total row, with its values read.
public struct DatasetRow: Sendable {
    /// The unit cell as written (formatting tags removed).
    public let name: String
    public let row: Row
    public let record: Record
    /// The ordinal is a section number (`I`, `II`, `A`): the row may head a section of the
    /// official report (`Cấp huyện`) and hold its subtotals rather than a unit's values.
    public let mayHeadSection: Bool
    /// No number, `-` or error value in its cells: a unit with nothing to report, a section
    /// heading, or a line of text.
    public let textOnly: Bool
    /// A text-only row after the last row with numbers: a line under the table (source, notes,
    /// signatures, place and date) unless it names a unit.
    public let afterTable: Bool
    /// A detail line under a unit, its name bulleted (`- Lĩnh vực hộ tịch`): not a unit's row
    /// unless its name, bullet dropped, is one.
    public let isSubItem: Bool
    /// The problems of its cells when the row is after the table: reported only if it names a unit,
    /// since a footer's words under the value columns are no mistake.
    let deferred: [Diagnostic]
}

/// A row labelled as a total (`Tổng cộng`, `Cộng`) and where it stands among the unit rows.
public struct TotalRow: Sendable {
    public let row: DatasetRow
    /// How many of the file's unit rows come before it: a total after a section's rows may be
    /// that section's subtotal.
    public let position: Int
}
