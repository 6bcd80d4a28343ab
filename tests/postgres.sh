#!/usr/bin/env bash
# Starts a throwaway PostgreSQL 15 for the tests; source it, then call start_test_postgres.
# Sets ARCHIVE_TEST_POSTGRES (an admin connection string the test fixtures create databases with) and
# stops the server and deletes its data folder when the calling shell exits (trap on EXIT).
# The server runs as a non-root user: `postgres` when it exists (the Debian package creates it), else the
# current user when that is not root, else a created `archivetest` user.

pg_bin="${ARCHIVE_PG_BIN:-/usr/lib/postgresql/15/bin}"

start_test_postgres() {
    if [[ ! -x "$pg_bin/initdb" ]]; then
        if [[ "$(id -u)" == "0" ]] && command -v apt-get >/dev/null; then
            echo "Installing PostgreSQL for the tests (apt-get install postgresql)…"
            DEBIAN_FRONTEND=noninteractive apt-get update -qq
            DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql </dev/null >/dev/null
        fi
        if [[ ! -x "$pg_bin/initdb" ]]; then
            echo "error: PostgreSQL 15 is not installed ($pg_bin/initdb is missing) and this is not root;" >&2
            echo "       install it (apt-get install postgresql) or set ARCHIVE_PG_BIN; the PostgreSQL test run needs a real server." >&2
            return 1
        fi
    fi

    local run_as=()
    local owner
    if [[ "$(id -u)" != "0" ]]; then
        owner="$(id -un)"
    else
        if ! id postgres >/dev/null 2>&1 && ! id archivetest >/dev/null 2>&1; then
            useradd --system --no-create-home --shell /usr/sbin/nologin archivetest
        fi
        owner="$(id -un postgres 2>/dev/null || echo archivetest)"
        run_as=(runuser -u "$owner" --)
    fi

    pg_dir="$(mktemp -d /tmp/archive-pg-XXXXXX)"
    chmod 700 "$pg_dir"
    [[ "$(id -u)" == "0" ]] && chown "$owner" "$pg_dir"
    local password
    password="$(head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n')"
    printf '%s\n' "$password" >"$pg_dir/pwfile"
    [[ "$(id -u)" == "0" ]] && chown "$owner" "$pg_dir/pwfile"

    # A free port on loopback, asked of the kernel rather than guessed.
    pg_port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')"

    trap stop_test_postgres EXIT
    "${run_as[@]}" "$pg_bin/initdb" -D "$pg_dir/data" -U archive --pwfile="$pg_dir/pwfile" \
        --auth=scram-sha-256 --encoding=UTF8 --locale=C.UTF-8 >"$pg_dir/initdb.log" 2>&1 \
        || { cat "$pg_dir/initdb.log" >&2; return 1; }
    rm -f "$pg_dir/pwfile"
    # A test server: durability off (each test's database is thrown away), sockets in its own folder.
    "${run_as[@]}" "$pg_bin/pg_ctl" -D "$pg_dir/data" -l "$pg_dir/server.log" -w -t 60 \
        -o "-c listen_addresses=127.0.0.1 -p $pg_port -k $pg_dir -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300" \
        start >/dev/null || { cat "$pg_dir/server.log" >&2; return 1; }
    pg_run_as=("${run_as[@]}")
    export ARCHIVE_TEST_POSTGRES="Host=127.0.0.1;Port=$pg_port;Database=postgres;Username=archive;Password=$password"
    echo "PostgreSQL $("$pg_bin/postgres" --version | awk '{print $3}') for the tests on 127.0.0.1:$pg_port (data in $pg_dir)"
}

stop_test_postgres() {
    if [[ -n "${pg_dir:-}" && -d "$pg_dir/data" ]]; then
        "${pg_run_as[@]}" "$pg_bin/pg_ctl" -D "$pg_dir/data" -m immediate -w stop >/dev/null 2>&1 || true
    fi
    [[ -n "${pg_dir:-}" ]] && rm -rf "$pg_dir"
}
