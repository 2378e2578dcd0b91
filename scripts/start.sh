#!/usr/bin/env bash
# Quick start: the portal with the example organisation on the embedded
# database (SQLite under .data/). UI on http://localhost:3000, backend on
# http://localhost:7007. Prepares Node 22 and yarn first if they are missing.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/toolchain.sh
dm_install_deps
exec yarn start "$@"
