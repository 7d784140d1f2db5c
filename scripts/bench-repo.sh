#!/usr/bin/env bash
# Makes sure the benchmarks' 100k-file repository exists (generated once with
# ../shared/tools/mkrepo.py: 8 agents, ~500 changes each, 3 planted crossings each) and prints
# its path. BENCH_DIR says where to keep it, MKREPO names another generator.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
work="${BENCH_DIR:-${TMPDIR:-/tmp}/territory-bench}"
repo="$work/repo100k"
mkrepo="${MKREPO:-$here/../shared/tools/mkrepo.py}"
mkdir -p "$work"
if [ ! -f "$repo/.git/bench-expected.json" ]; then
  [ -f "$mkrepo" ] || { echo "bench: no repository generator at $mkrepo; set MKREPO" >&2; exit 2; }
  echo "bench: generating a 100k-file repository in $repo (once)" >&2
  rm -rf "$repo"
  python3 "$mkrepo" "$repo" --files 100000 --agents 8 --changes 500 --violations 3 >&2
  git -C "$repo" repack -adq
fi
echo "$repo"
