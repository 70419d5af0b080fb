/// A trend stated in words for <desc> and alt text.
public enum TrendSentence {
    /// e.g. `Tỷ lệ đúng hạn tăng từ 91,2 % lên 95,0 % qua 6 kỳ.` / `… giảm từ … xuống … qua 6 kỳ.` /
    /// `… giữ nguyên ở 95,0 % qua 6 kỳ.` / `… chỉ có số liệu 1 kỳ: 95,0 %.` / `… chưa có số liệu.`
    ///
    /// Compares the first and last values as shown (1 decimal for percentages, counts grouped,
    /// ranks as `thứ 3`); a smaller rank is better, so `tăng hạng từ thứ 5 lên thứ 2` and
    /// `giảm hạng từ thứ 2 xuống thứ 5`. "qua N kỳ" counts the periods from the first value to the last.
    public static func sentence(subject: String, values: [Ratio?], scale: ChartScale, words: ChartWords) -> String {
        guard let firstIndex = values.firstIndex(where: { $0 != nil }), let lastIndex = values.lastIndex(where: { $0 != nil }),
            let first = values[firstIndex], let last = values[lastIndex]
        else { return Placeholders.fill(words.trendNone, ["subject": subject]) }
        guard firstIndex < lastIndex else { return Placeholders.fill(words.trendSingle, ["subject": subject, "value": scale.text(last, words)]) }
        let periods = String(lastIndex - firstIndex + 1)
        let from = scale.rounded(first)
        let to = scale.rounded(last)
        if from == to { return Placeholders.fill(words.trendSame, ["subject": subject, "value": scale.text(last, words), "n": periods]) }
        let rising = scale == .rank ? to < from : from < to
        let template = scale == .rank ? (rising ? words.rankRise : words.rankFall) : (rising ? words.trendRise : words.trendFall)
        return Placeholders.fill(template, ["subject": subject, "from": scale.text(first, words), "to": scale.text(last, words), "n": periods])
    }
}
