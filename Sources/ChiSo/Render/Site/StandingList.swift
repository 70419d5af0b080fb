/// The authority's place among its peers in one period, as the level above reported it
/// (period.toml's `[standing]`), for the `standing` partial.
enum StandingList {
    /// `heading`, `source` and one item per place: `label`, `value` (the district's own value of
    /// that indicator in the period, when the report has it), `place` (`thứ 5/10 huyện, thị`),
    /// `note`; nil when the period gives no standing.
    static func context(_ index: Int, model: SiteModel) -> [String: Any]? {
        let period = model.report.periods[index]
        guard let standing = period.period.standing else { return nil }
        let strings = model.strings
        let items = standing.places.map { place -> [String: Any] in
            var item: [String: Any] = [
                "label": strings.name(of: place.indicator),
                "place": strings[.standingPlace, ["rank": String(place.rank), "of": String(place.of), "peers": standing.peers]],
            ]
            item["value"] = period.total[place.indicator].map { DisplayValue.text($0.value, of: place.indicator) }
            item["note"] = place.note
            return item
        }
        return [
            "heading": strings[.standingHeading, ["authority": model.report.site.authority, "peers": standing.peers]],
            "source": strings[.standingSource],
            "items": items,
        ]
    }
}
