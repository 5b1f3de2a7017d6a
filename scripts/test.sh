#!/usr/bin/env bash
# Sets everything up and runs every test. The integration tests start and stop their own Azurite and handler
# processes on free ports, so nothing needs to be running first. Prints one closing line "N passed, N failed".
set -euo pipefail
cd "$(dirname "$0")/.."
LOG_NAME=test
source scripts/lib.sh

bash scripts/setup.sh
# The browser tests (Playwright) drive the system Chromium.
bash scripts/install-chromium.sh

mkdir -p artifacts
results=artifacts/test-results.txt
log "running the .NET test suites"
set +e
# One test project at a time (-m:1): on a 2-core machine the infra tests' self-contained publish and the
# integration tests' Azurite and handler processes otherwise compete for the CPU.
rm -rf artifacts/trx
dotnet test TimelineFunctions.sln --no-build --nologo -v quiet -m:1 --logger trx --results-directory artifacts/trx 2>&1 | tee "$results"
status=${PIPESTATUS[0]}

# The quiet console names a failed test but not why: print each failure's message and the top of its stack from the
# TRX files (kept in artifacts/trx).
python3 - artifacts/trx <<'PY'
import glob, sys, xml.etree.ElementTree as ET
ns = {"t": "http://microsoft.com/schemas/VisualStudio/TeamTest/2010"}
for path in sorted(glob.glob(sys.argv[1] + "/*.trx")):
    for result in ET.parse(path).getroot().iterfind(".//t:UnitTestResult[@outcome='Failed']", ns):
        message = result.findtext(".//t:Message", default="", namespaces=ns).strip()
        stack = result.findtext(".//t:StackTrace", default="", namespaces=ns).strip().splitlines()[:6]
        print(f"\nFAILED {result.get('testName')}\n{message}\n" + "\n".join(stack))
PY

# Sum the per-assembly summaries ("Passed!  - Failed: 0, Passed: 12, Skipped: 0, Total: 12, ..."). No summary at
# all (a crash before any assembly ran) counts as a failure.
summary=$(grep -E '^\s*(Passed|Failed)!' "$results" | sed -E 's/.*Failed:\s*([0-9]+), Passed:\s*([0-9]+), Skipped:\s*([0-9]+).*/\1 \2 \3/' \
  | awk '{f+=$1; p+=$2; s+=$3; n++} END {if (n) printf "%d passed, %d failed, %d skipped", p, f, s}')
set -e
echo
if [ -z "$summary" ]; then
  echo "0 passed, 1 failed"
  exit 1
fi
echo "$summary"
exit "$status"
