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
"$here/scripts/bench-repo.sh" >/dev/null
swift build -c release --static-swift-stdlib --product territory >/dev/null 2>&1
bin="$(swift build -c release --show-bin-path)/territory"
clone="$work/hook-clone"
rm -rf "$clone"
git clone -q --shared "$work/repo100k" "$clone"
git -C "$clone" checkout -q -b agent/agent0 origin/agent/agent0
# A fully valid cache-tree, as after a commit, in both clones: the state a pre-commit hook meets.
git -C "$clone" write-tree >/dev/null
for f in $(git -C "$clone" ls-files packages/pkg000/src | head -5); do echo "staged change" >> "$clone/$f"; done
git -C "$clone" add -A
echo "bench: $(git -C "$clone" diff --cached --name-only | wc -l) staged files, $(git -C "$clone" ls-files | wc -l) files in the index"
cd "$clone"
hyperfine -N --warmup 3 --runs "${RUNS:-20}" --export-json "$work/hook.json" \
  "$bin hook pre-commit" "git diff --cached --name-only" >"$work/hook-hyperfine.txt"
# The same hook with contracts: the plan gains integration-contracts/ (a frozen path, an
# append-only file and a binding signature anchored to a staged file), committed on the branch.
contracted="$work/hook-clone-contracts"
rm -rf "$contracted"
git clone -q --shared "$clone" "$contracted"
git -C "$contracted" checkout -q agent/agent0
mkdir -p "$contracted/.context-kit/orchestration/bench/integration-contracts"
anchor=$(git -C "$contracted" ls-files 'packages/pkg000/src/*.py' | head -1)
cat > "$contracted/.context-kit/orchestration/bench/integration-contracts/bench.md" <<MD
# Bench contract
**Provider**: agent0
**Consumers**: agent1
**Version**: 1

\`\`\`territory
frozen: [packages/pkg001/src/d00/]
append-only: [packages/pkg000/docs/]
\`\`\`

**File:** \`$anchor\`
\`\`\`python require
def handler(request, context): ...
\`\`\`
MD
git -C "$contracted" add -A
git -C "$contracted" -c user.name=b -c user.email=b@example.invalid commit -qm "bench contract"
git -C "$contracted" write-tree >/dev/null
for f in $(git -C "$contracted" ls-files packages/pkg000/src | head -5); do echo "staged change" >> "$contracted/$f"; done
git -C "$contracted" add -A
cd "$contracted"
hyperfine -N --warmup 3 --runs "${RUNS:-20}" --export-json "$work/hook-contracts.json" \
  "$bin hook pre-commit" >"$work/hook-contracts-hyperfine.txt"

python3 - "$work/hook.json" "$work/hook-contracts.json" <<'PY'
import json, statistics, sys
territory, git = json.load(open(sys.argv[1]))["results"]
(contracts,) = json.load(open(sys.argv[2]))["results"]
t, g, c = (statistics.median(r["times"]) * 1000 for r in (territory, git, contracts))
print(f"territory hook pre-commit, 5 staged: median {t:6.1f} ms  (goal < 50 ms)")
print(f"git diff --cached --name-only:       median {g:6.1f} ms")
print(f"ratio territory / git:               {t / g:.2f}x  (goal <= 2x)")
print(f"the same hook with contracts:        median {c:6.1f} ms  (+{(c / t - 1) * 100:.0f}%, goal <= 20%)")
PY
