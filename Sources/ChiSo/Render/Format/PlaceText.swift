/// How the site writes a rank, a shared rank and a movement, in one place: `7`, `1=` for a place
/// several units share, `▲ 2`, `▼ 1 (1= → 16)`.
///
/// The rule (docs/noi-dung.md, «Đồng hạng»): a shared place is written with `=`; a move counts
/// only the places a unit surely passed, and when a shared place is on either side the text says
/// where the unit came from; a change inside a shared place is not shown as a move.
struct PlaceText {
    let strings: Strings
    /// The texts a table fills in every row, their places found once.
    private let shared, path, from, up, down, upLabel, downLabel, short, of, ofShared: PreparedText

    init(strings: Strings) {
        self.strings = strings
        let prepared = { (key: TextKey, names: [String]) in PreparedText(strings[key], names: names) }
        shared = prepared(.rankShared, ["rank"])
        path = prepared(.movementPath, ["from", "to"])
        from = prepared(.movementFrom, ["rank"])
        up = prepared(.movementUp, ["n"])
        down = prepared(.movementDown, ["n"])
        upLabel = prepared(.movementUpLabel, ["n"])
        downLabel = prepared(.movementDownLabel, ["n"])
        short = prepared(.rankShort, ["rank", "of"])
        of = prepared(.rankOf, ["rank", "of"])
        ofShared = prepared(.rankOfShared, ["rank", "of", "tied"])
    }

    /// `7`, or `1=` when other units share the place.
    func rank(_ place: Place) -> String {
        place.isShared ? shared.fill(["rank": String(place.rank)]) : String(place.rank)
    }

    /// `7/20`, or `1=/20` when other units share the place.
    func rankShort(_ place: RankPlace) -> String {
        short.fill(["rank": rank(place.place), "of": DisplayNumber.count(place.of)])
    }

    /// `thứ 7/20`, or `đồng hạng 1/20 (15 đơn vị)`.
    func rankOf(_ place: RankPlace) -> String {
        place.tied > 1
            ? ofShared.fill(["rank": String(place.rank), "of": String(place.of), "tied": String(place.tied)])
            : of.fill(["rank": String(place.rank), "of": String(place.of)])
    }

    /// Appends `thứ 7/20`, or `thứ 1=/20` when other units share the place: the rank as a
    /// table cell writes it, with the shared mark instead of the count of units sharing it.
    func appendRankOf(_ place: RankPlace, to html: inout Markup) {
        of.append(["rank": rank(place.place), "of": String(place.of)], to: &html)
    }

    /// What a movement shows and says: the visible text (nil: nothing shown), the sentence for
    /// screen readers, and the style `up`, `down`, `same` or `new`.
    func movement(_ movement: Movement, to now: Place, from previous: Place?) -> (shown: String?, said: String, style: String) {
        let path = { previous.map { previous -> String in self.path.fill(["from": rank(previous), "to": rank(now)]) } }
        let viaTie = now.isShared || previous?.isShared == true
        switch movement {
        case .up(let n), .down(let n):
            let up = movement.places > 0
            let shown = (up ? self.up : down).fill(["n": String(n)])
            let said = (up ? upLabel : downLabel).fill(["n": String(n)])
            guard viaTie, let path = path() else { return (shown, said, up ? "up" : "down") }
            return ("\(shown) \(path)", "\(said) (\(path))", up ? "up" : "down")
        case .same: return (strings[.movementSame], strings[.movementSameLabel], "same")
        case .withinTie: return (path(), strings[.movementTiedLabel], "same")
        case .new: return (strings[.movementNew], strings[.movementNewLabel], "new")
        }
    }

    /// Appends a real move after a rank in a table cell, nothing for any other movement: compact
    /// ` ▼3 từ 1=` (from where only when a shared place is on either side) or ` (▼1 1= → 16)`,
    /// with the whole sentence for screen readers.
    func appendCellMove(_ place: RankPlace, compact: Bool, to html: inout Markup) {
        guard let movement = place.movement, movement.places != 0 else { return }
        let words = self.movement(movement, to: place.place, from: place.previous)
        html += " <span class=\"move \(raw: words.style)\" aria-hidden=\"true\">"
        if compact {
            (movement.places > 0 ? up : down).append(["n": String(abs(movement.places))], to: &html)
            if let previous = place.previous, previous.isShared || place.tied > 1 {
                html += " "
                from.append(["rank": rank(previous)], to: &html)
            }
        } else {
            html += "(\(text: words.shown ?? ""))"
        }
        html += "</span><span class=\"vh\">\(text: words.said)</span>"
    }

    /// The movement as table markup: the visible text hidden from screen readers, the sentence
    /// for them.
    func movementHTML(_ movement: Movement, to now: Place, from previous: Place?) -> String {
        let text = self.movement(movement, to: now, from: previous)
        var html = ""
        if let shown = text.shown { html += "<span class=\"move \(text.style)\" aria-hidden=\"true\">\(HTML.escape(shown))</span>" }
        html += "<span class=\"vh\">\(HTML.escape(text.said))</span>"
        return html
    }
}
