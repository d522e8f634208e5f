#!/usr/bin/env bash
# For every wire type: `gen T N SEED | check T` must accept every line and
# re-encode it byte for byte (serde's output is canonical), and
# `coverage T 50 SEED` must report every edge case reached.
# Usage: selfcheck.sh [N [SEED...]]   (defaults: 60, seeds 1 2 3)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
bin="$(bash "$here/build.sh")"
n="${1:-60}"
[ $# -gt 0 ] && shift
if [ $# -gt 0 ]; then seeds=("$@"); else seeds=(1 2 3); fi
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

fail=0
types=0
for t in $("$bin" types); do
  types=$((types + 1))
  for seed in "${seeds[@]}"; do
    "$bin" gen "$t" "$n" "$seed" > "$tmp/in"
    "$bin" check "$t" < "$tmp/in" > "$tmp/out"
    sed 's/^/accept /' "$tmp/in" > "$tmp/want"
    lines=$(wc -l < "$tmp/in")
    if [ "$lines" -ne "$n" ]; then
      echo "FAIL $t seed $seed: gen wrote $lines lines, expected $n"; fail=1
    fi
    if ! cmp -s "$tmp/want" "$tmp/out"; then
      echo "FAIL $t seed $seed: round trip differs:"
      diff "$tmp/want" "$tmp/out" | head -6 | cut -c1-300
      fail=1
    fi
    if ! "$bin" coverage "$t" 50 "$seed" > "$tmp/cov"; then
      echo "FAIL $t seed $seed: 50 values miss edge cases:"; head -5 "$tmp/cov"; fail=1
    fi
  done
done
if [ "$types" -ne 47 ]; then echo "FAIL: types lists $types names, expected 47"; fail=1; fi
if [ "$fail" -ne 0 ]; then echo "selfcheck: FAILED"; exit 1; fi
echo "selfcheck: ok ($types types x seeds ${seeds[*]}: $n values round-trip byte for byte; 50 values cover every edge case)"
