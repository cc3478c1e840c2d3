#!/usr/bin/env bash
# The PostgreSQL server the store tests run against (tests/postgres/README.md):
#   server.sh start STATE   a new cluster in a temporary folder, on 127.0.0.1 and a free port; its URL in STATE/url
#   server.sh stop STATE    stops it by its PID and removes the folder
#     Two test runs of one build folder share STATE: a second start joins the running server, and a stop ends it only
#     when no other run that started it is still alive (STATE/users holds their PIDs).
#   server.sh pause STATE   stops it, keeping its folder (a server gone away, for the tests of that)
#   server.sh resume STATE  starts it again on the same port
#   server.sh freeze STATE  stops its processes (SIGSTOP) with their connections open: a server that never answers
#   server.sh thaw STATE    lets them run on (SIGCONT)
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
    start > "$1/pg_ctl.log" 2>&1 9>&- # the server must not inherit (and so hold) this script's lock
}

stop_server() {
  if [ -f "$1/data/postmaster.pid" ]; then
    pid="$(head -1 "$1/data/postmaster.pid")"
    kill -INT "$pid" 2>/dev/null || true # fast shutdown
    for _ in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -KILL "$pid" 2>/dev/null || true
  fi
}

# The PIDs of the runs (their ctest) that started or joined the server and are still alive.
live_users() {
  [ -f "$state/users" ] || return 0
  while read -r pid; do
    [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null && echo "$pid"
  done < "$state/users"
  return 0
}

stop_state() {
  [ -f "$state/dir" ] || return 0
  dir="$(cat "$state/dir")"
  stop_server "$dir"
  case "$dir" in */lockstep-pg.*) rm -rf "$dir" ;; esac
  rm -f "$state/dir" "$state/url" "$state/port" "$state/users"
}

case "$command" in
start)
  exec 9> "$state/lock"
  flock 9
  if [ -f "$state/dir" ] && [ -f "$(cat "$state/dir")/data/postmaster.pid" ]; then
    if [ -n "$(live_users)" ] && kill -0 "$(head -1 "$(cat "$state/dir")/data/postmaster.pid")" 2>/dev/null; then
      { live_users; echo "$PPID"; } > "$state/users.new" && mv "$state/users.new" "$state/users"
      echo "server.sh: joined the running server at $(cat "$state/url") (used by $(live_users | tr '\n' ' '))"
      exit 0
    fi
    stop_state # one left by an interrupted run
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
      echo "$PPID" > "$state/users"
      echo "server.sh: PostgreSQL $("$bindir/postgres" --version | awk '{print $3}') on 127.0.0.1:$port, pid $(head -1 "$dir/data/postmaster.pid")"
      exit 0
    fi
    grep -q "already in use\|could not bind" "$dir/server.log" 2>/dev/null || { cat "$dir/pg_ctl.log" "$dir/server.log" >&2; exit 1; }
  done
  echo "server.sh: no free port found" >&2
  exit 1
  ;;
stop)
  exec 9> "$state/lock"
  flock 9
  live_users | grep -vx "$PPID" > "$state/users.new" || true
  mv "$state/users.new" "$state/users"
  if [ -s "$state/users" ]; then
    echo "server.sh: left running for $(tr '\n' ' ' < "$state/users")"
    exit 0
  fi
  stop_state
  ;;
pause)
  stop_server "$(cat "$state/dir")"
  ;;
resume)
  dir="$(cat "$state/dir")"
  start_on "$dir" "$(cat "$state/port")" || { cat "$dir/pg_ctl.log" >&2; exit 1; }
  ;;
freeze | thaw)
  signal=STOP
  [ "$command" = thaw ] && signal=CONT
  pid="$(head -1 "$(cat "$state/dir")/data/postmaster.pid")"
  kill -"$signal" "$pid"
  pkill -"$signal" -P "$pid" || true
  ;;
*)
  echo "server.sh: start or stop" >&2
  exit 2
  ;;
esac
