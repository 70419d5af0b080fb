/// A unit's place in its group's ranking as a reader sees it: the one place a rank is written.
enum RankText {
    /// `3/15`: rank k of the n units ranked, as plain text (escape it where it goes into HTML).
    static func text(_ place: RankPlace, _ strings: Strings) -> String {
        strings[.rankShort, ["rank": DisplayNumber.count(place.rank), "of": DisplayNumber.count(place.of)]]
    }
}
