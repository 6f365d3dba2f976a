#!/usr/bin/env bash
# The Debian packages the production stack runs on: Redis, Varnish and its modules (xkey). Installed
# when missing (as root); otherwise the command to run is printed. Whatever services the packages
# start themselves, the stack runs its own processes, on its own ports.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
. scripts/lib/common.sh
ensure_debian_packages "[stack]" "${PRESSFRONT_STATE_DIR:-.pressfront}/logs/apt-stack.log" \
  redis-server varnish varnish-modules
