"""Builds the seeds' tables as the Excel workbooks an office downloads (issue 16's fixtures).

Run from this folder: `pip install openpyxl && python3 make-workbooks.py`. The workbooks are
committed; CI does not run this. openpyxl writes formulas without the value Excel computes and
stores with them, so the values Excel would cache are added to the sheet XML afterwards.

- huong-tra.xlsx (seed 004): sheet «Bìa» (a cover page, no table), sheet «Giải quyết» (a title row,
  the two-row header merged as Excel holds it, typed numbers, the per-day column, the total row as
  SUM formulas with cached values), sheet «Số hóa» (the digitisation table, its rate column as
  fractions in a percent format), and a hidden sheet of scratch work.
- vinh-linh.xlsx (seed 002): a title row, the header, the bold «Toàn huyện» row, rates as
  percent-formatted fractions, blanks, and the header repeated where the page broke.

It also writes the demo's January 2025 as the workbook an office would download
(content/periods/2025-01/bao-cao.xlsx, from that period's data.csv, which it replaces): the
authority and title rows, a two-row header with merged groups, unit names, and a total row of SUM
formulas with their cached values.
"""
import csv, re, zipfile, shutil
from decimal import Decimal
from openpyxl import Workbook
from openpyxl.styles import Font

FIXTURES = "../"


def rows(name):
    with open(FIXTURES + name, encoding="utf-8") as f:
        return list(csv.reader(f, delimiter="\t"))


def number(text):
    """A cell of the pasted table as Excel holds it: a whole number, a decimal, or text."""
    text = text.strip()
    if text == "":
        return None
    plain = text.replace("<b>", "").replace("</b>", "")
    if re.fullmatch(r"-?\d+", plain):
        return int(plain)
    if re.fullmatch(r"-?\d+,\d+", plain):
        return float(plain.replace(",", "."))
    return text


def fixed(wb):
    """The workbook's document properties fixed, so that running this again gives the same parts."""
    import datetime
    moment = datetime.datetime(2025, 1, 20, 8, 0, 0)
    wb.properties.created = moment
    wb.properties.modified = moment
    wb.properties.creator = "chiso"
    return wb


def cache(path, values):
    """Writes the values Excel caches with its formulas (`values` maps a sheet part and a cell to its
    value) and fixes every entry's date, so the same tables give the same bytes."""
    tmp = path + ".tmp"
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            for (part, ref), value in values.items():
                if item.filename == part:
                    text = data.decode("utf-8")
                    text, n = re.subn(r'(<c r="%s"[^>]*>)<f>([^<]*)</f><v\s*/>' % ref, r"\1<f>\2</f><v>%s</v>" % value, text)
                    if n == 0:
                        text, n = re.subn(r'(<c r="%s"[^>]*>)<f>([^<]*)</f><v></v>' % ref, r"\1<f>\2</f><v>%s</v>" % value, text)
                    assert n == 1, (part, ref)
                    data = text.encode("utf-8")
            if item.filename == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*", rb"\g<1>2025-01-20T08:00:00Z", data)
            item.date_time = (2025, 1, 20, 8, 0, 0)
            dst.writestr(item, data)
    shutil.move(tmp, path)


def huong_tra():
    wb = Workbook()
    cover = wb.active
    cover.title = "Bìa"
    cover["A1"] = "UBND THỊ XÃ HƯƠNG TRÀ"
    cover["A3"] = "Báo cáo kết quả giải quyết thủ tục hành chính từ 16/12/2019 đến 18/3/2020"

    sheet = wb.create_sheet("Giải quyết")
    sheet["A1"] = "KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH CẤP XÃ (từ 16/12/2019 đến 18/3/2020)"
    table = rows("huong-tra-giai-quyet.tsv")
    top = 3
    for r, row in enumerate(table[:2]):
        for c, text in enumerate(row):
            if text:
                sheet.cell(row=top + r, column=c + 1, value=text).font = Font(bold=True)
    for ref in ["A3:A4", "B3:B4", "C3:C4", "D3:F3", "G3:I3", "J3:J4"]:
        sheet.merge_cells(ref)
    first = top + 2
    body = table[2:]
    for r, row in enumerate(body):
        for c, text in enumerate(row):
            value = number(text)
            if value is not None:
                sheet.cell(row=first + r, column=c + 1, value=value)
    total_row = first + len(body) - 1
    values = {}
    for c in range(3, 10):
        letter = chr(64 + c)
        sheet.cell(row=total_row, column=c, value="=SUM(%s%d:%s%d)" % (letter, first, letter, total_row - 1))
        values[("xl/worksheets/sheet2.xml", "%s%d" % (letter, total_row))] = sum(int(row[c - 1]) for row in body[:-1])

    digitised = wb.create_sheet("Số hóa")
    table = rows("huong-tra-so-hoa.tsv")
    for c, text in enumerate(table[0]):
        digitised.cell(row=1, column=c + 1, value=text).font = Font(bold=True)
    for r, row in enumerate(table[1:]):
        for c, text in enumerate(row):
            value = number(text)
            if value is None:
                continue
            if c == 4 and not isinstance(value, str):
                cell = digitised.cell(row=r + 2, column=c + 1, value=float(Decimal(str(value)) / 100))
                cell.number_format = "0.00%"
            else:
                digitised.cell(row=r + 2, column=c + 1, value=value)

    scratch = wb.create_sheet("Nháp")
    scratch["A1"] = "Đơn vị"
    scratch["B1"] = "Ghi chú"
    scratch["A2"] = "Xã Không Có"
    scratch["B2"] = 123
    scratch.sheet_state = "hidden"
    fixed(wb).save("huong-tra.xlsx")
    cache("huong-tra.xlsx", values)


