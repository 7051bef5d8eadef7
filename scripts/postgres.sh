# Starts a throwaway PostgreSQL cluster in a temporary directory for the test suite.
# Exports OW_TEST_POSTGRES_URL (postgresql://onewindow:onewindow@127.0.0.1:PORT/onewindow) when it runs.
# shellcheck shell=bash

ow_postgres_start() {
    local bin
    bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)"
    if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
        ow_log "PostgreSQL is not installed; the PostgreSQL tests will be skipped"
        return 0
    fi
    OW_PG_DIR="$(mktemp -d /tmp/onewindow-pg.XXXXXX)"
    OW_PG_PORT="${OW_PG_PORT:-$((20000 + RANDOM % 20000))}"
    local run=()
    if [ "$(id -u)" -eq 0 ]; then
        chown postgres:postgres "$OW_PG_DIR"
        run=(su postgres -s /bin/sh -c)
    else
        run=(sh -c)
    fi
    "${run[@]}" "'$bin/initdb' -D '$OW_PG_DIR/data' -U postgres -A trust -E UTF8 --locale=C.UTF-8 >'$OW_PG_DIR/initdb.log' 2>&1"
    "${run[@]}" "'$bin/pg_ctl' -D '$OW_PG_DIR/data' -l '$OW_PG_DIR/server.log' -o \"-p $OW_PG_PORT -k $OW_PG_DIR -c listen_addresses=127.0.0.1 -c max_connections=300 -c fsync=off\" -w start >/dev/null"
    "${run[@]}" "psql -q -h 127.0.0.1 -p $OW_PG_PORT -U postgres -c \"CREATE ROLE onewindow LOGIN PASSWORD 'onewindow' CREATEDB\" -c 'CREATE DATABASE onewindow OWNER onewindow' >/dev/null"
    export OW_PG_DIR OW_PG_PORT OW_PG_BIN="$bin"
    export OW_TEST_POSTGRES_URL="postgresql://onewindow:onewindow@127.0.0.1:$OW_PG_PORT/onewindow"
    ow_log "PostgreSQL test cluster on 127.0.0.1:$OW_PG_PORT"
}

ow_postgres_stop() {
    [ -n "${OW_PG_DIR:-}" ] || return 0
    local cmd="'$OW_PG_BIN/pg_ctl' -D '$OW_PG_DIR/data' -m immediate -w stop >/dev/null 2>&1"
    if [ "$(id -u)" -eq 0 ]; then su postgres -s /bin/sh -c "$cmd"; else sh -c "$cmd"; fi
    rm -rf "$OW_PG_DIR"
}
