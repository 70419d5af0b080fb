/// The identities between counts of FORMAT.md's Fields table: derived where one term is missing,
/// checked where every term is known, and held as an inequality (the parts never exceed their
/// whole) where a term is missing.
enum Identities {
    /// `sum = parts…`; an optional part not mentioned at all counts as 0 (postal inside direct,
    /// early inside on time, no withdrawn column).
    struct Sum: Sendable {
        let sum: Field
        let parts: [Field]
        let optional: Set<Field>
    }

    static let sums = [
        Sum(sum: .received, parts: [.receivedOnline, .receivedDirect, .receivedPostal], optional: [.receivedPostal]),
        Sum(sum: .total, parts: [.carriedOver, .received], optional: []),
        Sum(sum: .total, parts: [.resolved, .pending, .withdrawn], optional: [.withdrawn]),
        Sum(sum: .resolved, parts: [.resolvedEarly, .resolvedOnTime, .resolvedLate], optional: [.resolvedEarly]),
        Sum(sum: .pending, parts: [.pendingOnTime, .pendingOverdue], optional: []),
        Sum(sum: .overdue, parts: [.resolvedLate, .pendingOverdue], optional: []),
    ]

    /// `field ≤ bound₁ + bound₂ …`: a count and the counts it is a share of.
    static let bounds: [(Field, [Field])] = [
        (.digitized, [.received]), (.fullyDigitized, [.received]), (.resultsDigitized, [.resolved]),
        (.paidOnline, [.payable]), (.eReceipts, [.payable]), (.apologies, [.overdue]), (.overdue, [.resolved, .pending]),
    ]

    /// A failed identity, said in words, and the field whose cell to point at.
    struct Failure: Equatable {
        let identity: String
        let detail: String
        let field: Field
        /// For parts that exceed their whole: the terms left to derive, which would be negative.
        let missing: [Field]
    }

    /// Fills in what the identities determine, then lists every identity and bound that fails.
    ///
    /// - Complexity: O(1) per record: a fixed number of passes over six identities.
    static func complete(_ record: inout Record) -> [Failure] {
        var changed = true
        while changed {
            changed = false
            for identity in sums {
                let (known, missing, firstMissing) = terms(of: identity, in: record)
                if record[identity.sum] == nil, missing == 0 {
                    record[identity.sum] = known
                    record.derived.insert(identity.sum)
                    changed = true
                } else if let sum = record[identity.sum], missing == 1, let firstMissing, sum >= known {
                    record[firstMissing] = sum - known
                    record.derived.insert(firstMissing)
                    changed = true
                }
            }
        }
        var failures: [Failure] = []
        for identity in sums {
            guard let sum = record[identity.sum] else { continue }
            let (known, missing, _) = terms(of: identity, in: record)
            if missing == 0, known != sum {
                failures.append(failure(identity, sum: sum, total: known, in: record))
            } else if missing > 0, known > sum {
                let absent = identity.parts.filter { value(of: $0, in: record, optional: identity.optional) == nil }
                failures.append(excess(identity, sum: sum, total: known, missing: absent, in: record))
            }
        }
        for (field, bound) in bounds {
            guard let value = record[field] else { continue }
            let limits = bound.compactMap { record[$0] }
            guard limits.count == bound.count, value > limits.reduce(0, +) else { continue }
            let limit = bound.count == 1 ? "\(limits[0])" : limits.map(String.init).joined(separator: " + ") + " = \(limits.reduce(0, +))"
            let identity = "\(field.rawValue) ≤ " + bound.map(\.rawValue).joined(separator: " + ")
            failures.append(Failure(identity: identity, detail: "\(value) > \(limit)", field: field, missing: []))
        }
        return failures
    }

    /// The known total of an identity's parts, how many parts have no value, and the first of them.
    private static func terms(of identity: Sum, in record: Record) -> (known: Int, missing: Int, first: Field?) {
        var known = 0
        var missing = 0
        var first: Field?
        for part in identity.parts {
            if let value = value(of: part, in: record, optional: identity.optional) {
                known += value
            } else {
                missing += 1
                first = first ?? part
            }
        }
        return (known, missing, first)
    }

    /// The failed identity in words: `resolved = resolved_on_time + resolved_late (10 ≠ 8 + 3 = 11)`.
    private static func failure(_ identity: Sum, sum: Int, total: Int, in record: Record) -> Failure {
        let terms = identity.parts.filter { !identity.optional.contains($0) || record.mentions($0) }
        let formula = "\(identity.sum.rawValue) = " + terms.map(\.rawValue).joined(separator: " + ")
        let detail = "\(sum) ≠ " + terms.map { "\(record[$0]!)" }.joined(separator: " + ") + " = \(total)"
        return Failure(identity: formula, detail: detail, field: record.derived.contains(identity.sum) ? terms[0] : identity.sum, missing: [])
    }

    /// Known parts larger than their whole: `resolved_late ≤ resolved (12 > 10)`, pointed at the
    /// largest part given in the data.
    private static func excess(_ identity: Sum, sum: Int, total: Int, missing: [Field], in record: Record) -> Failure {
        let parts = identity.parts.filter { record[$0] != nil && (!identity.optional.contains($0) || record.mentions($0)) }
        let formula = parts.map(\.rawValue).joined(separator: " + ") + " ≤ \(identity.sum.rawValue)"
        let values = parts.map { record[$0]! }
        let detail = (parts.count == 1 ? "\(total)" : values.map(String.init).joined(separator: " + ") + " = \(total)") + " > \(sum)"
        let given = parts.filter { !record.derived.contains($0) }.max { record[$0]! < record[$1]! }
        return Failure(identity: formula, detail: detail, field: given ?? identity.sum, missing: missing)
    }

    private static func value(of field: Field, in record: Record, optional: Set<Field>) -> Int? {
        if let value = record[field] { return value }
        return optional.contains(field) && !record.mentions(field) ? 0 : nil
    }
}
