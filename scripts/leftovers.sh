#!/usr/bin/env bash
# Usage: leftovers.sh MARK — fails, naming them, if processes that inherited PRESSFRONT_E2E_RUN=MARK
# are still alive once their run is over (a server, browser or database the run forgot to stop).
# Survivors are killed, so one forgotten process cannot spoil the next run as well.
set -uo pipefail
mark="PRESSFRONT_E2E_RUN=$1"

survivors() {
  local dir pid
  for dir in /proc/[0-9]*; do
    pid=${dir#/proc/}
    # This script, the subshell listing, and the run's script that called it carry the mark by design.
    case "$pid" in "$$" | "$BASHPID" | "$PPID") continue ;; esac
    grep -qzx -- "$mark" "$dir/environ" 2>/dev/null && echo "$pid"
  done
}

# Processes signalled a moment ago may still be on their way out.
for _ in $(seq 1 50); do
  [ -z "$(survivors)" ] && exit 0
  sleep 0.2
done
echo "error: processes started by this test run outlived it:" >&2
for pid in $(survivors); do
  echo "  $pid $(tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | cut -c1-160)" >&2
  kill -KILL "$pid" 2>/dev/null
done
exit 1
