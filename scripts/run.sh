#!/usr/bin/env bash
# The main job, on a fresh machine: sets everything up, starts Azurite and the handler (local mode: its own blob
# trigger polls the container), uploads the sample story, waits until every article is processed and prints the
# timeline URL. Then it keeps serving until Ctrl+C (or exits at once with --exit). Storage persists in .data/, so
# running it again changes nothing: the same articles are recognised and not ingested twice.
#
#   scripts/run.sh [--exit]        environment: PORT (handler, default 7071)
set -euo pipefail
cd "$(dirname "$0")/.."
LOG_NAME=run
source scripts/lib.sh

exit_after_upload=false
[ "${1:-}" = "--exit" ] && exit_after_upload=true

bash scripts/setup.sh

mkdir -p .data/azurite
read -r blob_port queue_port table_port < <(free_ports 3 | paste -sd' ')
port=${PORT:-7071}
connection=$(azurite_connection_string "$blob_port" "$queue_port" "$table_port")

pids=()
cleanup() { [ ${#pids[@]} -eq 0 ] || stop_processes "${pids[@]}"; }
trap cleanup EXIT
trap 'exit 130' INT TERM

log "starting Azurite (blob $blob_port, queue $queue_port, table $table_port; data in .data/azurite)"
node node_modules/azurite/dist/src/azurite.js --location .data/azurite --skipApiVersionCheck --loose \
  --blobPort "$blob_port" --queuePort "$queue_port" --tablePort "$table_port" >.data/azurite.log 2>&1 &
pids+=($!)
wait_for_port "$blob_port" && wait_for_port "$table_port"

log "starting the handler on port $port with the local blob trigger (log: .data/handler.log)"
Storage__ConnectionString=$connection LocalTrigger__Enabled=true \
  dotnet src/TimelineFunctions.Handler/bin/Debug/net10.0/TimelineFunctions.Handler.dll --port "$port" >.data/handler.log 2>&1 &
pids+=($!)
wait_for_port "$port" 60

story=velmont-ford-derailment
log "uploading the sample story '$story'"
dotnet src/TimelineFunctions.Cli/bin/Debug/net10.0/timeline.dll upload "samples/articles/$story" --story "$story" --connection "$connection" --wait \
  --api "http://127.0.0.1:$port"

url="http://127.0.0.1:$port/api/stories/$story/timeline"
log "the timeline is ready (JSON, then the page to open in a browser):"
echo "$url"
echo "http://127.0.0.1:$port/api/view/stories/$story"

if $exit_after_upload; then
  exit 0
fi
log "serving until Ctrl+C (API: http://127.0.0.1:$port/api/stories)"
wait "${pids[1]}"
