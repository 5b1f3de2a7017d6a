#!/usr/bin/env bash
# Whole stories through the real app: starts an in-memory Azurite, the built function app under the Functions host
# and the notifier (the Event Grid stand-in) on free ports, as scripts/run.sh does; uploads a Timeline17 folder into
# one story with the CLI in batches (to 50, 100, 200 and 300 articles), and after each batch measures the ingest
# rate and the latency of the timeline (first page, full), the summary, the story page and the story list, cold
# (first read after a change) and warm, plus the host's and the worker's peak memory. Then it restarts the host and
# times the first /api/stories and the first timeline page. Prints a table (scripts/benchmark_story_scale.py).
#
#   scripts/benchmark-story-scale.sh [T17_FOLDER]     default ../shared/eval/t17/haiti_bbc (296 articles)
#   environment: STEPS (default "50 100 200 300"), WARM (warm reads per figure, default 20), CONFIGURATION
#   (default Release, which it builds first)
#
# The articles are read from ../shared and never copied into the repository.
set -euo pipefail
cd "$(dirname "$0")/.."
LOG_NAME=benchmark-story-scale
source scripts/lib.sh

folder=${1:-../shared/eval/t17/haiti_bbc}
[ -d "$folder/articles" ] || die "no Timeline17 folder at $folder (expected $folder/articles)"
host=$(functions_host) || die "no Functions host found (Core Tools' func, or ../shared/tools/functions-host)"
# Measured as Azure runs it: the Release build (scripts/publish.sh publishes Release); CONFIGURATION=Debug measures
# the build scripts/run.sh runs.
configuration=${CONFIGURATION:-Release}
log "building the app and the CLI ($configuration)"
for project in src/TimelineFunctions.Functions src/TimelineFunctions.Cli; do
  dotnet build "$project" -c "$configuration" -v quiet -nologo -clp:ErrorsOnly >/dev/null || die "the $configuration build of $project failed"
done
app_dir=src/TimelineFunctions.Functions/bin/$configuration/net10.0
cli=src/TimelineFunctions.Cli/bin/$configuration/net10.0/timeline.dll
[ -f node_modules/azurite/dist/src/azurite.js ] || npm ci --no-audit --no-fund >/dev/null

work=$(mktemp -d "${TMPDIR:-/tmp}/story-scale.XXXXXX")
read -r blob_port queue_port table_port app_port < <(free_ports 4 | paste -sd' ')
connection=$(azurite_connection_string "$blob_port" "$queue_port" "$table_port")
# The app refuses to start without a paging-token key; one for this run (tokens must survive the host restart).
export Api__PagingTokenKey=${Api__PagingTokenKey:-$(python3 -c 'import secrets; print(secrets.token_hex(32))')}
pids=()
host_pid=
cleanup() {
  local all=("${pids[@]}")
  [ -n "$host_pid" ] && all+=("$host_pid" $(pgrep -P "$host_pid" || true))
  [ ${#all[@]} -eq 0 ] || stop_processes "${all[@]}"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

start_host() {
  if [ "$host" = func ]; then
    (cd src/TimelineFunctions.Functions && AzureWebJobsStorage=$connection ArticlesStorage=$connection \
      exec func start --port "$app_port" --no-build --script-root "bin/$configuration/net10.0") >>"$work/host.log" 2>&1 &
  else
    HOST_STATE_DIR=$work/host ArticlesStorage=$connection "$host" "$app_dir" "$app_port" "$connection" >>"$work/host.log" 2>&1 &
  fi
  host_pid=$!
  wait_for_port "$app_port" 60 || die "the host did not start; its log is $work/host.log"
  for _ in $(seq 300); do
    curl -sf -o /dev/null "http://127.0.0.1:$app_port/api/openapi.json" && return 0
    sleep 0.2
  done
  die "the app does not answer; its log is $work/host.log"
}

log "Azurite (in memory) on $blob_port/$queue_port/$table_port; work folder $work"
node node_modules/azurite/dist/src/azurite.js --inMemoryPersistence --skipApiVersionCheck --loose \
  --blobPort "$blob_port" --queuePort "$queue_port" --tablePort "$table_port" >"$work/azurite.log" 2>&1 &
pids+=($!)
for port in "$blob_port" "$queue_port" "$table_port"; do wait_for_port "$port" 60; done

log "the app under the Functions host ($host) on port $app_port"
start_host
dotnet "$cli" notify --api "http://127.0.0.1:$app_port" --host-secrets "$work/host/secrets" --connection "$connection" \
  --interval 0.5 >"$work/notifier.log" 2>&1 &
pids+=($!)

bench=(python3 scripts/benchmark_story_scale.py --api "http://127.0.0.1:$app_port" --connection "$connection"
  --cli "$cli" --folder "$folder" --work "$work" --warm "${WARM:-20}")
"${bench[@]}" --steps "${STEPS:-50 100 200 300}" --host-pid "$host_pid"

log "restarting the host: the first /api/stories and timeline page after a start"
stop_processes "$host_pid" $(pgrep -P "$host_pid" || true)
host_pid=
start_host
"${bench[@]}" --after-restart --host-pid "$host_pid"
