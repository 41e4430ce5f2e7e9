# Shared by infra/run.sh and infra/test.sh: find or install what the product needs on Debian/Ubuntu.
# Installs only what is missing, so a second run does nothing and needs no network.

repo_root() { cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd; }

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }

fail() { printf 'error: %s\n' "$*" >&2; exit 1; }

apt_updated=""
apt_install() {
  local packages=("$@")
  local sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || fail "Need to install ${packages[*]} but am not root and have no sudo. Install them and run again."
    sudo="sudo"
  fi
  command -v apt-get >/dev/null || fail "Need ${packages[*]}, but this is not a Debian/Ubuntu machine: install them with your package manager and run again."
  if [ -z "$apt_updated" ]; then
    say "apt-get update"
    $sudo apt-get update -qq
    apt_updated=1
  fi
  say "Installing ${packages[*]}"
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${packages[@]}" >/dev/null
}

require_dotnet() {
  command -v dotnet >/dev/null || fail "The .NET 10 SDK is missing: see https://learn.microsoft.com/dotnet/core/install/linux-debian"
  local major
  major=$(dotnet --version | cut -d. -f1)
  [ "$major" -ge 10 ] || fail "The .NET SDK is $(dotnet --version); ContactCenter needs 10 or newer."
}

# The server runs its own PostgreSQL from the machine's server programs (initdb, pg_ctl).
require_postgres_binaries() {
  if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 && ! command -v initdb >/dev/null; then
    apt_install postgresql
  fi
}

require_redis() {
  command -v redis-server >/dev/null || apt_install redis-server
}

# The benchmarks' fan-out peer (socket.io 4) runs on Node.js; its smoke test installs socket.io with npm.
require_node() {
  { command -v node >/dev/null && command -v npm >/dev/null; } || apt_install nodejs npm
}

require_chromium() {
  [ -x /usr/bin/chromium ] || apt_install chromium fonts-dejavu-core
}

# The proxy of infra/cluster.sh and of the cluster tests; nginx-light is enough (proxy, map, upstream hash).
require_nginx() {
  command -v nginx >/dev/null || [ -x /usr/sbin/nginx ] || apt_install nginx-light
}

# A loopback port nothing listens on, from FIRST upwards (bash's /dev/tcp answers whether one listens).
free_port() {
  local port=${1:-20000}
  while (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do port=$((port + 1)); done
  echo "$port"
}
