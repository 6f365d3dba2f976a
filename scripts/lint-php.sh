#!/usr/bin/env bash
# PHP lint: `php -l` on every PHP file we ship or run (the companion plugin, the local WordPress's
# helpers) — a syntax error would otherwise surface only when that file is first loaded — and the
# plugin's code style with Debian's php-codesniffer (backend/plugin/phpcs.xml.dist), and its .pot
# current with its strings.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
. scripts/lib/common.sh
command -v php >/dev/null || bash backend/wp.sh packages
ensure_debian_packages "[php]" .pressfront/logs/apt-php.log php-codesniffer
failed=0
while IFS= read -r -d '' file; do
  php -l "$file" >/dev/null 2>/tmp/php-lint.$$ || { cat /tmp/php-lint.$$ >&2; failed=1; }
done < <(find backend -name '*.php' -print0)
rm -f /tmp/php-lint.$$
[ "$failed" = 0 ] && echo "php -l: $(find backend -name '*.php' | wc -l) files, no syntax errors" >&2
(cd backend/plugin && phpcs --standard=phpcs.xml.dist -q) || failed=1
[ "$failed" = 0 ] && echo "phpcs: the plugin and its tests follow backend/plugin/phpcs.xml.dist" >&2
# The translation template says what the plugin's PHP says.
bash scripts/plugin-pot.sh --check || failed=1
exit "$failed"
