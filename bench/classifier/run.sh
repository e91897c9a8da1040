#!/usr/bin/env bash
# Classifier benchmark: Release build, then (1) the in-process measurements of `speed`, and (2) the classify command end
# to end over the same 10,000 emails under /usr/bin/time (wall, CPU user+sys, peak RSS of the process), both as built
# (JIT) and as published ReadyToRun (precompiled: less JIT at start-up and over the first thousands of emails).
# The machine may be shared: the load average is printed before each run, and CPU seconds are the figure to compare.
# A second figure, after the headline one: the same measurements over a real-inbox-like mix drawn from the same corpus
# (EVERYDAY_SHARE of the emails everyday mail, default 0.9; EVERYDAY_SHARE=0 skips it). The default mix stays the headline.
# Usage: bench/classifier/run.sh [DATA...]   (default: ../shared/data and training/, as the trainer reads them)
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
data=("$@")
[ ${#data[@]} -gt 0 ] || data=(../shared/data training)
[[ " ${data[*]} " != *" training "* || -d training/node_modules ]] || (cd training && npm ci --no-audit --no-fund >/dev/null)   # the SpamAssassin corpus
dotnet build bench/classifier -c Release -v quiet -nologo >/dev/null
r2r=bench/classifier/bin/r2r
dotnet publish bench/classifier -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o "$r2r" -v quiet -nologo >/dev/null
bench="dotnet bench/classifier/bin/Release/net10.0/classifier-bench.dll"
input=$(mktemp --suffix .jsonl)
trap 'rm -f "$input" "$input.out" "$input.one" "$input.mix"' EXIT
timed() { /usr/bin/time -f "wall %e s, CPU %U s user + %S s sys, peak RSS %M KB" "$@"; }
load() { echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"; }

echo "## machine"
echo "cores: $(nproc); cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs); memory: $(free -h | awk '/Mem:/{print $2}')"
echo
echo "## in process (speed)"
load
$bench speed --data "${data[@]}" --count 10000 --write-input "$input"
head -n 1 "$input" > "$input.one"
for build in "JIT:bench/classifier/bin/Release/net10.0" "ReadyToRun:$r2r"; do
  name=${build%%:*}; dir=${build#*:}
  echo
  echo "## classify command ($name), 1 email (start-up of the whole process)"
  load
  timed dotnet "$dir/classifier-bench.dll" classify --input "$input.one" --output /dev/null
  echo
  echo "## classify command ($name), 10,000 emails"
  load
  timed dotnet "$dir/classifier-bench.dll" classify --input "$input" --output "$input.out"
  echo "output lines: $(wc -l < "$input.out")"
done

share=${EVERYDAY_SHARE:-0.9}
if [ "$share" != "0" ]; then
  echo
  echo "## second figure: a real-inbox-like mix (--everyday-share $share, drawn from the same corpus), in process (speed)"
  load
  $bench speed --data "${data[@]}" --count 10000 --everyday-share "$share" --write-input "$input.mix"
  echo
  echo "## second figure: classify command (ReadyToRun), 10,000 emails of the mix"
  load
  timed dotnet "$r2r/classifier-bench.dll" classify --input "$input.mix" --output "$input.out"
  echo "output lines: $(wc -l < "$input.out")"
fi
