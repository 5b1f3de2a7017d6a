# Shared shell helpers for the project's scripts (sourced, not run).

log() { printf '\033[1m%s:\033[0m %s\n' "${LOG_NAME:-timeline}" "$*"; }

# Prints N free TCP ports on 127.0.0.1, one per line (asks the OS for them; node is needed anyway for Azurite).
free_ports() {
  node -e '
    const net = require("net");
    const n = Number(process.argv[1]); const servers = []; const ports = [];
    (function next() {
      if (ports.length === n) { servers.forEach(s => s.close()); console.log(ports.join("\n")); return; }
      const s = net.createServer(); s.listen(0, "127.0.0.1", () => { servers.push(s); ports.push(s.address().port); next(); });
    })();' "$1"
}

# Waits until a TCP port on 127.0.0.1 accepts connections, or fails after $2 seconds.
wait_for_port() {
  local port=$1 seconds=${2:-30}
  for _ in $(seq $((seconds * 10))); do
    (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && return 0
    sleep 0.1
  done
  log "nothing is listening on port $port after ${seconds}s" >&2
  return 1
}

# Stops the given processes: TERM first, KILL for any still alive after 5 seconds (Azurite may ignore TERM).
stop_processes() {
  local pid alive
  for pid in "$@"; do kill "$pid" 2>/dev/null || true; done
  for _ in $(seq 50); do
    alive=false
    for pid in "$@"; do kill -0 "$pid" 2>/dev/null && alive=true; done
    $alive || return 0
    sleep 0.1
  done
  for pid in "$@"; do kill -9 "$pid" 2>/dev/null || true; done
}

# The connection string of an Azurite instance on the given blob, queue and table ports.
azurite_connection_string() {
  local key="Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=="
  printf 'DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=%s;BlobEndpoint=http://127.0.0.1:%s/devstoreaccount1;QueueEndpoint=http://127.0.0.1:%s/devstoreaccount1;TableEndpoint=http://127.0.0.1:%s/devstoreaccount1;' \
    "$key" "$1" "$2" "$3"
}

# True when something on this machine already listens on TCP port $1 (127.0.0.1).
port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

die() { printf '\033[1;31m%s: error:\033[0m %s\n' "${LOG_NAME:-timeline}" "$*" >&2; exit 1; }

# The Functions host that runs the app locally: Azure Functions Core Tools' `func` when installed, otherwise the
# host built from source beside the repository (../shared/tools/functions-host, see its README). Prints "func" or
# the path of run-host.sh; fails when there is neither.
functions_host() {
  if [ -z "${FUNCTIONS_HOST:-}" ] && command -v func >/dev/null 2>&1; then
    echo func
  elif [ -x "${FUNCTIONS_HOST:-../shared/tools/functions-host}/run-host.sh" ]; then
    (cd "${FUNCTIONS_HOST:-../shared/tools/functions-host}" && echo "$(pwd)/run-host.sh")
  else
    return 1
  fi
}
