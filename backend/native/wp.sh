#!/usr/bin/env bash
# The native embedded WordPress: MariaDB + PHP's built-in server, all state under .pressfront/.
# No systemd and no network: Debian's `wordpress` package provides the code, we provide the rest.
# Run through backend/wp.sh, which picks this or WordPress Playground (backend/playground/) and
# documents the commands both implement. This one adds:
#   packages              install the Debian packages it needs (PHP, MariaDB, WordPress) only
#   wordpress-files       print the folder of PRESSFRONT_WP_VERSION's WordPress files (Debian's),
#                         fetching Debian 13's when missing — no root needed (the Playground
#                         backend mounts the same files)
#
# PRESSFRONT_WP_VERSION picks the WordPress: 6.8 (default: the current one, what site owners run
# today), Debian 13's, fetched from Debian's archive with its own package lists (apt-get download
# into .pressfront/debian-13/, nothing installed system-wide) with the default themes of its day;
# or 6.1, Debian 12's package, installed with apt. Asking for the other version than the one
# installed reinstalls and reseeds the site.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
BACKEND="$ROOT/backend"
STATE="${PRESSFRONT_STATE_DIR:-$ROOT/.pressfront}"
WP_PORT="${PRESSFRONT_WP_PORT:-8790}"
DB_PORT="${PRESSFRONT_DB_PORT:-33790}"
# MariaDB, PHP and apt's downloads run as whoever runs this, root or not: its folders are theirs.
RUN_AS="$(id -un)"
# The database server is a daemon: Debian puts it in /usr/sbin, on root's PATH only.
PATH="$PATH:/usr/local/sbin:/usr/sbin:/sbin"
WP_URL="http://127.0.0.1:$WP_PORT"

DB_DIR="$STATE/mysql"
DB_SOCK="$STATE/run/mysqld.sock"
DB_PID="$STATE/run/mysqld.pid"
PHP_PID="$STATE/run/php.pid"
DOCROOT="$STATE/wordpress"
LOGS="$STATE/logs"
SNAPSHOT="$STATE/snapshot"
CREDENTIALS="$STATE/credentials.env"
DB_NAME=pressfront
DB_USER=pressfront
DB_PASS=pressfront-local
WP_VERSION="${PRESSFRONT_WP_VERSION:-6.8}"
case "$WP_VERSION" in
  6.1 | 6.8) ;;
  *) printf '[wp] error: PRESSFRONT_WP_VERSION must be 6.1 (Debian 12'"'"'s WordPress) or 6.8 (Debian 13'"'"'s), not %s\n' "$WP_VERSION" >&2; exit 1 ;;
esac
# Debian 13's WordPress, its PHP and JavaScript libraries and default themes, unpacked here.
DEBIAN13="$STATE/debian-13"
DEBIAN13_PACKAGES=(wordpress wordpress-theme-twentytwentyfive wordpress-theme-twentytwentyfour
  wordpress-theme-twentytwentythree libjs-cropper libjs-lodash libjs-underscore php-getid3)

# Twenty Twenty-Three: 6.1's default theme, a block theme whose design the `site` theme follows.
APT_PACKAGES=(php-cli php-mysql php-gd php-xml php-mbstring php-curl php-intl php-zip
  mariadb-server mariadb-client wordpress wordpress-theme-twentytwentythree)

# shellcheck source=../scripts/lib/common.sh
. "$ROOT/scripts/lib/common.sh"

say() { printf '[wp] %s\n' "$*" >&2; }
die() { printf '[wp] error: %s\n' "$*" >&2; exit 1; }

ensure_packages() { ensure_debian_packages "[wp]" "$LOGS/apt.log" "${APT_PACKAGES[@]}"; }

# A process that has exited but not yet been reaped is a zombie: `kill -0` still finds it. Ours are
# reaped by PID 1 (their parent, wp.sh, is gone), which may take a second or two: not alive.
living() {
  local state
  state=$(sed 's/^.*) //' "/proc/$1/stat" 2>/dev/null) || return 1
  [ -n "$state" ] && [ "${state%% *}" != Z ]
}
alive() { [ -f "$1" ] && living "$(cat "$1")"; }

db() { mariadb --no-defaults --socket="$DB_SOCK" -uroot "$@"; }

