#!/usr/bin/env bash
# Makes a local PostgreSQL 15 server available for the database tests and
# exports its connection string in the variable Backstage's TestDatabases
# reads. Source it:
#
#   . scripts/postgres.sh
#
# Installs Debian's postgresql package when it is missing (needs root, as on
# CI machines), starts the cluster, and sets a password for the postgres
# user. Idempotent. When it cannot provide a server it says why and returns
# non-zero; the test command then fails rather than skipping PostgreSQL.

dm_pg_log() { printf '[postgres] %s\n' "$*" >&2; }

dm_pg_setup() {
  local version=15 port="${DM_PG_PORT:-5432}"
  if ! command -v pg_ctlcluster >/dev/null 2>&1 || [ ! -d "/usr/lib/postgresql/$version" ]; then
    if [ "$(id -u)" != 0 ]; then
      dm_pg_log "PostgreSQL $version is not installed and installing it needs root (apt-get install postgresql-$version)."
      return 1
    fi
    dm_pg_log "installing PostgreSQL $version from Debian's packages"
    apt-get update -qq >&2 &&
      DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "postgresql-$version" >&2 || return 1
  fi
  if ! pg_lsclusters -h 2>/dev/null | awk '{print $1" "$2}' | grep -qx "$version main"; then
    pg_createcluster "$version" main --port="$port" >&2 || return 1
  fi
  if ! pg_lsclusters -h | awk -v v="$version" '$1==v && $2=="main" {print $4}' | grep -qx online; then
    dm_pg_log "starting the cluster"
    pg_ctlcluster "$version" main start >&2 || return 1
  fi
  port="$(pg_lsclusters -h | awk -v v="$version" '$1==v && $2=="main" {print $3}')"
  for _ in $(seq 1 30); do
    pg_isready -q -h localhost -p "$port" && break
    sleep 1
  done
  su postgres -c "psql -q -p $port -c \"ALTER USER postgres PASSWORD 'postgres'\"" >/dev/null 2>&1 ||
    { dm_pg_log "could not set the postgres user's password"; return 1; }
  export BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING="postgresql://postgres:postgres@localhost:$port"
  dm_pg_log "ready on port $port"
}

dm_pg_setup
