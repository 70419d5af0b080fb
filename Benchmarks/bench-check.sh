#!/usr/bin/env bash
# Times `chiso check` on synthetic content at one or more scales.
#   Benchmarks/bench-check.sh [district|province|national ...]   (default: all three)
# Generates into .build/bench/<scale> (reused while the generator and its arguments are
# unchanged), runs `.build/release/chiso check --content …` three times under /usr/bin/time -v
# and prints one row per scale: medians of wall and CPU time, max peak RSS, µs per unit-period.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
CHISO=${CHISO:-.build/release/chiso}     # overridable for testing the script
BENCH=${BENCH_DIR:-.build/bench}
GEN=Benchmarks/generate.py
RUNS=3
SEED=1

if [[ ! -x $CHISO ]]; then
  echo "bench-check: $CHISO is missing: run \`swift build -c release\` first" >&2
  exit 2
fi

if [[ ! -x /usr/bin/time ]]; then
  echo "bench-check: /usr/bin/time is missing, installing the 'time' package…" >&2
  SUDO=""; [[ $(id -u) == 0 ]] || SUDO=sudo
  $SUDO apt-get update -qq && $SUDO apt-get install -y -qq time >/dev/null
fi

scales=("$@")
[[ ${#scales[@]} -gt 0 ]] || scales=(district province national)
for s in "${scales[@]}"; do
  case $s in district|province|national) ;;
    *) echo "bench-check: unknown scale '$s' (district, province or national)" >&2; exit 2 ;;
  esac
done

# median of the numbers on stdin
median() { sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

# wall clock "h:mm:ss.ss" or "m:ss.ss" → seconds
to_seconds() { awk -F: '{ s = 0; for (i = 1; i <= NF; i++) s = s * 60 + $i; printf "%.3f\n", s }'; }

mkdir -p "$BENCH"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

gen_hash=$(sha256sum "$GEN" | cut -d' ' -f1)
rows=()
for s in "${scales[@]}"; do
  dir=$BENCH/$s
  stamp=$BENCH/$s.stamp
  want="--scale $s --seed $SEED sha256=$gen_hash"
  if [[ -f $dir/site.toml && -f $stamp && $(cat "$stamp") == "$want" ]]; then
    echo "== $s: reusing $dir"
  else
    echo "== $s: generating $dir"
    rm -rf "$dir" "$stamp"
    python3 "$GEN" --scale "$s" --seed "$SEED" --out "$dir"
    printf '%s\n' "$want" > "$stamp"
  fi
  units=$(($(wc -l < "$dir/units.csv") - 1))
  periods=$(find "$dir/periods" -mindepth 1 -maxdepth 1 -type d | wc -l)

  : > "$work/wall"; : > "$work/cpu"; : > "$work/rss"
  for ((r = 1; r <= RUNS; r++)); do
    rc=0
    /usr/bin/time -v -o "$work/time" "$CHISO" check --content "$dir" > "$work/out" 2>&1 || rc=$?
    if [[ $rc -ne 0 && $rc -ne 1 ]]; then
      echo "bench-check: chiso check failed on $s with exit code $rc:" >&2
      head -n 20 "$work/out" >&2
      exit 1
    fi
    if [[ $rc -eq 1 && $r -eq 1 ]]; then
      echo "warning: chiso check reported errors on $s (exit 1); first lines:"
      head -n 5 "$work/out" | sed 's/^/    /'
    fi
    grep -F 'Elapsed (wall clock) time' "$work/time" | awk '{ print $NF }' | to_seconds >> "$work/wall"
    awk -F': ' '/User time \(seconds\)/ { u = $2 } /System time \(seconds\)/ { s = $2 } END { printf "%.3f\n", u + s }' \
      "$work/time" >> "$work/cpu"
    awk -F': ' '/Maximum resident set size/ { print $2 }' "$work/time" >> "$work/rss"
  done
  wall=$(median < "$work/wall")
  cpu=$(median < "$work/cpu")
  rss_mb=$(sort -g "$work/rss" | tail -n 1 | awk '{ printf "%.1f", $1 / 1024 }')
  us=$(awk -v w="$wall" -v n="$((units * periods))" 'BEGIN { printf "%.2f", w * 1e6 / n }')
  rows+=("$(printf '%-9s %7d %8d %10.3f %10.3f %12s %14s' "$s" "$units" "$periods" "$wall" "$cpu" "$rss_mb" "$us")")
done

echo
printf '%-9s %7s %8s %10s %10s %12s %14s\n' scale units periods "wall s" "cpu s" "peak RSS MB" "µs/unit-period"
printf '%s\n' "${rows[@]}"
echo "(median of $RUNS runs of \`chiso check\`; peak RSS is the maximum over the runs)"
