#!/usr/bin/env bash
# Classifier benchmark: Release build, then (1) the in-process measurements of `speed`, and (2) the classify
# command end to end over the same 10,000 emails under /usr/bin/time, for wall time and peak RSS of the process.
# Usage: bench/classifier/run.sh [DATA...]   (default: ../shared/data and training/, as the trainer reads them)
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
data=("$@")
[ ${#data[@]} -gt 0 ] || data=(../shared/data training)
dotnet build bench/classifier -c Release -v quiet -nologo >/dev/null
bench="dotnet bench/classifier/bin/Release/net10.0/classifier-bench.dll"
input=$(mktemp --suffix .jsonl)
trap 'rm -f "$input" "$input.out" "$input.one"' EXIT

echo "## machine"
echo "cores: $(nproc); cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs); memory: $(free -h | awk '/Mem:/{print $2}')"
echo
echo "## in process (speed)"
$bench speed --data "${data[@]}" --count 10000 --write-input "$input"
echo
echo "## classify command, 1 email (start-up of the whole process)"
head -n 1 "$input" > "$input.one"
/usr/bin/time -f "wall %e s, peak RSS %M KB" $bench classify --input "$input.one" --output /dev/null
echo
echo "## classify command, 10,000 emails"
/usr/bin/time -f "wall %e s, peak RSS %M KB" $bench classify --input "$input" --output "$input.out"
echo "output lines: $(wc -l < "$input.out")"
