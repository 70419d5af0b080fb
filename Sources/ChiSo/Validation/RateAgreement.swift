/// A reported rate against the rate its counts give: more than 0.05 points apart is a warning.
enum RateAgreement {
    /// The rates of `record` that disagree with its counts, with both values for the message.
    static func disagreements(in record: Record) -> [(rate: Indicator, reported: Ratio, computed: Ratio)] {
        Indicator.reportable.compactMap { rate in
            guard let reported = record.rates[rate], let computed = computed(rate, from: record) else { return nil }
            // |reported − computed| > 0.05, exactly: |r.n·c.d − c.n·r.d| · 20 > r.d · c.d.
            let left = reported.numerator.multipliedReportingOverflow(by: computed.denominator)
            let right = computed.numerator.multipliedReportingOverflow(by: reported.denominator)
            let scale = reported.denominator.multipliedReportingOverflow(by: computed.denominator)
            guard !left.overflow, !right.overflow, !scale.overflow else {
                return abs(reported.doubleValue - computed.doubleValue) > 0.05 ? (rate, reported, computed) : nil
            }
            let gap = abs(left.partialValue - right.partialValue).multipliedReportingOverflow(by: 20)
            return gap.overflow || gap.partialValue > scale.partialValue ? (rate, reported, computed) : nil
        }
    }

    /// The percentage the counts give, nil when a term is missing or the denominator is 0.
    static func computed(_ rate: Indicator, from record: Record) -> Ratio? {
        guard let (top, bottom) = record.fraction(rate), bottom > 0 else { return nil }
        return Ratio(top * 100, over: bottom)
    }
}
