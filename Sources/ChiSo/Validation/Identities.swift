/// The identities between counts of FORMAT.md's Fields table: derived where one term is missing,
/// checked where every term is known.
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

    /// `field ≤ bound`.
    static let bounds: [(Field, Field)] = [
        (.digitized, .received), (.fullyDigitized, .received), (.resultsDigitized, .resolved),
        (.paidOnline, .payable), (.eReceipts, .payable), (.apologies, .overdue),
    ]

    /// A failed identity, said in words, and the field whose cell to point at.
    struct Failure: Equatable {
        let identity: String
        let detail: String
        let field: Field
    }

    /// Fills in what the identities determine, then lists every identity and bound that fails.
    ///
    /// - Complexity: O(1) per record: a fixed number of passes over six identities.
    static func complete(_ record: inout Record) -> [Failure] {
        var changed = true
        while changed {
            changed = false
            for identity in sums {
                var known = 0
                var missing: Field?
                var missingCount = 0
                for part in identity.parts {
                    if let value = value(of: part, in: record, optional: identity.optional) {
                        known += value
                    } else {
                        missing = part
                        missingCount += 1
                    }
                }
                if record[identity.sum] == nil, missingCount == 0 {
                    record[identity.sum] = known
                    record.derived.insert(identity.sum)
                    changed = true
                } else if let sum = record[identity.sum], missingCount == 1, let missing, sum - known >= 0 {
                    record[missing] = sum - known
                    record.derived.insert(missing)
                    changed = true
                }
            }
        }
        var failures: [Failure] = []
        for identity in sums {
            guard let sum = record[identity.sum] else { continue }
            var total = 0
            var complete = true
            for part in identity.parts {
                guard let value = value(of: part, in: record, optional: identity.optional) else { complete = false; break }
                total += value
            }
            guard complete, total != sum else { continue }
            failures.append(failure(identity, sum: sum, total: total, in: record))
        }
        for (field, bound) in bounds {
            guard let value = record[field], let limit = record[bound], value > limit else { continue }
            failures.append(Failure(identity: "\(field.rawValue) ≤ \(bound.rawValue)", detail: "\(value) > \(limit)", field: field))
        }
        return failures
    }

    /// The failed identity in words: `resolved = resolved_on_time + resolved_late (10 ≠ 8 + 3 = 11)`.
    private static func failure(_ identity: Sum, sum: Int, total: Int, in record: Record) -> Failure {
        let terms = identity.parts.filter { !identity.optional.contains($0) || record.mentions($0) }
        let formula = "\(identity.sum.rawValue) = " + terms.map(\.rawValue).joined(separator: " + ")
        let detail = "\(sum) ≠ " + terms.map { "\(record[$0]!)" }.joined(separator: " + ") + " = \(total)"
        return Failure(identity: formula, detail: detail, field: record.derived.contains(identity.sum) ? terms[0] : identity.sum)
    }

    private static func value(of field: Field, in record: Record, optional: Set<Field>) -> Int? {
        if let value = record[field] { return value }
        return optional.contains(field) && !record.mentions(field) ? 0 : nil
    }
}
