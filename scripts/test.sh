#!/usr/bin/env bash
# The whole test suite: installs what is missing, then unit and end-to-end tests (the end-to-end
# tests build real repositories in temporary folders and run the built binary), then
# scripts/ecosystem.sh: the real pre-commit framework, lefthook, the CI files against their
# schemas, and `make install`.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
"$here/scripts/bootstrap.sh"
# Tools some tests need; those tests fail, never skip, without them. SarifReporterTests validate
# against the official SARIF schema with python's jsonschema (from PyPI), ClaudeCodeSetupTests the
# generated Claude Code files with jsonschema and PyYAML; ColorTests get a pseudo-terminal from
# `script` (bsdutils).
command -v python3 >/dev/null 2>&1 || "$here/scripts/bootstrap.sh" python3 python3-pip
if ! python3 -c 'import jsonschema, yaml' >/dev/null 2>&1; then
  python3 -m pip --version >/dev/null 2>&1 || "$here/scripts/bootstrap.sh" python3-pip
  echo "test: installing jsonschema and PyYAML from PyPI" >&2
  # A Debian python3 refuses a system-wide install (PEP 668); then install for this user only.
  python3 -m pip install --quiet jsonschema pyyaml \
    || python3 -m pip install --quiet --user --break-system-packages jsonschema pyyaml
fi
[ -x /usr/bin/script ] || "$here/scripts/bootstrap.sh" bsdutils
cd "$here"
swift build --product territory
swift test "$@"
bash "$here/scripts/ecosystem.sh"
