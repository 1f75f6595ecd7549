#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the tests: initdb into DIR, listening only on 127.0.0.1:PORT
# with trust authentication for loopback (the cluster lives and dies with the test run).
#   pgcluster.sh start DIR PORT    prints nothing on success; exits 0 with a note when PostgreSQL
#                                   is not installed (the tests then skip, saying so)
#   pgcluster.sh stop DIR
# PostgreSQL refuses to run as root, so as root the cluster runs as the "postgres" user (Debian's
# postgresql package creates it) or, without it, as "nobody".
set -euo pipefail
action=$1
dir=$2
port=${3:-}

bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
if [ -z "$bindir" ] || [ ! -x "$bindir/initdb" ]; then
    echo "pgcluster: PostgreSQL is not installed (no initdb under /usr/lib/postgresql); the PostgreSQL tests skip"
    exit 0
fi

as_owner() {
    if [ "$(id -u)" -eq 0 ]; then
        local user=postgres
        id "$user" >/dev/null 2>&1 || user=nobody
        runuser -u "$user" -- "$@"
    else
        "$@"
    fi
}

case "$action" in
start)
    if [ -f "$dir/data/postmaster.pid" ]; then
        as_owner "$bindir/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1 || true
    fi
    rm -rf "$dir"
    mkdir -p "$dir"
    if [ "$(id -u)" -eq 0 ]; then
        user=postgres
        id "$user" >/dev/null 2>&1 || user=nobody
        chown "$user" "$dir"
    fi
    as_owner "$bindir/initdb" -D "$dir/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
        || { cat "$dir/initdb.log"; exit 1; }
    as_owner "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
        -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off -c max_connections=200" start >/dev/null \
        || { cat "$dir/server.log"; exit 1; }
    ;;
stop)
    if [ -f "$dir/data/postmaster.pid" ]; then
        as_owner "$bindir/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null
    fi
    ;;
*)
    echo "usage: pgcluster.sh start DIR PORT | stop DIR" >&2
    exit 2
    ;;
esac
