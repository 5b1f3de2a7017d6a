#!/usr/bin/env bash
# azd project hook (hooks.postdeploy): creates or updates the two Event Grid subscriptions on the storage account's
# system topic, both filtered to the articles container:
# - BlobCreated -> the IngestArticle blob trigger ([BlobTrigger(..., Source = BlobTriggerSource.EventGrid)], the only
#   blob-trigger kind Flex Consumption runs). The webhook needs the function's full name, Host.Functions.IngestArticle:
#   with the bare name the blob extension answers 202 and runs nothing.
# - BlobDeleted -> the ArticleBlobDeleted HTTP function (/api/events/blob-deleted, function-level: its own function
#   key in the endpoint), which withdraws the deleted blob's article. It answers Event Grid's validation handshake.
#
# It runs after the code is deployed because the webhook needs the host's `blobs_extension` system key,
# which exists only once the host has started with the blob-trigger function loaded, and because
# Event Grid validates the endpoint when the subscription is created. Safe to run again: an existing
# subscription is updated in place (the key may have changed).
#
# Needs: az (logged in), and these values, which azd passes from the Bicep outputs:
#   AZURE_FUNCTION_APP_NAME, RESOURCE_GROUP, EVENTGRID_SYSTEM_TOPIC_NAME, ARTICLES_CONTAINER_NAME
# Optional: SERVICE_API_URI (https://<app host>), KEY_WAIT_SECONDS (default 300), SUBSCRIPTION_NAME,
#   DELETED_SUBSCRIPTION_NAME.
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
deleted_subscription_name=${DELETED_SUBSCRIPTION_NAME:-articles-blobdeleted}
function_name=IngestArticle
deleted_function_name=ArticleBlobDeleted
deleted_route=api/events/blob-deleted
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

# Creates the subscription, or updates it in place when it exists (the key may have changed).
subscribe() { # name endpoint event-type
  if az eventgrid system-topic event-subscription show \
    --name "$1" --resource-group "$rg" --system-topic-name "$topic" \
    --output none 2>/dev/null; then
    log "updating event subscription $1 on $topic"
    az eventgrid system-topic event-subscription update \
      --name "$1" \
      --resource-group "$rg" \
      --system-topic-name "$topic" \
      --endpoint "$2" \
      --included-event-types "$3" \
      --subject-begins-with "$subject_prefix" \
      --output none
  else
    log "creating event subscription $1 on $topic"
    az eventgrid system-topic event-subscription create \
      --name "$1" \
      --resource-group "$rg" \
      --system-topic-name "$topic" \
      --endpoint-type webhook \
      --endpoint "$2" \
      --included-event-types "$3" \
      --subject-begins-with "$subject_prefix" \
      --event-delivery-schema eventgridschema \
      --output none
  fi
}

subscribe "$subscription_name" "$endpoint" Microsoft.Storage.BlobCreated
log "BlobCreated events under $subject_prefix now go to $base_uri/runtime/webhooks/blobs?functionName=Host.Functions.$function_name (key not shown)"

# The deletion subscription: ArticleBlobDeleted's own function key (created with the function; not the host's keys).
deleted_key=$(az functionapp function keys list --name "$app" --resource-group "$rg" \
  --function-name "$deleted_function_name" --query default --output tsv 2>/dev/null || true)
deleted_key=$(printf '%s' "$deleted_key" | tr -d '[:space:]')
if [ -z "$deleted_key" ] || [ "$deleted_key" = "None" ] || [ "$deleted_key" = "null" ]; then
  die "no function key for $deleted_function_name on $app: the host has not indexed it (check the app's logs), then run: azd hooks run postdeploy"
fi
subscribe "$deleted_subscription_name" "$base_uri/$deleted_route?code=$deleted_key" Microsoft.Storage.BlobDeleted
log "BlobDeleted events under $subject_prefix now go to $base_uri/$deleted_route (key not shown)"
