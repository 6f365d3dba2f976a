#!/usr/bin/env bash
# The companion plugin's PHP tests (PHPUnit, Debian's package) against the real local WordPress:
# they install a WordPress of their own beside the seeded site, in the same database under another
# table prefix (backend/plugin/tests), so the site the frontend reads is never touched. Starts the
# local WordPress when it is not running, and stops it again after.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
. scripts/lib/common.sh
ensure_debian_packages "[php]" .pressfront/logs/apt-php.log phpunit
use_local_wordpress
eval "$(bash backend/wp.sh env | grep '^WORDPRESS_URL=')"
PRESSFRONT_WP_DOCROOT="${PRESSFRONT_STATE_DIR:-$PWD/.pressfront}/wordpress" PRESSFRONT_WP_URL="$WORDPRESS_URL" \
  phpunit --configuration backend/plugin/tests/phpunit.xml.dist "$@"
