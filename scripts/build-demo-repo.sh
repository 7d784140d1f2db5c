#!/usr/bin/env bash
# Builds the demo repository from Fixtures/demo: main holds tree/ and the plan, and every branch
# of branches.txt forks from main with its changes in one commit.
#   scripts/build-demo-repo.sh OUT
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
fixture="$here/Fixtures/demo"
out="${1:?usage: build-demo-repo.sh OUT}"
plan=".context-kit/orchestration/demo/agent-assignments.md"

rm -rf "$out"
mkdir -p "$out"
cp -R "$fixture/tree/." "$out/"
mkdir -p "$out/$(dirname "$plan")"
cp "$fixture/agent-assignments.md" "$out/$plan"

export GIT_AUTHOR_NAME=Demo GIT_AUTHOR_EMAIL=demo@example.com GIT_COMMITTER_NAME=Demo GIT_COMMITTER_EMAIL=demo@example.com
export GIT_AUTHOR_DATE="2026-01-01T00:00:00Z" GIT_COMMITTER_DATE="2026-01-01T00:00:00Z"
git() { command git -C "$out" -c init.defaultBranch=main -c commit.gpgsign=false "$@"; }
git init -q
git add -A
git commit -qm "Demo app and its orchestration plan"

current=""
finish() { [ -n "$current" ] && git add -A && git commit -qm "$current: work" && git checkout -q main; current=""; }
while IFS= read -r line || [ -n "$line" ]; do
  case "$line" in ''|'#'*) continue ;; esac
  read -r branch op path text <<<"$line"
  if [ "$branch" != "$current" ]; then
    finish
    git checkout -q -b "$branch" main
    current="$branch"
  fi
  case "$op" in
    write) mkdir -p "$out/$(dirname "$path")"; printf '%b' "$text" > "$out/$path" ;;
    delete) git rm -q "$path" ;;
    plan) printf '%b' "$text" >> "$out/$plan" ;;
    *) echo "build-demo-repo: unknown operation '$op' in: $line" >&2; exit 2 ;;
  esac
done < "$fixture/branches.txt"
finish
echo "$out"
