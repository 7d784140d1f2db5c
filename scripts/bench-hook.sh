#!/usr/bin/env bash
# Benchmark: the pre-commit hook with 5 staged files on the 100k-file repository, against
# `git diff --cached --name-only` in the same run (hyperfine).
#   scripts/bench-hook.sh        (make bench-hook)
# Reuses the repository scripts/bench.sh generates (BENCH_DIR), in a shared clone checked out on
# an agent branch.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
"$here/scripts/bootstrap.sh" hyperfine python3
cd "$here"
work="${BENCH_DIR:-${TMPDIR:-/tmp}/territory-bench}"
[ -f "$work/repo100k/.git/bench-expected.json" ] || RUNS=1 bash "$here/scripts/bench.sh" >/dev/null
swift build -c release --static-swift-stdlib --product territory >/dev/null 2>&1
bin="$(swift build -c release --show-bin-path)/territory"
clone="$work/hook-clone"
rm -rf "$clone"
git clone -q --shared "$work/repo100k" "$clone"
git -C "$clone" checkout -q -b agent/agent0 origin/agent/agent0
for f in $(git -C "$clone" ls-files packages/pkg000/src | head -5); do echo "staged change" >> "$clone/$f"; done
git -C "$clone" add -A
echo "bench: $(git -C "$clone" diff --cached --name-only | wc -l) staged files, $(git -C "$clone" ls-files | wc -l) files in the index"
cd "$clone"
hyperfine -N --warmup 3 --runs "${RUNS:-20}" --export-json "$work/hook.json" \
  "$bin hook pre-commit" "git diff --cached --name-only" >"$work/hook-hyperfine.txt"
python3 - "$work/hook.json" <<'PY'
import json, statistics, sys
territory, git = json.load(open(sys.argv[1]))["results"]
t, g = (statistics.median(r["times"]) * 1000 for r in (territory, git))
print(f"territory hook pre-commit, 5 staged: median {t:6.1f} ms  (goal < 50 ms)")
print(f"git diff --cached --name-only:       median {g:6.1f} ms")
print(f"ratio territory / git:               {t / g:.2f}x  (goal <= 2x)")
PY
