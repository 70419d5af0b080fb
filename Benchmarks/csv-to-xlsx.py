"""Rewrites every period's data.csv of a generated content folder as data.xlsx, the same table in
an Excel workbook (typed numbers, one sheet), for Benchmarks/workbook-bench.sh. Needs openpyxl.
Usage: csv-to-xlsx.py CONTENT_DIR"""
import csv, os, sys
from openpyxl import Workbook

root = os.path.join(sys.argv[1], "periods")
for period in sorted(os.listdir(root)):
    source = os.path.join(root, period, "data.csv")
    if not os.path.exists(source):
        continue
    wb = Workbook(write_only=True)
    sheet = wb.create_sheet("Sheet1")
    with open(source, encoding="utf-8-sig") as f:
        for n, row in enumerate(csv.reader(f)):
            sheet.append(row if n == 0 else [row[0]] + [int(v) if v.lstrip("-").isdigit() else (v or None) for v in row[1:]])
    wb.save(os.path.join(root, period, "data.xlsx"))
    os.remove(source)
