#!/usr/bin/env bash
# For `npm run bench`: what a site owner runs today, beside our ceiling.
#   B — WordPress rendering pages itself with its default block theme (the one backend/wp.sh
#       installs with the version: Twenty Twenty-Three on 6.1, Twenty Twenty-Five on 6.8), nginx + php-fpm
#   C — nginx serving files: Pressfront's HTML saved to disk (the ceiling)
# Both use the local WordPress's files and database (backend/wp.sh must be up).
#   php-and-nginx.sh up WP_PORT STATIC_PORT STATIC_DIR   start both (installs Debian packages if missing)
#   php-and-nginx.sh down                                stop both
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
STATE="${PRESSFRONT_STATE_DIR:-$ROOT/.pressfront}"
DOCROOT="$STATE/wordpress"
RUN="$STATE/bench"
WP_HOST="127.0.0.1:${PRESSFRONT_WP_PORT:-8790}"

# shellcheck source=../../scripts/lib/common.sh
. "$ROOT/scripts/lib/common.sh"
ensure_packages() {
  ensure_debian_packages "[bench]" "$RUN/logs/apt.log" nginx php-fpm wrk
}

php_fpm() { ls /usr/sbin/php-fpm* | sort -V | tail -1; }

up() {
  local wp_port=$1 static_port=$2 static_dir=$3
  ensure_packages
  mkdir -p "$RUN/logs" "$RUN/nginx-tmp"
  cat >"$RUN/php-fpm.conf" <<CONF
[global]
pid = $RUN/php-fpm.pid
error_log = $RUN/logs/php-fpm.log
daemonize = yes
[www]
listen = $RUN/php-fpm.sock
listen.mode = 0666
pm = static
; One worker per core: PHP renders on both cores, as a small production server would.
pm.max_children = $(nproc)
php_admin_value[memory_limit] = 256M
php_admin_flag[opcache.enable] = on
php_admin_value[opcache.validate_timestamps] = 0
CONF
  "$(php_fpm)" --allow-to-run-as-root -y "$RUN/php-fpm.conf"
  local user=""
  # Run as root (CI), nginx's workers would drop to nobody, who cannot read the checkout.
  [ "$(id -u)" = 0 ] && user="user root;"
  cat >"$RUN/nginx.conf" <<CONF
$user
worker_processes 1;
pid $RUN/nginx.pid;
error_log $RUN/logs/nginx-error.log;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path $RUN/nginx-tmp/body;
  fastcgi_temp_path $RUN/nginx-tmp/fastcgi;
  proxy_temp_path $RUN/nginx-tmp/proxy;
  uwsgi_temp_path $RUN/nginx-tmp/uwsgi;
  scgi_temp_path $RUN/nginx-tmp/scgi;
  include /etc/nginx/mime.types;
  server {
    listen 127.0.0.1:$wp_port;
    root $DOCROOT;
    index index.php;
    location / { try_files \$uri \$uri/ /index.php?\$args; }
    location ~ \.php\$ {
      include /etc/nginx/fastcgi_params;
      fastcgi_param SCRIPT_FILENAME \$document_root\$fastcgi_script_name;
      # WordPress's address is the local one (WP_HOME): said so, it renders instead of redirecting.
      fastcgi_param HTTP_HOST $WP_HOST;
      fastcgi_pass unix:$RUN/php-fpm.sock;
    }
  }
  server {
    listen 127.0.0.1:$static_port;
    root $static_dir;
    location / { try_files \$uri \$uri/index.html =404; default_type text/html; }
  }
}
CONF
  nginx -c "$RUN/nginx.conf" -e "$RUN/logs/nginx-error.log"
}

down() {
  [ -f "$RUN/nginx.pid" ] && kill "$(cat "$RUN/nginx.pid")" 2>/dev/null || true
  [ -f "$RUN/php-fpm.pid" ] && kill "$(cat "$RUN/php-fpm.pid")" 2>/dev/null || true
  rm -f "$RUN/nginx.pid" "$RUN/php-fpm.pid"
}

case "${1:-}" in
  up) shift; up "$@" ;;
  down) down ;;
  *) echo "usage: php-and-nginx.sh up WP_PORT STATIC_PORT STATIC_DIR | down" >&2; exit 2 ;;
esac
