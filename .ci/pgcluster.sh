#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for Liaison's tests, on 127.0.0.1 at a free port.
#
#   .ci/pgcluster.sh start [ENV_FILE]   create and start it; print (or write to
#                                       ENV_FILE, mode 0600) the lines to eval:
#       export LIAISON_TEST_POSTGRES_DIR=…          the folder to give to stop
#       export LIAISON_TEST_POSTGRES_URL=postgresql://liaison_owner:…@127.0.0.1:PORT/liaison_test
#       export LIAISON_TEST_POSTGRES_COPY_URL=…     a second database of the owner
#       export LIAISON_TEST_POSTGRES_READER_URL=…   liaison_reader on liaison_test
#       export LIAISON_TEST_POSTGRES_ADMIN_URL=…    the superuser, over the cluster's
#                                                   Unix socket only
#   .ci/pgcluster.sh stop DIR           stop it and remove DIR
#
# e.g.  eval "$(.ci/pgcluster.sh start)"; ctest …; .ci/pgcluster.sh stop "$LIAISON_TEST_POSTGRES_DIR"
#
# Roles: liaison_owner (no superuser; may create databases) owns both
# databases; liaison_reader may only connect, until the schema grants it
# more. Both log in with a password (SCRAM) over TCP. The superuser
# "postgres" has no password and is reachable only through the socket in DIR.
# The unaccent extension is created in template1, so every database has it.
# Runs as root (the server runs as the postgres user) or as any other user
# (the server runs as that user). Installs postgresql and postgresql-contrib
# when initdb or unaccent is missing. Fast and unsafe for data: no fsync.
set -euo pipefail

die() {
    echo "pgcluster: $*" >&2
    exit 1
}
note() {
    echo "pgcluster: $*" >&2
}

marker=.liaison-pgcluster
unfinished_dir=""

