#!/usr/bin/env bash
# `npm test`, the README's test command (and .ci/run's): works on a fresh clone — it installs the npm
# packages when missing (the e2e step installs the Debian ones) — then lint, types, units, e2e.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
. scripts/lib/common.sh

ensure_node_modules
step() {
  local started=$SECONDS
  echo "[test] $*" >&2
  "$@"
  echo "[test] $* took $((SECONDS - started)) s" >&2
}
# The theme list (themes/installed.ts) is generated: lint and types need it before anything else.
step npx tsx scripts/themes/discover.ts
step npm run --silent lint
step bash scripts/lint-php.sh
step npm run --silent typecheck
# Checked: the e2e build (next build) skips its own pass over the same types.
export PRESSFRONT_TYPECHECKED=1
step npm run --silent test:unit
step npm run --silent test:e2e
