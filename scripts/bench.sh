#!/usr/bin/env bash
# `npm run bench`: the local WordPress up, a production build present, then the benchmarks.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
bash backend/wp.sh up >/dev/null
[ -f .next/BUILD_ID ] || npx next build >/dev/null
exec bash backend/wp.sh run npx tsx bench/index.ts "$@"
