#!/usr/bin/env bash
# The main job, on a fresh machine: sets everything up, starts Azurite and the function app under the Functions
# host (with a notifier that stands in for Event Grid), uploads the sample story, waits until every article is
# ingested and prints the timeline URL. Then it keeps serving until Ctrl+C (or exits at once with --exit).
# Storage persists in .data/azurite, so running it again changes nothing: the same articles are recognised and
# not ingested twice. While it runs, .data/local-run.json tells the CLI where storage and the API are.
#
#   scripts/run.sh [--exit]        environment: PORT (the app, default 7071); FUNCTIONS_HOST (a host folder)
set -euo pipefail
cd "$(dirname "$0")/.."
LOG_NAME=run
source scripts/lib.sh

exit_after_upload=false
[ "${1:-}" = "--exit" ] && exit_after_upload=true
port=${PORT:-7071}
story=velmont-ford-derailment

mkdir -p .data
exec 9>.data/run.lock
flock -n 9 || die "another scripts/run.sh is already running from this folder (it holds .data/run.lock); stop it first"
port_in_use "$port" && die "port $port is already in use by another program; stop it or choose another port: PORT=8080 scripts/run.sh"
host=$(functions_host) || die "no Functions host found: install Azure Functions Core Tools (func), or put the host built from source in ../shared/tools/functions-host"

log "step 1/5: set-up (npm packages, NuGet restore, build; about 3 minutes the first time, seconds after)"
bash scripts/setup.sh

# Azurite on its standard ports (what Storage Explorer and `UseDevelopmentStorage=true` expect) when they are free.
if ! port_in_use 10000 && ! port_in_use 10001 && ! port_in_use 10002; then
  blob_port=10000 queue_port=10001 table_port=10002
else
  read -r blob_port queue_port table_port < <(free_ports 3 | paste -sd' ')
  log "the standard Azurite ports 10000-10002 are taken; using $blob_port, $queue_port and $table_port instead"
fi
connection=$(azurite_connection_string "$blob_port" "$queue_port" "$table_port")
app_dir=src/TimelineFunctions.Functions/bin/Debug/net10.0
host_state=$(pwd)/.data/host

# The key that seals the timeline's paging tokens (Api__PagingTokenKey), generated once per data folder so tokens
# survive a restart; the app refuses to start without one.
[ -s .data/paging-token-key ] || (umask 077 && python3 -c 'import secrets; print(secrets.token_hex(32))' >.data/paging-token-key)
export Api__PagingTokenKey=$(cat .data/paging-token-key)

pids=()
cleanup() {
  rm -f .data/local-run.json
  # The host's worker is the host's child: stop it too, even if the host dies first.
  [ ${#pids[@]} -eq 0 ] || stop_processes "${pids[@]}" $(for pid in "${pids[@]}"; do pgrep -P "$pid"; done)
}
trap cleanup EXIT
trap 'exit 130' INT TERM

log "step 2/5: starting Azurite (blob $blob_port, queue $queue_port, table $table_port; data in .data/azurite; about 2 s)"
mkdir -p .data/azurite
node node_modules/azurite/dist/src/azurite.js --location .data/azurite --skipApiVersionCheck --loose \
  --blobPort "$blob_port" --queuePort "$queue_port" --tablePort "$table_port" >.data/azurite.log 2>&1 9>&- &
pids+=($!)
wait_for_port "$blob_port" && wait_for_port "$queue_port" && wait_for_port "$table_port"

mkdir -p "$host_state"
if [ "$host" = func ]; then
  log "step 3/5: starting the app with Azure Functions Core Tools (func start) on port $port (log: .data/host.log; about 10 s)"
  (cd src/TimelineFunctions.Functions && AzureWebJobsStorage=$connection ArticlesStorage=$connection \
    exec func start --port "$port" --no-build --script-root bin/Debug/net10.0) >.data/host.log 2>&1 9>&- &
else
  log "step 3/5: starting the app under the Functions host ($host) on port $port (log: .data/host.log; about 8 s)"
  HOST_STATE_DIR=$host_state ArticlesStorage=$connection "$host" "$app_dir" "$port" "$connection" >.data/host.log 2>&1 9>&- &
fi
pids+=($!)
wait_for_port "$port" 60 || { tail -20 .data/host.log >&2; die "the Functions host did not start; its log is .data/host.log"; }
ready=false
read_key=${Api__ReadKeys:-}; read_key=${read_key%%;*} # Api__ReadAccess=Key: reads need one of the read keys
for _ in $(seq 300); do
  curl -sf -o /dev/null -H "x-functions-key: $read_key" "http://127.0.0.1:$port/api/stories" && { ready=true; break; }
  sleep 0.2
done
$ready || { tail -20 .data/host.log >&2; die "the app does not answer http://127.0.0.1:$port/api/stories after 60 s; the host's log is .data/host.log"; }

# Where the CLI finds storage, the API and the host's keys while this runs (so `timeline upload/show/notify` need no options).
(umask 077 && python3 - "$connection" "http://127.0.0.1:$port" "$host_state/secrets" "$Api__PagingTokenKey" >.data/local-run.json) <<'PY'
import json, sys
print(json.dumps({"Storage": {"ConnectionString": sys.argv[1]}, "TIMELINE_API": sys.argv[2], "HostSecrets": sys.argv[3],
                  "Api": {"PagingTokenKey": sys.argv[4]}}, indent=2))
PY

log "step 4/5: starting the notifier that posts blob events to the host, as Event Grid does in Azure (log: .data/notifier.log)"
cli=src/TimelineFunctions.Cli/bin/Debug/net10.0/timeline.dll
dotnet "$cli" notify >.data/notifier.log 2>&1 9>&- &
pids+=($!)

log "step 5/5: uploading the sample story '$story' and waiting until the app has ingested it (about 20 s)"
dotnet "$cli" upload "samples/articles/$story" --story "$story" --wait

log "the timeline is ready (JSON, then the page to open in a browser):"
echo "http://127.0.0.1:$port/api/stories/$story/timeline"
echo "http://127.0.0.1:$port/api/view/stories/$story"

if $exit_after_upload; then
  exit 0
fi
log "serving until Ctrl+C (API: http://127.0.0.1:$port/api/stories; the CLI finds this app through .data/local-run.json)"
wait "${pids[1]}"
