#!/usr/bin/env bash
# `php -l` on every PHP file we ship or run (the companion plugin, the local WordPress's helpers):
# a syntax error would otherwise surface only when that file is first loaded.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
command -v php >/dev/null || bash backend/wp.sh packages
failed=0
while IFS= read -r -d '' file; do
  php -l "$file" >/dev/null 2>/tmp/php-lint.$$ || { cat /tmp/php-lint.$$ >&2; failed=1; }
done < <(find backend -name '*.php' -print0)
rm -f /tmp/php-lint.$$
[ "$failed" = 0 ] && echo "php -l: $(find backend -name '*.php' | wc -l) files, no syntax errors" >&2
exit "$failed"
