#!/usr/bin/env bash
# territory with the tools people already run, for real: the pre-commit framework (try-repo,
# installed commit, merge and push hooks, `run --all-files`, `run --from-ref/--to-ref`),
# lefthook, the GitHub Action and workflows and the GitLab job against their published schemas,
# GitLab Code Quality output against GitLab's format, and `make install`.
#   scripts/ecosystem.sh        (scripts/test.sh runs it after `swift test`)
# Uses the freshly built .build/debug/territory (building it when missing); installs
# pre-commit, check-jsonschema and lefthook from PyPI when they are missing. Every check
# prints ok or FAIL; the script exits 1 when one failed.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
cd "$here"

"$here/scripts/bootstrap.sh" make file
python3 -m pip --version >/dev/null 2>&1 || "$here/scripts/bootstrap.sh" python3-pip
export PATH="$HOME/.local/bin:$PATH"   # where `pip install --user` puts commands
install_from_pypi() {
  echo "ecosystem: installing $1 from PyPI" >&2
  python3 -m pip install --quiet "$1" 2>/dev/null \
    || python3 -m pip install --quiet --user --break-system-packages "$1"
}
for tool in pre-commit check-jsonschema lefthook; do
  command -v "$tool" >/dev/null 2>&1 || install_from_pypi "$tool"
done
[ -x .build/debug/territory ] || swift build --product territory
export PATH="$here/.build/debug:$PATH"

work="$(mktemp -d)"
if [ -n "${KEEP:-}" ]; then echo "ecosystem: keeping $work (KEEP is set)" >&2; else trap 'rm -rf "$work"' EXIT; fi
# Repositories the same on every machine: a fixed identity, no user or system git config, and
# pre-commit's cache kept apart.
export GIT_AUTHOR_NAME=eco GIT_AUTHOR_EMAIL=eco@example.invalid GIT_COMMITTER_NAME=eco GIT_COMMITTER_EMAIL=eco@example.invalid
export GIT_CONFIG_GLOBAL=/dev/null GIT_CONFIG_NOSYSTEM=1 PRE_COMMIT_HOME="$work/pre-commit-home" NO_COLOR=1
unset TERRITORY_AGENT TERRITORY GIT_DIR GIT_INDEX_FILE GIT_WORK_TREE PRE_COMMIT

failures=0
# check "what" EXPECTED(pass|fail) [PATTERN] -- command...: runs the command and compares its
# outcome (exit 0 or not) and, when given, a pattern its output must hold.
check() {
  local what="$1" expected="$2" pattern="${3:-}"
  shift 3
  [ "${1:-}" = "--" ] && shift
  local status=0
  "$@" >"$work/output" 2>&1 || status=$?
  local outcome=pass
  [ "$status" -eq 0 ] || outcome=fail
  if [ "$outcome" = "$expected" ] && { [ -z "$pattern" ] || grep -q -- "$pattern" "$work/output"; }; then
    echo "ok    $what"
  else
    echo "FAIL  $what (exit $status, expected to $expected${pattern:+ with \"$pattern\"})"
    sed 's/^/      | /' "$work/output" | tail -25
    failures=$((failures + 1))
  fi
}

plan='# Agent Assignments: feature

## Agent 1: api-agent
**Wave**: 1

### Territory
- `src/api/**`

## Agent 2: ui-agent
**Wave**: 1

### Territory
- `src/ui/`

## Agent 3: docs-agent
**Wave**: 1

### Territory
- `docs/**`
'

