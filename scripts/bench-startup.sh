#!/usr/bin/env bash
# What `make build` ships, measured: the release binary's size stripped and not, and the start-up
# of `territory --version` against `git --version` (hyperfine), the floor of every hook. Wall
# time moves with the machine's load; the CPU time (user + system) much less.
#   scripts/bench-startup.sh
# Builds the release binary both ways (only the link differs), and leaves the stripped one.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
"$here/scripts/bootstrap.sh" hyperfine python3
cd "$here"
work="${BENCH_DIR:-${TMPDIR:-/tmp}/territory-bench}"
mkdir -p "$work"
swift build -c release --static-swift-stdlib --product territory >/dev/null
cp .build/release/territory "$work/territory-unstripped"
make -s build >/dev/null
cp .build/release/territory "$work/territory"
size() { stat -c %s "$1" | awk '{ printf "%.1f MB", $1 / 1048576 }'; }
echo "release binary (--static-swift-stdlib): $(size "$work/territory-unstripped") unstripped, $(size "$work/territory") stripped"
echo "shared libraries it needs: $(ldd "$work/territory" | awk '{print $1}' | grep -v -e vdso -e ld-linux | tr '\n' ' ')"
hyperfine -N --warmup 20 --runs "${RUNS:-300}" --export-json "$work/startup.json" \
  "$work/territory --version" "$work/territory-unstripped --version" "git --version" >"$work/startup-hyperfine.txt"
python3 - "$work/startup.json" <<'PY'
import json, statistics, sys
for result in json.load(open(sys.argv[1]))["results"]:
    times = [t * 1000 for t in result["times"]]
    cpu = (result["user"] + result["system"]) * 1000
    print(f"{result['command'].split('/')[-1]:<36} median {statistics.median(times):5.1f} ms  min {min(times):5.1f} ms  "
          f"cpu (user+system, mean) {cpu:5.1f} ms")
PY
echo "load average while measuring: $(cut -d' ' -f1-3 /proc/loadavg)"
