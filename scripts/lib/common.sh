# Shared by the project's scripts (sourced, not run): a supported Node.js, installing what a fresh
# clone lacks, and refusing to start on a port another program holds.

# Every script that sources this runs on the Node.js .nvmrc names (scripts/lib/node.sh).
. "$(dirname "${BASH_SOURCE[0]}")/node.sh"
use_supported_node

# Debian packages, installed when missing — as root, apt's output in LOG; otherwise it exits with
# the command to run as root. TAG begins its lines ("[wp]"). The project's one way to install them.
ensure_debian_packages() {
  local tag=$1 log=$2 missing=() p
  shift 2
  for p in "$@"; do
    [[ "$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null)" == *"install ok installed"* ]] || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  local line="apt-get install -y --no-install-recommends ${missing[*]}"
  if [ "$(id -u)" -ne 0 ]; then
    echo "$tag error: missing Debian packages; run as root: apt-get update && $line" >&2
    exit 1
  fi
  echo "$tag installing Debian packages: ${missing[*]}" >&2
  mkdir -p "$(dirname "$log")"
  DEBIAN_FRONTEND=noninteractive apt-get update -qq >"$log" 2>&1 || true
  DEBIAN_FRONTEND=noninteractive $line >>"$log" 2>&1 || {
    echo "$tag error: apt-get failed; see $log" >&2
    exit 1
  }
}

# npm packages, when missing or older than the lock file: both README commands work on a fresh clone.
ensure_node_modules() {
  if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
    echo "[setup] installing npm packages (npm ci)" >&2
    npm ci --no-audit --no-fund >&2
  fi
}

# True when something accepts connections on PORT at the loopback address (IPv4 or IPv6): a server
# there would answer our requests in place of the one we meant to start.
port_taken() {
  local port=$1
  (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && return 0
  (exec 3<>"/dev/tcp/::1/$port") 2>/dev/null && return 0
  return 1
}

# Exits with one line naming the port, what it is for and the variable that moves it.
require_free_port() {
  local port=$1 what=$2 variable=$3
  if port_taken "$port"; then
    echo "error: port $port ($what) is taken by another program; free it or set $variable to move it" >&2
    exit 1
  fi
}

# Whether the local WordPress runs. Not `status | grep -q`: under pipefail, grep leaving after the
# match can cut wp.sh off mid-print (SIGPIPE), and the failed pipe read as "not running" — a
# developer's WordPress then stopped at the end as if this run had started it.
local_wordpress_running() {
  [[ "$(bash backend/wp.sh status 2>/dev/null)" == *"wordpress: running"* ]]
}

# Runs COMMAND when the calling script exits, after those registered later (one EXIT trap for all:
# a second `trap … EXIT` would silently replace the first).
_pressfront_at_exit=()
at_exit() {
  _pressfront_at_exit=("$1" ${_pressfront_at_exit[@]+"${_pressfront_at_exit[@]}"})
  trap '_pressfront_run_at_exit' EXIT
}
_pressfront_run_at_exit() {
  local command
  for command in ${_pressfront_at_exit[@]+"${_pressfront_at_exit[@]}"}; do eval "$command" || true; done
}

# The local WordPress, up: started (and seeded) unless it runs already — a WordPress started here
# is stopped again when the calling script exits; a developer's running one is left alone.
use_local_wordpress() {
  _pressfront_started_wp=0
  local_wordpress_running || _pressfront_started_wp=1
  at_exit 'if [ "$_pressfront_started_wp" = 1 ]; then bash backend/wp.sh down; fi'
  bash backend/wp.sh up >/dev/null
}

# The local WordPress up (use_local_wordpress), its variables (WORDPRESS_URL, credentials, the
# shared secret) exported to this script, and its plugin telling SITE_URL what changed — the
# site a script serves at once follows editors' changes.
serve_local_wordpress_to() {
  local site_url=$1
  use_local_wordpress
  set -a
  eval "$(bash backend/wp.sh env)"
  set +a
  bash backend/wp.sh option pressfront_bridge_frontends "$site_url" >/dev/null
}
