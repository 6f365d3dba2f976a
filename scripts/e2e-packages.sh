#!/usr/bin/env bash
# Every Debian package the e2e suite needs, installed where missing, in one go: WordPress's (PHP,
# MariaDB), Chromium, and the production stack's (Redis, Varnish). `npm test` runs this beside
# lint, types and units — on a fresh machine it waits on the network and the disk for a minute or
# more, they on the CPU. Each step still checks its own packages, so any of them runs alone too.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
. scripts/lib/common.sh
bash backend/wp.sh packages
bash scripts/chromium-package.sh
bash scripts/stack/packages.sh
# The plugin's PHP lint and tests (scripts/lint-php.sh, test-php.sh), and its .pot's xgettext.
ensure_debian_packages "[php]" .pressfront/logs/apt-php.log phpunit php-codesniffer gettext