start_db() {
  if [ ! -d "$DB_DIR/mysql" ]; then
    say "initialising MariaDB in $DB_DIR"
    mkdir -p "$DB_DIR"
    mariadb-install-db --no-defaults --datadir="$DB_DIR" --user="$RUN_AS" \
      --auth-root-authentication-method=normal --skip-test-db >"$LOGS/mariadb-install.log" 2>&1 \
      || die "mariadb-install-db failed; see $LOGS/mariadb-install.log"
  fi
  if ! alive "$DB_PID"; then
    # setsid gives it its own process group, so `down` can stop it whole.
    setsid mariadbd --no-defaults --user="$RUN_AS" --datadir="$DB_DIR" --socket="$DB_SOCK" \
      --pid-file="$DB_PID" --port="$DB_PORT" --bind-address=127.0.0.1 --skip-log-bin \
      --innodb-flush-log-at-trx-commit=2 --performance-schema=OFF \
      --character-set-server=utf8mb4 --collation-server=utf8mb4_unicode_ci \
      >"$LOGS/mariadb.log" 2>&1 </dev/null &
  fi
  local i
  for i in $(seq 1 100); do
    mariadb-admin --no-defaults --socket="$DB_SOCK" -uroot ping >/dev/null 2>&1 && break
    sleep 0.1
  done
  mariadb-admin --no-defaults --socket="$DB_SOCK" -uroot ping >/dev/null 2>&1 \
    || die "MariaDB did not start; see $LOGS/mariadb.log"
  db -e "CREATE DATABASE IF NOT EXISTS $DB_NAME CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
         CREATE USER IF NOT EXISTS '$DB_USER'@'127.0.0.1' IDENTIFIED BY '$DB_PASS';
         GRANT ALL ON $DB_NAME.* TO '$DB_USER'@'127.0.0.1';"
}

write_wp_config() {
  local salts="" k
  for k in AUTH_KEY SECURE_AUTH_KEY LOGGED_IN_KEY NONCE_KEY AUTH_SALT SECURE_AUTH_SALT LOGGED_IN_SALT NONCE_SALT; do
    salts+="define('$k', '$(head -c 48 /dev/urandom | base64 | tr -d '\n/+=')');"$'\n'
  done
  cat >"$DOCROOT/wp-config.php" <<PHP
<?php
// Written by backend/wp.sh for the embedded local WordPress. Not for production.
define('DB_NAME', '$DB_NAME');
define('DB_USER', '$DB_USER');
define('DB_PASSWORD', '$DB_PASS');
define('DB_HOST', '127.0.0.1:$DB_PORT');
define('DB_CHARSET', 'utf8mb4');
define('DB_COLLATE', '');
$salts
// The plugin's PHP tests install a WordPress of their own beside this one, under another prefix
// (backend/plugin/tests): the site the frontend reads is never touched by them.
\$table_prefix = getenv('PRESSFRONT_WP_TABLE_PREFIX') ?: 'wp_';
define('WP_HOME', '$WP_URL');
define('WP_SITEURL', '$WP_URL');
// 'local' lets Application Passwords work over plain http.
define('WP_ENVIRONMENT_TYPE', 'local');
define('DISABLE_WP_CRON', true);
define('WP_HTTP_BLOCK_EXTERNAL', true);
define('AUTOMATIC_UPDATER_DISABLED', true);
define('WP_AUTO_UPDATE_CORE', false);
define('WP_DEBUG', false);
define('WP_DEBUG_LOG', '$LOGS/wp-debug.log');
if (!defined('ABSPATH')) { define('ABSPATH', __DIR__ . '/'); }
require_once ABSPATH . 'wp-settings.php';
PHP
}

