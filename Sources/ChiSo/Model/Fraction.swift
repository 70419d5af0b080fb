extension Record {
    /// A percentage's counts for this record: the summed numerator and denominator fields of the
    /// indicator's formula; nil when a term is missing or the indicator is not a percentage.
    /// Early dossiers count as 0 when no column gives them (on time then includes them).
    public func fraction(_ indicator: Indicator) -> (numerator: Int, denominator: Int)? {
        guard let (top, bottom) = indicator.formula, let numerator = sum(top), let denominator = sum(bottom) else { return nil }
        return (numerator, denominator)
    }

    private func sum(_ fields: [Field]) -> Int? {
        var total = 0
        for field in fields {
            if let value = self[field] {
                total += value
            } else if field != .resolvedEarly || mentions(field) {
                return nil
            }
        }
        return total
    }
}
