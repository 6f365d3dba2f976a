#!/usr/bin/env bash
# `npm test`, the README's test command (and .ci/run's): works on a fresh clone — it installs the npm
# packages when missing, and the Debian ones beside the first steps — then types, lint, units, e2e.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
. scripts/lib/common.sh

ensure_node_modules
# The embedded WordPress this run tests against (backend/wp.sh): on native, everything below; on
# WordPress Playground (no root or Debian packages here), what needs no Debian package — types,
# lint, units and the e2e smoke set — each step left out saying why.
backend="$(bash backend/wp.sh which)"
skip() { echo "[test] skipped on WordPress Playground: $*" >&2; }
# The README's commands as a developer without root runs them, on WordPress Playground
# (scripts/test-portable.sh): it makes a user of its own, so it runs where that is ours to do — CI,
# or asked for (PRESSFRONT_TEST_PORTABLE=1). Here its CI form: from now on, beside everything else
# at the lowest CPU priority (it takes the cycles the native suite leaves, whose timings stay its
# own), the user's clone brings Playground up — install and seed, a few minutes of one core; at the
# end, the smoke set on it. The fresh clone's whole `npm run demo` is `bash scripts/test-portable.sh`,
# on demand.
portable_pid=
portable_started=0
portable_log="$(mktemp)"
start_portable() {
  if [ "$backend" = native ] && [ "$(id -u)" -eq 0 ] && { [ "${CI:-}" = true ] || [ "${PRESSFRONT_TEST_PORTABLE:-}" = 1 ]; }; then
    nice -n 19 bash scripts/test-portable.sh prepare >"$portable_log" 2>&1 &
    portable_pid=$!
    portable_started=1
  fi
}
step() {
  local started=$SECONDS
  echo "[test] $*" >&2
  "$@"
  echo "[test] $* took $((SECONDS - started)) s" >&2
}
# The theme list and the islands' scripts are generated (scripts/generate.ts): lint, types and the
# build need them first.
step npx tsx scripts/generate.ts
# Meanwhile, what the e2e step needs and lint, types and units do not: the Debian packages
# (scripts/e2e-packages.sh; on a fresh machine that is network and disk) and then the local
# WordPress installed, started and seeded (PHP and MariaDB), and from after the typecheck the
# production build of the app (ESLint uses one core, the build the other). Waited for before the
# e2e step; a part that failed shows its log there, and the e2e step says what is missing itself.
packages_log="$(mktemp)"
build_log="$(mktemp)"
wp_was_running=0
local_wordpress_running && wp_was_running=1
if [ "$backend" = native ]; then
  (bash scripts/e2e-packages.sh && bash backend/wp.sh up) >"$packages_log" 2>&1 &
else
  (bash scripts/chromium-package.sh && bash backend/wp.sh up) >"$packages_log" 2>&1 &
fi
packages_pid=$!
# A failing step ends the run, after the background work: apt stopped half-way could leave dpkg
# broken. A WordPress this run started is stopped again, whether or not the e2e step ran.
build_pid=
cleanup() {
  wait "$packages_pid" $build_pid 2>/dev/null || true
  # A run that ends early takes the portable run's user and processes with it.
  if [ "$portable_started" = 1 ]; then
    [ -z "$portable_pid" ] || kill "$portable_pid" 2>/dev/null || true
    bash scripts/test-portable.sh clean >/dev/null 2>&1 || true
  fi
  rm -f "$packages_log" "$build_log" "$portable_log"
  [ "$wp_was_running" = 1 ] || bash backend/wp.sh down >/dev/null 2>&1 || true
}
trap cleanup EXIT
start_portable

# Types before the build starts: tsc reads the route types the build writes (.next/types).
step npm run --silent typecheck
# Checked: the build skips its own pass over the same types.
export PRESSFRONT_TYPECHECKED=1
npm run --silent build >"$build_log" 2>&1 &
build_pid=$!
step npm run --silent lint
step npm run --silent test:unit
started=$SECONDS
if ! wait "$packages_pid"; then
  echo "[test] installing the e2e step's Debian packages or starting WordPress failed:" >&2
  cat "$packages_log" >&2
fi
if wait "$build_pid"; then
  # The e2e servers start from this build rather than making their own.
  export PRESSFRONT_E2E_BUILT=1
else
  echo "[test] the production build failed; the e2e step builds again to show why:" >&2
  tail -n 40 "$build_log" >&2
fi
echo "[test] waited $((SECONDS - started)) s more for the Debian packages, WordPress and the build" >&2
if [ "$backend" = playground ]; then
  skip "PHP's lint and the plugin's PHPUnit tests (they need Debian's PHP, phpunit and php-codesniffer)"
  skip "the full e2e suite and WordPress 6.1's (they need the native backend: its speed, Varnish, Redis)"
  echo "[test] on WordPress Playground: the e2e smoke set (e2e/smoke.spec.ts)" >&2
  PRESSFRONT_E2E_SMOKE=1 step npm run --silent test:e2e
  exit 0
fi
# PHP comes with them: its lint, then the plugin's tests against the WordPress started above.
step bash scripts/lint-php.sh
step bash scripts/test-php.sh
step npm run --silent test:e2e
# The other WordPress: the whole suite ran on the default, Debian 13's 6.8; Debian 12's 6.1 gets the
# plugin's tests and the specs of what differs most between them (scripts/test-other-wordpress.sh).
# A WordPress this run started is stopped first: the 6.1 run then leaves it on 6.1, stopped, rather
# than installing and seeding 6.8 again for nobody (the next `up` does that, and says so).
[ "$wp_was_running" = 1 ] || bash backend/wp.sh down >/dev/null
step bash scripts/test-other-wordpress.sh
if [ "$portable_started" = 1 ]; then
  started=$SECONDS
  portable_ready=0
  wait "$portable_pid" && portable_ready=1
  portable_pid=
  cat "$portable_log" >&2
  echo "[test] waited $((SECONDS - started)) s more for the portable run's Playground" >&2
  if [ "$portable_ready" = 0 ]; then
    echo "[test] the portable run's Playground did not come up (its log is above)" >&2
    exit 1
  fi
  step bash scripts/test-portable.sh smoke
else
  echo "[test] not run here: the smoke set on WordPress Playground as a user without root (scripts/test-portable.sh creates one: CI runs it, PRESSFRONT_TEST_PORTABLE=1 as root runs it here)" >&2
fi
