#!/usr/bin/env bash
# Starts the local PostgreSQL 15 cluster (Debian's package) and creates the test role and database.
# Idempotent. Prints the TEST_DATABASE_URL to use. Needs root (apt-get) or a running cluster.
set -euo pipefail
ROLE=orgapi PASS=orgapi DB=orgapi_test
# Only the URL goes to stdout (callers capture it with $(...)); everything else, e.g. pg_ctlcluster's
# "Removed stale pid file.", goes to stderr. A { } group, not `exec 3>&1`: the server must not inherit
# the caller's pipe, or $(...) would wait for PostgreSQL to exit.
{
if ! command -v pg_ctlcluster >/dev/null 2>&1; then
  echo "installing postgresql (Debian package)…" >&2
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql postgresql-contrib >/dev/null
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
