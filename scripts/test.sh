#!/usr/bin/env bash
# `npm test`, the README's test command (and .ci/run's): works on a fresh clone — it installs the npm
# packages when missing, and the Debian ones beside the first steps — then lint, types, units, e2e.
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
# The Debian packages the e2e step needs, installed meanwhile (scripts/e2e-packages.sh): on a fresh
# machine that is network and disk, while lint, types and units are CPU. Waited for before the
# e2e step; if it failed, its log is shown and the e2e step says what is missing itself.
packages_log="$(mktemp)"
bash scripts/e2e-packages.sh >"$packages_log" 2>&1 &
packages_pid=$!
# A failing step ends the run, after the install: apt stopped half-way could leave dpkg broken.
trap 'wait "$packages_pid" 2>/dev/null || true; rm -f "$packages_log"' EXIT

# The theme list (themes/installed.ts) is generated: lint and types need it before anything else.
step npx tsx scripts/themes/discover.ts
step npm run --silent lint
step npm run --silent typecheck
# Checked: the e2e build (next build) skips its own pass over the same types.
export PRESSFRONT_TYPECHECKED=1
step npm run --silent test:unit
started=$SECONDS
if ! wait "$packages_pid"; then
  echo "[test] installing the e2e step's Debian packages failed:" >&2
  cat "$packages_log" >&2
fi
echo "[test] waited $((SECONDS - started)) s more for the Debian packages" >&2
# PHP comes with them.
step bash scripts/lint-php.sh
step npm run --silent test:e2e
