#!/usr/bin/env bash
# Throwaway Postgres, Redis and a CouchDB-compatible server for tests, each on a
# free 127.0.0.1 port below 32768 (the ephemeral range 32768-60999 is left to
# outgoing connections), with all state in one temp dir. Never touches a system
# Postgres/Redis (5432/6379). With COUCHDB_URL set, that CouchDB is used instead
# of starting scripts/couchdb-test-server.ts (tests make their own databases).
#
#   scripts/test-services.sh -- npx tap test/foo.test.ts
#       start them, run the command with VOXRING_TEST_POSTGRES_URL,
#       VOXRING_TEST_REDIS_URL and VOXRING_TEST_COUCHDB_URL exported, stop
#       them, exit with its status.
#   scripts/test-services.sh
#       start them, print the export lines, keep running until Ctrl-C.
#   source scripts/test-services.sh   (scripts/run-tests.sh does)
#       defines services_start DIR (sets the variables; exports the CouchDB one)
#       and services_stop.
set -euo pipefail

SERVICES_DIR=''
SERVICES_PG_DATA=''
SERVICES_PG_BIN=''
SERVICES_REDIS_PIDFILE=''
SERVICES_COUCHDB_PID=''
SERVICES_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

# Prints a port that was free a moment ago; callers retry when the start loses a race.
services_free_port() {
  node -e '
    const net = require("node:net");
    const attempt = (left) => {
      if (left === 0) { console.error("no free port found in 20000-32767"); process.exit(1); }
      const port = 20000 + Math.floor(Math.random() * 12768);
      const server = net.createServer();
      server.once("error", () => attempt(left - 1));
      server.listen({ port, host: "127.0.0.1", exclusive: true }, () => server.close(() => console.log(port)));
    };
    attempt(100);
  '
}

# initdb refuses to run as root, so the cluster belongs to the postgres user.
services_as_pg() {
  if ((EUID == 0)); then
    (cd / && runuser -u postgres -- "$@")
  else
    "$@"
  fi
}

services_start_postgres() {
  local bins
  bins=$(compgen -G '/usr/lib/postgresql/*/bin' | sort -V | tail -n 1) || true
  if [[ -z "$bins" ]]; then
    echo "error: no /usr/lib/postgresql/*/bin (install postgresql)" >&2
    return 1
  fi
  SERVICES_PG_BIN=$bins
  local pg_dir="$SERVICES_DIR/pg"
  mkdir -m 700 "$pg_dir"
  if ((EUID == 0)); then chown postgres: "$pg_dir"; fi
  if ! services_as_pg "$SERVICES_PG_BIN/initdb" -D "$pg_dir/data" -U postgres -A trust -E UTF8 \
    --locale=C --no-sync >"$SERVICES_DIR/initdb.log" 2>&1; then
    echo "error: initdb failed:" >&2
    cat "$SERVICES_DIR/initdb.log" >&2
    return 1
  fi
  SERVICES_PG_DATA="$pg_dir/data"
  local attempt port
  for attempt in 1 2 3 4 5; do
    port=$(services_free_port)
    if services_as_pg "$SERVICES_PG_BIN/pg_ctl" -D "$SERVICES_PG_DATA" -l "$pg_dir/postgres.log" -w -t 30 \
      -o "-c listen_addresses=127.0.0.1 -p $port -k $pg_dir -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
      start >/dev/null; then
      VOXRING_TEST_POSTGRES_URL="postgres://postgres@127.0.0.1:$port/postgres"
      return 0
    fi
    echo "warning: postgres did not start on port $port (attempt $attempt), retrying" >&2
  done
  echo "error: postgres did not start; its log:" >&2
  cat "$pg_dir/postgres.log" >&2 || true
  return 1
}

services_start_redis() {
  local redis_dir="$SERVICES_DIR/redis"
  mkdir "$redis_dir"
  SERVICES_REDIS_PIDFILE="$redis_dir/redis.pid"
  local attempt port i
  for attempt in 1 2 3 4 5; do
    port=$(services_free_port)
    redis-server --port "$port" --bind 127.0.0.1 --save '' --appendonly no --daemonize yes \
      --pidfile "$SERVICES_REDIS_PIDFILE" --dir "$redis_dir" --logfile "$redis_dir/redis.log" || true
    for ((i = 0; i < 100; i++)); do
      if [[ "$(redis-cli -h 127.0.0.1 -p "$port" ping 2>/dev/null)" == PONG ]]; then
        VOXRING_TEST_REDIS_URL="redis://127.0.0.1:$port"
        return 0
      fi
      sleep 0.05
    done
    services_stop_redis
    echo "warning: redis did not start on port $port (attempt $attempt), retrying" >&2
  done
  echo "error: redis did not start; its log:" >&2
  cat "$redis_dir/redis.log" >&2 || true
  return 1
}

