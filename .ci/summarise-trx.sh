#!/usr/bin/env bash
# Sums the counters of every TRX file under a folder and prints "N passed, N failed".
set -euo pipefail
dir="${1:?usage: summarise-trx.sh RESULTS_DIR}"
passed=0 failed=0 skipped=0
shopt -s nullglob globstar
for trx in "$dir"/**/*.trx; do
  counters="$(grep -o '<Counters [^>]*>' "$trx" | head -1)"
  value() { sed -n "s/.* $1=\"\([0-9]*\)\".*/\1/p" <<<"$counters"; }
  total=$(value total); executed=$(value executed); p=$(value passed); f=$(value failed); e=$(value error)
  passed=$((passed + ${p:-0}))
  failed=$((failed + ${f:-0} + ${e:-0}))
  skipped=$((skipped + ${total:-0} - ${executed:-0}))
done
echo "$passed passed, $failed failed, $skipped skipped"
