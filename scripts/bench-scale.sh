#!/usr/bin/env bash
# The scale benchmark (e2e-tests/src/scale/bench.ts): synthetic organisations
# in the real backend on SQLite and PostgreSQL. Arguments go to the
# benchmark, e.g. --sizes 10000 --databases sqlite. Figures go to stdout;
# record them in docs/benchmarks.md.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/toolchain.sh
dm_install_deps
. scripts/postgres.sh
exec node --max-old-space-size=4096 --require @backstage/cli/config/nodeTransform.cjs \
  e2e-tests/src/scale/bench.ts "$@"