# Debian 13's packages, fetched with package lists of their own (apt's system lists and sources are
# left alone) and unpacked, not installed: their PHP runs on this machine's PHP 8.2.
fetch_debian13() {
  [ -f "$DEBIAN13/root/usr/share/wordpress/wp-load.php" ] && return 0
  say "fetching Debian 13's WordPress 6.8 from Debian's archive into $DEBIAN13"
  rm -rf "$DEBIAN13" && mkdir -p "$DEBIAN13/lists/partial" "$DEBIAN13/debs" "$DEBIAN13/root"
  echo "deb [signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] http://deb.debian.org/debian trixie main" \
    >"$DEBIAN13/sources.list"
  local apt=(-o "Dir::Etc::SourceList=$DEBIAN13/sources.list" -o Dir::Etc::SourceParts=/dev/null
    -o "Dir::State::Lists=$DEBIAN13/lists" -o "APT::Sandbox::User=$RUN_AS")
  apt-get "${apt[@]}" update >"$LOGS/debian-13-apt.log" 2>&1 \
    && (cd "$DEBIAN13/debs" && apt-get "${apt[@]}" download "${DEBIAN13_PACKAGES[@]}") >>"$LOGS/debian-13-apt.log" 2>&1 \
    || die "could not fetch Debian 13's WordPress; see $LOGS/debian-13-apt.log"
  local deb
  for deb in "$DEBIAN13"/debs/*.deb; do dpkg-deb -x "$deb" "$DEBIAN13/root"; done
  # Links to this machine's /etc (its .htaccess, the packaged wp-config.php) are not ours to follow.
  rm -f "$DEBIAN13/root/usr/share/wordpress/.htaccess" "$DEBIAN13/root/usr/share/wordpress/wp-config.php"
}

# The WordPress tree for WP_VERSION, with its packages' symlinks inside it (resolved by cp -L).
wordpress_tree() {
  if [ "$WP_VERSION" = 6.8 ]; then
    fetch_debian13
    echo "$DEBIAN13/root/usr/share/wordpress"
  else
    echo /usr/share/wordpress
  fi
}

# The version the local WordPress was installed in (installs older than the choice were 6.1).
installed_version() { cat "$STATE/wordpress-version" 2>/dev/null || echo 6.1; }

prepare_docroot() {
  # Another version than the one installed: a new tree and a new site (a database WordPress has
  # upgraded cannot go back).
  if [ -f "$DOCROOT/wp-load.php" ] && [ "$(installed_version)" != "$WP_VERSION" ]; then
    say "switching the local WordPress to $WP_VERSION: it is installed and seeded anew"
    rm -rf "$DOCROOT" "$SNAPSHOT" "$STATE/seeded"
  fi
  if [ ! -f "$DOCROOT/wp-load.php" ]; then
    local tree
    tree=$(wordpress_tree)
    say "copying WordPress $WP_VERSION into $DOCROOT"
    rm -rf "$DOCROOT"
    # Debian's tree is full of symlinks into /etc and /var/lib; -L makes a self-contained copy.
    cp -rL "$tree" "$DOCROOT"
    rm -f "$DOCROOT/wp-config.php"
    write_wp_config
    echo "$WP_VERSION" >"$STATE/wordpress-version"
  fi
  # A configuration written before the PHP tests had a site of their own: give it the prefix switch.
  if ! grep -q PRESSFRONT_WP_TABLE_PREFIX "$DOCROOT/wp-config.php"; then
    sed -i "s/^\$table_prefix = 'wp_';/\$table_prefix = getenv('PRESSFRONT_WP_TABLE_PREFIX') ?: 'wp_';/" "$DOCROOT/wp-config.php"
  fi
  # The version's default themes (WordPress activates the newest at install); a tree copied before
  # they were there gets them now.
  local theme tree
  tree=$(wordpress_tree)
  for theme in "$tree"/wp-content/themes/*/; do
    if [ -d "$theme" ] && [ ! -d "$DOCROOT/wp-content/themes/$(basename "$theme")" ]; then
      cp -rL "$theme" "$DOCROOT/wp-content/themes/"
    fi
  done
  mkdir -p "$DOCROOT/wp-content/mu-plugins" "$DOCROOT/wp-content/uploads"
  cp "$BACKEND"/mu-plugins/*.php "$DOCROOT/wp-content/mu-plugins/"
  # The companion plugin, always the checkout's version (install.php activates it).
  rm -rf "$DOCROOT/wp-content/plugins/pressfront-bridge"
  cp -r "$BACKEND/plugin/pressfront-bridge" "$DOCROOT/wp-content/plugins/pressfront-bridge"
}

start_php() {
  if ! alive "$PHP_PID"; then
    # The load meter's counts (backend/php/load-meter.php) are this server's alone.
    rm -f "$(dirname "$DOCROOT")/load.json"
    # OPcache is off for the command-line SAPI by default, and php -S is one: WordPress would be
    # compiled again for every request. On, every REST answer costs a fraction.
    PHP_CLI_SERVER_WORKERS="${PRESSFRONT_WP_WORKERS:-4}" setsid php \
      -d opcache.enable_cli=1 -d opcache.memory_consumption=128 -d opcache.max_accelerated_files=20000 \
      -d memory_limit=256M -d upload_max_filesize=32M -d post_max_size=64M \
      -S "127.0.0.1:$WP_PORT" -t "$DOCROOT" "$BACKEND/php/router.php" \
      >"$LOGS/php.log" 2>&1 </dev/null &
    echo $! >"$PHP_PID"
  fi
  local i
  for i in $(seq 1 100); do
    alive "$PHP_PID" || break
    curl -fsS -o /dev/null "$WP_URL/wp-includes/version.php" 2>/dev/null && return 0
    curl -sS -o /dev/null "$WP_URL/" 2>/dev/null && return 0
    sleep 0.1
  done
  die "PHP server did not answer on $WP_URL; see $LOGS/php.log"
}

take_snapshot() {
  rm -rf "$SNAPSHOT" && mkdir -p "$SNAPSHOT"
  mariadb-dump --no-defaults --socket="$DB_SOCK" -uroot --single-transaction --skip-comments \
    "$DB_NAME" >"$SNAPSHOT/db.sql"
  cp -a "$DOCROOT/wp-content/uploads" "$SNAPSHOT/uploads"
}

restore_snapshot() {
  [ -f "$SNAPSHOT/db.sql" ] || die "no snapshot yet; run: npm run wp:up"
  # The companion plugin's change log goes back with the database, but sequence numbers must never
  # be given twice (a frontend would take the new ones for changes it already applied): after the
  # restore, the log goes on past the highest number given so far, with one change that says
  # everything changed.
  local changes=wp_pressfront_changes next_seq
  next_seq=$(db -N "$DB_NAME" -e "SELECT COALESCE(MAX(seq), 0) + 1 FROM $changes" 2>/dev/null || echo 1)
  db "$DB_NAME" <"$SNAPSHOT/db.sql"
  next_seq=$(db -N "$DB_NAME" -e "SELECT GREATEST($next_seq, COALESCE(MAX(seq), 0) + 1) FROM $changes")
  db "$DB_NAME" -e "INSERT INTO $changes (seq, created_at, event, tags)
    VALUES ($next_seq, UTC_TIMESTAMP(), 'snapshot.restored', '[\"wordpress\"]')"
  rm -rf "$DOCROOT/wp-content/uploads"
  cp -a "$SNAPSHOT/uploads" "$DOCROOT/wp-content/uploads"
}

install_and_seed() {
  # A half-finished earlier attempt leaves partial content: start from an empty database.
  db -e "DROP DATABASE IF EXISTS $DB_NAME; CREATE DATABASE $DB_NAME CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;"
  rm -rf "$DOCROOT/wp-content/uploads" && mkdir -p "$DOCROOT/wp-content/uploads"
  say "installing WordPress"
  php "$BACKEND/php/install.php" "$DOCROOT" "$WP_URL" >"$CREDENTIALS.tmp" 2>"$LOGS/install.log" \
    || die "WordPress install failed; see $LOGS/install.log"
  mv "$CREDENTIALS.tmp" "$CREDENTIALS"
  say "generating demo images"
  mkdir -p "$STATE/images"
  php "$BACKEND/php/make-images.php" "$STATE/images" >"$LOGS/images.log" 2>&1 \
    || die "image generation failed; see $LOGS/images.log"
  say "seeding demo content through the REST API"
  [ -x "$ROOT/node_modules/.bin/tsx" ] || (cd "$ROOT" && npm ci --no-audit --no-fund >"$LOGS/npm.log" 2>&1) \
    || die "npm ci failed; see $LOGS/npm.log"
  (set -a; . "$CREDENTIALS"; set +a
    export WORDPRESS_URL="$WP_URL" PRESSFRONT_IMAGES_DIR="$STATE/images" PRESSFRONT_WP_VERSION="$WP_VERSION"
    cd "$ROOT" && node_modules/.bin/tsx backend/content/seed.ts) \
    || die "seeding failed"
  take_snapshot
  touch "$STATE/seeded"
}

# The secret the companion plugin and the frontend share (revalidation webhooks, preview links,
# subscriber requests): made once for this machine, set again after every restore of the snapshot.
BRIDGE_SECRET_FILE="$STATE/bridge-secret"
ensure_bridge_secret() {
  [ -s "$BRIDGE_SECRET_FILE" ] || od -An -tx1 -N32 /dev/urandom | tr -d ' \n' >"$BRIDGE_SECRET_FILE"
  php "$BACKEND/php/set-option.php" "$DOCROOT" "$WP_URL" pressfront_bridge_secret "$(cat "$BRIDGE_SECRET_FILE")" >/dev/null
}

cmd_up() {
  mkdir -p "$STATE/run" "$LOGS"
  # A developer's own WordPress, restarted by a spec (wordpress-down), is still theirs: it must not
  # carry the e2e run's mark, or the run's leftover check would take it for its own and kill it.
  if [ "${PRESSFRONT_E2E_KEEP_WP:-}" = 1 ]; then unset PRESSFRONT_E2E_RUN; fi
  ensure_packages
  local installed
  installed=$(installed_version)
  if alive "$PHP_PID" && [ "$installed" != "$WP_VERSION" ]; then
    die "WordPress $installed is running; stop it (npm run wp:down) before switching to $WP_VERSION"
  fi
  if alive "$DB_PID" && alive "$PHP_PID" && [ -f "$STATE/seeded" ]; then
    say "already running"
    echo "WORDPRESS_URL=$WP_URL"
    return 0
  fi
  # Both ports before either server: another program on one of them would answer in place of ours
  # (and a refusal must leave nothing half-started).
  [ "$DB_PORT" != "$WP_PORT" ] || die "PRESSFRONT_DB_PORT and PRESSFRONT_WP_PORT are both $WP_PORT"
  alive "$DB_PID" || require_free_port "$DB_PORT" "the local WordPress's MariaDB" PRESSFRONT_DB_PORT
  alive "$PHP_PID" || require_free_port "$WP_PORT" "the local WordPress" PRESSFRONT_WP_PORT
  # A start that fails half-way stops what it started, so nothing is left running for nothing.
  local db_was_up=0 php_was_up=0
  alive "$DB_PID" && db_was_up=1
  alive "$PHP_PID" && php_was_up=1
  trap "[ $php_was_up = 1 ] || stop_group '$PHP_PID' 'PHP server'; [ $db_was_up = 1 ] || stop_group '$DB_PID' MariaDB" EXIT
  start_db
  prepare_docroot
  start_php
  if [ ! -f "$STATE/seeded" ]; then
    install_and_seed
  fi
  ensure_bridge_secret
  trap - EXIT
  say "WordPress admin: $WP_URL/wp-admin/ (user admin, password in $STATE/admin-password.txt)"
  echo "WORDPRESS_URL=$WP_URL"
}

stop_group() {
  local pidfile=$1 name=$2 pid i
  [ -f "$pidfile" ] || return 0
  pid=$(cat "$pidfile")
  if living "$pid"; then
    # The process leads its own group (setsid): signal the group so php -S workers go too.
    kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null || true
    for i in $(seq 1 100); do living "$pid" || break; sleep 0.1; done
    kill -KILL -- "-$pid" 2>/dev/null || true
    say "stopped $name"
  fi
  rm -f "$pidfile"
}

cmd_down() {
  stop_group "$PHP_PID" "PHP server"
  stop_group "$DB_PID" "MariaDB"
}

cmd_reset() {
  alive "$DB_PID" || die "WordPress is not running; run: npm run wp:up"
  restore_snapshot
  ensure_bridge_secret
  say "restored the seeded snapshot"
}

cmd_seed() {
  alive "$DB_PID" && alive "$PHP_PID" || die "WordPress is not running; run: npm run wp:up"
  install_and_seed
  ensure_bridge_secret
  say "installed and seeded anew; snapshot taken"
}

cmd_snapshot() {
  alive "$DB_PID" || die "WordPress is not running; run: npm run wp:up"
  take_snapshot
  say "the site as it is now is the snapshot \`reset\` restores"
}

cmd_status() {
  echo "backend: native"
  echo "version: $(installed_version)"
  alive "$DB_PID" && echo "mariadb: running (pid $(cat "$DB_PID"), port $DB_PORT)" || echo "mariadb: stopped"
  alive "$PHP_PID" && echo "wordpress: running at $WP_URL (pid $(cat "$PHP_PID"))" || echo "wordpress: stopped"
  [ -f "$STATE/seeded" ] && echo "seeded: yes" || echo "seeded: no"
}

cmd_env() {
  echo "WORDPRESS_URL=$WP_URL"
  echo "PRESSFRONT_WP_VERSION=$(installed_version)"
  echo "PRESSFRONT_WORDPRESS=native"
  echo "PRESSFRONT_WP_STATE=$STATE"
  [ -f "$CREDENTIALS" ] && cat "$CREDENTIALS"
  [ -s "$BRIDGE_SECRET_FILE" ] && echo "PRESSFRONT_BRIDGE_SECRET=$(cat "$BRIDGE_SECRET_FILE")"
  return 0
}

cmd_run() {
  [ $# -gt 0 ] || die "usage: wp.sh run COMMAND [ARGS…]"
  set -a; eval "$(cmd_env)"; set +a
  cd "$ROOT" && exec "$@"
}

cmd_sql() {
  [ $# -eq 1 ] || die "usage: wp.sh sql 'STATEMENT'"
  alive "$DB_PID" || die "WordPress is not running; run: npm run wp:up"
  db "$DB_NAME" -e "$1"
}

cmd_privacy() {
  [ $# -eq 2 ] || die "usage: wp.sh privacy export|erase EMAIL"
  alive "$DB_PID" || die "WordPress is not running; run: npm run wp:up"
  php "$BACKEND/php/privacy.php" "$DOCROOT" "$WP_URL" "$1" "$2"
}

cmd_option() {
  [ $# -eq 2 ] || die "usage: wp.sh option NAME VALUE"
  alive "$DB_PID" || die "WordPress is not running; run: npm run wp:up"
  php "$BACKEND/php/set-option.php" "$DOCROOT" "$WP_URL" "$1" "$2"
}

cmd_php_theme() {
  [ $# -eq 1 ] || die "usage: wp.sh php-theme STYLESHEET"
  alive "$DB_PID" || die "WordPress is not running; run: npm run wp:up"
  php "$BACKEND/php/switch-theme.php" "$DOCROOT" "$WP_URL" "$1"
}

cmd_insert() {
  [ $# -eq 1 ] || die "usage: wp.sh insert FILE.json"
  alive "$DB_PID" || die "WordPress is not running; run: npm run wp:up"
  php -d memory_limit=1G "$BACKEND/php/insert-posts.php" "$DOCROOT" "$WP_URL" "$1"
}

cmd_generate() {
  [ $# -eq 1 ] || die "usage: wp.sh generate COUNT"
  alive "$DB_PID" || die "WordPress is not running; run: npm run wp:up"
  php -d memory_limit=1G "$BACKEND/php/generate-posts.php" "$DOCROOT" "$WP_URL" "$1"
}

case "${1:-}" in
  up) cmd_up ;;
  packages) mkdir -p "$LOGS"; ensure_packages ;;
  down) cmd_down ;;
  reset) cmd_reset ;;
  seed) cmd_seed ;;
  snapshot) cmd_snapshot ;;
  status) cmd_status ;;
  env) cmd_env ;;
  run) shift; cmd_run "$@" ;;
  option) shift; cmd_option "$@" ;;
  php-theme) shift; cmd_php_theme "$@" ;;
  privacy) shift; cmd_privacy "$@" ;;
  sql) shift; cmd_sql "$@" ;;
  generate) shift; cmd_generate "$@" ;;
  wordpress-files) mkdir -p "$LOGS"; wordpress_tree ;;
  insert) shift; cmd_insert "$@" ;;
  *) echo "usage: backend/wp.sh up|down|reset|seed|snapshot|status|env|run CMD|option NAME VALUE|php-theme STYLESHEET|privacy export|erase EMAIL|sql STATEMENT|generate COUNT|insert FILE.json|packages|which (see backend/wp.sh)" >&2; exit 2 ;;
esac
