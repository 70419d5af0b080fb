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
            var summed: [DatasetRow] = []
            for row in file.rows {
                guard let unit = directory.find(row.name) else {
                    if row.mayHeadSection || row.afterTable || directory.isRefused(row.name) { continue }
                    if row.textOnly {
                        diagnostics.append(Diagnostic(DataProblem.textRowSkipped(name: row.name), at: file.unitLocation(in: row.row)))
                        continue
                    }
                    let problem = DataProblem.unknownUnit(name: row.name, suggestion: directory.suggestion(for: row.name))
                    diagnostics.append(Diagnostic(problem, at: file.unitLocation(in: row.row)))
                    summed.append(row)
                    continue
                }
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
                summed.append(row)
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
            if let totalRow = file.total {
                checkTotal(totalRow, against: summed, in: file)
                var record = total ?? Record()
                absorb(totalRow, into: &record, owner: Self.totalOwner, earlier: totalSources, datasets, fileIndex)
                total = record
                totalSources.append((fileIndex, totalRow.row))
            }
        }
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

    /// A total row's counts must equal the sums of the file's unit rows: every row naming a unit,
    /// known or not, once (section subtotals and repeated rows left out).
    private mutating func checkTotal(_ totalRow: DatasetRow, against rows: [DatasetRow], in file: DatasetFile) {
        for field in Field.allCases {
            guard let total = totalRow.record[field] else { continue }
            let values = rows.compactMap { $0.record[field] }
            let sum = values.reduce(0, +)
            let blanks = rows.count - values.count
            let place = file.location(of: field, in: totalRow.row)
            if sum != total, blanks == 0 || total < sum {
                totalMismatched = true
                diagnostics.append(Diagnostic(DataProblem.totalMismatch(field: field, total: total, sum: sum), at: place))
            } else if sum != total {
                diagnostics.append(Diagnostic(DataProblem.totalExceedsPartialSum(field: field, total: total, sum: sum, blanks: blanks), at: place))
            }
        }
    }
}