def vinh_linh():
    wb = Workbook()
    sheet = wb.active
    sheet.title = "Sheet1"
    sheet["A1"] = "Bảng số liệu chi tiết tính từ 15/12/2022 đến 14/6/2023"
    table = rows("vinh-linh.tsv")
    r = 3
    for row in table:
        if not any(cell.strip() for cell in row):
            continue
        for c, text in enumerate(row):
            value = number(text)
            if value is None:
                continue
            bold = "<b>" in text
            if c >= 2 and c != 4 and not isinstance(value, str) and table.index(row) > 0:
                cell = sheet.cell(row=r, column=c + 1, value=float(Decimal(str(value)) / 100))
                cell.number_format = "0.0%"
            else:
                cell = sheet.cell(row=r, column=c + 1, value=value.replace("<b>", "").replace("</b>", "") if isinstance(value, str) else value)
            if bold or r == 3:
                cell.font = Font(bold=True)
        r += 1
    fixed(wb).save("vinh-linh.xlsx")
    cache("vinh-linh.xlsx", {})


DEMO = "../../../../content/"
DEMO_COLUMNS = [
    # (field of data.csv, group label or None, label)
    ("carried_over", None, "Kỳ trước chuyển qua"),
    ("received_online", "Mới tiếp nhận", "Trực tuyến"),
    ("received_direct", "Mới tiếp nhận", "Trực tiếp"),
    ("received_postal", "Mới tiếp nhận", "Bưu chính"),
    ("resolved_early", "Hồ sơ đã giải quyết", "Trước hạn"),
    ("resolved_on_time", "Hồ sơ đã giải quyết", "Đúng hạn"),
    ("resolved_late", "Hồ sơ đã giải quyết", "Trả quá hạn"),
    ("pending_on_time", "Hồ sơ đang giải quyết", "Trong hạn"),
    ("pending_overdue", "Hồ sơ đang giải quyết", "Quá hạn"),
    ("digitized", None, "Đã số hóa"),
    ("fully_digitized", None, "Số hóa đầy đủ thành phần hồ sơ khi tiếp nhận"),
    ("results_digitized", None, "Số hóa kết quả"),
    ("payable", None, "Hồ sơ có phí, lệ phí"),
    ("paid_online", None, "Thanh toán trực tuyến"),
    ("e_receipts", None, "Biên lai điện tử"),
    ("apologies", None, "Thư xin lỗi"),
]


def demo(period="2025-01"):
    import os
    source = DEMO + "periods/%s/data.csv" % period
    if not os.path.exists(source):
        return
    with open(DEMO + "units.csv", encoding="utf-8") as f:
        names = {row["id"]: row["name"] for row in csv.DictReader(f)}
    with open(source, encoding="utf-8") as f:
        data = list(csv.DictReader(f))
    wb = Workbook()
    sheet = wb.active
    sheet.title = "Biểu tổng hợp"
    sheet["A1"] = "ỦY BAN NHÂN DÂN HUYỆN MINH HÒA (huyện giả định, số liệu minh họa)"
    sheet["A2"] = "KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH THÁNG 01/2025 (từ 15/12/2024 đến 14/01/2025)"
    top = 4
    bold = Font(bold=True)
    for cell, text in (("A", "STT"), ("B", "Đơn vị")):
        sheet["%s%d" % (cell, top)] = text
        sheet["%s%d" % (cell, top)].font = bold
        sheet.merge_cells("%s%d:%s%d" % (cell, top, cell, top + 1))
    groups = {}
    for index, (_, group, label) in enumerate(DEMO_COLUMNS):
        column = index + 3
        if group is None:
            sheet.cell(row=top, column=column, value=label).font = bold
            sheet.merge_cells(start_row=top, start_column=column, end_row=top + 1, end_column=column)
        else:
            groups.setdefault(group, []).append(column)
            sheet.cell(row=top + 1, column=column, value=label).font = bold
    for group, columns in groups.items():
        sheet.cell(row=top, column=columns[0], value=group).font = bold
        sheet.merge_cells(start_row=top, start_column=columns[0], end_row=top, end_column=columns[-1])
    first = top + 2
    for r, row in enumerate(data):
        sheet.cell(row=first + r, column=1, value=r + 1)
        sheet.cell(row=first + r, column=2, value=names.get(row["unit"], row["unit"]))
        for index, (field, _, _) in enumerate(DEMO_COLUMNS):
            if row[field] != "":
                sheet.cell(row=first + r, column=index + 3, value=int(row[field]))
    total = first + len(data)
    sheet.cell(row=total, column=2, value="Tổng cộng").font = bold
    values = {}
    for index, (field, _, _) in enumerate(DEMO_COLUMNS):
        column = index + 3
        letter = sheet.cell(row=total, column=column).column_letter
        sheet.cell(row=total, column=column, value="=SUM(%s%d:%s%d)" % (letter, first, letter, total - 1)).font = bold
        values[("xl/worksheets/sheet1.xml", "%s%d" % (letter, total))] = sum(int(row[field]) for row in data if row[field] != "")
    target = DEMO + "periods/%s/bao-cao.xlsx" % period
    fixed(wb).save(target)
    cache(target, values)
    os.remove(source)


huong_tra()
vinh_linh()
demo()
