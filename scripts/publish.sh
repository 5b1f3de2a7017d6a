#!/usr/bin/env bash
# Publishes the isolated-worker function app (src/TimelineFunctions.Functions) into a folder and a zip of it,
# the package Flex Consumption (runtime dotnet-isolated 10.0) runs:
#
#   OUTDIR/host.json              the repository's host.json (linked into the project)
#   OUTDIR/functions.metadata     the functions the SDK found ([Function] methods), read by the host
#   OUTDIR/worker.config.json     how the host starts the worker (dotnet TimelineFunctions.Functions.dll)
#   OUTDIR/extensions.json        the WebJobs extensions the host loads for the app's triggers
#   OUTDIR/.azurefunctions/       those extensions' assemblies
#   OUTDIR/TimelineFunctions.Functions.dll and its dependencies (framework-dependent, ReadyToRun for linux-x64)
#   OUTDIR.zip                    the same tree (dot-folders included)
#
# It runs the same `dotnet publish <project> -c Release` that azd runs for azure.yaml's `language: dotnet`
# service, so both deployment paths ship the same files; the ReadyToRun and runtime settings live in the
# project file (they apply to every `dotnet publish`, see docs/deploy.md). local.settings.json never ships.
#
# Usage: scripts/publish.sh [OUTDIR]        (default: .data/publish, relative to the repo root)
# Environment:
#   FUNCTIONS_PROJECT  project to publish (default src/TimelineFunctions.Functions)
#   CONFIGURATION      build configuration (default Release)
#   READY_TO_RUN=0     publish without ReadyToRun (-p:PublishReadyToRun=false; for comparisons only)
#   PUBLISH_ZIP=0      skip the zip
#   PUBLISH_WORK_DIR   dotnet's obj/bin for this publish (default .data/publish-work), kept apart from the
#                      projects' own obj/ folders so a publish never races a concurrent build or test run
set -euo pipefail

repo_root=$(cd "$(dirname "$0")/.." && pwd)
cd "$repo_root"

log() { printf '\033[1mpublish:\033[0m %s\n' "$*" >&2; }
die() { printf '\033[1;31mpublish: error:\033[0m %s\n' "$*" >&2; exit 1; }

out_dir=${1:-.data/publish}
project=${FUNCTIONS_PROJECT:-src/TimelineFunctions.Functions}
configuration=${CONFIGURATION:-Release}
work_dir=${PUBLISH_WORK_DIR:-$repo_root/.data/publish-work}
marker=.timeline-functions-publish

command -v dotnet >/dev/null 2>&1 || die "dotnet is not installed (the .NET 10 SDK is needed to publish the app)"
command -v python3 >/dev/null 2>&1 || die "python3 is not installed (needed to read the publish output and write the zip)"
[ -e "$project" ] || die "function app project not found: $project"

# Absolute output path, and never wipe a folder this script did not create.
mkdir -p "$out_dir"
out_dir=$(cd "$out_dir" && pwd)
case "$out_dir" in
  / | "$repo_root" | "$repo_root/src" | "$HOME") die "refusing to publish into $out_dir" ;;
esac
if [ -n "$(ls -A "$out_dir")" ] && [ ! -f "$out_dir/$marker" ]; then
  die "$out_dir is not empty and was not created by this script; choose another OUTDIR"
fi
find "$out_dir" -mindepth 1 -delete
touch "$out_dir/$marker"
rm -f "$out_dir.zip"

extra=()
if [ "${READY_TO_RUN:-1}" = "0" ]; then
  extra+=(-p:PublishReadyToRun=false)
fi

log "publishing $project ($configuration${extra[*]:+, ${extra[*]}}) to $out_dir"
dotnet publish "$project" \
  -c "$configuration" \
  --output "$out_dir" \
  --artifacts-path "$work_dir" \
  "${extra[@]}" \
  -nologo -v quiet -clp:ErrorsOnly

# Local-only settings must never ship (Core Tools reads them; the host in Azure must not).
find "$out_dir" -name 'local.settings.json' -delete

# What the Functions host needs to find the app; without any of it the host starts with no functions.
for required in host.json functions.metadata worker.config.json extensions.json .azurefunctions; do
  [ -e "$out_dir/$required" ] || die "the publish output has no $required: is $project an isolated-worker app (Microsoft.Azure.Functions.Worker.Sdk)?"
done
summary=$(python3 - "$out_dir" <<'PY'
import json, os, sys
out = sys.argv[1]
with open(os.path.join(out, "worker.config.json"), encoding="utf-8-sig") as f:
    worker = json.load(f)["description"]
path = worker.get("defaultWorkerPath", "")
if not path or not os.path.isfile(os.path.join(out, path)):
    sys.exit(f"worker.config.json names the worker '{path}', which is not in the publish output")
with open(os.path.join(out, "functions.metadata"), encoding="utf-8-sig") as f:
    names = sorted(fn["name"] for fn in json.load(f))
if not names:
    sys.exit("functions.metadata lists no functions")
print(f"worker: {worker.get('defaultExecutablePath')} {path}; {len(names)} functions")
PY
) || die "the publish output is not a runnable function app: $summary"
rm -f "$out_dir/$marker"

if [ "${PUBLISH_ZIP:-1}" != "0" ]; then
  zip_path="$out_dir.zip"
  log "writing $zip_path"
  python3 - "$out_dir" "$zip_path" <<'PY'
import os, stat, sys, zipfile
src, dest = sys.argv[1], sys.argv[2]
tmp = dest + ".tmp"
with zipfile.ZipFile(tmp, "w", compression=zipfile.ZIP_DEFLATED) as zf:
    for root, dirs, files in os.walk(src):
        dirs.sort()
        for name in sorted(files):
            path = os.path.join(root, name)
            rel = os.path.relpath(path, src).replace(os.sep, "/")
            st = os.stat(path)
            info = zipfile.ZipInfo.from_file(path, rel)
            info.create_system = 3  # Unix, so unzip and the Functions host honour the mode bits
            info.external_attr = (stat.S_IFREG | stat.S_IMODE(st.st_mode)) << 16
            info.compress_type = zipfile.ZIP_DEFLATED
            with open(path, "rb") as f:
                zf.writestr(info, f.read())
os.replace(tmp, dest)
PY
fi
# Marks the folder as ours so that the next run may wipe it (the zip above does not contain it).
touch "$out_dir/$marker"

log "done: $out_dir ($summary)"
