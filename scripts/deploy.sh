#!/usr/bin/env bash
# Deploys TimelineFunctions to Azure with one command: provisions infra/main.bicep (Flex Consumption
# function app, storage, identity, RBAC, monitoring, Event Grid topic), publishes and deploys the isolated-worker
# app (azd runs `dotnet publish src/TimelineFunctions.Functions -c Release`), then creates the Event Grid
# subscription (azd postdeploy hook). See docs/deploy.md.
#
# Usage: scripts/deploy.sh [-e|--env NAME] [-l|--location REGION] [-s|--subscription ID] [--provision-only]
#   Without --env/--location/--subscription azd uses the current environment or asks.
#   Extra arguments after `--` go to `azd up`.
set -euo pipefail

repo_root=$(cd "$(dirname "$0")/.." && pwd)
cd "$repo_root"

log() { printf '\033[1mdeploy:\033[0m %s\n' "$*" >&2; }
die() { printf '\033[1;31mdeploy: error:\033[0m %s\n' "$*" >&2; exit "${2:-1}"; }

env_name=""
location=""
subscription=""
provision_only=0
extra=()
while [ $# -gt 0 ]; do
  case "$1" in
    -e | --env) env_name=${2:?--env needs a value}; shift 2 ;;
    -l | --location) location=${2:?--location needs a value}; shift 2 ;;
    -s | --subscription) subscription=${2:?--subscription needs a value}; shift 2 ;;
    --provision-only) provision_only=1; shift ;;
    -h | --help) sed -n '2,8p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    --) shift; extra=("$@"); break ;;
    *) die "unknown argument: $1 (see --help)" 2 ;;
  esac
done

# 1. Tools. azd drives everything and publishes the app with dotnet; az is used by the postdeploy hook.
missing=()
command -v azd >/dev/null 2>&1 || missing+=("azd (Azure Developer CLI: https://aka.ms/azd-install)")
command -v az >/dev/null 2>&1 || missing+=("az (Azure CLI: https://aka.ms/azure-cli)")
command -v dotnet >/dev/null 2>&1 || missing+=("dotnet (.NET 10 SDK)")
if [ ${#missing[@]} -gt 0 ]; then
  for m in "${missing[@]}"; do printf '  missing: %s\n' "$m" >&2; done
  die "install the missing tools above, then run this again" 3
fi

# 2. Sign-ins. Both CLIs keep their own tokens.
if ! azd auth login --check-status >/dev/null 2>&1; then
  die "azd is not logged in: run 'azd auth login' (add --tenant-id <tenant> for a specific tenant)" 4
fi
if ! az account show --output none >/dev/null 2>&1; then
  die "az is not logged in: run 'az login' (the postdeploy hook uses it to read the function key and create the Event Grid subscription)" 4
fi

# 3. Environment (optional flags; otherwise azd prompts or uses the selected environment).
if [ -n "$env_name" ]; then
  if ! azd env select "$env_name" >/dev/null 2>&1; then
    log "creating azd environment $env_name"
    azd env new "$env_name" ${subscription:+--subscription "$subscription"} ${location:+--location "$location"}
  fi
fi
if [ -n "$location" ]; then azd env set AZURE_LOCATION "$location"; fi
if [ -n "$subscription" ]; then
  azd env set AZURE_SUBSCRIPTION_ID "$subscription"
  az account set --subscription "$subscription"
fi

# 4. Resource providers the template needs (idempotent; new subscriptions often lack Event Grid).
for ns in Microsoft.Web Microsoft.Storage Microsoft.EventGrid Microsoft.Insights Microsoft.OperationalInsights Microsoft.ManagedIdentity; do
  az provider register --namespace "$ns" --output none >/dev/null 2>&1 || log "could not register $ns (continuing; ask an owner if provisioning fails)"
done

# 5. Provision + package (dotnet publish) + deploy + postdeploy hook (Event Grid subscription).
if [ "$provision_only" = 1 ]; then
  log "azd provision"
  azd provision "${extra[@]}"
else
  log "azd up"
  azd up "${extra[@]}"
fi

# 6. Where things are.
values=$(azd env get-values 2>/dev/null || true)
get() { printf '%s\n' "$values" | sed -n "s/^$1=\"\{0,1\}\([^\"]*\)\"\{0,1\}$/\1/p" | head -n 1; }
api_uri=$(get SERVICE_API_URI)
storage=$(get STORAGE_ACCOUNT_NAME)
log "done"
[ -n "$api_uri" ] && printf '  timeline API:     %s/api/\n' "$api_uri"
[ -n "$storage" ] && printf '  upload articles:  az storage blob upload --auth-mode login --account-name %s --container-name articles --name <name> --file <file>\n' "$storage"
printf '  tear down:        azd down --purge\n'
