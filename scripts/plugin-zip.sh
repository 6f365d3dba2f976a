#!/usr/bin/env bash
# `npm run plugin:zip`: the companion plugin as a zip WordPress installs (Plugins → Add New → Upload).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
mkdir -p dist
rm -f dist/pressfront-bridge.zip
(cd backend/plugin && python3 -m zipfile -c ../../dist/pressfront-bridge.zip pressfront-bridge/)
echo "dist/pressfront-bridge.zip ($(wc -c < dist/pressfront-bridge.zip) bytes)"
