#!/usr/bin/env bash
# Builds the deployable Azure Functions app folder (and a zip of it) for the custom handler:
#
#   OUTDIR/host.json
#   OUTDIR/<Function>/function.json     every top-level folder of the repo that holds a function.json
#   OUTDIR/handler/...                  self-contained linux-x64 publish of src/TimelineFunctions.Handler
#   OUTDIR.zip                          the same tree; the handler executable keeps its execute bit
#
# Usage: scripts/publish.sh [OUTDIR]        (default: .data/publish, relative to the repo root)
# Environment:
#   HANDLER_PROJECT   project to publish (default src/TimelineFunctions.Handler); tests point it at a stub
#   APP_ROOT          folder holding host.json and the <Function>/function.json folders (default: repo root)
#   CONFIGURATION     build configuration (default Release)
#   RUNTIME           runtime identifier (default linux-x64, what Flex Consumption runs)
#   PUBLISH_ZIP=0     skip the zip
#   PUBLISH_WORK_DIR  dotnet's obj/bin for this publish (default .data/publish-work), kept apart from the
#                     projects' own obj/ folders so a publish never races a concurrent build or test run
#
# The handler is published self-contained because nothing guarantees that the Flex `custom` runtime
# image has a .NET runtime; host.json's customHandler.description.defaultExecutablePath must name the
# apphost this produces (handler/TimelineFunctions.Handler). local.settings.json is never copied.
set -euo pipefail

repo_root=$(cd "$(dirname "$0")/.." && pwd)
cd "$repo_root"

log() { printf '\033[1mpublish:\033[0m %s\n' "$*" >&2; }
die() { printf '\033[1;31mpublish: error:\033[0m %s\n' "$*" >&2; exit 1; }

out_dir=${1:-.data/publish}
handler_project=${HANDLER_PROJECT:-src/TimelineFunctions.Handler}
configuration=${CONFIGURATION:-Release}
runtime=${RUNTIME:-linux-x64}
work_dir=${PUBLISH_WORK_DIR:-$repo_root/.data/publish-work}
marker=.timeline-functions-publish

app_root=$(cd "${APP_ROOT:-$repo_root}" && pwd)

command -v dotnet >/dev/null 2>&1 || die "dotnet is not installed (the .NET 10 SDK is needed to publish the handler)"
command -v python3 >/dev/null 2>&1 || die "python3 is not installed (needed to read host.json and write the zip)"
[ -f "$app_root/host.json" ] || die "host.json not found in $app_root"
[ -e "$handler_project" ] || die "handler project not found: $handler_project"

# Absolute output path, and never wipe a folder this script did not create.
mkdir -p "$out_dir"
out_dir=$(cd "$out_dir" && pwd)
case "$out_dir" in
  / | "$repo_root" | "$app_root" | "$HOME") die "refusing to publish into $out_dir" ;;
esac
if [ -n "$(ls -A "$out_dir")" ] && [ ! -f "$out_dir/$marker" ]; then
  die "$out_dir is not empty and was not created by this script; choose another OUTDIR"
fi
find "$out_dir" -mindepth 1 -delete
touch "$out_dir/$marker"

# The executable the Functions host will start, relative to the app root.
exe_rel=$(python3 - "$app_root/host.json" <<'PY'
import json, sys
with open(sys.argv[1], encoding="utf-8") as f:
    host = json.load(f)
print(host["customHandler"]["description"]["defaultExecutablePath"])
PY
)
case "$exe_rel" in
  handler/*) ;;
  *) die "host.json defaultExecutablePath is '$exe_rel'; this script publishes the handler into handler/" ;;
esac

log "publishing $handler_project ($configuration, $runtime, self-contained) to $out_dir/handler"
dotnet publish "$handler_project" \
  -c "$configuration" \
  -r "$runtime" \
  --self-contained true \
  -p:UseAppHost=true \
  --artifacts-path "$work_dir" \
  -o "$out_dir/handler" \
  -nologo -v quiet -clp:ErrorsOnly

[ -f "$out_dir/$exe_rel" ] || die "the publish did not produce $exe_rel (check AssemblyName against host.json)"
chmod 0755 "$out_dir/$exe_rel"

log "copying host.json and function folders"
cp "$app_root/host.json" "$out_dir/host.json"
functions=()
for fj in "$app_root"/*/function.json; do
  [ -f "$fj" ] || continue
  fn_dir=${fj%/function.json}
  fn=${fn_dir##*/}
  case "$fn" in
    node_modules | src | tests | scripts | infra | docs | handler) continue ;;
  esac
  mkdir -p "$out_dir/$fn"
  # Only the function definition (and any sibling files it ships), never local settings.
  find "$fn_dir" -maxdepth 1 -type f ! -name 'local.settings.json' -exec cp {} "$out_dir/$fn/" \;
  functions+=("$fn")
done
[ ${#functions[@]} -gt 0 ] || die "no */function.json folders found"

# Local-only settings must never ship (Core Tools reads them; the host in Azure must not).
find "$out_dir" -name 'local.settings.json' -delete
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

log "done: $out_dir (functions: ${functions[*]}; executable: $exe_rel)"
