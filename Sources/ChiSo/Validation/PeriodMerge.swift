/// Merges the datasets of one period by unit, checking every row against the register.
struct PeriodMerge {
    let directory: UnitDirectory
    let period: Period?
    var records: [Int: Record] = [:]
    var total: Record?
    var diagnostics: [Diagnostic] = []
    /// Where each unit's values came from: the first row here, any later ones (other files) apart,
    /// so the common case of one file allocates nothing per unit.
    private var firstSource: [Int: (file: Int, row: Row)] = [:]
    private var laterSources: [Int: [(file: Int, row: Row)]] = [:]
    var totalSources: [(file: Int, row: Row)] = []
    /// True when a total row disagrees with its units' sums: its own identities then fail with it.
    private(set) var totalMismatched = false

    /// How messages name the total row.
    static let totalOwner = "Dòng tổng"

    init(directory: UnitDirectory, period: Period?) {
        self.directory = directory
        self.period = period
    }

    /// Matches and merges every row of `datasets`, then checks each file's total row.
    ///
    /// - Complexity: O(rows × columns); a name not spelled as registered is normalised to match.
    mutating func merge(_ datasets: [DatasetFile]) {
        records.reserveCapacity(directory.units.count)
        firstSource.reserveCapacity(directory.units.count)
        for (fileIndex, file) in datasets.enumerated() {
            var seen: [Int: Int] = [:]
            var summed: [Int] = []
            summed.reserveCapacity(file.rows.count)
            var subItems: [DatasetRow] = []
            var underUnit = false
            for (position, row) in file.rows.enumerated() {
                guard let unit = directory.find(row.name) ?? RowText.withoutBullet(row.name).flatMap(directory.find) else {
                    if row.mayHeadSection || row.afterTable || directory.isRefused(row.name) { continue }
                    if row.isSubItem, underUnit {
                        subItems.append(row)
                        continue
                    }
                    underUnit = false
                    if row.textOnly {
                        diagnostics.append(Diagnostic(DataProblem.textRowSkipped(name: row.name), at: file.unitLocation(in: row.row)))
                        continue
                    }
                    let problem = DataProblem.unknownUnit(name: row.name, suggestion: directory.suggestion(for: row.name))
                    diagnostics.append(Diagnostic(problem, at: file.unitLocation(in: row.row)))
                    summed.append(position)
                    continue
                }
                underUnit = true
                if let firstLine = seen[unit] {
                    let problem = DataProblem.duplicateUnitRow(unit: directory.units[unit].name, firstLine: firstLine)
                    diagnostics.append(Diagnostic(problem, at: file.unitLocation(in: row.row)))
                    continue
                }
                seen[unit] = row.row.line
                diagnostics += row.deferred
                let info = directory.units[unit]
                if let period, !info.exists(during: period) {
                    let problem = DataProblem.outsideSpan(unit: info.name, from: info.from, until: info.until)
                    diagnostics.append(Diagnostic(problem, at: file.unitLocation(in: row.row)))
                }
                summed.append(position)
                if var record = records.removeValue(forKey: unit) {
                    absorb(row, into: &record, owner: info.name, earlier: sources(of: unit), datasets, fileIndex)
                    records[unit] = record
                } else {
                    records[unit] = row.record
                }
                if firstSource[unit] == nil {
                    firstSource[unit] = (fileIndex, row.row)
                } else {
                    laterSources[unit, default: []].append((fileIndex, row.row))
                }
            }
            if let first = subItems.first {
                diagnostics.append(Diagnostic(DataProblem.subItemsSkipped(first: first.name, count: subItems.count), at: file.unitLocation(in: first.row)))
            }
            if let totalRow = grandTotal(of: file, summed: summed) {
                var record = total ?? Record()
                absorb(totalRow, into: &record, owner: Self.totalOwner, earlier: totalSources, datasets, fileIndex)
                total = record
                totalSources.append((fileIndex, totalRow.row))
            }
        }
    }

