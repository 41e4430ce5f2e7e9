#!/usr/bin/env bash
# Runs the cluster's proxy (nginx with infra/cluster/nginx.conf) in the foreground until it gets
# SIGTERM or SIGINT:
#   infra/cluster/proxy.sh RUN_DIR LISTEN_PORT NODE_PORT...
# Nodes are named node1, node2, ... in the order given (the names the cc_node cookie carries).
set -euo pipefail
[ $# -ge 3 ] || { echo "usage: $0 RUN_DIR LISTEN_PORT NODE_PORT..." >&2; exit 2; }
run=$(mkdir -p "$1" && cd "$1" && pwd)
listen=$2
shift 2
nodes=("$@")
for port in "$listen" "${nodes[@]}"; do
  [[ "$port" =~ ^[0-9]+$ ]] || { echo "error: '$port' is not a port number" >&2; exit 2; }
done
nginx=$(command -v nginx || echo /usr/sbin/nginx)
[ -x "$nginx" ] || { echo "error: nginx is missing: apt-get install nginx-light" >&2; exit 1; }

pinned="" all="" pins="" served=""
for i in "${!nodes[@]}"; do
  name="node$((i + 1))"
  pinned+="    upstream $name {"$'\n'"        server 127.0.0.1:${nodes[$i]} max_fails=1 fail_timeout=5s;"$'\n'
  for j in "${!nodes[@]}"; do
    [ "$j" -eq "$i" ] || pinned+="        server 127.0.0.1:${nodes[$j]} backup;"$'\n'
  done
  pinned+="    }"$'\n'
  all+="        server 127.0.0.1:${nodes[$i]} max_fails=1 fail_timeout=5s;"$'\n'
  pins+="        $name $name;"$'\n'
  served+="        \"~(^|, )127\\.0\\.0\\.1:${nodes[$i]}\$\" $name;"$'\n'
done

template="$(dirname "$0")/nginx.conf"
config="$run/nginx.conf"
# Workers run as the invoking user, who owns the run folder (root's default would be 'nobody').
user_line=""
[ "$(id -u)" -ne 0 ] || user_line="user root;"
{
  [ -z "$user_line" ] || echo "$user_line"
  while IFS= read -r line; do
    case "$line" in
      "@PINNED_UPSTREAMS@") printf '%s' "$pinned" ;;
      "@ALL_SERVERS@") printf '%s' "$all" ;;
      "@PINS@") printf '%s' "$pins" ;;
      "@SERVED@") printf '%s' "$served" ;;
      *) line=${line//@RUN@/$run}; printf '%s\n' "${line//@PORT@/$listen}" ;;
    esac
  done <"$template"
} >"$config"

exec "$nginx" -p "$run" -c "$config"
