#!/usr/bin/env bash
# Installs what building territory needs on Debian/Ubuntu when it is missing: libgit2's headers
# and pkg-config (SwiftPM asks pkg-config where libgit2 is). Does nothing when both are there.
set -euo pipefail
missing=()
dpkg -s libgit2-dev >/dev/null 2>&1 || missing+=(libgit2-dev)
command -v pkg-config >/dev/null 2>&1 || missing+=(pkg-config)
command -v git >/dev/null 2>&1 || missing+=(git)
for extra in "$@"; do
  dpkg -s "$extra" >/dev/null 2>&1 || type -P "$extra" >/dev/null 2>&1 || missing+=("$extra")
done
[ ${#missing[@]} -eq 0 ] && exit 0
echo "bootstrap: installing ${missing[*]}" >&2
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq "${missing[@]}" >/dev/null
