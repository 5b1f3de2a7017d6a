#!/usr/bin/env bash
# Makes sure the browser tests have a Chromium: Debian's chromium package, installed with apt-get when missing.
# Playwright's own browser download is never used (it cannot work without general network access); the tests
# point Playwright at /usr/bin/chromium, or at $CHROMIUM_PATH when that is set.
set -euo pipefail

log() { printf '\033[1msetup:\033[0m %s\n' "$*"; }

if [ -n "${CHROMIUM_PATH:-}" ] && [ -x "$CHROMIUM_PATH" ]; then
  exit 0
fi
if [ -x /usr/bin/chromium ]; then
  exit 0
fi

sudo=""
if [ "$(id -u)" -ne 0 ]; then
  if ! command -v sudo >/dev/null; then
    log "the browser tests need Chromium: run 'apt-get install chromium' as root, or set CHROMIUM_PATH" >&2
    exit 1
  fi
  sudo="sudo"
fi

log "installing Debian's chromium for the browser tests"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq chromium >/dev/null
