#!/usr/bin/env bash
# The Debian packages the production stack runs on: Redis, Varnish and its modules (xkey). Installed
# when missing (as root); otherwise the command to run is printed. Whatever services the packages
# start themselves, the stack runs its own processes, on its own ports.
set -euo pipefail
PACKAGES=(redis-server varnish varnish-modules)
missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
line="apt-get install -y --no-install-recommends ${missing[*]}"
if [ "$(id -u)" -ne 0 ]; then
  echo "[stack] missing Debian packages; run as root: apt-get update && $line" >&2
  exit 1
fi
echo "[stack] installing Debian packages: ${missing[*]}" >&2
DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null 2>&1 || true
DEBIAN_FRONTEND=noninteractive $line >/dev/null
