#!/usr/bin/env bash
# Runs `territory show --format json` and `territory lint --format json` on every plan folder of a
# corpus and prints, per plan, the agents found, their write and read entries, the diagnostics,
# lint's errors / warnings / notes (and, with VERBOSE=1, each lint error) and the time taken.
#
# `territory show` reads plans from git trees, never from the disk, so each plan folder is copied
# into a throwaway repository under .context-kit/orchestration/<name>/ and committed there.
#
#   scripts/corpus.sh [DIR]        DIR defaults to ../shared/corpus
#   VERBOSE=1 scripts/corpus.sh    also lists every agent with its entry counts
#
# Exits non-zero when a run crashed (any exit code but 0) or took over a second.
set -euo pipefail

here=$(cd "$(dirname "$0")/.." && pwd)
dir=${1:-../shared/corpus}
dir=$(cd "$dir" && pwd)

(cd "$here" && swift build -c release --static-swift-stdlib --product territory >/dev/null)
bin="$here/.build/release/territory"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

results="$work/results.tsv"
: >"$results"
for folder in "$dir"/*/; do
    name=$(basename "$folder")
    [ -f "$folder/agent-assignments.md" ] || [ -f "$folder/orchestration-plan.md" ] || continue
    repo="$work/repo-$name"
    plan_dir="$repo/.context-kit/orchestration/$name"
    mkdir -p "$plan_dir"
    cp -R "$folder". "$plan_dir/"
    git -C "$repo" init -q
    git -C "$repo" add -A
    git -C "$repo" -c user.name=corpus -c user.email=corpus@example.invalid commit -qm "plan $name"
    plan=".context-kit/orchestration/$name/agent-assignments.md"
    [ -f "$repo/$plan" ] || plan=".context-kit/orchestration/$name/orchestration-plan.md"
    start=$(date +%s%N)
    set +e
    "$bin" show --format json -C "$repo" --plan "$plan" >"$work/$name.json" 2>"$work/$name.err"
    code=$?
    "$bin" lint --format json -C "$repo" --plan "$plan" >"$work/$name.lint.json" 2>"$work/$name.lint.err"
    lint_code=$?
    [ "$lint_code" -le 1 ] || code="lint exit $lint_code"
    set -e
    end=$(date +%s%N)
    printf '%s\t%s\t%s\n' "$name" "$code" "$(( (end - start) / 1000000 ))" >>"$results"
done

VERBOSE=${VERBOSE:-0} python3 - "$work" "$results" <<'PY'
import json, os, sys

work, results = sys.argv[1], sys.argv[2]
verbose = os.environ.get("VERBOSE") == "1"
rows, crashed, no_agents, slow = [], 0, 0, 0
for line in open(results, encoding="utf-8"):
    name, code, ms = line.rstrip("\n").split("\t")
    code, ms = (int(code) if code.isdigit() else code), int(ms)
    agents = writes = reads = diags = 0
    lint = {"errors": 0, "warnings": 0, "notes": 0}
    lint_errors = []
    without_write = []
    detail = []
    if code != 0:
        crashed += 1
    else:
        try:
            plan = json.load(open(os.path.join(work, name + ".json"), encoding="utf-8"))["plan"]
            agents = len(plan["agents"])
            for agent in plan["agents"]:
                writes += len(agent["write"])
                reads += len(agent["read"])
                if not agent["write"] and not agent["shared"]:
                    without_write.append(agent["id"])
                detail.append(f"    {agent['id']}: {len(agent['write'])} write, {len(agent['read'])} read, waves {agent['waves']}")
            diags = len(plan["diagnostics"])
            report = json.load(open(os.path.join(work, name + ".lint.json"), encoding="utf-8"))
            lint = report["summary"]
            lint_errors = [f"    lint error {f['rule']}: {f['message']}" for f in report["findings"] if f["severity"] == "error"]
        except (OSError, ValueError, KeyError) as error:
            crashed += 1
            code = f"bad json: {error}"
    if agents == 0:
        no_agents += 1
    if ms > 1000:
        slow += 1
    rows.append((name, agents, writes, reads, diags, lint, ms, code, without_write, detail + lint_errors))

width = max([len(r[0]) for r in rows] + [6])
print(f"{'folder':<{width}}  agents  write   read  diags  lint E/W/N     ms  agents without write or shared entries")
for name, agents, writes, reads, diags, lint, ms, code, without_write, detail in rows:
    note = "" if code == 0 else f"  CRASHED ({code})"
    missing = ", ".join(without_write) if without_write else "-"
    counts = f"{lint['errors']}/{lint['warnings']}/{lint['notes']}"
    print(f"{name:<{width}}  {agents:6}  {writes:5}  {reads:5}  {diags:5}  {counts:>10}  {ms:5}  {missing}{note}")
    if verbose:
        print("\n".join(detail))
totals = {key: sum(r[5][key] for r in rows) for key in ("errors", "warnings", "notes")}
print(f"{len(rows)} plans, {crashed} crashed, {no_agents} without agents" + (f", {slow} over 1 s" if slow else "")
      + f"; lint: {totals['errors']} errors, {totals['warnings']} warnings, {totals['notes']} notes")
sys.exit(1 if crashed or slow else 0)
PY
