import Testing
@testable import ChiSo

@Suite("The seeds' tables, as pasted")
struct SeedTablesTests {
    @Test("Hương Trà (seed 004): both tables load with no diagnostic")
    func huongTraLoads() throws {
        let result = Fixture.huongTra.check()
        #expect(result.lines == [])
        let dataset = try #require(result.dataset)
        #expect(dataset.periods[0].records.count == 15)
    }

    @Test("Hương Trà: the two-row header is read as group › label")
    func huongTraHeader() throws {
        let dataset = try #require(Fixture.huongTra.check().dataset)
        let hoHo = try #require(dataset.record("huong-ho", in: "2020-03"))
        #expect(hoHo[.total] == 222)
        #expect(hoHo[.resolved] == 205)
        #expect(hoHo[.resolvedOnTime] == 188)
        #expect(hoHo[.resolvedLate] == 17)
        #expect(hoHo[.pending] == 17)
        #expect(hoHo[.pendingOnTime] == 3)
        #expect(hoHo[.pendingOverdue] == 14)
        #expect(hoHo[.overdue] == 31)
        #expect(hoHo.derived == [.overdue])
        #expect(hoHo[.digitized] == 196)
        #expect(hoHo.rates[.digitizationRate] == Ratio(8829, over: 100))
    }

    @Test("Hương Trà: Xã Bình Tiên and Xã Bình Tiến are one commune, merged over both tables")
    func huongTraAlias() throws {
        let dataset = try #require(Fixture.huongTra.check().dataset)
        let binhTien = try #require(dataset.record("binh-tien", in: "2020-03"))
        #expect(binhTien[.total] == 137)
        #expect(binhTien[.resolvedOnTime] == 132)
        #expect(binhTien[.digitized] == 87)
        #expect(binhTien.rates[.digitizationRate] == Ratio(635, over: 10))
    }

    @Test("Hương Trà: the total rows are checked against the unit sums and kept")
    func huongTraTotals() throws {
        let dataset = try #require(Fixture.huongTra.check().dataset)
        let total = try #require(dataset.periods[0].total)
        #expect(total[.total] == 4595)
        #expect(total[.resolved] == 4484)
        #expect(total[.resolvedOnTime] == 4184)
        #expect(total[.resolvedLate] == 300)
        #expect(total[.pending] == 111)
        #expect(total[.pendingOnTime] == 51)
        #expect(total[.pendingOverdue] == 60)
        #expect(total[.digitized] == 3280)
        #expect(total.rates[.digitizationRate] == Ratio(713, over: 10))
    }

    @Test("Hương Trà: a slip in the total row is an error showing both numbers")
    func huongTraTotalSlip() {
        var content = Fixture.huongTra
        let table = Fixture.text("huong-tra-giai-quyet.tsv").replacingOccurrences(of: "\t4595\t4484\t", with: "\t4595\t4480\t")
        content.files["periods/2020-03/giai-quyet.tsv"] = Array(table.utf8)
        #expect(content.check().lines == [
            "content/periods/2020-03/giai-quyet.tsv:18:17: error: dòng tổng ghi resolved = 4480 nhưng tổng các đơn vị là 4484"
        ])
    }

    @Test("Vĩnh Linh (seed 002): rates only, blanks, bold total row, repeated header")
    func vinhLinhLoads() throws {
        let result = Fixture.vinhLinh.check()
        #expect(result.lines == [])
        let period = try #require(result.dataset?.periods.first)
        #expect(period.records.count == 19)
        let giang = try #require(period.records["vinh-giang"])
        #expect(giang.rates[.onlineRate] == Ratio(887, over: 10))
        #expect(giang.rates[.fullDigitizationRate] == Ratio(516, over: 10))
        #expect(giang[.overdue] == 11)
        #expect(giang.rates[.onlinePaymentRate] == nil)
        #expect(giang.rates[.eReceiptRate] == Ratio(838, over: 10))
        #expect(period.records.values.count { $0.rates[.onlinePaymentRate] != nil } == 4)
        #expect(period.records["hien-thanh"]?.blanks == [.overdue])
        let total = try #require(period.total)
        #expect(total[.overdue] == 28)
        #expect(total.rates[.onlineRate] == Ratio(769, over: 10))
        #expect(total.rates[.onlinePaymentRate] == Ratio(75, over: 10))
    }
}