# A repository whose main holds the plan, a file per territory and FILES (tool configuration),
# with agent/docs-agent crossing into ui-agent's src/ui/App.tsx and agent/ui-agent staying home.
scenario() {
  local repo="$1"
  shift
  git init -q -b main "$repo"
  mkdir -p "$repo/.context-kit/orchestration/feature" "$repo/src/api" "$repo/src/ui" "$repo/docs"
  printf '%s' "$plan" > "$repo/.context-kit/orchestration/feature/agent-assignments.md"
  echo api > "$repo/src/api/routes.py"; echo app > "$repo/src/ui/App.tsx"; echo guide > "$repo/docs/guide.md"
  for file in "$@"; do cp "$file" "$repo/"; done
  git -C "$repo" add -A && git -C "$repo" commit -q -m base
  git -C "$repo" checkout -q -b agent/docs-agent && echo "docs was here" > "$repo/src/ui/App.tsx"
  git -C "$repo" commit -q -am "docs: crosses into ui" && git -C "$repo" checkout -q main
  git -C "$repo" checkout -q -b agent/ui-agent && echo button > "$repo/src/ui/Button.tsx"
  git -C "$repo" add -A && git -C "$repo" commit -q -m "ui: a button" && git -C "$repo" checkout -q main
}

echo "== published schemas"
check "GitHub workflows (Hooks/ci) are valid workflows" pass "" -- \
  check-jsonschema --builtin-schema vendor.github-workflows Hooks/ci/github-actions.yml Hooks/ci/github-action.yml
check "GitHub workflows set timeout-minutes" pass "" -- \
  check-jsonschema --builtin-schema custom.github-workflows-require-timeout Hooks/ci/github-actions.yml Hooks/ci/github-action.yml
check "action.yml is a valid action" pass "" -- check-jsonschema --builtin-schema vendor.github-actions action.yml
check "the GitLab job is valid GitLab CI" pass "" -- \
  check-jsonschema --builtin-schema vendor.gitlab-ci --data-transform gitlab-ci Hooks/ci/gitlab-ci.yml
