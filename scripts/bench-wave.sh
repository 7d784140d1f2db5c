#!/usr/bin/env bash
# Benchmark: `territory check --wave 1` against the git commands that answer the same question,
# in one hyperfine run per wave.
#   scripts/bench-wave.sh        (make bench runs it after scripts/bench.sh's branch check)
# On the 100k-file repository of scripts/bench.sh (../shared/tools/mkrepo.py: 8 agents of ~500
# changes each, generated once into BENCH_DIR), times:
#   territory check --wave 1 (plan, territory rules, overlaps, pairwise + sequential merges, staleness)
#   git: a script of git commands only: 8 x `git diff --name-only main...agent/X`, then
#        `git merge-tree --write-tree --name-only` for every pair that shares a path (in a scratch
#        mirror: merge-tree writes objects). Which pairs share a path is worked out before the
#        timing, so the timed script runs git and nothing else (bash's own start, ~1 ms, is in it).
# twice: on the generated wave, and on a copy whose branches get extra overlapping and
# conflicting commits (content, modify/delete, clean overlaps), made with git plumbing.
# Median wall time of RUNS runs (default 10) after 2 warm-ups, and mean CPU time (user + system,
# which moves less when other work shares the machine); peak memory from /usr/bin/time -v.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
"$here/scripts/bootstrap.sh" hyperfine python3 time
cd "$here"
swift build -c release --static-swift-stdlib --product territory >/dev/null
bin="$(swift build -c release --show-bin-path)/territory"
work="${BENCH_DIR:-${TMPDIR:-/tmp}/territory-bench}"
repo="$("$here/scripts/bench-repo.sh")"
runs="${RUNS:-10}"

# git's side: the git commands of a wave check and nothing else. Arguments: the repository to
# read the changes from, the scratch mirror the timed commands run in, the script to write.
git_script() {
  local source="$1" scratch="$2" out="$3" tmp
  tmp="$(mktemp -d)"
  local branches
  branches=$(git -C "$source" for-each-ref --format='%(refname:short)' refs/heads/agent/)
  {
    echo '#!/usr/bin/env bash'
    for b in $branches; do
      git -C "$source" diff --name-only "main...$b" | sort >"$tmp/${b//\//_}"
      echo "git -C $scratch diff --name-only main...$b >/dev/null"
    done
    set -- $branches
    while [ $# -gt 1 ]; do
      local a="$1"; shift
      for b in "$@"; do
        if [ -n "$(comm -12 "$tmp/${a//\//_}" "$tmp/${b//\//_}" | head -1)" ]; then
          echo "git -C $scratch merge-tree --write-tree --name-only $a $b >/dev/null || true"
        fi
      done
    done
  } >"$out"
  rm -rf "$tmp"
}

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

cpu=$(awk -F': ' '/^model name/ {print $2; exit}' /proc/cpuinfo 2>/dev/null || true)
echo "bench-wave: $(nproc) cores (${cpu:-unknown CPU}), $(git --version), load average at start:$(cut -d' ' -f1-3 /proc/loadavg | sed 's/^/ /')"
for variant in repo100k repo100k-overlap; do
  target="$work/$variant"; scratch="$work/$variant-scratch.git"
  rm -rf "$scratch"; git clone -q --mirror "$target" "$scratch"
  git_script "$target" "$scratch" "$work/git-wave-$variant.sh"
  diffs=$(grep -c ' diff ' "$work/git-wave-$variant.sh"); merges=$(grep -c ' merge-tree ' "$work/git-wave-$variant.sh" || true)
  echo "== $variant: $(git -C "$target" ls-tree -r --name-only main | wc -l) files, $(git -C "$target" for-each-ref refs/heads/agent/ | wc -l) agent branches"
  hyperfine -N -i --warmup 2 --runs "$runs" --export-json "$work/wave-$variant.json" \
    "$bin check -C $target --base main --wave 1" "bash $work/git-wave-$variant.sh" >"$work/wave-$variant.txt" 2>&1
  t_mem=$(/usr/bin/time -v "$bin" check -C "$target" --base main --wave 1 2>&1 >/dev/null | awk '/Maximum resident/ {print $6}' || true)
  g_mem=$(/usr/bin/time -v bash "$work/git-wave-$variant.sh" 2>&1 >/dev/null | awk '/Maximum resident/ {print $6}' || true)
  "$bin" check -C "$target" --base main --wave 1 >"$work/wave-$variant-report.txt" 2>&1 || true
  grep '^note: wave' "$work/wave-$variant-report.txt" || true
  python3 - "$work/wave-$variant.json" "$t_mem" "$g_mem" "$runs" "$diffs" "$merges" <<'PY'
import json, statistics, sys
r = json.load(open(sys.argv[1]))["results"]
runs, diffs, merges = sys.argv[4], sys.argv[5], sys.argv[6]
wall = [statistics.median(x["times"]) * 1000 for x in r]
cpu = [(x["user"] + x["system"]) * 1000 for x in r]  # hyperfine keeps only the mean here
(t, g), (tc, gc) = wall, cpu
print(f"territory check --wave 1:            median {t:6.1f} ms wall, mean {tc:6.1f} ms CPU, peak {int(sys.argv[2]) / 1024:5.1f} MB")
print(f"git: {diffs} diffs + {merges} merge-tree (script): median {g:6.1f} ms wall, mean {gc:6.1f} ms CPU, peak {int(sys.argv[3]) / 1024:5.1f} MB (largest process)")
print(f"ratio territory / git ({runs} runs):     {t / g:.2f}x wall, {tc / gc:.2f}x CPU  (goal <= 1.2x)")
PY
done
echo "bench-wave: load average at end:$(cut -d' ' -f1-3 /proc/loadavg | sed 's/^/ /')"
