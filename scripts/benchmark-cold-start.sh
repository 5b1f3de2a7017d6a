#!/usr/bin/env bash
# Cold start of the function app under the real Functions host (../shared/tools/functions-host), against Azurite:
# for each build variant and each run, a fresh Azurite and a fresh host start, then
#   - host start -> first answered HTTP request (GET /api/stories, polled until it answers 200),
#   - host start -> first finished blob invocation (a BlobCreated event posted to the blob webhook right after
#     that answer; the host logs "Executed 'Functions.IngestArticle' (Succeeded"),
#   - the worker's part: its process launch -> "Worker process started and initialized." (host log), the CPU time
#     the worker used until then (user + system, from /proc: what the machine's other load does not inflate), and
#     the duration and worker CPU time of the first HTTP and the first blob invocation.
# Variants: debug (bin/Debug/net10.0, what scripts/run.sh runs), release (dotnet publish -c Release without
# ReadyToRun) and r2r (the deployment package: dotnet publish -c Release, ReadyToRun linux-x64). Runs are interleaved
# (debug, release, r2r, debug, ...) so that a change in the machine's load hits every variant alike.
#
# Usage: scripts/benchmark-cold-start.sh [--runs N] [--variants debug,release,r2r] [--out DIR]
#   --runs N      runs per variant (default 10); the table shows the median of each column
#   --out DIR     where logs, results.tsv and summary.md go (default .data/cold-start)
# Environment: FUNCTIONS_HOST_DIR (default ../shared/tools/functions-host beside the repository).
#
# Everything listens on 127.0.0.1 on free ports; every process it starts is stopped on exit. It builds first
# (a few minutes on 2 cores), then takes about 25 s per run.
set -euo pipefail

repo_root=$(cd "$(dirname "$0")/.." && pwd)
cd "$repo_root"
LOG_NAME=cold-start
source scripts/lib.sh

die() { printf '\033[1;31mcold-start: error:\033[0m %s\n' "$*" >&2; exit 1; }

runs=10
variants=debug,release,r2r
out=.data/cold-start
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) runs=${2:?--runs needs a number}; shift 2 ;;
    --variants) variants=${2:?--variants needs a list}; shift 2 ;;
    --out) out=${2:?--out needs a folder}; shift 2 ;;
    -h | --help) sed -n '2,20p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) die "unknown argument: $1 (see --help)" ;;
  esac
done
case "$runs" in '' | *[!0-9]* | 0) die "--runs must be a positive number" ;; esac
IFS=, read -r -a variant_list <<<"$variants"
for v in "${variant_list[@]}"; do
  case "$v" in debug | release | r2r) ;; *) die "unknown variant '$v' (debug, release, r2r)" ;; esac
done

host_dir=${FUNCTIONS_HOST_DIR:-$repo_root/../shared/tools/functions-host}
for tool in node dotnet python3 curl; do
  command -v "$tool" >/dev/null 2>&1 || die "$tool is not installed"
done
[ -x "$host_dir/run-host.sh" ] || die "the Functions host is not at $host_dir (set FUNCTIONS_HOST_DIR)"
[ -f node_modules/azurite/dist/src/azurite.js ] || die "Azurite is not installed: run scripts/setup.sh (npm ci) first"
[ -r /proc/stat ] || die "this script reads process start times from /proc (Linux only)"

mkdir -p "$out"
out=$(cd "$out" && pwd)
rm -rf "${out:?}/runs" && mkdir -p "$out/runs"
results=$out/results.tsv
article=samples/articles/velmont-ford-derailment/01-northwire.txt
cli=src/TimelineFunctions.Cli/bin/Debug/net10.0/timeline.dll

