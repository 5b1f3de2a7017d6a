#!/usr/bin/env bash
# The hostile-input corpus's cost: builds the benchmarks in Release and ingests each class of HostileCorpus (near the
# 5 MiB cap) through the real IngestService on the in-memory store, one process per class so each peak is its own.
# Prints per class: outcome, CPU seconds, peak working set above the idle one, memory still held after a full
# collection. Usage: scripts/benchmark-hostile.sh [CLASS...] (default: every class). TIMEOUT=SECONDS per class (60).
set -euo pipefail
cd "$(dirname "$0")/.."
project=tests/TimelineFunctions.Benchmarks
dotnet build "$project" -c Release -v quiet -nologo -clp:ErrorsOnly >&2
dll="$project/bin/Release/net10.0/TimelineFunctions.Benchmarks.dll"
classes=("$@")
[ ${#classes[@]} -gt 0 ] || mapfile -t classes < <(dotnet "$dll" hostile list)
for class in "${classes[@]}"; do
  timeout "${TIMEOUT:-60}" dotnet "$dll" hostile "$class" ${SIZE:+"$SIZE"} || echo "$class: no decision within ${TIMEOUT:-60} s (exit $?)"
done
