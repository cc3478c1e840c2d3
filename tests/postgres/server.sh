#!/usr/bin/env bash
# The PostgreSQL server the store tests run against (tests/postgres/README.md):
#   server.sh start STATE   a new cluster in a temporary folder, on 127.0.0.1 and a free port; its URL in STATE/url
#   server.sh stop STATE    stops it by its PID and removes the folder
#   server.sh pause STATE   stops it, keeping its folder (a server gone away, for the tests of that)
#   server.sh resume STATE  starts it again on the same port
# PostgreSQL refuses to run as root, so as root the server runs as the unprivileged user `postgres` (made by
# Debian's postgresql package) or `nobody`.
set -euo pipefail

command="${1:?start or stop}"
state="${2:?state folder}"
mkdir -p "$state"

bindir="$(pg_config --bindir 2>/dev/null || true)"
if [ ! -x "$bindir/initdb" ]; then
  bindir="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)"
fi
if [ ! -x "$bindir/initdb" ]; then
  echo "server.sh: no PostgreSQL server found (install Debian's postgresql package: .ci/install-deps)" >&2
  exit 1
fi

as_server() {
  if [ "$(id -u)" -eq 0 ]; then
    runuser -u "$server_user" -- "$@"
  else
    "$@"
  fi
}
server_user=postgres
id -u postgres >/dev/null 2>&1 || server_user=nobody

# A test server: nothing it holds outlives the run, so it need not survive a crash (fsync off).
start_on() {
  as_server "$bindir/pg_ctl" -D "$1/data" -l "$1/server.log" -w -t 60 -o \
    "-c listen_addresses=127.0.0.1 -p $2 -c unix_socket_directories=$1 -c fsync=off \
     -c synchronous_commit=off -c full_page_writes=off -c max_connections=400 -c shared_buffers=128MB" \
    start > "$1/pg_ctl.log" 2>&1
}

stop_server() {
  if [ -f "$1/data/postmaster.pid" ]; then
    pid="$(head -1 "$1/data/postmaster.pid")"
    kill -INT "$pid" 2>/dev/null || true # fast shutdown
    for _ in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -KILL "$pid" 2>/dev/null || true
  fi
}

case "$command" in
start)
  if [ -f "$state/dir" ] && [ -f "$(cat "$state/dir")/data/postmaster.pid" ]; then
    "$0" stop "$state" || true # one left by an interrupted run
  fi
  dir="$(mktemp -d "${TMPDIR:-/tmp}/lockstep-pg.XXXXXX")"
  chmod 755 "$dir"
  [ "$(id -u)" -eq 0 ] && chown "$server_user" "$dir"
  echo "$dir" > "$state/dir"
  as_server "$bindir/initdb" -D "$dir/data" -U lockstep -A trust -E UTF8 --no-locale > "$dir/initdb.log" 2>&1 || {
    cat "$dir/initdb.log" >&2
    exit 1
  }
  for attempt in $(seq 1 20); do
    port=$((20000 + RANDOM % 40000))
    if start_on "$dir" "$port"; then
      echo "postgresql://lockstep@127.0.0.1:$port/postgres" > "$state/url"
      echo "$port" > "$state/port"
      echo "server.sh: PostgreSQL $("$bindir/postgres" --version | awk '{print $3}') on 127.0.0.1:$port, pid $(head -1 "$dir/data/postmaster.pid")"
      exit 0
    fi
    grep -q "already in use\|could not bind" "$dir/server.log" 2>/dev/null || { cat "$dir/pg_ctl.log" "$dir/server.log" >&2; exit 1; }
  done
  echo "server.sh: no free port found" >&2
  exit 1
  ;;
stop)
  [ -f "$state/dir" ] || exit 0
  dir="$(cat "$state/dir")"
  stop_server "$dir"
  case "$dir" in */lockstep-pg.*) rm -rf "$dir" ;; esac
  rm -f "$state/dir" "$state/url" "$state/port"
  ;;
pause)
  stop_server "$(cat "$state/dir")"
  ;;
resume)
  dir="$(cat "$state/dir")"
  start_on "$dir" "$(cat "$state/port")" || { cat "$dir/pg_ctl.log" >&2; exit 1; }
  ;;
*)
  echo "server.sh: start or stop" >&2
  exit 2
  ;;
esac