# Processes of the run in progress, stopped on any exit.
azurite_pid=""
host_pid=""
worker_pid=""
stamper_pid=""
cleanup() {
  local pids=()
  for p in "$host_pid" "$worker_pid" "$stamper_pid" "$azurite_pid"; do [ -n "$p" ] && pids+=("$p"); done
  if [ ${#pids[@]} -gt 0 ]; then stop_processes "${pids[@]}"; fi
  host_pid="" worker_pid="" stamper_pid="" azurite_pid=""
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# Seconds since boot (CLOCK_BOOTTIME, 10 ms steps): the clock of /proc/PID/stat start times and of the log stamps.
now() { local up _; read -r up _ </proc/uptime; printf '%s' "$up"; }

# --- Build every variant once, outside the measurements. ---------------------------------------------------
log "building the CLI (for the upload) and the variants: ${variant_list[*]} (a few minutes)"
dotnet build src/TimelineFunctions.Cli -c Debug -nologo -v quiet -clp:ErrorsOnly >/dev/null
declare -A app_dir
for v in "${variant_list[@]}"; do
  case "$v" in
    debug)
      dotnet build src/TimelineFunctions.Functions -c Debug -nologo -v quiet -clp:ErrorsOnly >/dev/null
      app_dir[$v]=$repo_root/src/TimelineFunctions.Functions/bin/Debug/net10.0 ;;
    release)
      READY_TO_RUN=0 PUBLISH_ZIP=0 bash scripts/publish.sh "$out/app-release"
      app_dir[$v]=$out/app-release ;;
    r2r)
      PUBLISH_ZIP=0 bash scripts/publish.sh "$out/app-r2r"
      app_dir[$v]=$out/app-r2r ;;
  esac
  [ -f "${app_dir[$v]}/functions.metadata" ] || die "no functions.metadata in ${app_dir[$v]}"
done

# The first line of the log that matches, as "<seconds since boot> <text>", or nothing.
first_line() { grep -m1 -F -- "$2" "$1" || true; }

# Waits until the log has a line with the given text; prints its time stamp. Fails after $3 seconds.
wait_for_log() {
  local file=$1 text=$2 seconds=$3 line
  for _ in $(seq $((seconds * 20))); do
    line=$(first_line "$file" "$text")
    if [ -n "$line" ]; then printf '%s' "${line%% *}"; return 0; fi
    [ -n "$host_pid" ] && ! kill -0 "$host_pid" 2>/dev/null && break
    sleep 0.05
  done
  return 1
}

