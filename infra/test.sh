#!/usr/bin/env bash
# Runs every test: installs what the suites need (PostgreSQL server programs, redis-server, nginx,
# Debian's Chromium), builds, runs each test project, and ends with "N passed, N failed".
# Exits non-zero when any test fails. Screenshots and results land in artifacts/.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
root=$(repo_root)
cd "$root"

require_dotnet
require_postgres_binaries
require_redis
require_nginx
require_chromium
require_node

say "Building"
dotnet build ContactCenter.sln -c Release -nologo -v quiet

results="$root/artifacts/test-results"
rm -rf "$results"
mkdir -p "$results"
export CONTACTCENTER_ARTIFACTS="$root/artifacts"

status=0
for project in Domain.Tests UI.Tests Server.Tests E2E.Tests Benchmarks.Tests; do
  say "Testing ContactCenter.$project"
  dotnet test "tests/ContactCenter.$project" -c Release --no-build -nologo \
    --logger "trx;LogFileName=$project.trx" --results-directory "$results" || status=1
done

# One closing line over all projects, read from the result files.
passed=0; failed=0; skipped=0
for trx in "$results"/*.trx; do
  counters=$(grep -o '<Counters [^>]*>' "$trx" || true)
  p=$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters"); passed=$((passed + ${p:-0}))
  f=$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters"); failed=$((failed + ${f:-0}))
  n=$(sed -n 's/.* notExecuted="\([0-9]*\)".*/\1/p' <<<"$counters"); skipped=$((skipped + ${n:-0}))
done
[ "$passed" -gt 0 ] || { echo "No test ran."; status=1; }
[ "$failed" -eq 0 ] || status=1
echo "$passed passed, $failed failed, $skipped skipped"
exit $status
