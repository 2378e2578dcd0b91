#!/usr/bin/env bash
# The whole test suite, as CI runs it: type-check, lint, formatting, unit
# tests, then the end-to-end tests against a real backend.
# Prepares Node 22 and yarn first if they are missing.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/toolchain.sh
dm_install_deps

# Jest runs once instead of watching when CI is set.
export CI="${CI:-true}"

# The database tests run on SQLite and on PostgreSQL 15; the browser tests
# drive Debian's Chromium.
. scripts/postgres.sh
. scripts/chromium.sh

step() { printf '\n==> %s\n' "$*"; }

step "type-check"
yarn tsc
step "the TypeScript generated from the OpenAPI document, checked against it"
yarn build:api-types --check
# Uses the declarations the type-check just wrote to dist-types/.
step "API reports of the published packages, checked against their code"
yarn build:api-reports:ci
step "lint"
yarn lint:all
step "formatting"
yarn prettier:check
# The catalog files read their data contracts through $text; the second
# glob adds the contract files no API names (a contract's earlier version).
step "the example catalog files and data contracts, checked as a domain owner checks theirs"
yarn data-mesh validate 'examples/*.yaml' 'examples/contracts/**/*.odcs.yaml' || {
  echo "The example organisation in examples/ is invalid: fix each file and line listed above (the catalog would refuse those entities or contracts)." >&2
  exit 1
}
step "unit tests"
yarn test
step "production build of the portal's frontend (served by the backend in the browser tests)"
yarn workspace app build
step "end-to-end tests"
yarn test:e2e
