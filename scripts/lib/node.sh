# Sourced by scripts/lib/common.sh: every project script runs on a supported Node.js, whatever the
# machine has. .nvmrc names the version (nvm, fnm and volta read it too). Where the machine's node
# is older than its major version (Debian 12's is 18; this kind of machine ships 20), the scripts
# fetch that exact build from the npm registry — the package node-linux-<arch> ships Node.js's own
# binaries — into .pressfront/node/, once, and put it first on PATH for everything they run (npm
# included: its script starts with `env node`). Nothing is installed system-wide.

use_supported_node() {
  # Decided once per run: the scripts it starts (wp.sh, many times over in e2e) inherit the answer.
  [ "${PRESSFRONT_NODE_READY:-}" = 1 ] && return 0
  local root want major have arch dir tmp
  root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
  want="$(tr -d ' \nv' <"$root/.nvmrc")"
  major="${want%%.*}"
  have="$(node -p 'process.versions.node' 2>/dev/null || echo 0)"
  if [ "${have%%.*}" -ge "$major" ]; then
    export PRESSFRONT_NODE_READY=1
    return 0
  fi
  case "$(uname -m)" in
    x86_64) arch=x64 ;;
    aarch64 | arm64) arch=arm64 ;;
    *) arch="" ;;
  esac
  dir="$root/.pressfront/node/v$want"
  if [ ! -x "$dir/bin/node" ]; then
    if [ -z "$arch" ] || ! command -v npm >/dev/null; then
      echo "error: Pressfront needs Node.js $major or newer (found ${have/#0/none}); install Node.js $want (nvm install reads .nvmrc)" >&2
      exit 1
    fi
    echo "[setup] Node.js $have is older than $major: fetching Node.js $want from the npm registry (node-linux-$arch) into .pressfront/node/" >&2
    tmp="$(mktemp -d)"
    if ! (cd "$tmp" && npm pack --silent "node-linux-$arch@$want" >/dev/null 2>&1); then
      rm -rf "$tmp"
      echo "error: Pressfront needs Node.js $major or newer (found $have), and node-linux-$arch@$want could not be fetched from the npm registry; install Node.js $want (nvm install reads .nvmrc)" >&2
      exit 1
    fi
    mkdir -p "$dir.partial"
    tar xzf "$tmp"/node-linux-*.tgz -C "$dir.partial" --strip-components=1
    rm -rf "$tmp" "$dir"
    mv "$dir.partial" "$dir"
  fi
  export PATH="$dir/bin:$PATH"
  # Native addons build against this Node's own headers, which the package ships.
  export npm_config_nodedir="$dir"
  export PRESSFRONT_NODE_READY=1
}
