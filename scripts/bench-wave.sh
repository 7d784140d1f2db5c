#!/usr/bin/env bash
# Benchmark: `territory check --wave 1` against git's own CLI doing the same work, in one run.
#   scripts/bench-wave.sh
# On the 100k-file repository of scripts/bench.sh (../shared/tools/mkrepo.py: 8 agents of ~500
# changes each, generated once into BENCH_DIR), times with hyperfine:
#   territory check --wave 1 (plan, territory rules, overlaps, pairwise + sequential merges, staleness)
#   git: 8 x `git diff --name-only main...agent/X`, then `git merge-tree --write-tree` for every
#        pair that shares a path (run in a scratch mirror: merge-tree writes objects)
# twice: on the generated wave, and on a copy whose branches get extra overlapping and
# conflicting commits (content, modify/delete, clean overlaps), made with git plumbing.
# Peak memory of each side comes from /usr/bin/time -v.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
"$here/scripts/bootstrap.sh" hyperfine python3 time
cd "$here"
swift build -c release --static-swift-stdlib --product territory >/dev/null
bin="$(swift build -c release --show-bin-path)/territory"
work="${BENCH_DIR:-${TMPDIR:-/tmp}/territory-bench}"
repo="$("$here/scripts/bench-repo.sh")"

# git's side of the work, as a script: the diffs, the pairs that share a path, their merges.
cat >"$work/git-wave.sh" <<'SH'
#!/usr/bin/env bash
set -eu
repo="$1"; tmp="$(mktemp -d)"; trap 'rm -rf "$tmp"' EXIT
branches=$(git -C "$repo" for-each-ref --format='%(refname:short)' refs/heads/agent/)
for b in $branches; do git -C "$repo" diff --name-only "main...$b" | sort >"$tmp/${b//\//_}"; done
set -- $branches
while [ $# -gt 1 ]; do
  a="$1"; shift
  for b in "$@"; do
    if [ -n "$(comm -12 "$tmp/${a//\//_}" "$tmp/${b//\//_}" | head -1)" ]; then
      git -C "$repo" merge-tree --write-tree --name-only "$a" "$b" >/dev/null || true
    fi
  done
done
SH

# The overlapping variant: three agents' branches get a commit touching the same 20 files.
overlap="$work/repo100k-overlap"
if [ ! -f "$overlap/.git/bench-wave-overlap" ]; then
  rm -rf "$overlap"
  git clone -q --no-local "$repo" "$overlap"
  git -C "$overlap" for-each-ref --format='%(refname:short)' refs/remotes/origin/agent/ | while read -r r; do
    git -C "$overlap" branch -q -f "${r#origin/}" "$r"
  done
  mapfile -t shared < <(git -C "$overlap" ls-tree -r --name-only main -- packages | head -20)
  edit() { # branch tag mode(first|last|delete)
    local branch="$1" tag="$2" mode="$3" idx="$overlap/.git/bench-index"
    GIT_INDEX_FILE="$idx" git -C "$overlap" read-tree "$branch"
    for f in "${shared[@]}"; do
      if [ "$mode" = delete ]; then GIT_INDEX_FILE="$idx" git -C "$overlap" update-index --force-remove "$f"; continue; fi
      content=$(git -C "$overlap" show "main:$f")
      if [ "$mode" = first ]; then new="$tag${content#?}"; else new="$content
$tag"; fi
      blob=$(printf '%s\n' "$new" | git -C "$overlap" hash-object -w --stdin)
      GIT_INDEX_FILE="$idx" git -C "$overlap" update-index --cacheinfo "100644,$blob,$f"
    done
    tree=$(GIT_INDEX_FILE="$idx" git -C "$overlap" write-tree)
    commit=$(git -C "$overlap" commit-tree "$tree" -p "$branch" -m "$tag overlap")
    git -C "$overlap" update-ref "refs/heads/$branch" "$commit"; rm -f "$idx"
  }
  agents=($(git -C "$overlap" for-each-ref --format='%(refname:short)' refs/heads/agent/))
  edit "${agents[1]}" A first; edit "${agents[2]}" B first; edit "${agents[3]}" C delete; edit "${agents[4]}" D last
  git -C "$overlap" repack -adq
  touch "$overlap/.git/bench-wave-overlap"
fi

for variant in repo100k repo100k-overlap; do
  target="$work/$variant"; scratch="$work/$variant-scratch.git"
  rm -rf "$scratch"; git clone -q --mirror "$target" "$scratch"
  echo "== $variant: $(git -C "$target" ls-tree -r --name-only main | wc -l) files, $(git -C "$target" for-each-ref refs/heads/agent/ | wc -l) agent branches"
  hyperfine -N -i --warmup 1 --runs "${RUNS:-5}" --export-json "$work/wave-$variant.json" \
    "$bin check -C $target --base main --wave 1" "bash $work/git-wave.sh $scratch" >"$work/wave-$variant.txt"
  t_mem=$(/usr/bin/time -v "$bin" check -C "$target" --base main --wave 1 2>&1 >/dev/null | awk '/Maximum resident/ {print $6}' || true)
  g_mem=$(/usr/bin/time -v bash "$work/git-wave.sh" "$scratch" 2>&1 >/dev/null | awk '/Maximum resident/ {print $6}' || true)
  "$bin" check -C "$target" --base main --wave 1 >"$work/wave-$variant-report.txt" 2>&1 || true
  grep '^note: wave' "$work/wave-$variant-report.txt" || true
  python3 - "$work/wave-$variant.json" "$t_mem" "$g_mem" <<'PY'
import json, statistics, sys
r = json.load(open(sys.argv[1]))["results"]
t, g = (statistics.median(x["times"]) * 1000 for x in r)
print(f"territory check --wave 1: median {t:8.1f} ms, peak {int(sys.argv[2]) / 1024:6.1f} MB")
print(f"git diff x8 + merge-tree: median {g:8.1f} ms, peak {int(sys.argv[3]) / 1024:6.1f} MB (largest process)")
print(f"ratio territory / git:    {t / g:.2f}x  (goal <= 2x)")
PY
done