find_bindir() {
    local dir
    if [ -n "${PG_BINDIR:-}" ] && [ -x "$PG_BINDIR/initdb" ]; then
        echo "$PG_BINDIR"
        return
    fi
    # Debian's layout, newest version first; 15 is Debian 12's.
    for dir in $(printf '%s\n' /usr/lib/postgresql/*/bin | sort -t/ -k5 -rn); do
        if [ -x "$dir/initdb" ] && [ -x "$dir/pg_ctl" ]; then
            echo "$dir"
            return
        fi
    done
    if command -v initdb >/dev/null 2>&1 && command -v pg_ctl >/dev/null 2>&1; then
        dirname "$(command -v initdb)"
    fi
}

has_unaccent() {
    local bindir=$1 sharedir
    sharedir=$("$bindir/pg_config" --sharedir 2>/dev/null || true)
    if [ -z "$sharedir" ]; then
        # Debian: /usr/lib/postgresql/15/bin → /usr/share/postgresql/15
        sharedir=/usr/share/postgresql/$(basename "$(dirname "$bindir")")
    fi
    [ -f "$sharedir/extension/unaccent.control" ]
}

install_postgres() {
    local sudo_cmd=()
    if [ "$(id -u)" -ne 0 ]; then
        command -v sudo >/dev/null 2>&1 \
            || die "PostgreSQL (initdb, unaccent) is missing and sudo is not installed: as root, run apt-get install postgresql postgresql-contrib"
        sudo_cmd=(sudo)
    fi
    command -v apt-get >/dev/null 2>&1 \
        || die "PostgreSQL (initdb, unaccent) is missing: install the postgresql and postgresql-contrib packages"
    note "installing postgresql postgresql-contrib"
    "${sudo_cmd[@]}" apt-get update -q >&2
    "${sudo_cmd[@]}" env DEBIAN_FRONTEND=noninteractive \
        apt-get install -y -q --no-install-recommends postgresql postgresql-contrib >&2
}

random_secret() {
    od -An -N16 -tx1 /dev/urandom | tr -d ' \n'
}

port_in_use() {
    (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

start() {
    local env_file=${1:-}
    local bindir
    bindir=$(find_bindir)
    if [ -z "$bindir" ] || ! has_unaccent "$bindir"; then
        install_postgres
        bindir=$(find_bindir)
        [ -n "$bindir" ] || die "initdb not found after installing PostgreSQL (looked in /usr/lib/postgresql/*/bin and PATH; set PG_BINDIR)"
        has_unaccent "$bindir" || die "the unaccent extension is missing from $bindir's PostgreSQL (postgresql-contrib)"
    fi
    command -v psql >/dev/null 2>&1 || [ -x "$bindir/psql" ] || die "psql not found (postgresql-client)"
    local psql=psql
    [ -x "$bindir/psql" ] && psql="$bindir/psql"

    # As root the server must run as postgres; otherwise as the caller.
    local as_server=()
    if [ "$(id -u)" -eq 0 ]; then
        id postgres >/dev/null 2>&1 || die "running as root but there is no postgres user to run the server (install postgresql-common)"
        as_server=(runuser -u postgres --)
    fi
    local dir
    dir=$(mktemp -d "${TMPDIR:-/tmp}/liaison-pg.XXXXXX")
    touch "$dir/$marker"
    # Whatever fails from here on leaves nothing behind.
    unfinished_dir=$dir
    trap 'if [ -n "$unfinished_dir" ]; then stop_dir "$unfinished_dir" >/dev/null 2>&1 || true; fi' EXIT
    if [ "$(id -u)" -eq 0 ]; then
        chown postgres: "$dir"
    fi

    local owner_password reader_password
    owner_password=$(random_secret)
    reader_password=$(random_secret)

    "${as_server[@]}" "$bindir/initdb" -D "$dir/data" -U postgres -E UTF8 --locale=C.UTF-8 \
        --auth-local=trust --auth-host=scram-sha-256 --no-sync --no-instructions \
        >"$dir/initdb.log" 2>&1 \
        || { cat "$dir/initdb.log" >&2; die "initdb failed (log above)"; }

    # A free port: probe, and try another if the server still cannot bind.
    local port="" candidate started=""
    for _ in $(seq 1 20); do
        candidate=$((20000 + (RANDOM * 32768 + RANDOM) % 40000))
        port_in_use "$candidate" && continue
        if "${as_server[@]}" "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 30 \
            -o "-p $candidate -k '$dir' -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
            start >/dev/null 2>&1; then
            port=$candidate
            started=1
            break
        fi
        if ! grep -qiE "could not bind|address already in use|could not create any TCP/IP sockets" "$dir/server.log" 2>/dev/null; then
            cat "$dir/server.log" >&2 2>/dev/null || true
            die "the server did not start (log above)"
        fi
    done
    [ -n "$started" ] || die "found no free port on 127.0.0.1 in 20 attempts"
    echo "$port" >"$dir/port"

    # pg_ctl -w waited for the socket; make sure TCP answers too.
    local pg_isready=pg_isready i
    [ -x "$bindir/pg_isready" ] && pg_isready="$bindir/pg_isready"
    for i in $(seq 1 100); do
        "$pg_isready" -q -h 127.0.0.1 -p "$port" && break
        [ "$i" -lt 100 ] || die "the server does not answer on 127.0.0.1:$port"
        sleep 0.1
    done

    local su=("$psql" -X -q -v ON_ERROR_STOP=1 -h "$dir" -p "$port" -U postgres)
    "${su[@]}" -d postgres >/dev/null <<SQL
CREATE ROLE liaison_owner LOGIN NOSUPERUSER NOCREATEROLE CREATEDB PASSWORD '$owner_password';
CREATE ROLE liaison_reader LOGIN NOSUPERUSER NOCREATEROLE NOCREATEDB PASSWORD '$reader_password';
SQL
    "${su[@]}" -d template1 -c 'CREATE EXTENSION IF NOT EXISTS unaccent' >/dev/null
    "${su[@]}" -d postgres -c 'CREATE DATABASE liaison_test OWNER liaison_owner' >/dev/null
    "${su[@]}" -d postgres -c 'CREATE DATABASE liaison_copy OWNER liaison_owner' >/dev/null
    local unaccented
    unaccented=$(PGPASSWORD=$owner_password "$psql" -X -h 127.0.0.1 -p "$port" -U liaison_owner \
        -d liaison_test -Atc "SELECT unaccent('Chișinău')")
    [ "$unaccented" = Chisinau ] || die "unaccent does not work in liaison_test (got '$unaccented')"

    local base="127.0.0.1:$port"
    local lines
    lines=$(cat <<ENV
export LIAISON_TEST_POSTGRES_DIR=$dir
export LIAISON_TEST_POSTGRES_URL=postgresql://liaison_owner:$owner_password@$base/liaison_test
export LIAISON_TEST_POSTGRES_COPY_URL=postgresql://liaison_owner:$owner_password@$base/liaison_copy
export LIAISON_TEST_POSTGRES_READER_URL=postgresql://liaison_reader:$reader_password@$base/liaison_test
export LIAISON_TEST_POSTGRES_ADMIN_URL=postgresql://postgres@$(printf '%s' "$dir" | sed 's|/|%2F|g'):$port/postgres
ENV
)
    unfinished_dir=""
    if [ -n "$env_file" ]; then
        (umask 077 && printf '%s\n' "$lines" >"$env_file")
        note "PostgreSQL $("$bindir/pg_ctl" --version | awk '{print $3}') on 127.0.0.1:$port, folder $dir; variables in $env_file"
    else
        printf '%s\n' "$lines"
        note "PostgreSQL $("$bindir/pg_ctl" --version | awk '{print $3}') on 127.0.0.1:$port, folder $dir"
    fi
}

stop_dir() {
    local dir=$1 bindir
    [ -f "$dir/$marker" ] || die "$dir is not a cluster folder made by $0 start"
    if [ -f "$dir/data/postmaster.pid" ]; then
        bindir=$(find_bindir)
        [ -n "$bindir" ] || die "pg_ctl not found: cannot stop the server of $dir"
        local as_server=()
        if [ "$(id -u)" -eq 0 ] && [ "$(stat -c %U "$dir/data")" != root ]; then
            as_server=(runuser -u "$(stat -c %U "$dir/data")" --)
        fi
        "${as_server[@]}" "$bindir/pg_ctl" -D "$dir/data" -m immediate -w -t 30 stop >/dev/null \
            || die "pg_ctl could not stop the server of $dir"
    fi
    rm -rf -- "$dir"
}

case "${1:-}" in
    start)
        [ $# -le 2 ] || die "usage: $0 start [ENV_FILE]"
        start "${2:-}"
        ;;
    stop)
        [ $# -eq 2 ] || die "usage: $0 stop DIR"
        stop_dir "$2"
        note "stopped and removed $2"
        ;;
    *)
        echo "usage: $0 start [ENV_FILE] | stop DIR" >&2
        exit 2
        ;;
esac
