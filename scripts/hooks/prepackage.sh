#!/usr/bin/env bash
# azd service hook (services.api.hooks.prepackage): builds the function app package that azure.yaml's
# `dist` points at. azd's `language: custom` does no build of its own; it deploys `dist` as is, and a
# `.zip` there is uploaded unchanged, so the handler keeps the execute bit written by publish.sh.
set -euo pipefail
cd "$(dirname "$0")/../.."
exec bash scripts/publish.sh "${AZD_PACKAGE_DIR:-.data/azd/api}"
