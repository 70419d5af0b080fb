/// The heading a period report prints with, as the annex (phụ lục) of the letter that sends it:
/// «PHỤ LỤC», the report's title and period, and the line that cites the letter, with blanks to
/// fill by hand where period.toml does not give the letter's number and date.
enum AnnexHeading {
    static func context(_ period: Period, model: SiteModel) -> [String: Any] {
        let strings = model.strings
        let site = model.report.site
        return [
            "title": strings[.annexTitle],
            "subtitle": strings[.annexSubtitle, ["title": site.title, "period": period.label]],
            "letter": strings[.annexLetter, [
                "number": period.letter?.number ?? strings[.annexBlankNumber], "date": period.letter?.date.map(DisplayDate.text) ?? strings[.annexBlankDate],
                "authority": site.authority,
            ]],
        ]
    }
}
