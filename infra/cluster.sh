#!/usr/bin/env bash
# Runs ContactCenter as a local cluster, without Docker: the private PostgreSQL in
# .data/cluster/postgres (kept between runs), a redis-server on a free loopback port, N server
# nodes (default 2) on their own ports and the sticky proxy (infra/cluster/proxy.sh, nginx) in
# front, which serves http://localhost:5080. Ctrl+C stops all of it.
#   infra/cluster.sh [NODES]
# Set CONTACTCENTER_PORT for the proxy's port. A node can be stopped or killed by the pid printed
# for it, to watch its clients move to another node.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
root=$(repo_root)
cd "$root"

nodes=${1:-2}
[[ "$nodes" =~ ^[1-9][0-9]?$ ]] || fail "NODES must be a number from 1 to 99, not '$nodes'."
port=${CONTACTCENTER_PORT:-5080}
[[ "$port" =~ ^[0-9]+$ ]] || fail "CONTACTCENTER_PORT must be a port number, not '$port'."

require_dotnet
require_postgres_binaries
require_redis
require_nginx
command -v curl >/dev/null || apt_install curl

say "Building"
dotnet build src/ContactCenter.Server -c Release -nologo -v quiet
dll=src/ContactCenter.Server/bin/Release/net10.0/ContactCenter.Server.dll
content=(--contentRoot "$root/src/ContactCenter.Server")

data="$root/.data/cluster"
run="$data/run"
mkdir -p "$run"
pids=()
stop_all() {
  trap - INT TERM EXIT
  say "Stopping"
  # Nodes and the proxy first (gracefully), then Redis, then PostgreSQL.
  [ ${#pids[@]} -eq 0 ] || { kill -TERM "${pids[@]}" 2>/dev/null || true; wait "${pids[@]}" 2>/dev/null || true; }
  [ -z "${redis:-}" ] || { kill -TERM "$redis" 2>/dev/null || true; wait "$redis" 2>/dev/null || true; }
  postgres_ctl stop -m fast -w >/dev/null 2>&1 || true
}
trap stop_all EXIT
# Background jobs of a script ignore SIGINT, so Ctrl+C is passed on as the SIGTERM .NET stops on.
trap 'exit 130' INT TERM

# The schema comes from the server's own `migrate`, which also creates the private cluster (and its
# password) the first time, as infra/run.sh's single node does; the cluster is then started here,
# for every node to share.
say "Preparing the database"
# `migrate` must be the first argument.
ASPNETCORE_ENVIRONMENT=Production dotnet "$dll" migrate "${content[@]}" \
  --ContactCenter:Database:DataDirectory="$data/postgres" --Logging:LogLevel:Default=Warning
binaries=$(dirname "$(ls /usr/lib/postgresql/*/bin/pg_ctl 2>/dev/null | sort -V | tail -n 1 || command -v pg_ctl)")
postgres_ctl() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$binaries/pg_ctl" -D "$data/postgres" "$@"; else "$binaries/pg_ctl" -D "$data/postgres" "$@"; fi
}
pg_port=$(free_port 25432)
postgres_ctl start -w -t 60 -l "$data/postgres/server.log" \
  -o "-p $pg_port -c listen_addresses=127.0.0.1 -c unix_socket_directories='' -c max_connections=300" >/dev/null
password=$(cat "$data/postgres/contactcenter.password")
export ConnectionStrings__Postgres="Host=127.0.0.1;Port=$pg_port;Username=postgres;Password=$password;Database=contactcenter"

redis_port=$(free_port 26379)
redis-server --port "$redis_port" --bind 127.0.0.1 --save "" --appendonly no --loglevel warning >"$run/redis.log" 2>&1 &
redis=$!
export ConnectionStrings__Redis="127.0.0.1:$redis_port,abortConnect=false"
export ContactCenter__Database__ApplyChangesOnStart=false
# The proxy is on this machine's loopback: believe its X-Forwarded-For, so the audit log has the browser's address.
export ContactCenter__ForwardedHeaders__KnownProxies__0=127.0.0.1
export ASPNETCORE_ENVIRONMENT=${ASPNETCORE_ENVIRONMENT:-${DOTNET_ENVIRONMENT:-Production}}

node_ports=()
next=$((port + 1))
for i in $(seq 1 "$nodes"); do
  node_port=$(free_port "$next")
  next=$((node_port + 1))
  node_ports+=("$node_port")
  say "Starting node$i on 127.0.0.1:$node_port"
  dotnet "$dll" "${content[@]}" --urls "http://127.0.0.1:$node_port" >"$run/node$i.log" 2>&1 &
  pids+=($!)
  echo "    pid $!, log $run/node$i.log"
done

for i in "${!node_ports[@]}"; do
  for _ in $(seq 1 120); do
    curl -fsS "http://127.0.0.1:${node_ports[$i]}/health/ready" >/dev/null 2>&1 && break
    kill -0 "${pids[$i]}" 2>/dev/null || fail "node$((i + 1)) stopped while starting; see $run/node$((i + 1)).log"
    sleep 0.5
  done
done

(exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && fail "Port $port is taken; set CONTACTCENTER_PORT to another."
infra/cluster/proxy.sh "$run/proxy" "$port" "${node_ports[@]}" &
pids+=($!)

cat <<TEXT

  ContactCenter runs on $nodes nodes behind http://localhost:$port
  Nodes: ${node_ports[*]/#/127.0.0.1:}    Redis: 127.0.0.1:$redis_port    PostgreSQL: 127.0.0.1:$pg_port
  Logs: $run/    Demo logins: seeds/users.json

  Press Ctrl+C to stop everything (data stays in .data/cluster/).

TEXT
wait "${pids[@]}"
