#!/usr/bin/env bash
# The whole test suite: installs what is missing, then unit and end-to-end tests (the end-to-end
# tests build real repositories in temporary folders and run the built binary).
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
"$here/scripts/bootstrap.sh"
cd "$here"
swift build --product territory
swift test "$@"
