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


def cache(path, values):
    """Writes the values Excel caches with its formulas: `values` maps a sheet part and a cell to its value."""
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
    wb.save("huong-tra.xlsx")
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
    wb.save("vinh-linh.xlsx")


huong_tra()
vinh_linh()
