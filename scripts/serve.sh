#!/usr/bin/env bash
# `npm run serve`: the production stack on this machine — Redis, one Pressfront worker per core
# (PRESSFRONT_WORKERS), Varnish in front on PORT (default 3000). WordPress is WORDPRESS_URL with its
# credentials and PRESSFRONT_BRIDGE_SECRET from the environment, as for `npm start`; without
# WORDPRESS_URL, the embedded local WordPress (started, seeded, and stopped again with the stack).
# Installs what is missing (npm packages; Debian's redis-server, varnish, varnish-modules as root),
# builds, serves until Ctrl-C, which stops all of it. PRESSFRONT_SKIP_BUILD=1 serves the last build.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
. scripts/lib/common.sh
PORT="${PORT:-3000}"
export PORT

ensure_node_modules
bash scripts/stack/packages.sh
require_free_port "$PORT" "the site (Varnish)" PORT

if [ -z "${WORDPRESS_URL:-}" ]; then
  # The plugin tells the edge's address what changed; Varnish passes it to one worker, which
  # revalidates Redis (every worker's data cache) and purges the edge.
  serve_local_wordpress_to "http://localhost:$PORT"
fi

if [ "${PRESSFRONT_SKIP_BUILD:-}" != 1 ]; then
  echo "[serve] building the site"
  npm run build
fi
# Not exec: the local WordPress's trap (use_local_wordpress) stops it when this script ends.
npx tsx scripts/stack/run-stack.ts &
serve=$!
trap 'kill -TERM "$serve" 2>/dev/null || true' INT TERM
wait "$serve" || true
wait "$serve" 2>/dev/null || true