# express-pouchdb over in-memory PouchDB, as a child of this shell; or COUCHDB_URL.
services_start_couchdb() {
  if [[ -n "${COUCHDB_URL:-}" ]]; then
    VOXRING_TEST_COUCHDB_URL=$COUCHDB_URL
    export VOXRING_TEST_COUCHDB_URL
    return 0
  fi
  local couch_dir="$SERVICES_DIR/couchdb"
  mkdir -p "$couch_dir"
  local attempt port i
  for attempt in 1 2 3 4 5; do
    port=$(services_free_port)
    (cd "$SERVICES_ROOT" && exec node --import=tsx scripts/couchdb-test-server.ts --port "$port" \
      >"$couch_dir/couchdb.log" 2>&1 </dev/null) &
    SERVICES_COUCHDB_PID=$!
    for ((i = 0; i < 200; i++)); do
      if grep -q '^listening ' "$couch_dir/couchdb.log" 2>/dev/null; then
        VOXRING_TEST_COUCHDB_URL="http://127.0.0.1:$port"
        export VOXRING_TEST_COUCHDB_URL
        return 0
      fi
      kill -0 "$SERVICES_COUCHDB_PID" 2>/dev/null || break
      sleep 0.05
    done
    services_stop_couchdb
    echo "warning: the CouchDB test server did not start on port $port (attempt $attempt), retrying" >&2
  done
  echo "error: the CouchDB test server did not start; its log:" >&2
  cat "$couch_dir/couchdb.log" >&2 || true
  return 1
}

services_stop_couchdb() {
  [[ -n "$SERVICES_COUCHDB_PID" ]] || return 0
  local pid=$SERVICES_COUCHDB_PID i
  SERVICES_COUCHDB_PID=''
  kill "$pid" 2>/dev/null || true
  for ((i = 0; i < 100; i++)); do
    kill -0 "$pid" 2>/dev/null || return 0
    sleep 0.05
  done
  kill -9 "$pid" 2>/dev/null || true
}

services_stop_redis() {
  [[ -n "$SERVICES_REDIS_PIDFILE" && -s "$SERVICES_REDIS_PIDFILE" ]] || return 0
  local pid i
  pid=$(cat "$SERVICES_REDIS_PIDFILE")
  kill "$pid" 2>/dev/null || true
  for ((i = 0; i < 100; i++)); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.05
  done
  kill -9 "$pid" 2>/dev/null || true
  rm -f "$SERVICES_REDIS_PIDFILE"
}

services_stop_postgres() {
  [[ -n "$SERVICES_PG_DATA" && -f "$SERVICES_PG_DATA/postmaster.pid" ]] || return 0
  # Immediate mode: the cluster is thrown away, so skip the shutdown checkpoint.
  if ! services_as_pg "$SERVICES_PG_BIN/pg_ctl" -D "$SERVICES_PG_DATA" -m immediate -w -t 10 stop >/dev/null 2>&1; then
    local pid
    pid=$(head -n 1 "$SERVICES_PG_DATA/postmaster.pid" 2>/dev/null) || true
    [[ -n "$pid" ]] && kill -9 "$pid" 2>/dev/null || true
  fi
}

# Starts the services with state under DIR (created if missing, removed by services_stop).
# Sets VOXRING_TEST_POSTGRES_URL and VOXRING_TEST_REDIS_URL (not exported) and
# exports VOXRING_TEST_COUCHDB_URL.
services_start() {
  SERVICES_DIR=$1
  mkdir -p "$SERVICES_DIR"
  chmod 755 "$SERVICES_DIR"
  services_start_postgres && services_start_redis && services_start_couchdb
}

# Stops the services and removes their dir. Safe to call twice and after a partial start.
services_stop() {
  services_stop_couchdb
  services_stop_redis
  services_stop_postgres
  SERVICES_REDIS_PIDFILE=''
  SERVICES_PG_DATA=''
  if [[ -n "$SERVICES_DIR" ]]; then
    rm -rf "$SERVICES_DIR"
    SERVICES_DIR=''
  fi
}

services_main() {
  local dir
  dir=$(mktemp -d "${TMPDIR:-/tmp}/voxring-test.XXXXXX")
  trap services_stop EXIT
  trap 'exit 130' INT
  trap 'exit 143' TERM
  services_start "$dir"
  export VOXRING_TEST_POSTGRES_URL VOXRING_TEST_REDIS_URL
  if [[ "${1:-}" == -- ]]; then
    shift
    local status=0
    "$@" || status=$?
    exit "$status"
  fi
  if (($# > 0)); then
    echo "usage: $0 [-- command [args...]]" >&2
    exit 2
  fi
  echo "export VOXRING_TEST_POSTGRES_URL=$VOXRING_TEST_POSTGRES_URL"
  echo "export VOXRING_TEST_REDIS_URL=$VOXRING_TEST_REDIS_URL"
  echo "export VOXRING_TEST_COUCHDB_URL=$VOXRING_TEST_COUCHDB_URL"
  echo "# services running; Ctrl-C stops them" >&2
  sleep infinity &
  wait $! || true
}

if [[ "${BASH_SOURCE[0]}" == "$0" ]]; then
  services_main "$@"
fi
