#!/usr/bin/env bash
# The README's two commands as a developer without root would run them, on WordPress Playground:
# a user made for the run (no root, no sudo, an empty home) takes a fresh clone of this checkout's
# HEAD, and with nothing but the machine's Node.js and its network settings
#   1. `npm run demo` must serve the seeded site and wp-admin, and Ctrl-C must leave nothing running;
#   2. the e2e smoke set (e2e/smoke.spec.ts) must pass against the same WordPress, and its bad
#      situations (a port in use, a damaged database) must each be one line that loses nothing.
# The user cannot install anything (apt needs root): Node.js 22 comes from the npm registry
# (scripts/lib/node.sh), WordPress's files from Debian's archive by download (no root needed),
# Chromium is the one already on the machine (Debian's, or Playwright's own). Run as root.
#   test-portable.sh          both parts, then `npm test` as the user (on Playground: types, lint,
#                             units, the smoke set), then the user is removed — on demand: a fresh
#                             clone's demo and test cost minutes (npm packages, builds, the seed)
#   test-portable.sh prepare  what CI runs beside the native suite, at the lowest CPU priority,
#                             instead of part 1: the user gets a clone of HEAD with the checkout's
#                             npm packages, and brings Playground up (its CLI, WordPress's files,
#                             install, seed)
#   test-portable.sh smoke    part 2 on that user and clone (given the checkout's build when the
#                             demo did not make one), then the user is removed
#   test-portable.sh clean    remove the user and whatever it still runs
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

USER_NAME=pressfront-portable
# Ports of its own: the native WordPress and the suite's servers may hold the usual ones.
WP_PORT=8890
SITE_PORT=3900
E2E_PORT=3950

part="${1:-all}"
case "$part" in all | prepare | smoke | clean) ;; *) echo "usage: test-portable.sh [prepare|smoke|clean]" >&2; exit 2 ;; esac

if [ "$(id -u)" -ne 0 ]; then
  echo "[portable] error: needs root to create the user it runs as (it runs as root in CI)" >&2
  exit 1
fi
started=$SECONDS
say() { echo "[portable] $* ($((SECONDS - started)) s)" >&2; }

# The user's processes still alive; zombies (exited, waiting for PID 1 to reap them) are not.
living() { ps -u "$USER_NAME" -o pid=,stat=,args= 2>/dev/null | awk '$2 !~ /^Z/'; }
# Waits up to 10 s for the user's processes to end (signalled a moment ago, some may be on their way
# out); false, listing them, if some do not.
none_left() {
  for _ in $(seq 1 100); do [ -z "$(living)" ] && return 0; sleep 0.1; done
  living >&2
  return 1
}

remove_user() {
  id "$USER_NAME" >/dev/null 2>&1 || return 0
  pkill -KILL -u "$USER_NAME" 2>/dev/null || true
  # Processes killed a moment ago may still hold the home folder.
  for _ in $(seq 1 50); do pgrep -u "$USER_NAME" >/dev/null || break; sleep 0.1; done
  userdel --remove "$USER_NAME" 2>/dev/null || true
}
# Run at a lower CPU priority (npm test runs the prepare part with `nice -n 19`), the user's processes
# keep it. Linux schedules each session as a group of its own (autogroup) — the scripts and the
# servers they start each open one — and weighs a group by the group's niceness, not its
# processes'. So the run moves itself into a CPU cgroup of its own, weighted lowest, that every
# process it starts stays in, new sessions included; where it cannot make one, every group the
# user's processes are in gets this script's niceness, as they appear (once a second).
CGROUP_NAME=pressfront-portable
cgroup=
keeper=
niceness="$(nice)"
# The cgroup's folder, made and weighted (cgroup v1's cpu controller, or v2's); false where neither
# can be written.
low_priority_cgroup() {
  local root dir
  for root in /sys/fs/cgroup/cpu /sys/fs/cgroup; do
    dir="$root/$CGROUP_NAME"
    if [ -w "$root" ] && [ -e "$root/cpu.shares" ]; then
      mkdir -p "$dir" && echo 2 >"$dir/cpu.shares" 2>/dev/null && { echo "$dir"; return 0; }
    elif [ -w "$root" ] && grep -qw cpu "$root/cgroup.subtree_control" 2>/dev/null; then
      mkdir -p "$dir" && echo 1 >"$dir/cpu.weight" 2>/dev/null && { echo "$dir"; return 0; }
    fi
    rmdir "$dir" 2>/dev/null || true
  done
  return 1
}
# Back to the parent group with whatever is left in it, and the group removed.
remove_cgroup() {
  local root dir pid
  for root in /sys/fs/cgroup/cpu /sys/fs/cgroup; do
    dir="$root/$CGROUP_NAME"
    [ -d "$dir" ] || continue
    while read -r pid; do echo "$pid" >"$root/cgroup.procs" 2>/dev/null || true; done <"$dir/cgroup.procs"
    rmdir "$dir" 2>/dev/null || true
  done
}
keep_niceness() {
  local pid
  while :; do
    for pid in $(pgrep -u "$USER_NAME"); do echo "$niceness" >"/proc/$pid/autogroup" 2>/dev/null || true; done
    sleep 1
  done
}
if [ "$part" = clean ]; then
  remove_user
  remove_cgroup
  exit 0
