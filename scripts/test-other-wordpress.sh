#!/usr/bin/env bash
# The smoke set on the other WordPress: `npm test` runs the whole suite on the default, Debian 13's
# WordPress 6.8 (what site owners run today, and what the demo runs), then this on Debian 12's 6.1
# (2022: the oldest the plugin supports, block themes and the Navigation block as they first came)
# — the plugin's PHP tests and the e2e specs of what differs most between them: the site's design in
# block content (a page) and in the `site` theme, the Navigation block, menus and navigation without
# credentials (6.1 has no Navigation block menu of its own), the kitchen-sink post (every core
# block), a plugin's post type and taxonomy (the events), and widgets — block widgets and the
# widgets screen differ between them. The local WordPress is left on the version it was on,
# stopped if it was.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
. scripts/lib/common.sh

OTHER="${PRESSFRONT_OTHER_WP_VERSION:-6.1}"
before=$(cat .pressfront/wordpress-version 2>/dev/null || echo 6.8)
was_running=0
local_wordpress_running && was_running=1
restore() {
  local status=$?
  bash backend/wp.sh down >/dev/null 2>&1 || true
  # Back to the version the developer had: reinstalled and seeded (a few seconds), left stopped
  # unless it was running.
  if [ "$before" != "$OTHER" ] && [ "$was_running" = 1 ]; then
    PRESSFRONT_WP_VERSION="$before" bash backend/wp.sh up >/dev/null 2>&1 || status=1
  fi
  exit "$status"
}
trap restore EXIT

bash backend/wp.sh down >/dev/null 2>&1 || true
export PRESSFRONT_WP_VERSION="$OTHER"
bash backend/wp.sh up >/dev/null
bash scripts/test-php.sh
# In every theme; then the spec that runs last and alone (it changes the site's design), without
# the theme projects it would otherwise wait for (they would run in full).
npm run --silent test:e2e -- e2e/block-design.spec.ts e2e/menus.spec.ts e2e/kitchen-sink.spec.ts \
  e2e/without-credentials.spec.ts e2e/content-model.spec.ts
# One run for both (each run starts the theme servers again): every test of site-design.spec.ts (the
# grep matches its file's name) and freshness's about widgets, the Search block and events.
npm run --silent test:e2e -- --project=site-wide --no-deps e2e/site-design.spec.ts e2e/freshness.spec.ts \
  --grep 'site-design\.spec|widget|Search block|event published'
