#!/usr/bin/env bash
# Sets up everything on a fresh machine (Debian with the .NET SDK, Node and npm): npm packages (Azurite),
# NuGet restore (repacking System.IO.Hashing from the SDK only where the registry lacks it), and a build.
# Safe to run again: each step is skipped or quick when already done.
set -euo pipefail
cd "$(dirname "$0")/.."

log() { printf '\033[1msetup:\033[0m %s\n' "$*"; }

if [ ! -d node_modules/azurite ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  log "installing npm packages (Azurite)"
  npm ci --no-audit --no-fund --loglevel=error
fi

log "restoring NuGet packages"
restore_log=$(mktemp)
if ! dotnet restore TimelineFunctions.sln >"$restore_log" 2>&1; then
  if grep -q "System.IO.Hashing" "$restore_log" && [ ! -d .local-packages ]; then
    log "the package registry lacks System.IO.Hashing; repacking it from the installed SDK"
    bash scripts/repack-system-io-hashing.sh
    dotnet restore TimelineFunctions.sln >"$restore_log" 2>&1 || { cat "$restore_log"; exit 1; }
  else
    cat "$restore_log"
    exit 1
  fi
fi
rm -f "$restore_log"

log "building"
dotnet build TimelineFunctions.sln --no-restore -c "${CONFIGURATION:-Debug}" -v quiet -nologo -clp:"ErrorsOnly;NoSummary"
log "ready"
