#!/usr/bin/env bash
# The embedded local WordPress, whichever runs it: one command set, two implementations.
#   native      Debian's PHP, MariaDB and WordPress packages (backend/native/wp.sh): the fastest,
#               what the full e2e suite and the benchmarks run on; needs Debian and root once, to
#               install the packages
#   playground  WordPress Playground from npm (backend/playground/): PHP compiled to WebAssembly
#               with SQLite, run by Node.js alone — no root, no Debian, no PHP or database server
# PRESSFRONT_WORDPRESS=native|playground picks one; by default native where it can be installed (its
# packages there already, or root on a Debian-like system), Playground elsewhere. `up` says which
# and why in one line. All state lives under .pressfront/.
#
#   backend/wp.sh up      install (when missing), start, seed on first run; idempotent
#   backend/wp.sh down    stop everything it started (either backend), leaving no process behind
#   backend/wp.sh reset   restore the seeded snapshot (WordPress must be up)
#   backend/wp.sh seed    install and seed the site anew (WordPress must be up), then snapshot it
#   backend/wp.sh snapshot
#                         keep the site as it is now as the snapshot `reset` restores
#   backend/wp.sh status  say what runs
#   backend/wp.sh env     print the variables the frontend needs (WORDPRESS_URL, credentials)
#   backend/wp.sh run CMD run CMD with those variables exported (WordPress must be up)
#   backend/wp.sh privacy export|erase EMAIL
#                         run WordPress's personal-data exporters or erasers for one address
#   backend/wp.sh sql 'STATEMENT'
#                         run one SQL statement on the local WordPress's database (tests age tokens)
#   backend/wp.sh option NAME VALUE
#                         set a WordPress option the REST API cannot (tests switch permalinks)
#   backend/wp.sh php-theme STYLESHEET
#                         switch the PHP theme, as Appearance → Themes does (tests follow a design)
#   backend/wp.sh generate COUNT
#                         top the site up to COUNT generated posts (the benchmark's archive;
#                         `reset` takes them away)
#   backend/wp.sh insert FILE.json
#                         insert the posts FILE.json lists (the benchmark's corpus)
#   backend/wp.sh packages
#                         install what the backend needs system-wide (native: Debian's packages)
#   backend/wp.sh which   print the backend the other commands use
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
STATE="${PRESSFRONT_STATE_DIR:-$ROOT/.pressfront}"
# The backend whose WordPress was last brought up: the one the other commands speak to.
CHOSEN="$STATE/wordpress-backend"

# shellcheck source=../scripts/lib/common.sh
. "$ROOT/scripts/lib/common.sh"

# The native backend's packages, all installed already (the e2e suite's and the 6.1 run's).
native_packages_installed() {
  command -v dpkg-query >/dev/null || return 1
  local p
  for p in php-cli php-mysql php-gd php-xml php-mbstring mariadb-server mariadb-client; do
    [[ "$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null)" == *"install ok installed"* ]] || return 1
  done
}

# Prints the backend for `up` and, on the second line, why.
decide() {
  case "${PRESSFRONT_WORDPRESS:-}" in
    native | playground)
      printf '%s\nasked for by PRESSFRONT_WORDPRESS\n' "$PRESSFRONT_WORDPRESS"
      return ;;
    "") ;;
    *) echo "[wp] error: PRESSFRONT_WORDPRESS must be native or playground, not $PRESSFRONT_WORDPRESS" >&2; exit 1 ;;
  esac
  if native_packages_installed; then
    printf 'native\nDebian'"'"'s PHP and MariaDB are installed (PRESSFRONT_WORDPRESS=playground for the other)\n'
  elif [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null; then
    printf 'native\nroot on a Debian-like system installs Debian'"'"'s PHP and MariaDB (PRESSFRONT_WORDPRESS=playground for the other)\n'
  elif ! command -v apt-get >/dev/null; then
    printf 'playground\nno Debian packages here (no apt-get): Node.js runs WordPress itself\n'
  else
    printf 'playground\nDebian'"'"'s PHP and MariaDB are not installed and only root can install them\n'
  fi
}

# The backend the other commands speak to: the one asked for, else the one last brought up, else
# the one `up` would pick.
current() {
  if [ -n "${PRESSFRONT_WORDPRESS:-}" ]; then decide | head -n 1
  elif [ -s "$CHOSEN" ]; then cat "$CHOSEN"
  else decide | head -n 1
  fi
}

implementation() {
  case "$1" in
    native) echo "$ROOT/backend/native/wp.sh" ;;
    playground) echo "$ROOT/backend/playground/wp.sh" ;;
  esac
}

case "${1:-}" in
  up)
    { read -r backend; read -r reason; } < <(decide)
    other=native
    [ "$backend" = native ] && other=playground
    # One WordPress at a time on the port. Unasked, the one that runs is kept; asked for the other,
    # the one that runs must be stopped first.
    if [[ "$(bash "$(implementation "$other")" status 2>/dev/null)" == *"wordpress: running"* ]]; then
      if [ -n "${PRESSFRONT_WORDPRESS:-}" ]; then
        echo "[wp] error: the $other WordPress is running; stop it first (npm run wp:down)" >&2
        exit 1
      fi
      backend=$other
      reason="its WordPress runs already (PRESSFRONT_WORDPRESS picks one)"
    fi
    echo "[wp] backend: $backend — $reason" >&2
    mkdir -p "$STATE"
    echo "$backend" >"$CHOSEN"
    exec bash "$(implementation "$backend")" up
    ;;
  down)
    # Both: whichever runs stops, and a switch of backend never leaves the other's behind.
    bash "$ROOT/backend/native/wp.sh" down
    bash "$ROOT/backend/playground/wp.sh" down
    ;;
  which) current ;;
  *) exec bash "$(implementation "$(current)")" "$@" ;;
esac
