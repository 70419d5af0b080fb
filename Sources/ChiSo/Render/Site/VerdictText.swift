/// A period's verdict as one sentence, written from its numbers: `Tháng 01/2025: đạt 3/4 chỉ
/// tiêu; 142 hồ sơ trễ hạn, tăng 38, tập trung ở Chi nhánh VPĐKĐĐ (104).`
enum VerdictText {
    /// The sentence of the period at `index`, against the previous period of its kind.
    static func sentence(_ index: Int, model: SiteModel) -> String {
        let period = model.report.periods[index]
        let previous = model.timeline.previous(of: index, in: model.report).map { model.report.periods[$0] }
        let verdict = Verdict.of(period, previous: previous, targets: Target.all(of: model.report.site), index: model.report.index)
        return sentence(verdict, period: period.period.label, names: model.name, strings: model.strings)
    }

    /// The sentence of `verdict`; `names` gives a unit's name from its id.
    static func sentence(_ verdict: Verdict, period: String, names: (String) -> String, strings: Strings) -> String {
        var parts: [String] = []
        if verdict.targetsWithValue > 0 {
            parts.append(strings[.verdictTargets, ["met": String(verdict.targetsMet), "of": String(verdict.targetsWithValue)]])
        }
        if let overdue = verdict.overdue {
            var late = [overdue == 0 ? strings[.verdictNoLate] : strings[.verdictLate, ["n": DisplayNumber.count(overdue)]]]
            if let change = verdict.overdueChange {
                late.append(
                    change > 0 ? strings[.verdictUp, ["n": DisplayNumber.count(change)]]
                        : change < 0 ? strings[.verdictDown, ["n": DisplayNumber.count(-change)]] : strings[.verdictSame])
            }
            if let most = verdict.mostOverdue {
                let values: KeyValuePairs = ["unit": names(most.unitID), "n": DisplayNumber.count(most.count)]
                late.append(verdict.isConcentrated ? strings[.verdictConcentrated, values] : strings[.verdictMost, values])
            }
            parts.append(late.joined(separator: ", "))
        }
        let body = parts.isEmpty ? strings[.verdictNone] : parts.joined(separator: "; ")
        return strings[.verdict, ["period": period, "verdict": body]]
    }
}
