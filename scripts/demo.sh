#!/usr/bin/env bash
# One command from a fresh clone to a running site: installs what is missing, starts and seeds the
# local WordPress, builds Pressfront and serves it. Ctrl-C stops the site and the WordPress it started.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
. scripts/lib/common.sh
PORT="${PORT:-3000}"

ensure_node_modules
require_free_port "$PORT" "the site" PORT

# The build needs no WordPress: it runs while WordPress is installed and seeded (on a fresh
# machine each takes a minute or more; on WordPress Playground the seed takes two), in a process
# group of its own where setsid exists (not on macOS) so that an early exit stops it whole.
echo "[demo] building the site while WordPress starts"
build_log="$(mktemp)"
if command -v setsid >/dev/null; then
  setsid npm run build >"$build_log" 2>&1 </dev/null &
else
  npm run build >"$build_log" 2>&1 </dev/null &
fi
build=$!
at_exit "kill -TERM -- -$build 2>/dev/null || kill -TERM $build 2>/dev/null; rm -f '$build_log'"

# Editors' changes reach the site at once, subscribers are kept in WordPress: the companion plugin
# and this site share the secret backend/wp.sh made for this machine (PRESSFRONT_BRIDGE_SECRET).
serve_local_wordpress_to "http://localhost:$PORT"

if ! wait "$build"; then
  cat "$build_log" >&2
  echo "[demo] error: the build failed (above)" >&2
  exit 1
fi
echo "[demo] built"

echo
echo "  WordPress (editors): $WORDPRESS_URL/wp-admin/  (user admin, password in .pressfront/admin-password.txt)"
echo "  Pressfront (readers): http://localhost:$PORT/"
echo
npm run start -- --port "$PORT"
