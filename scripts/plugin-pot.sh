#!/usr/bin/env bash
# `npm run plugin:pot`: the companion plugin's translation template, languages/pressfront-bridge.pot,
# from its PHP with GNU gettext's xgettext (Debian's; WP-CLI's make-pot is not packaged), reading
# WordPress's translation functions and their "translators:" comments. `--check` says whether the
# committed file is current (scripts/lint-php.sh runs it) instead of writing it.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
. scripts/lib/common.sh
ensure_debian_packages "[pot]" .pressfront/logs/apt-pot.log gettext
plugin=backend/plugin/pressfront-bridge
target="$plugin/languages/pressfront-bridge.pot"
version=$(sed -n 's/^ \* Version: *//p' "$plugin/pressfront-bridge.php")
made=$(mktemp)
trap 'rm -f "$made"' EXIT
(cd "$plugin" && find . -name '*.php' -not -path './languages/*' | LC_ALL=C sort | sed 's#^\./##' |
  xgettext --files-from=- --language=PHP --from-code=UTF-8 --add-comments=translators: \
    --keyword=__:1 --keyword=_e:1 --keyword=esc_html__:1 --keyword=esc_html_e:1 \
    --keyword=esc_attr__:1 --keyword=esc_attr_e:1 --keyword=_x:1,2c --keyword=_n:1,2 \
    --package-name="Pressfront Bridge" --package-version="$version" --sort-by-file \
    --copyright-holder="Pressfront contributors" --add-location=file --no-wrap --output=-) |
  # A date that changes every run would make every check a difference.
  sed -e '/^"POT-Creation-Date:/d' -e 's/^"Content-Type: text\/plain; charset=CHARSET\\n"/"Content-Type: text\/plain; charset=UTF-8\\n"/' >"$made"
if [ "${1:-}" = --check ]; then
  if ! cmp -s "$made" "$target"; then
    echo "error: $target is not current with the plugin's strings: run npm run plugin:pot" >&2
    diff -u "$target" "$made" | head -20 >&2 || true
    exit 1
  fi
  echo "pot: $target is current ($(grep -c '^msgid ' "$target") strings)" >&2
else
  cp "$made" "$target"
  echo "wrote $target ($(grep -c '^msgid ' "$target") strings)" >&2
fi
