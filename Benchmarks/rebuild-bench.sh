#!/usr/bin/env bash
# Times what the office does between two periods, at province scale (1,000 units): a full build,
# then into the same output a rebuild with nothing changed, a rebuild after editing the latest
# period's notes.md, and a rebuild after adding one period. Three rounds, interleaved; prints
# the median wall time of each and its ratio to the full build's median.
#   Benchmarks/rebuild-bench.sh [--units N] [--periods N]     (default: 1000 units, 36 periods)
set -euo pipefail
LC_NUMERIC=C

cd "$(dirname "${BASH_SOURCE[0]}")/.."
CHISO=${CHISO:-.build/release/chiso}
TEMPLATES=${TEMPLATES:-site-templates}
BENCH=${BENCH_DIR:-.build/bench}
RUNS=3
units=1000
periods=36
while [[ $# -gt 0 ]]; do
  case $1 in
    --units) units=$2; shift 2 ;;
    --periods) periods=$2; shift 2 ;;
    *) echo "usage: Benchmarks/rebuild-bench.sh [--units N] [--periods N]" >&2; exit 2 ;;
  esac
done
[[ -x $CHISO ]] || { echo "rebuild-bench: $CHISO is missing: run \`swift build -c release --product chiso\` first" >&2; exit 2; }

# The content: `periods` + 1 periods generated together, the last one set aside, so adding it
# back is the next month of the same data (carried over = the month before's pending).
content=$BENCH/rebuild-$units-$periods
spare=$BENCH/rebuild-$units-$periods.next
stamp="--units $units --periods $((periods + 1)) --seed 1 $(sha256sum Benchmarks/generate.py | cut -d' ' -f1)"
if [[ ! -f $content/site.toml || $(cat "$content.stamp" 2>/dev/null) != "$stamp" ]]; then
  echo "== generating $content"
  rm -rf "$content" "$spare"
  mkdir -p "$BENCH"
  python3 Benchmarks/generate.py --units "$units" --periods "$((periods + 1))" --seed 1 --out "$content" > /dev/null
  next=$(ls "$content/periods" | sort | tail -n 1)
  mkdir -p "$spare"
  mv "$content/periods/$next" "$spare/$next"
  echo "$stamp" > "$content.stamp"
fi
next=$(ls "$spare")
latest=$(ls "$content/periods" | sort | tail -n 1)
notes=$content/periods/$latest/notes.md

work=$(mktemp -d)
restore() { rm -rf "$content/periods/$next" "$notes"; }
trap 'restore; rm -rf "$work"' EXIT
restore

median() { LC_ALL=C sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
# seconds of wall time of the build into $1, with its summary line
timed() {
  local start end
  start=$(date +%s.%N)
  "$CHISO" build --content "$content" --templates "$TEMPLATES" --output "$1" > "$work/out" 2>&1 || { cat "$work/out" >&2; exit 1; }
  end=$(date +%s.%N)
  awk -v s="$start" -v e="$end" 'BEGIN { printf "%.3f\n", e - s }'
}

declare -A times
steps=(full unchanged notes period)
for ((r = 1; r <= RUNS; r++)); do
  out=$work/$r/public
  mkdir -p "$work/$r"
  t=$(timed "$out"); times[full]+="$t "; line="full $t s"
  t=$(timed "$out"); times[unchanged]+="$t "; line+=", unchanged $t s"
  printf '\nNhận xét thêm của lần đo %d.\n' "$r" >> "$notes"
  t=$(timed "$out"); times[notes]+="$t "; line+=", notes.md $t s ($(tail -n 1 "$work/out" | cut -d' ' -f1-3))"
  cp -r "$spare/$next" "$content/periods/$next"
  t=$(timed "$out"); times[period]+="$t "; line+=", new period $t s ($(tail -n 1 "$work/out" | cut -d' ' -f1-3))"
  echo "round $r/$RUNS: $line"
  restore
done

full=$(tr ' ' '\n' <<< "${times[full]}" | grep . | median)
echo
printf '%-28s %9s %9s\n' step "median s" "of full"
for s in "${steps[@]}"; do
  m=$(tr ' ' '\n' <<< "${times[$s]}" | grep . | median)
  printf '%-28s %9.3f %8.0f%%\n' "$s" "$m" "$(awk -v m="$m" -v f="$full" 'BEGIN { print 100 * m / f }')"
done
echo "($units units × $periods periods; rebuilds into the same output; medians of $RUNS interleaved rounds)"
