#!/usr/bin/env bash
# One command from a fresh clone to a running site: installs what is missing, starts and seeds the
# local WordPress, builds Pressfront and serves it. Ctrl-C stops the site and the WordPress it started.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
. scripts/lib/common.sh
PORT="${PORT:-3000}"

ensure_node_modules
require_free_port "$PORT" "the site" PORT

# Editors' changes reach the site at once, subscribers are kept in WordPress: the companion plugin
# and this site share the secret backend/wp.sh made for this machine (PRESSFRONT_BRIDGE_SECRET).
serve_local_wordpress_to "http://localhost:$PORT"

echo "[demo] building the site"
npm run build

echo
echo "  WordPress (editors): $WORDPRESS_URL/wp-admin/  (user admin, password in .pressfront/admin-password.txt)"
echo "  Pressfront (readers): http://localhost:$PORT/"
echo
npm run start -- --port "$PORT"