check "docs/schema/*.json are valid JSON Schemas" pass "" -- check-jsonschema --check-metaschema docs/schema/*.json
check "the pre-commit manifest is valid" pass "" -- pre-commit validate-manifest .pre-commit-hooks.yaml
check "workflows pass refs through env, never \${{ }} inside run:" pass "" -- \
  python3 - action.yml Hooks/ci/github-actions.yml Hooks/ci/github-action.yml <<'PY'
import re, sys, yaml
bad = []
for path in sys.argv[1:]:
    document = yaml.safe_load(open(path))
    steps = document.get("runs", {}).get("steps", []) + [s for job in document.get("jobs", {}).values() for s in job.get("steps", [])]
    bad += [f"{path}: {step.get('name', step.get('uses'))}" for step in steps if "${{" in str(step.get("run", ""))]
print("\n".join(bad)); sys.exit(1 if bad else 0)
PY

echo "== the pre-commit framework ($(pre-commit --version))"
repo="$work/pre-commit"
cat > "$work/.pre-commit-config.yaml" <<YAML
repos:
  - repo: $here
    rev: $(git -C "$here" rev-parse HEAD)
    hooks:
      - id: territory
      - id: territory-pre-merge-commit
      - id: territory-pre-push
YAML
scenario "$repo" "$work/.pre-commit-config.yaml"
cd "$repo"
git checkout -q agent/docs-agent
check "try-repo: a crossing branch fails run --all-files" fail "outside-territory" -- pre-commit try-repo "$here" territory --all-files
git checkout -q agent/ui-agent
check "try-repo: a clean branch passes" pass "Passed" -- pre-commit try-repo "$here" territory --all-files
check "pre-commit install for commit, merge and push" pass "" -- \
  pre-commit install --hook-type pre-commit --hook-type pre-merge-commit --hook-type pre-push
echo "ui-agent in the docs" >> docs/guide.md && git add docs/guide.md
check "a crossing commit is blocked" fail "outside-territory" -- git commit -q -m "ui: edits the guide"
git reset -q --hard
echo "a bigger button" > src/ui/Button.tsx && git add src/ui/Button.tsx
check "a clean commit passes" pass "" -- git commit -q -m "ui: a bigger button"
check "run --all-files on a clean branch passes" pass "" -- pre-commit run --all-files
git checkout -q agent/docs-agent
check "run --all-files on a crossing branch fails" fail "src/ui/App.tsx" -- pre-commit run --all-files
check "run --from-ref main --to-ref HEAD fails on the crossing" fail "outside-territory" -- pre-commit run --from-ref main --to-ref HEAD
check "run --from-ref main --to-ref agent/ui-agent passes" pass "" -- pre-commit run --from-ref main --to-ref agent/ui-agent
git init -q --bare "$work/remote.git" && git remote add origin "$work/remote.git"
check "pushing main passes" pass "" -- git push -q origin main
check "pushing a clean branch passes" pass "" -- git push -q origin agent/ui-agent
check "a crossing push is blocked (PRE_COMMIT_* refs)" fail "src/ui/App.tsx" -- git push -q origin agent/docs-agent
check "  and the remote did not get it" fail "" -- git --git-dir="$work/remote.git" rev-parse --verify -q agent/docs-agent
git checkout -q main
check "a crossing merge is blocked" fail "outside-territory" -- git merge -q --no-ff -m "merge docs" agent/docs-agent
git merge --abort 2>/dev/null || true
check "a clean merge passes" pass "" -- git merge -q --no-ff -m "merge ui" agent/ui-agent
check "GitLab Code Quality output matches GitLab's format" pass "" -- \
  sh -c "territory check --format codeclimate > '$work/codequality.json'; check-jsonschema --schemafile '$here/docs/schema/gitlab-codequality.schema.json' '$work/codequality.json'"
check "gate in a GitLab merge request pipeline (CI_MERGE_REQUEST_DIFF_BASE_SHA)" fail "outside-territory" -- \
  env CI_MERGE_REQUEST_DIFF_BASE_SHA="$(git rev-parse main~1)" CI_MERGE_REQUEST_SOURCE_BRANCH_NAME=agent/docs-agent \
  territory gate --head agent/docs-agent
cd "$here"

echo "== lefthook ($(lefthook version))"
repo="$work/lefthook"
cp Hooks/lefthook.yml "$work/lefthook.yml"
scenario "$repo" "$work/lefthook.yml"
cd "$repo"
check "Hooks/lefthook.yml is a valid configuration" pass "" -- lefthook validate
check "lefthook install" pass "" -- lefthook install
git checkout -q agent/ui-agent
echo "ui-agent in the docs" >> docs/guide.md && git add docs/guide.md
check "a crossing commit is blocked" fail "outside-territory" -- git commit -q -m "ui: edits the guide"
git reset -q --hard
git init -q --bare "$work/lefthook-remote.git" && git remote add origin "$work/lefthook-remote.git"
check "pushing main and a clean branch passes" pass "" -- git push -q origin main agent/ui-agent
check "a crossing push is blocked (use_stdin)" fail "src/ui/App.tsx" -- git push -q origin agent/docs-agent
cd "$here"

echo "== make install"
prefix="$work/prefix"
check "make install PREFIX=…" pass "" -- make install PREFIX="$prefix"
check "the installed binary runs" pass "$(sed -n 's/.*static let version = "\(.*\)".*/\1/p' Sources/territory/Territory.swift)" -- "$prefix/bin/territory" --version
check "the installed binary is stripped" pass "stripped" -- sh -c "file -L '$prefix/bin/territory' | grep -v 'not stripped'"
check "the man page is generated from the argument parser" pass "swift-argument-parser" -- head -1 "$prefix/share/man/man1/territory.1"
check "the bash completion loads" pass "territory" -- bash -c "source '$prefix/share/bash-completion/completions/territory' && complete -p territory"
for file in share/zsh/site-functions/_territory share/fish/vendor_completions.d/territory.fish; do
  check "$file is installed" pass "territory" -- cat "$prefix/$file"
done
check "make uninstall removes it all" pass "" -- sh -c "make -s uninstall PREFIX='$prefix' && [ -z \"\$(find '$prefix' -type f)\" ]"

echo
if [ "$failures" -gt 0 ]; then echo "ecosystem: $failures check(s) failed"; exit 1; fi
echo "ecosystem: every check passed"