fi
# Whatever fails removes the user; a prepare part that passes leaves it for the smoke part.
finish() {
  [ -z "$keeper" ] || kill "$keeper" 2>/dev/null || true
  [ "${keep_user:-0}" = 1 ] || remove_user
  [ -z "$cgroup" ] || remove_cgroup
}
trap finish EXIT
if [ "$part" = smoke ]; then
  id "$USER_NAME" >/dev/null 2>&1 || { echo "[portable] error: no $USER_NAME: run test-portable.sh prepare first" >&2; exit 1; }
else
  remove_user
  useradd --create-home --shell /bin/bash "$USER_NAME"
fi
home="$(getent passwd "$USER_NAME" | cut -d: -f6)"
if [ "$niceness" -gt 0 ]; then
  if cgroup="$(low_priority_cgroup)" && echo $$ >"$cgroup/cgroup.procs" 2>/dev/null; then
    say "at the lowest CPU weight, in cgroup $cgroup"
  else
    cgroup=
    remove_cgroup
    if [ -e /proc/self/autogroup ]; then
      keep_niceness &
      keeper=$!
    fi
  fi
fi
if [ "$part" != smoke ]; then
  git clone -q "$PWD" "$home/pressfront"
  chown -R "$USER_NAME:" "$home/pressfront"
  say "user $USER_NAME (uid $(id -u "$USER_NAME"), not root) has a fresh clone of $(git rev-parse --short HEAD)"
fi

# The machine's network settings (this one reaches the npm registry through its own certificates);
# nothing else of root's environment.
passed=(HOME="$home" USER="$USER_NAME" LOGNAME="$USER_NAME" PATH=/usr/local/bin:/usr/bin:/bin LANG=C.UTF-8
  CI="${CI:-}" PRESSFRONT_WORDPRESS=playground PRESSFRONT_WP_PORT="$WP_PORT" PRESSFRONT_E2E_PORT="$E2E_PORT")
while IFS='=' read -r name _; do
  case "$name" in
    NODE_EXTRA_CA_CERTS | SSL_CERT_FILE | SSL_CERT_DIR | *_proxy | *_PROXY) passed+=("$name=${!name}") ;;
  esac
done < <(env)
[ -n "${NODE_EXTRA_CA_CERTS:-}" ] && passed+=("npm_config_cafile=$NODE_EXTRA_CA_CERTS")
as_user() { runuser -u "$USER_NAME" -- env -i "${passed[@]}" bash -c "cd ~/pressfront && $1"; }

check() {
  local what=$1 url=$2 expected=$3 body
  body="$(curl -fsS -L "$url")" || { echo "[portable] error: $what: $url did not answer" >&2; exit 1; }
  [[ "$body" == *"$expected"* ]] || { echo "[portable] error: $what: $url lacks \"$expected\"" >&2; exit 1; }
  say "$what: $url has \"$expected\""
}

# 1. npm run demo, in a process group of its own so Ctrl-C (SIGINT to the group) reaches it whole.
demo_part() {
  local demo_log="$home/demo.log" site="http://localhost:$SITE_PORT" demo
  runuser -u "$USER_NAME" -- env -i "${passed[@]}" PORT="$SITE_PORT" \
    setsid bash -c 'echo $$ >~/demo.pgid && cd ~/pressfront && exec npm run demo' >"$demo_log" 2>&1 </dev/null &
  demo=$!
  until curl -fsS -o /dev/null "$site/api/health/" 2>/dev/null; do
    if ! kill -0 "$demo" 2>/dev/null; then
      echo "[portable] error: npm run demo stopped before serving; it printed:" >&2
      tail -n 60 "$demo_log" >&2
      exit 1
    fi
    sleep 1
  done
  say "npm run demo serves $site"
  grep -F '[wp] backend: playground' "$demo_log" >&2
  check "the front page" "$site/" "Pressfront Daily"
  check "a post and its captioned photo" "$site/harbour-towns-sign-tidal-power-pact/" \
    "Dawn over the harbour at Porto Alto"
  check "wp-admin (its login)" "http://127.0.0.1:$WP_PORT/wp-admin/" 'name="log"'
  # As Ctrl-C in its terminal: SIGINT to its process group (the session setsid made).
  kill -INT -- "-$(cat "$home/demo.pgid")"
  wait "$demo" || true
  none_left || { echo "[portable] error: Ctrl-C on npm run demo left the processes above running" >&2; exit 1; }
  say "Ctrl-C stopped the demo and its WordPress: nothing left running"
}

