#!/bin/sh
# Reads every */integration-contracts/*.md under DIR (default /work/shared/corpus) with the
# contract reader and prints, per file, provider, consumers, anchors, blocks, bindings and
# extracted declarations, then a summary line. Usage: scripts/contracts-corpus.sh [DIR]
set -eu
cd "$(dirname "$0")/.."
TERRITORY_CONTRACTS_CORPUS="$(cd "${1:-/work/shared/corpus}" && pwd)" \
    swift test --filter ContractCorpus 2>&1 | grep -E '^contract|✘|error:' || true
