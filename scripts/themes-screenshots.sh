#!/usr/bin/env bash
# `npm run themes:screenshots [-- --docs]`: every installed theme photographed against the local
# WordPress (public/themes/<name>.png), and with --docs wp-admin's theme screens for the docs.
# Starts WordPress if it is not running (and stops it after), builds if there is no build.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
. scripts/lib/common.sh

ensure_node_modules
use_local_wordpress
set -a
eval "$(bash backend/wp.sh env)"
set +a
[ -f .next/BUILD_ID ] || npm run --silent build >/dev/null
npx tsx scripts/themes/screenshots.ts "$@"
