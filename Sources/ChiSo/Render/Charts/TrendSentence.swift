/// A trend stated in words for <desc> and alt text.
public enum TrendSentence {
    /// e.g. `Tỷ lệ đúng hạn tăng từ 91,2 % lên 95,0 % qua 6 kỳ.` / `… giảm từ … xuống … qua 6 kỳ.` /
    /// `… giữ nguyên ở 95,0 % qua 6 kỳ.` / `… chỉ có số liệu 1 kỳ: 95,0 %.` / `… chưa có số liệu.`
    ///
    /// Compares the first and last values as shown (1 decimal for percentages, counts grouped,
    /// ranks as `thứ 3`); a smaller rank is better, so `tăng hạng từ thứ 5 lên thứ 2` and
    /// `giảm hạng từ thứ 2 xuống thứ 5`. "qua N kỳ" counts the periods from the first value to the last.
    public static func sentence(subject: String, values: [Ratio?], scale: ChartScale) -> String {
        guard let firstIndex = values.firstIndex(where: { $0 != nil }), let lastIndex = values.lastIndex(where: { $0 != nil }),
            let first = values[firstIndex], let last = values[lastIndex]
        else { return subject + " chưa có số liệu." }
        guard firstIndex < lastIndex else { return subject + " chỉ có số liệu 1 kỳ: " + scale.text(last) + "." }
        let periods = " qua " + String(lastIndex - firstIndex + 1) + " kỳ."
        let from = scale.rounded(first)
        let to = scale.rounded(last)
        if from == to { return subject + " giữ nguyên ở " + scale.text(last) + periods }
        let (rise, fall) = scale == .rank ? (" tăng hạng từ ", " giảm hạng từ ") : (" tăng từ ", " giảm từ ")
        let rising = scale == .rank ? to < from : from < to
        return subject + (rising ? rise : fall) + scale.text(first) + (rising ? " lên " : " xuống ") + scale.text(last) + periods
    }
}
