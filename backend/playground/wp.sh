#!/usr/bin/env bash
# The embedded local WordPress on WordPress Playground (PHP compiled to WebAssembly, SQLite), run by
# Node.js alone: no root, no PHP, no database server. Run through backend/wp.sh, which lists the
# commands. `env`, `status`, `run` and a `down` with nothing to stop are answered here, at a
# shell's speed (the e2e suite asks for `env` often); the rest is backend/playground/main.ts.
# All state is under .pressfront/playground/; the mail outbox, demo images and bridge secret are
# the machine's (.pressfront/), shared with the native backend.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
STATE="${PRESSFRONT_STATE_DIR:-$ROOT/.pressfront}"
HOME_DIR="$STATE/playground"
WP_PORT="${PRESSFRONT_WP_PORT:-8790}"
WP_URL="http://127.0.0.1:$WP_PORT"
PID_FILE="$HOME_DIR/run/server.pid"

# shellcheck source=../../scripts/lib/common.sh
. "$ROOT/scripts/lib/common.sh"

running_pid() {
  local pid
  [ -f "$PID_FILE" ] || return 1
  pid=$(cat "$PID_FILE")
  kill -0 "$pid" 2>/dev/null || return 1
  # Where /proc exists, make sure the pid is still Playground's and not a later program's.
  if [ -d /proc/self ]; then
    tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -q wp-playground || return 1
  fi
  echo "$pid"
}

installed_version() { cat "$HOME_DIR/wordpress-version" 2>/dev/null || echo none; }

cmd_env() {
  echo "WORDPRESS_URL=$WP_URL"
  [ -f "$HOME_DIR/wordpress-version" ] && echo "PRESSFRONT_WP_VERSION=$(installed_version)"
  echo "PRESSFRONT_WORDPRESS=playground"
  echo "PRESSFRONT_WP_STATE=$HOME_DIR"
  [ -f "$HOME_DIR/credentials.env" ] && cat "$HOME_DIR/credentials.env"
  [ -s "$STATE/bridge-secret" ] && echo "PRESSFRONT_BRIDGE_SECRET=$(cat "$STATE/bridge-secret")"
  return 0
}

cmd_status() {
  local pid
  echo "backend: playground"
  echo "version: $(installed_version)"
  if pid=$(running_pid); then echo "wordpress: running at $WP_URL (pid $pid)"; else echo "wordpress: stopped"; fi
  [ -f "$HOME_DIR/seeded" ] && echo "seeded: yes" || echo "seeded: no"
}

case "${1:-}" in
  env) cmd_env ;;
  status) cmd_status ;;
  run)
    shift
    [ $# -gt 0 ] || { echo "[wp] error: usage: wp.sh run COMMAND [ARGS…]" >&2; exit 2; }
    set -a; eval "$(cmd_env)"; set +a
    cd "$ROOT" && exec "$@"
    ;;
  *)
    # Nothing to stop: no need to start Node.js to say so.
    if [ "${1:-}" = down ] && ! running_pid >/dev/null; then rm -f "$PID_FILE"; exit 0; fi
    cd "$ROOT"
    ensure_node_modules
    # Node.js's SQLite (the snapshot's copies) is marked experimental: its warning is not ours to show.
    NODE_OPTIONS="${NODE_OPTIONS:-} --disable-warning=ExperimentalWarning" exec node_modules/.bin/tsx backend/playground/main.ts "$@"
    ;;
esac
