#!/usr/bin/env bash
# Times what the office does between two periods, at province scale (1,000 units): a full build,
# then into the same output a rebuild with nothing changed, a rebuild after editing the latest
# period's notes.md, and a rebuild after adding one period. Three rounds, interleaved; prints
# the median wall time of each and its ratio to the full build's median, then the same for the
# user CPU time, which the file system's state does not move (its system time it does).
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
if [[ ! -x /usr/bin/time ]]; then
  echo "rebuild-bench: /usr/bin/time is missing, installing the 'time' package…" >&2
  SUDO=""; [[ $(id -u) == 0 ]] || SUDO=sudo
  $SUDO apt-get update -qq && $SUDO apt-get install -y -qq time >/dev/null
fi
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
# "<wall s> <user s>" of the build into $1 (user: CPU time in chiso itself, of all cores, to 10 ms),
# with its summary line in $work/out
timed() {
  local start end
  start=$(date +%s.%N)
  /usr/bin/time -f "%U" -o "$work/time" "$CHISO" build --content "$content" --templates "$TEMPLATES" --output "$1" > "$work/out" 2>&1 ||
    { cat "$work/out" >&2; exit 1; }
  end=$(date +%s.%N)
  awk -v s="$start" -v e="$end" '{ printf "%.3f %.2f\n", e - s, $1 }' "$work/time"
}

declare -A times users
steps=(full unchanged notes period)
# times the build into $1 as step $2, appending to its wall and user lists; prints the wall time
step() {
  local t
  t=$(timed "$1")
  times[$2]+="${t% *} "
  users[$2]+="${t#* } "
  echo "${t% *}"
}
for ((r = 1; r <= RUNS; r++)); do
  out=$work/$r/public
  mkdir -p "$work/$r"
  step "$out" full > "$work/t"; line="full $(cat "$work/t") s"
  step "$out" unchanged > "$work/t"; line+=", unchanged $(cat "$work/t") s"
  printf '\nNhận xét thêm của lần đo %d.\n' "$r" >> "$notes"
  step "$out" notes > "$work/t"; line+=", notes.md $(cat "$work/t") s ($(tail -n 1 "$work/out" | cut -d' ' -f1-3))"
  cp -r "$spare/$next" "$content/periods/$next"
  step "$out" period > "$work/t"; line+=", new period $(cat "$work/t") s ($(tail -n 1 "$work/out" | cut -d' ' -f1-3))"
  echo "round $r/$RUNS: $line"
  restore
done

full=$(tr ' ' '\n' <<< "${times[full]}" | grep . | median)
full_user=$(tr ' ' '\n' <<< "${users[full]}" | grep . | median)
echo
printf '%-28s %9s %9s %9s %9s\n' step "median s" "of full" "user s" "of full"
for s in "${steps[@]}"; do
  m=$(tr ' ' '\n' <<< "${times[$s]}" | grep . | median)
  c=$(tr ' ' '\n' <<< "${users[$s]}" | grep . | median)
  printf '%-28s %9.3f %8.0f%% %9.3f %8.0f%%\n' "$s" "$m" "$(awk -v m="$m" -v f="$full" 'BEGIN { print 100 * m / f }')" \
    "$c" "$(awk -v m="$c" -v f="$full_user" 'BEGIN { print 100 * m / f }')"
done
echo "($units units × $periods periods; rebuilds into the same output; medians of $RUNS interleaved rounds;"
echo " wall time, then user CPU time of all cores)"
