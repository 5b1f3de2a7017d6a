#!/usr/bin/env bash
# Measures extraction throughput (ArticleAnalyzer.Default.Analyze on one core): builds the benchmarks in Release and
# runs them with a short job (3 warm-ups, 3 iterations, pinned to one core), then prints the results table.
# Extra arguments go to BenchmarkDotNet, e.g. scripts/benchmark.sh --filter '*Analyze*'. Takes a few minutes.
set -euo pipefail
cd "$(dirname "$0")/.."
LOG_NAME=benchmark
source scripts/lib.sh

project=tests/TimelineFunctions.Benchmarks
artifacts=artifacts/benchmarks

log "building $project (Release)"
dotnet build "$project" -c Release -v quiet -nologo -clp:ErrorsOnly

log "running (results in $artifacts)"
rm -rf "$artifacts"
args=("$@")
[ ${#args[@]} -eq 0 ] && args=(--filter '*')
dotnet "$project/bin/Release/net10.0/TimelineFunctions.Benchmarks.dll" --artifacts "$artifacts" "${args[@]}"

echo
log "results"
for report in "$artifacts"/results/*-report-github.md; do
  [ -f "$report" ] && cat "$report"
done
