#!/usr/bin/env bash
# Benchmark: the plan reader and lint at sizes where anything quadratic shows.
#   scripts/bench-reader.sh
# Builds a release binary, generates two plans in a temporary git repository and times:
#   territory show --plan P   on a plan of AGENTS agents (default 100,000), each a heading, a
#                             territory label and two write entries   (goal: under 2 s)
#   territory lint --plan P   on plans of LINT_ENTRIES write entries (default 2000 and 10000;
#                             four per agent, four waves, a tracked file for most entries)
#                             (goal: 10,000 entries under 2 s)
# Set AGENTS / LINT_ENTRIES (space-separated sizes) to change the sizes, KEEP=1 to keep the
# repository (its path is printed), BIN to time another binary.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
"$here/scripts/bootstrap.sh" python3
cd "$here"
if [ -z "${BIN:-}" ]; then
  swift build -c release --product territory >/dev/null
  BIN="$(swift build -c release --show-bin-path)/territory"
fi
agents="${AGENTS:-100000}"
sizes="${LINT_ENTRIES:-2000 10000}"
work="$(mktemp -d "${TMPDIR:-/tmp}/territory-bench-reader.XXXXXX")"
[ -n "${KEEP:-}" ] || trap 'rm -rf "$work"' EXIT

python3 - "$work" "$agents" $sizes <<'PY'
import os, sys
work, agents, sizes = sys.argv[1], int(sys.argv[2]), [int(s) for s in sys.argv[3:]]

def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w") as f:
        f.write(text)

# show: one heading and two write entries per agent.
lines = ["# Generated plan", ""]
for i in range(agents):
    lines += [f"## Agent {i}: gen-{i}-agent", f"**Wave:** {i % 4 + 1}", "**Territory:**",
              f"- `src/a{i}/`", f"- `tests/a{i}/**/*.py`", ""]
write(f"{work}/repo/plans/show/agent-assignments.md", "\n".join(lines))

# lint: four write entries per agent (a folder, a deep glob, a file, a name glob).
for size in sizes:
    lines = ["# Generated plan", ""]
    for i in range(size // 4):
        lines += [f"## Agent {i}: lint-{i}-agent", f"**Wave:** {i % 4 + 1}", "**Territory:**",
                  f"- `src/m{i}/`", f"- `lib/m{i}/**/*.ts`", f"- `docs/m{i}.md`", f"- `tests/m{i}/test_*.py`", ""]
    write(f"{work}/repo/plans/lint{size}/agent-assignments.md", "\n".join(lines))
# Tracked files for the lint plans: most entries match one, a few folders nobody owns.
biggest = max(sizes) if sizes else 0
for i in range(biggest // 4):
    write(f"{work}/repo/src/m{i}/main.py", "x\n")
    write(f"{work}/repo/docs/m{i}.md", "x\n")
    if i % 2 == 0:
        write(f"{work}/repo/lib/m{i}/deep/x.ts", "x\n")
for i in range(50):
    write(f"{work}/repo/scripts/s{i}.sh", "x\n")
PY

repo="$work/repo"
git -C "$repo" init -q
git -C "$repo" add -A
git -C "$repo" -c user.name=bench -c user.email=bench@territory.invalid commit -q -m plans
echo "bench-reader: $(git -C "$repo" ls-files | wc -l | tr -d ' ') tracked files in $repo"

# Wall time, CPU time (user + system: what the run cost, whatever else the machine was doing)
# and peak memory of one command; its output goes to a file, its exit status is kept.
measure() { # label, then the command
  local label="$1"; shift
  local out="$work/out.txt" start end status=0
  start=$(date +%s.%N)
  /usr/bin/time -f "%M %U %S" -o "$work/time.txt" "$@" >"$out" 2>&1 || status=$?
  end=$(date +%s.%N)
  python3 - "$label" "$start" "$end" "$(tail -1 "$work/time.txt")" "$status" <<'PY'
import sys
label, start, end, status = sys.argv[1], float(sys.argv[2]), float(sys.argv[3]), sys.argv[5]
mem, user, system = sys.argv[4].split()
cpu = float(user) + float(system)
print(f"{label:<28} wall {end - start:7.2f} s   cpu {cpu:7.2f} s   peak {int(mem) / 1024:6.1f} MB   exit {status}")
PY
}

measure "show: $agents agents" "$BIN" show -C "$repo" --plan plans/show/agent-assignments.md
head -1 "$work/out.txt"
for size in $sizes; do
  measure "lint: $size entries" "$BIN" lint -C "$repo" --plan "plans/lint$size/agent-assignments.md"
  tail -1 "$work/out.txt"
done
