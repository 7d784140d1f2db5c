#!/usr/bin/env bash
# The demo: installs what is missing, builds territory, builds a real repository from
# Fixtures/demo (a plan with four agents and their branches), and checks every agent branch.
# Exits with territory's status: 1, because the demo holds a crossing, an unowned file and a plan edit.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
"$here/scripts/bootstrap.sh"
cd "$here"
swift build -c release --static-swift-stdlib --product territory 2>&1 | grep -vE '^\[|^Building|^Compiling|^Write|^Linking|^Planning|mktemp' || true
bin="$(swift build -c release --show-bin-path)/territory"
repo="${DEMO_REPO:-${TMPDIR:-/tmp}/territory-demo}"
"$here/scripts/build-demo-repo.sh" "$repo" >/dev/null
echo "demo repository: $repo (branches: $(git -C "$repo" branch --format='%(refname:short)' | tr '\n' ' '))"
echo "\$ territory check    # in $repo"
echo
set +e
(cd "$repo" && "$bin" check "$@")
status=$?
echo
echo "territory exited $status (0 clean, 1 blocking findings, 2 could not check)"
exit $status
