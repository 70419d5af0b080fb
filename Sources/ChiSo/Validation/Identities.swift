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
                let known = identity.parts.map { value(of: $0, in: record, optional: identity.optional) }
                let missing = known.indices.filter { known[$0] == nil }
                if record[identity.sum] == nil, missing.isEmpty {
                    record[identity.sum] = known.reduce(0) { $0 + $1! }
                    record.derived.insert(identity.sum)
                    changed = true
                } else if let sum = record[identity.sum], missing.count == 1 {
                    let rest = sum - known.reduce(0) { $0 + ($1 ?? 0) }
                    guard rest >= 0 else { continue }
                    record[identity.parts[missing[0]]] = rest
                    record.derived.insert(identity.parts[missing[0]])
                    changed = true
                }
            }
        }
        var failures: [Failure] = []
        for identity in sums {
            let known = identity.parts.map { value(of: $0, in: record, optional: identity.optional) }
            guard let sum = record[identity.sum], known.allSatisfy({ $0 != nil }) else { continue }
            let total = known.reduce(0) { $0 + $1! }
            guard total != sum else { continue }
            let terms = zip(identity.parts, known).filter { !identity.optional.contains($0.0) || record.mentions($0.0) }
            let formula = "\(identity.sum.rawValue) = " + terms.map(\.0.rawValue).joined(separator: " + ")
            let detail = "\(sum) ≠ " + terms.map { "\($0.1!)" }.joined(separator: " + ") + " = \(total)"
            failures.append(Failure(identity: formula, detail: detail, field: record.derived.contains(identity.sum) ? terms[0].0 : identity.sum))
        }
        for (field, bound) in bounds {
            guard let value = record[field], let limit = record[bound], value > limit else { continue }
            failures.append(Failure(identity: "\(field.rawValue) ≤ \(bound.rawValue)", detail: "\(value) > \(limit)", field: field))
        }
        return failures
    }

    private static func value(of field: Field, in record: Record, optional: Set<Field>) -> Int? {
        if let value = record[field] { return value }
        return optional.contains(field) && !record.mentions(field) ? 0 : nil
    }
}
