#!/usr/bin/env bash
# Runs ContactCenter with its demo data: installs what is missing, builds, starts a private
# PostgreSQL in .data/postgres (kept between runs) and serves http://localhost:5080.
# Set CONTACTCENTER_URL to serve elsewhere; set ConnectionStrings__Postgres to use your own database.
# Runs the Production environment (no stack traces in answers) unless ASPNETCORE_ENVIRONMENT or
# DOTNET_ENVIRONMENT says otherwise, e.g. ASPNETCORE_ENVIRONMENT=Development infra/run.sh.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
root=$(repo_root)
cd "$root"

url=${CONTACTCENTER_URL:-http://localhost:5080}

require_dotnet
command -v curl >/dev/null || apt_install curl
[ -n "${ConnectionStrings__Postgres:-}" ] || require_postgres_binaries

say "Building"
dotnet build src/ContactCenter.Server -c Release -nologo -v quiet

say "Starting ContactCenter"
ASPNETCORE_ENVIRONMENT=${ASPNETCORE_ENVIRONMENT:-${DOTNET_ENVIRONMENT:-Production}} \
  dotnet src/ContactCenter.Server/bin/Release/net10.0/ContactCenter.Server.dll \
  --urls "$url" --contentRoot "$root/src/ContactCenter.Server" \
  --ContactCenter:Database:DataDirectory="$root/.data/postgres" &
server=$!
# Background jobs of a script ignore SIGINT, so Ctrl+C is passed on as the SIGTERM .NET stops on.
trap 'kill -TERM $server 2>/dev/null; wait $server' INT TERM

for _ in $(seq 1 120); do
  curl -fsS "$url/health/ready" >/dev/null 2>&1 && break
  kill -0 $server 2>/dev/null || { wait $server; exit $?; }
  sleep 0.5
done

cat <<TEXT

  ContactCenter is running at $url
  API description: $url/openapi/v1.json    Health: $url/health/ready

  Demo logins (every password is in seeds/users.json):
TEXT
sed -n 's/.*"userName": "\([^"]*\)".*"roles": \["\([^"]*\)"\].*"password": "\([^"]*\)".*/    \1  (\2)  password: \3/p' seeds/users.json
printf '\n  Press Ctrl+C to stop (PostgreSQL stops with it; data stays in .data/).\n\n'
wait $server
