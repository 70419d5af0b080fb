#!/usr/bin/env bash
# Reading a workbook against reading the same table as CSV (issue 16): `chiso check` on a
# 1,000-unit, one-period content folder, once with data.csv and once with the same table as
# data.xlsx; medians of 5 runs each, interleaved, and their ratio (the target is at most 2).
#   Benchmarks/workbook-bench.sh [UNITS]      (default 1000; needs python3 with openpyxl)
set -euo pipefail
LC_NUMERIC=C
cd "$(dirname "${BASH_SOURCE[0]}")/.."
CHISO=${CHISO:-.build/release/chiso}
UNITS=${1:-1000}
RUNS=5
[[ -x $CHISO ]] || { echo "workbook-bench: $CHISO is missing: run \`swift build -c release --product chiso\` first" >&2; exit 2; }
python3 -c "import openpyxl" 2>/dev/null || pip install -q openpyxl
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 Benchmarks/generate.py --units "$UNITS" --periods 1 --out "$work/csv" >/dev/null
cp -r "$work/csv" "$work/xlsx"
python3 Benchmarks/csv-to-xlsx.py "$work/xlsx"
seconds() { /usr/bin/time -f %e -o "$work/time" "$CHISO" check --content "$1" >/dev/null 2>&1 || true; cat "$work/time"; }
csv=() xlsx=()
for _ in $(seq $RUNS); do
  csv+=("$(seconds "$work/csv")")
  xlsx+=("$(seconds "$work/xlsx")")
done
median() { printf '%s\n' "$@" | sort -g | sed -n "$(( ($# + 1) / 2 ))p"; }
c=$(median "${csv[@]}") x=$(median "${xlsx[@]}")
printf 'units=%d  csv check median %.3f s  xlsx check median %.3f s  ratio %.2f\n' "$UNITS" "$c" "$x" "$(echo "$x / $c" | bc -l)"
