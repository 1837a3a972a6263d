# Sourced by .ci/run: a throwaway PostgreSQL cluster on loopback for the store tests.
#
# start_test_postgres installs PostgreSQL with apt when no initdb is found, runs initdb as an
# unprivileged user into a temporary folder, starts the server on 127.0.0.1 on a free port
# (fsync off: the data is thrown away), creates a database and exports READOUT_TEST_PG.
# stop_test_postgres stops it and removes the folder; .ci/run calls it from its EXIT trap.
# When PostgreSQL cannot be had, it says so and returns 1; the PostgreSQL tests then skip
# with that reason and the DuckDB ones still run.

PG_TMP=""
PG_BIN=""
PG_USER=""

_pg_find_bin() {
    local dir
    if command -v initdb >/dev/null 2>&1 && command -v pg_ctl >/dev/null 2>&1; then
        dirname "$(readlink -f "$(command -v initdb)")"
        return 0
    fi
    for dir in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
        if [ -x "$dir/initdb" ] && [ -x "$dir/pg_ctl" ]; then
            echo "$dir"
            return 0
        fi
    done
    return 1
}

_pg_install() {
    echo "ci: PostgreSQL not found; installing it with apt" >&2
    apt_install --no-recommends postgresql
}

# Run a command as the unprivileged cluster owner (initdb and postgres refuse root).
_pg_as_owner() {
    if [ "$(id -u)" -eq 0 ]; then
        su -s /bin/sh "$PG_USER" -c "cd '$PG_TMP' && $*"
    else
        sh -c "cd '$PG_TMP' && $*"
    fi
}

_pg_free_port() {
    python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

start_test_postgres() {
    if [ -n "${READOUT_TEST_PG:-}" ]; then
        echo "ci: using READOUT_TEST_PG from the environment" >&2
        return 0
    fi
    if ! PG_BIN="$(_pg_find_bin)"; then
        _pg_install || { echo "ci: WARNING: could not install PostgreSQL; its tests will skip" >&2; return 1; }
        PG_BIN="$(_pg_find_bin)" || { echo "ci: WARNING: no initdb after install; PostgreSQL tests will skip" >&2; return 1; }
    fi
    PG_USER="$(id -un)"
    if [ "$(id -u)" -eq 0 ]; then
        PG_USER=postgres
        id -u "$PG_USER" >/dev/null 2>&1 || useradd --system --no-create-home --shell /usr/sbin/nologin "$PG_USER"
    fi
    PG_TMP="$(mktemp -d /tmp/readout-pg.XXXXXX)"
    chown "$PG_USER" "$PG_TMP"
    chmod 700 "$PG_TMP"
    local port
    port="$(_pg_free_port)"
    if ! _pg_as_owner "'$PG_BIN/initdb' -D '$PG_TMP/data' -U postgres -A trust -E UTF8 --locale=C --no-sync" \
        >"$PG_TMP/initdb.log" 2>&1; then
        echo "ci: WARNING: initdb failed; PostgreSQL tests will skip:" >&2
        tail -n 20 "$PG_TMP/initdb.log" >&2
        return 1
    fi
    local opts="-h 127.0.0.1 -p $port -k $PG_TMP -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
    if ! _pg_as_owner "'$PG_BIN/pg_ctl' -D '$PG_TMP/data' -l '$PG_TMP/server.log' -o '$opts' -w -t 60 start" >/dev/null; then
        echo "ci: WARNING: PostgreSQL did not start; its tests will skip:" >&2
        tail -n 20 "$PG_TMP/server.log" >&2
        return 1
    fi
    if ! "$PG_BIN/createdb" -h 127.0.0.1 -p "$port" -U postgres readout_test; then
        echo "ci: WARNING: createdb failed; PostgreSQL tests will skip" >&2
        return 1
    fi
    export READOUT_TEST_PG="postgresql://postgres@127.0.0.1:$port/readout_test"
    echo "ci: PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}') on 127.0.0.1:$port for the store tests" >&2
}

stop_test_postgres() {
    if [ -n "$PG_TMP" ] && [ -d "$PG_TMP/data" ]; then
        _pg_as_owner "'$PG_BIN/pg_ctl' -D '$PG_TMP/data' -m immediate -w stop" >/dev/null 2>&1 || true
    fi
    if [ -n "$PG_TMP" ]; then
        rm -rf "$PG_TMP"
    fi
}
