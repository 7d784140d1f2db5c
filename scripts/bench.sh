#!/usr/bin/env bash
# Benchmark: territory against git's own CLI on the same 100k-file repository, in one run.
#   scripts/bench.sh            (make bench)
# Builds a release binary, generates the repository once (../shared/tools/mkrepo.py: 100,000
# files, 8 agent branches of ~500 changes each), then times with hyperfine:
#   territory check over the 8 agent branches (plan reading, matching and all)
#   git diff --name-only main...agent/agentN, once per branch (8 processes)
# and prints the ratio; then runs scripts/bench-wave.sh (the wave check against git's diffs and
# merge-trees, generated and overlapping wave). Set BENCH_DIR to keep the repository elsewhere,
# MKREPO to another generator, RUNS for the branch check's run count (default 20), WAVE_RUNS for
# the wave check's (default 10).
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
"$here/scripts/bootstrap.sh" hyperfine python3
cd "$here"
swift build -c release --static-swift-stdlib --product territory >/dev/null
bin="$(swift build -c release --show-bin-path)/territory"
work="${BENCH_DIR:-${TMPDIR:-/tmp}/territory-bench}"
repo="$("$here/scripts/bench-repo.sh")"
branches=$(git -C "$repo" for-each-ref --format='%(refname:short)' refs/heads/agent/ | tr '\n' ' ')
files=$(git -C "$repo" ls-tree -r --name-only main | wc -l)
echo "bench: $files files, branches: $branches"

git_cmds=()
for b in $branches; do git_cmds+=("git -C $repo diff --name-only main...$b"); done
hyperfine -N -i --warmup 3 --runs "${RUNS:-20}" --export-json "$work/check.json" \
  "$bin check -C $repo --base main $branches" "${git_cmds[@]}" >"$work/hyperfine.txt"

python3 - "$work/check.json" <<'PY'
import json, statistics, sys
results = json.load(open(sys.argv[1]))["results"]
territory, gits = results[0], results[1:]
t = statistics.median(territory["times"]) * 1000
g = sum(statistics.median(r["times"]) for r in gits) * 1000
print(f"territory check, 8 branches:        median {t:7.1f} ms")
print(f"git diff --name-only x{len(gits)} (summed): median {g:7.1f} ms")
print(f"ratio territory / git:              {t / g:.2f}x  (goal <= 2x)")
PY

# The wave check on the same repository (scripts/bench-wave.sh prints its own figures).
echo
RUNS="${WAVE_RUNS:-10}" "$here/scripts/bench-wave.sh"