    /// The file's total row, checked against the rows it sums. With several rows labelled as totals,
    /// one that sums the unit rows since the previous one is a section's subtotal (`Cộng` after
    /// `I. Cấp huyện`), checked and left out; a second total of the whole file is an error.
    private mutating func grandTotal(of file: DatasetFile, summed: [Int]) -> DatasetRow? {
        guard !file.totals.isEmpty else { return nil }
        let all = summed.map { file.rows[$0] }
        var grand: DatasetRow?
        var previous = 0
        for (index, candidate) in file.totals.enumerated() {
            let covered = summed.filter { $0 >= previous && $0 < candidate.position }.map { file.rows[$0] }
            previous = candidate.position
            let section = file.totals.count > 1 && !covered.isEmpty && covered.count < all.count
            let asSubtotal = section ? mismatches(candidate.row, against: covered, in: file, from: covered[0].row.line) : []
            let asTotal = mismatches(candidate.row, against: all, in: file, from: nil)
            if section, asSubtotal.isEmpty || !asTotal.isEmpty && index < file.totals.count - 1 {
                diagnostics += asSubtotal
                continue
            }
            if let first = grand {
                diagnostics.append(Diagnostic(TableProblem.secondTotalRow(firstLine: first.row.line), at: file.unitLocation(in: candidate.row.row)))
                continue
            }
            if asTotal.contains(where: { $0.severity == .error }) { totalMismatched = true }
            diagnostics += asTotal
            grand = candidate.row
        }
        return grand
    }

    /// The rows a unit's values came from, in file order.
    func sources(of unit: Int) -> [(file: Int, row: Row)] {
        guard let first = firstSource[unit] else { return [] }
        return [first] + (laterSources[unit] ?? [])
    }

    /// Copies a row's values into the merged record; a value given twice differently is an error.
    private mutating func absorb(
        _ row: DatasetRow, into record: inout Record, owner: String, earlier: [(file: Int, row: Row)], _ datasets: [DatasetFile], _ fileIndex: Int
    ) {
        let file = datasets[fileIndex]
        for field in Field.allCases {
            guard let value = row.record[field] else {
                if row.record.blanks.contains(field) { record.blanks.insert(field) }
                continue
            }
            if let existing = record[field], existing != value {
                let other = earlier.first { datasets[$0.file].header.columns.contains { $0.meaning == .count(field) } }
                let otherPlace = other.map { datasets[$0.file].location(of: field, in: $0.row) } ?? file.location(of: nil, in: row.row)
                let problem = DataProblem.conflictingValues(key: field.rawValue, unit: owner, value: "\(value)", other: "\(existing)", otherPlace: otherPlace)
                diagnostics.append(Diagnostic(problem, at: file.location(of: field, in: row.row)))
                continue
            }
            record[field] = value
            record.blanks.remove(field)
        }
        for (rate, value) in row.record.rates {
            if let existing = record.rates[rate], existing != value {
                let other = earlier.first { datasets[$0.file].header.columns.contains { $0.meaning == .rate(rate) } }
                let otherPlace = other.map { datasets[$0.file].table.location(of: $0.row) } ?? file.location(of: nil, in: row.row)
                let problem = DataProblem.conflictingValues(
                    key: rate.rawValue, unit: owner, value: "\(value.doubleValue)", other: "\(existing.doubleValue)", otherPlace: otherPlace)
                diagnostics.append(Diagnostic(problem, at: file.location(of: nil, in: row.row)))
                continue
            }
            record.rates[rate] = value
        }
    }

    /// A total row's counts against the sums of `rows`: every row naming a unit, known or not,
    /// once (section headings and repeated rows left out); `from` is the first line a subtotal sums.
    private func mismatches(_ totalRow: DatasetRow, against rows: [DatasetRow], in file: DatasetFile, from: Int?) -> [Diagnostic] {
        var found: [Diagnostic] = []
        for field in Field.allCases {
            guard let total = totalRow.record[field] else { continue }
            let values = rows.compactMap { $0.record[field] }
            let sum = values.reduce(0, +)
            let blanks = rows.count - values.count
            let place = file.location(of: field, in: totalRow.row)
            if sum != total, blanks == 0 || total < sum {
                found.append(Diagnostic(DataProblem.totalMismatch(field: field, total: total, sum: sum, from: from), at: place))
            } else if sum != total {
                found.append(Diagnostic(DataProblem.totalExceedsPartialSum(field: field, total: total, sum: sum, blanks: blanks), at: place))
            }
        }
        return found
    }
}