one_run() {
  local variant=$1 run=$2 dir=$out/runs/$1-$2
  mkdir -p "$dir/state"
  local ports conn blob_port queue_port table_port http_port
  mapfile -t ports < <(free_ports 4)
  blob_port=${ports[0]} queue_port=${ports[1]} table_port=${ports[2]} http_port=${ports[3]}
  conn=$(azurite_connection_string "$blob_port" "$queue_port" "$table_port")

  node node_modules/azurite/dist/src/azurite.js --inMemoryPersistence --skipApiVersionCheck --loose \
    --blobHost 127.0.0.1 --queueHost 127.0.0.1 --tableHost 127.0.0.1 \
    --blobPort "$blob_port" --queuePort "$queue_port" --tablePort "$table_port" >"$dir/azurite.log" 2>&1 &
  azurite_pid=$!
  disown "$azurite_pid" # stopped by cleanup; no job notice when it has to be killed
  for p in "$blob_port" "$queue_port" "$table_port"; do wait_for_port "$p" 30 || die "Azurite did not start (see $dir/azurite.log)"; done
  dotnet "$cli" upload "$article" --story cold-start --connection "$conn" >"$dir/upload.log" 2>&1 \
    || die "the upload failed (see $dir/upload.log)"

  # The host, its log lines stamped with the boot clock as they arrive. run-host.sh execs the host, so the
  # stamper's child is the host process.
  local load
  read -r load _ </proc/loadavg
  # (Azure.Core's request logs only at Error: its requests and the 404s of queues not yet created would be most of it.)
  env HOST_STATE_DIR="$dir/state" HOST_LOG_LEVEL=Information ArticlesStorage="$conn" Api__PagingTokenKey="$(openssl rand -hex 32)" \
    'AzureFunctionsJobHost__logging__logLevel__Azure.Core=Error' \
    python3 -u - "$dir/host.pid" "$host_dir/run-host.sh" "${app_dir[$variant]}" "$http_port" "$conn" >"$dir/host.log" 2>&1 <<'PY' &
import os, subprocess, sys, time
# Stamps every line of the host's output with the boot clock (the clock of /proc/PID/stat start times). When the host
# logs that the worker is initialized, and when it logs the first end of each function, it also notes the worker's
# CPU time so far (user + system): a measure of the worker's own work that the machine's other load does not inflate.
pid_file, command = sys.argv[1], sys.argv[2:]
hz = os.sysconf("SC_CLK_TCK")
stamp = lambda: time.clock_gettime(time.CLOCK_BOOTTIME)

def stat(pid):
    with open(f"/proc/{pid}/stat") as f:
        text = f.read()
    fields = text[text.rindex(")") + 2:].split()  # fields from the 3rd (state) on
    return int(fields[1]), (int(fields[11]) + int(fields[12])) / hz, int(fields[19]) / hz  # ppid, cpu s, start s

def worker_of(host):
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                if stat(entry)[0] == host:
                    return int(entry)
            except (OSError, ValueError):
                pass
    return None

print("%.3f host-launch" % stamp(), flush=True)
process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
with open(pid_file, "w") as f:
    f.write(str(process.pid))
worker, seen = None, set()
for raw in process.stdout:
    now, line = stamp(), raw.decode("utf-8", "replace")
    sys.stdout.write("%.3f %s" % (now, line))
    event = None
    if "Worker process started and initialized" in line:
        event = "ready"
    elif "Executed 'Functions." in line:
        event = "after " + line.split("Executed 'Functions.", 1)[1].split("'", 1)[0]
    if event and event not in seen:
        seen.add(event)
        try:
            worker = worker or worker_of(process.pid)
            _, cpu, start = stat(worker)
            sys.stdout.write("%.3f @worker %s pid=%d start=%.3f cpu=%.3f\n" % (now, event, worker, start, cpu))
        except (OSError, TypeError, ValueError):
            sys.stdout.write("%.3f @worker %s unknown\n" % (now, event))
    sys.stdout.flush()
sys.exit(process.wait())
PY
  stamper_pid=$!
  disown "$stamper_pid"
  for _ in $(seq 100); do [ -s "$dir/host.pid" ] && break; sleep 0.05; done
  host_pid=$(cat "$dir/host.pid" 2>/dev/null || true)
  [ -n "$host_pid" ] || die "the host did not start (see $dir/host.log)"
  local t0
  t0=$(first_line "$dir/host.log" "host-launch")
  t0=${t0%% *}

  # First answered HTTP request.
  local code="" t_http="" deadline=$((SECONDS + 120))
  while [ $SECONDS -lt $deadline ]; do
    code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 60 "http://127.0.0.1:$http_port/api/stories" || true)
    if [ "$code" = 200 ]; then t_http=$(now); break; fi
    kill -0 "$host_pid" 2>/dev/null || die "the host exited (see $dir/host.log)"
    sleep 0.05
  done
  [ -n "$t_http" ] || die "no 200 from /api/stories within 120 s (last status $code; see $dir/host.log)"

  # The worker (the host's child process): its start, and its CPU time when it was initialized (noted by the stamper).
  local t_ready ready_line worker_start cpu_ready
  t_ready=$(wait_for_log "$dir/host.log" "Worker process started and initialized" 10) \
    || die "the host never logged 'Worker process started and initialized' (see $dir/host.log)"
  wait_for_log "$dir/host.log" "@worker ready" 5 >/dev/null || die "no worker noted at 'initialized' (see $dir/host.log)"
  ready_line=$(first_line "$dir/host.log" "@worker ready")
  worker_pid=$(sed -nE 's/.* pid=([0-9]+) .*/\1/p' <<<"$ready_line")
  worker_start=$(sed -nE 's/.* start=([0-9.]+) .*/\1/p' <<<"$ready_line")
  cpu_ready=$(sed -nE 's/.* cpu=([0-9.]+)$/\1/p' <<<"$ready_line")
  [ -n "$worker_start" ] && [ -n "$cpu_ready" ] || die "the worker's start was not noted (see $dir/host.log)"

  # First blob invocation, through the Event Grid webhook as in Azure.
  local status t_blob
  status=$(HOST_STATE_DIR=$dir/state "$host_dir/send-blob-event.sh" "$http_port" \
    "http://127.0.0.1:$blob_port/devstoreaccount1/articles/cold-start/$(basename "$article")" IngestArticle)
  [ "$status" = 202 ] || die "the blob webhook answered $status (see $dir/host.log)"
  t_blob=$(wait_for_log "$dir/host.log" "Executed 'Functions.IngestArticle' (Succeeded" 120) \
    || die "IngestArticle did not succeed within 120 s (see $dir/host.log)"

  cleanup

  # Durations the host measured for the first HTTP invocation and the blob invocation, and the worker's CPU time
  # when each had ended.
  local http_ms blob_ms http_fn cpu_http cpu_blob
  http_fn=$(grep -m1 -E "@worker after " "$dir/host.log" | sed -nE 's/.*@worker after ([A-Za-z]+) .*/\1/p')
  http_ms=$(grep -m1 -F "Executed 'Functions.$http_fn' (Succeeded" "$dir/host.log" | sed -nE 's/.*Duration=([0-9]+)ms.*/\1/p' || true)
  blob_ms=$(grep -m1 -F "Executed 'Functions.IngestArticle' (Succeeded" "$dir/host.log" | sed -nE 's/.*Duration=([0-9]+)ms.*/\1/p' || true)
  cpu_http=$(first_line "$dir/host.log" "@worker after $http_fn " | sed -nE 's/.* cpu=([0-9.]+)$/\1/p')
  cpu_blob=$(first_line "$dir/host.log" "@worker after IngestArticle " | sed -nE 's/.* cpu=([0-9.]+)$/\1/p')

  awk -v variant="$variant" -v run="$run" -v t0="$t0" -v http="$t_http" -v blob="$t_blob" \
    -v ws="$worker_start" -v ready="$t_ready" -v hms="${http_ms:-NaN}" -v bms="${blob_ms:-NaN}" \
    -v c0="$cpu_ready" -v c1="${cpu_http:-NaN}" -v c2="${cpu_blob:-NaN}" -v load="$load" \
    'BEGIN { printf "%s\t%s\t%.0f\t%.0f\t%.0f\t%.0f\t%.0f\t%s\t%s\t%.0f\t%.0f\t%s\n", variant, run,
             (http - t0) * 1000, (blob - t0) * 1000, (ws - t0) * 1000, (ready - ws) * 1000, c0 * 1000, hms, bms,
             (c1 - c0) * 1000, (c2 - c1) * 1000, load }' >>"$results"
  tail -n 1 "$results" | awk -F'\t' '{ printf "  %-7s run %2s: HTTP %6d ms, blob %6d ms; worker launched at %5d ms, initialized %5d ms later (%4d ms CPU); first invocations %s / %s ms (%s / %s ms worker CPU); load %s\n", $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12 }'
}

