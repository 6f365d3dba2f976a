#!/usr/bin/env bash
# `npm run dev`: Next.js's development server with hot reload, for editing a theme or a component.
# Against WORDPRESS_URL (with its credentials and secret) when set; otherwise the embedded local
# WordPress, started and seeded like `npm run demo` does, and stopped again on Ctrl-C when this
# started it. Editors' changes reach the page at once: the local plugin is pointed at this server.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
. scripts/lib/common.sh
PORT="${PORT:-3000}"

ensure_node_modules
require_free_port "$PORT" "the development server" PORT

if [ -z "${WORDPRESS_URL:-}" ]; then
  echo "[dev] WORDPRESS_URL is not set: using the local WordPress (backend/wp.sh)" >&2
  serve_local_wordpress_to "http://localhost:$PORT"
  echo "  WordPress (editors): $WORDPRESS_URL/wp-admin/  (user admin, password in .pressfront/admin-password.txt)" >&2
fi

# The theme list and the islands' scripts are generated (scripts/generate.ts): a theme folder added
# since is picked up. (An island edited while this runs: npm run islands.)
npx tsx scripts/generate.ts
node_modules/.bin/next dev --port "$PORT" "$@"
