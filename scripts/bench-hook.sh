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
# Two clones prepared the same way — checked out on agent0's branch, one commit in the plan's
# folder, a valid cache-tree (as after any commit), then 5 staged edits — except that the commit
# adds integration-contracts/ (a frozen path, an append-only folder, a binding signature anchored
# to a staged file) in one and a plain note in the other.
prepare() {
  local dir="$1" with_contract="$2"
  rm -rf "$dir"
  git clone -q --shared "$work/repo100k" "$dir"
  git -C "$dir" checkout -q -b agent/agent0 origin/agent/agent0
  local folder="$dir/.context-kit/orchestration/bench"
  local anchor
  anchor=$(git -C "$dir" ls-files 'packages/pkg000/src/*.py' | awk 'NR==1')
  if [ "$with_contract" = 1 ]; then
    mkdir -p "$folder/integration-contracts"
    cat > "$folder/integration-contracts/bench.md" <<MD
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
  else
    echo "# Notes" > "$folder/notes.md"
  fi
  git -C "$dir" add -A
  git -C "$dir" -c user.name=b -c user.email=b@example.invalid commit -qm "bench setup"
  git -C "$dir" write-tree >/dev/null
  for f in $(git -C "$dir" ls-files packages/pkg000/src | awk 'NR<=5'); do echo "staged change" >> "$dir/$f"; done
  git -C "$dir" add -A
}
clone="$work/hook-clone"
contracted="$work/hook-clone-contracts"
prepare "$clone" 0
prepare "$contracted" 1
echo "bench: $(git -C "$clone" diff --cached --name-only | wc -l) staged files, $(git -C "$clone" ls-files | wc -l) files in the index"
hyperfine -N --warmup 5 --runs "${RUNS:-30}" --export-json "$work/hook.json" \
  "$bin hook pre-commit -C $clone" "git -C $clone diff --cached --name-only" \
  "$bin hook pre-commit -C $contracted" >"$work/hook-hyperfine.txt"

python3 - "$work/hook.json" <<'PY'
import json, statistics, sys
territory, git, contracts = json.load(open(sys.argv[1]))["results"]
t, g, c = (statistics.median(r["times"]) * 1000 for r in (territory, git, contracts))
print(f"territory hook pre-commit, 5 staged: median {t:6.1f} ms  (goal < 50 ms)")
print(f"git diff --cached --name-only:       median {g:6.1f} ms")
print(f"ratio territory / git:               {t / g:.2f}x  (goal <= 2x)")
print(f"the same hook with contracts:        median {c:6.1f} ms  (+{(c / t - 1) * 100:.0f}%, goal <= 20%)")
PY
