#!/usr/bin/env bash
# `npm run bench`: the local WordPress up, a production build present, then the benchmarks. A
# WordPress this script started is stopped again when it ends (a developer's running one is left).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
. scripts/lib/common.sh
ensure_node_modules
bash scripts/chromium-package.sh --full
for port in $(npx tsx bench/support/print-ports.ts); do
  require_free_port "$port" "one of the benchmark's servers'" PRESSFRONT_BENCH_PORT
done
use_local_wordpress
[ -f .next/BUILD_ID ] || npm run --silent build >/dev/null
bash backend/wp.sh run npx tsx bench/index.ts "$@"