expect_line() {
  local what=$1 output=$2 line=$3
  [[ "$output" == *"$line"* ]] || { echo "[portable] error: $what: no line \"$line\" in:" >&2; echo "$output" >&2; exit 1; }
  say "$what: \"$line\""
}

# 2. The smoke set, from the build the demo made, on the same WordPress (started again); then the
# bad situations, each one line that loses nothing.
smoke_part() {
  as_user 'PRESSFRONT_E2E_SMOKE=1 PRESSFRONT_E2E_BUILT=1 npm run --silent test:e2e'
  none_left || { echo "[portable] error: the smoke set left the processes above running" >&2; exit 1; }
  say "the smoke set passed on WordPress Playground; nothing left running"

  # Another program on WordPress's port.
  node -e "require('node:net').createServer().listen($WP_PORT, '127.0.0.1')" &
  local squatter=$! output
  until (exec 3<>"/dev/tcp/127.0.0.1/$WP_PORT") 2>/dev/null; do sleep 0.1; done
  output="$(as_user 'bash backend/wp.sh up 2>&1' || true)"
  kill "$squatter"
  wait "$squatter" 2>/dev/null || true
  expect_line "a port in use" "$output" \
    "port $WP_PORT (the local WordPress) is taken by another program; free it or set PRESSFRONT_WP_PORT to move it"
  # The site's database cut short (a crash mid-write): started again from the seeded snapshot.
  truncate -s 4096 "$home/pressfront/.pressfront/playground/wordpress/wp-content/database/.ht.sqlite"
  output="$(as_user 'bash backend/wp.sh up 2>&1')"
  expect_line "a damaged database" "$output" \
    "the site's database is damaged (a write cut short?): starting from the seeded snapshot"
  check "the site after it" "http://127.0.0.1:$WP_PORT/wp-json/" '"name":"Pressfront Daily"'
  as_user 'bash backend/wp.sh down' >/dev/null 2>&1
  none_left || { echo "[portable] error: wp.sh down left the processes above running" >&2; exit 1; }
}

# CI's first part: the checkout's npm packages (as `npm ci` made them, timestamps kept) and what
# their postinstall generated from the same HEAD, and Playground brought up — then stopped, so
# nothing of it runs beside the native suite.
prepare_part() {
  cp -a node_modules "$home/pressfront/node_modules"
  # The clone's lock file is newer than the copied packages' record of it; they are what it lists,
  # so no `npm ci` of the user's own (a minute of CPU beside the native suite).
  touch -r "$home/pressfront/package-lock.json" "$home/pressfront/node_modules/.package-lock.json"
  cp themes/installed.ts "$home/pressfront/themes/installed.ts"
  cp components/islands/built.ts "$home/pressfront/components/islands/built.ts"
  chown -R "$USER_NAME:" "$home/pressfront/node_modules" "$home/pressfront/themes" "$home/pressfront/components/islands"
  as_user 'bash backend/wp.sh up && bash backend/wp.sh down'
  say "Playground installed and seeded as $USER_NAME"
}

# The checkout's production build, for a smoke part with no demo before it (its cache left out).
give_build() {
  [ -f "$home/pressfront/.next/BUILD_ID" ] && return 0
  tar cf - --exclude=.next/cache .next | tar xf - -C "$home/pressfront"
  chown -R "$USER_NAME:" "$home/pressfront/.next"
}

case "$part" in
  prepare)
    prepare_part
    # The user and its clone stay for the smoke part.
    keep_user=1
    ;;
  smoke)
    give_build
    smoke_part
    ;;
  all)
    demo_part
    smoke_part
    # 3. The README's other command, as the same user, in the same clone.
    as_user 'npm test'
    none_left || { echo "[portable] error: npm test left the processes above running" >&2; exit 1; }
    say "npm test passed on WordPress Playground; nothing left running"
    ;;
esac
