#!/usr/bin/env bash
# azd project hook (hooks.postdeploy): creates or updates the Event Grid subscription that feeds the
# IngestArticle blob trigger ([BlobTrigger(..., Source = BlobTriggerSource.EventGrid)], the only blob-trigger kind
# Flex Consumption runs). The webhook needs the function's full name, Host.Functions.IngestArticle: with the bare
# name the blob extension answers 202 and runs nothing.
#
# It runs after the code is deployed because the webhook needs the host's `blobs_extension` system key,
# which exists only once the host has started with the blob-trigger function loaded, and because
# Event Grid validates the endpoint when the subscription is created. Safe to run again: an existing
# subscription is updated in place (the key may have changed).
#
# Needs: az (logged in), and these values, which azd passes from the Bicep outputs:
#   AZURE_FUNCTION_APP_NAME, RESOURCE_GROUP, EVENTGRID_SYSTEM_TOPIC_NAME, ARTICLES_CONTAINER_NAME
# Optional: SERVICE_API_URI (https://<app host>), KEY_WAIT_SECONDS (default 300), SUBSCRIPTION_NAME.
set -euo pipefail

log() { printf '\033[1mpostdeploy:\033[0m %s\n' "$*" >&2; }
die() { printf '\033[1;31mpostdeploy: error:\033[0m %s\n' "$*" >&2; exit 1; }

command -v az >/dev/null 2>&1 || die "the Azure CLI (az) is not installed; see docs/deploy.md"

for var in AZURE_FUNCTION_APP_NAME RESOURCE_GROUP EVENTGRID_SYSTEM_TOPIC_NAME ARTICLES_CONTAINER_NAME; do
  [ -n "${!var:-}" ] || die "$var is not set (run through azd, or export the azd environment values: azd env get-values)"
done

app=$AZURE_FUNCTION_APP_NAME
rg=$RESOURCE_GROUP
topic=$EVENTGRID_SYSTEM_TOPIC_NAME
container=$ARTICLES_CONTAINER_NAME
subscription_name=${SUBSCRIPTION_NAME:-articles-blobcreated}
function_name=IngestArticle
base_uri=${SERVICE_API_URI:-https://$app.azurewebsites.net}
base_uri=${base_uri%/}
wait_seconds=${KEY_WAIT_SECONDS:-300}
sleep_seconds=${KEY_POLL_SECONDS:-10}

# The key appears once the host has started and indexed IngestArticle. On Flex the app may be cold:
# poke it, then poll.
log "waiting for the blobs_extension system key of $app (up to ${wait_seconds}s)"
key=""
deadline=$(( $(date +%s) + wait_seconds ))
while :; do
  if command -v curl >/dev/null 2>&1; then
    curl -s -o /dev/null --max-time 20 "$base_uri/" || true
  fi
  key=$(az functionapp keys list --name "$app" --resource-group "$rg" \
    --query "systemKeys.blobs_extension" --output tsv 2>/dev/null || true)
  key=$(printf '%s' "$key" | tr -d '[:space:]')
  if [ -n "$key" ] && [ "$key" != "None" ] && [ "$key" != "null" ]; then
    break
  fi
  if [ "$(date +%s)" -ge "$deadline" ]; then
    die "no blobs_extension key for $app after ${wait_seconds}s. The host has not loaded the blob trigger: check the app's logs in Application Insights (the worker's start-up errors, the ArticlesStorage__* settings, a package without .azurefunctions/ or functions.metadata), then run: azd hooks run postdeploy"
  fi
  sleep "$sleep_seconds"
done

endpoint="$base_uri/runtime/webhooks/blobs?functionName=Host.Functions.$function_name&code=$key"
subject_prefix="/blobServices/default/containers/$container/"

if az eventgrid system-topic event-subscription show \
  --name "$subscription_name" --resource-group "$rg" --system-topic-name "$topic" \
  --output none 2>/dev/null; then
  log "updating event subscription $subscription_name on $topic"
  az eventgrid system-topic event-subscription update \
    --name "$subscription_name" \
    --resource-group "$rg" \
    --system-topic-name "$topic" \
    --endpoint "$endpoint" \
    --included-event-types Microsoft.Storage.BlobCreated \
    --subject-begins-with "$subject_prefix" \
    --output none
else
  log "creating event subscription $subscription_name on $topic"
  az eventgrid system-topic event-subscription create \
    --name "$subscription_name" \
    --resource-group "$rg" \
    --system-topic-name "$topic" \
    --endpoint-type webhook \
    --endpoint "$endpoint" \
    --included-event-types Microsoft.Storage.BlobCreated \
    --subject-begins-with "$subject_prefix" \
    --event-delivery-schema eventgridschema \
    --output none
fi

log "BlobCreated events under $subject_prefix now go to $base_uri/runtime/webhooks/blobs?functionName=Host.Functions.$function_name (key not shown)"