# One run in a subshell with its own clean-up: a run that fails (a timeout, a crash) is noted, and the others go on.
isolated_run() { (trap cleanup EXIT; trap 'exit 130' INT TERM; one_run "$@"); }

printf 'variant\trun\thttp_ms\tblob_ms\tworker_launch_ms\tworker_ready_ms\tworker_ready_cpu_ms\tfirst_http_invocation_ms\tfirst_blob_invocation_ms\tfirst_http_cpu_ms\tfirst_blob_cpu_ms\tload1\n' >"$results"
log "$runs runs per variant, interleaved; logs in $out/runs"
for run in $(seq "$runs"); do
  for v in "${variant_list[@]}"; do
    if ! isolated_run "$v" "$run"; then
      printf '%s\t%s\tFAILED\n' "$v" "$run" >>"$results"
      log "$v run $run failed; its logs are in $out/runs/$v-$run"
    fi
  done
done

# Medians per variant, as a Markdown table.
python3 - "$results" >"$out/summary.md" <<'PY'
import csv, statistics, sys
all_rows = list(csv.DictReader(open(sys.argv[1]), delimiter="\t"))
rows = [r for r in all_rows if r["http_ms"] != "FAILED"]
failed = [r for r in all_rows if r["http_ms"] == "FAILED"]
columns = [("http_ms", "host start → first HTTP answer"), ("blob_ms", "host start → first blob invocation done"),
           ("worker_launch_ms", "host start → worker launched"), ("worker_ready_ms", "worker launch → initialized"),
           ("worker_ready_cpu_ms", "worker CPU until initialized"),
           ("first_http_invocation_ms", "first HTTP invocation"), ("first_blob_invocation_ms", "first blob invocation"),
           ("first_http_cpu_ms", "worker CPU in first HTTP invocation"), ("first_blob_cpu_ms", "worker CPU in first blob invocation")]
print("| variant | runs (failed) | " + " | ".join(title for _, title in columns) + " | load (1 min) |")
print("|---|---:|" + "---:|" * len(columns) + "---|")
for variant in dict.fromkeys(r["variant"] for r in all_rows):
    mine = [r for r in rows if r["variant"] == variant]
    failures = sum(1 for r in failed if r["variant"] == variant)
    cells = []
    for key, _ in columns:
        values = [float(r[key]) for r in mine if r[key] not in ("", "NaN")]
        cells.append("%d ms" % round(statistics.median(values)) if values else "n/a")
    loads = [float(r["load1"]) for r in mine] or [float("nan")]
    print("| %s | %d (%d) | %s | %.1f–%.1f |" % (variant, len(mine), failures, " | ".join(cells), min(loads), max(loads)))
PY
log "medians (ms; $results has every run):"
cat "$out/summary.md"
