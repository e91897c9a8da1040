#!/usr/bin/env bash
# Starts a throwaway PostgreSQL server for the provider test suite (idempotent) and exports
# APPLYTRACK_TEST_POSTGRES. Source it: `source .ci/postgres.sh`. Uses the Debian packages' binaries.
set -euo pipefail

APPLYTRACK_PG_PORT="${APPLYTRACK_PG_PORT:-55432}"
APPLYTRACK_PG_DATA="${APPLYTRACK_PG_DATA:-${TMPDIR:-/tmp}/applytrack-postgres}"
pg_bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)"
if [[ -z "$pg_bin" ]]; then
  echo "PostgreSQL server binaries not found (/usr/lib/postgresql/*/bin). Install the 'postgresql' package." >&2
  return 1 2>/dev/null || exit 1
fi

# PostgreSQL refuses to run as root: run it as the 'postgres' system user when we are root.
as_pg() { if [[ "$(id -u)" == "0" ]]; then runuser -u postgres -- "$@"; else "$@"; fi; }

if ! "$pg_bin/pg_isready" -q -h 127.0.0.1 -p "$APPLYTRACK_PG_PORT"; then
  rm -rf "$APPLYTRACK_PG_DATA"
  mkdir -p "$APPLYTRACK_PG_DATA"
  [[ "$(id -u)" == "0" ]] && chown postgres:postgres "$APPLYTRACK_PG_DATA"
  as_pg "$pg_bin/initdb" -D "$APPLYTRACK_PG_DATA" -A trust -U postgres -E UTF8 >/dev/null
  as_pg "$pg_bin/pg_ctl" -D "$APPLYTRACK_PG_DATA" -l "$APPLYTRACK_PG_DATA/server.log" -w \
    -o "-p $APPLYTRACK_PG_PORT -k $APPLYTRACK_PG_DATA -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c max_connections=200" start >/dev/null
fi

export APPLYTRACK_TEST_POSTGRES="Host=127.0.0.1;Port=$APPLYTRACK_PG_PORT;Username=postgres;Pooling=true"
echo "PostgreSQL ready on 127.0.0.1:$APPLYTRACK_PG_PORT"
