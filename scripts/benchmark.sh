#!/usr/bin/env bash
# Measures extraction throughput (ArticleAnalyzer.Default.Analyze on one core) and the per-article ingest cost
# against Azurite as a story grows (IngestCostBenchmarks): builds the benchmarks in Release, starts an in-memory
# Azurite on free ports for the ingest benchmarks (TIMELINE_BENCH_STORAGE), runs them, then prints the results
# tables. Extra arguments go to BenchmarkDotNet, e.g. scripts/benchmark.sh --filter '*Analyze*' or
# --filter '*IngestCost*'. Takes a while (the 10,000-event stories are seeded once per benchmark).
# Whole Timeline17 stories through the running app (Functions host, notifier, CLI uploads): scripts/benchmark-story-scale.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
LOG_NAME=benchmark
source scripts/lib.sh

project=tests/TimelineFunctions.Benchmarks
artifacts=artifacts/benchmarks

log "building $project (Release)"
dotnet build "$project" -c Release -v quiet -nologo -clp:ErrorsOnly

[ -f node_modules/azurite/dist/src/azurite.js ] || npm ci --no-audit --no-fund >/dev/null
mapfile -t ports < <(free_ports 3)
node node_modules/azurite/dist/src/azurite.js --inMemoryPersistence --skipApiVersionCheck --loose \
  --blobPort "${ports[0]}" --queuePort "${ports[1]}" --tablePort "${ports[2]}" >/dev/null 2>&1 &
azurite_pid=$!
trap 'stop_processes "$azurite_pid"' EXIT
for port in "${ports[@]}"; do wait_for_port "$port" 60; done
TIMELINE_BENCH_STORAGE=$(azurite_connection_string "${ports[0]}" "${ports[1]}" "${ports[2]}")
export TIMELINE_BENCH_STORAGE

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
