#!/usr/bin/env bash
# Runs `territory lint` on every plan folder of a corpus that has integration-contracts/ and
# prints, per contract, what was read (provider, consumers, anchors, binding blocks) and what the
# reader noticed, then a summary. Plans are read from git, so each folder is committed into a
# throwaway repository under .context-kit/orchestration/<name>/.
#   scripts/contracts-corpus.sh [DIR]     DIR defaults to ../shared/corpus
# Exits non-zero when territory crashed or could not check (any exit code but 0 or 1).
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
dir=$(cd "${1:-$here/../shared/corpus}" && pwd)
(cd "$here" && swift build -c release --static-swift-stdlib --product territory >/dev/null 2>&1)
bin="$here/.build/release/territory"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failed=0
for folder in "$dir"/*/; do
    [ -d "$folder/integration-contracts" ] || continue
    name=$(basename "$folder")
    repo="$work/$name"
    mkdir -p "$repo/.context-kit/orchestration/$name"
    cp -R "$folder". "$repo/.context-kit/orchestration/$name/"
    git -C "$repo" init -q && git -C "$repo" add -A
    git -C "$repo" -c user.name=corpus -c user.email=corpus@example.invalid commit -qm "plan $name"
    plan=".context-kit/orchestration/$name/agent-assignments.md"
    [ -f "$repo/$plan" ] || plan=".context-kit/orchestration/$name/orchestration-plan.md"
    set +e
    "$bin" lint --format json -C "$repo" --plan "$plan" >"$work/$name.json" 2>"$work/$name.err"
    code=$?
    set -e
    if [ "$code" -gt 1 ]; then echo "$name: territory exited $code: $(head -1 "$work/$name.err")"; failed=1; fi
done
python3 - "$work" <<'PY'
import glob, json, os, sys
contracts = notes = 0
for path in sorted(glob.glob(os.path.join(sys.argv[1], "*.json"))):
    try:
        findings = json.load(open(path))["findings"]
    except Exception:
        continue
    for f in findings:
        if f["rule"] == "contract-declared":
            contracts += 1
            print(f"{f['path']}: {f['message']}")
        elif f["rule"].startswith("contract") and f["path"].endswith(".md"):
            notes += 1
            print(f"  {f['severity']} {f['rule']} line {(f.get('plan') or {}).get('line', '-')}: {f['message']}")
print(f"{contracts} contracts read, {notes} contract diagnostics")
PY
exit $failed
