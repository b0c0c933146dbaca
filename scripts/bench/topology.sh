#!/usr/bin/env bash
# Sandboxes of more than one server (issue 16's targets), each beside its floor in the same run:
# - start to prompt of a primary and a streaming standby (stage-04/02, live), embedded warm and
#   docker warm; floor: the scenario's prepared data directory copied twice, one copy made a
#   standby, both started by pg_ctl -w and psql answering on the standby;
# - :reset of that drill (10 in one session; the standby is rebuilt and streaming again);
# - promote (stage-08/02: `:action promote standby` then `:reset`, 5 of each in one session; the
#   gaps alternate); floor: `pg_ctl promote -w` of the floor's standby;
# - the PgBouncer hop: 200 x `select 1;` through a PgBouncer in front of a plain PostgreSQL 15,
#   `ride psql` vs psql, one session each, and psql straight to the server for the hop's own cost.
# PARTS (default "embedded docker pgbouncer") names the parts to run, e.g. PARTS=docker.
# The docker start is traced (RIDE_TRACE_START=1): each step, and when each part was ready, gets a
# row under the figure. RIDE_BEFORE=/path/to/another/scripts/ride measures that build's docker
# start and PgBouncer hop too, in the same run, interleaved run by run with this one's (before/after).
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
RUNS=${RUNS:-5}
PARTS=${PARTS:-embedded docker pgbouncer}
part() { [[ " $PARTS " == *" $1 "* ]]; }
STANDBY_ID=stage-04/02-wal-explosion-replication-slot
PROMOTE_ID=stage-08/02-manual-replica-promotion
IMAGE=${RIDE_TEST_IMAGE:-ride/postgres:15-offline}
cache=/var/tmp/ride-cache/prepared
[ "$(id -u)" = 0 ] || cache="${XDG_CACHE_HOME:-$HOME/.cache}/ride/prepared"
as=()
[ "$(id -u)" = 0 ] && as=(setpriv --reuid=65534 --regid=65534 --clear-groups)
input=$(mktemp)
printf 'select 1;\n\\q\n' >"$input"

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
seconds_since() { python3 -c "import time; print(f'{time.time() - $1:.3f}')"; }

# start_pair PREPARED BIN DIR: the floor's two servers in DIR (primary, standby), each on its port
# (PRIMARY_PORT, STANDBY_PORT); returns when psql has its answer from the standby.
start_pair() {
  local prepared=$1 bin=$2 dir=$3 password
  password=$(cat "$prepared/password")
  PRIMARY_PORT=$(free_port) STANDBY_PORT=$(free_port)
  cp -a "$prepared/data" "$dir/primary"
  cp -a "$prepared/data" "$dir/standby"
  touch "$dir/standby/standby.signal"
  echo "primary_conninfo = 'host=127.0.0.1 port=$PRIMARY_PORT user=postgres password=$password'" >>"$dir/standby/postgresql.auto.conf"
  [ "$(id -u)" = 0 ] && chown -R 65534:65534 "$dir"
  local name port
  for name in primary standby; do
    port=$PRIMARY_PORT
    [ "$name" = standby ] && port=$STANDBY_PORT
    "${as[@]}" "$bin/pg_ctl" -D "$dir/$name" -s -w -l "$dir/$name.log" -o "-p $port -k $dir -c listen_addresses=127.0.0.1 \
      -c shared_preload_libraries=pg_stat_statements -c fsync=off -c synchronous_commit=off -c full_page_writes=off \
      -c dynamic_shared_memory_type=mmap -c hot_standby=on" start >/dev/null 2>&1
  done
  PGPASSWORD=$password "$PG_BIN/psql" -h 127.0.0.1 -p "$STANDBY_PORT" -U postgres -d postgres -Atc 'select 1' >/dev/null 2>&1
}

stop_pair() {
  local dir=$1 name
  for name in primary standby; do
    "${as[@]}" "$2/pg_ctl" -D "$dir/$name" -s -m immediate stop >/dev/null 2>&1 || true
  done
  rm -rf "$dir"
}

# floor_pair PREPARED BIN: "start-seconds promote-seconds" of one floor pair.
floor_pair() {
  local dir t0 start promote
  dir=$(mktemp -d "${TMPDIR:-/tmp}/ride-floor-pair-XXXXXX")
  t0=$(now)
  start_pair "$1" "$2" "$dir"
  start=$(seconds_since "$t0")
  t0=$(now)
  "${as[@]}" "$2/pg_ctl" -D "$dir/standby" -s -w promote >/dev/null 2>&1
  promote=$(seconds_since "$t0")
  stop_pair "$dir" "$2"
  echo "$start $promote"
}

# record_start NAME COMMAND...: RUNS times start to the answer of `select 1` (first output).
record_start() {
  local name=$1 prompt=() p w
  shift
  for _ in $(seq "$RUNS"); do
    read -r p w < <(prompt_and_exit_of "$@" <"$input")
    prompt+=("$p")
  done
  record "$name" ride s "${prompt[@]}"
}

# record_docker_starts NAME ARGS...: RUNS traced starts of `$RIDE ARGS` (subject ride), and as many
# of `$RIDE_BEFORE ARGS` (subject "ride before") when set, alternating, so both meet the same load;
# this build's steps get rows of their own.
record_docker_starts() {
  local name=$1 now=() before=() p w trace
  shift
  trace=$(mktemp)
  for _ in $(seq "$RUNS"); do
    if [ -n "${RIDE_BEFORE:-}" ]; then
      read -r p w < <(prompt_and_exit_of "$RIDE_BEFORE" "$@" <"$input")
      before+=("$p")
    fi
    read -r p w < <(RIDE_TRACE_START=1 BENCH_STDERR=$trace prompt_and_exit_of "$RIDE" "$@" <"$input")
    now+=("$p")
  done
  record "$name" ride s "${now[@]}"
  [ ${#before[@]} -gt 0 ] && record "$name" "ride before" s "${before[@]}"
  record_phases "$name" "$trace" "${now[@]}"
  rm -f "$trace"
}

# --- primary + standby: start, :reset, promote (embedded)
if part embedded; then
"$RIDE" postgres start "$STANDBY_ID" --engine embedded <"$input" >/dev/null 2>&1 # fills the cache
prepared=$(ls -td "$cache"/*/ 2>/dev/null | head -1)
binaries=$(ls -d "$(dirname "$cache")"/postgres-*/bin 2>/dev/null | head -1)
record_start "start to prompt: primary+standby, embedded warm" "$RIDE" postgres start "$STANDBY_ID" --engine embedded
floor_starts=() floor_promotes=()
if [ -n "$prepared" ] && [ -x "$binaries/pg_ctl" ]; then
  for _ in $(seq "$RUNS"); do
    read -r s p < <(floor_pair "${prepared%/}" "$binaries")
    floor_starts+=("$s"); floor_promotes+=("$p")
  done
  record "start to prompt: primary+standby, embedded warm" "pg_ctl+psql" s "${floor_starts[@]}"
fi

resets=$(mktemp)
for _ in $(seq 11); do echo ':reset'; done >"$resets"
echo '\q' >>"$resets"
record ":reset (primary+standby)" ride ms \
  $(python3 "$BENCH_DIR/session_timer.py" '^Every database is back' "$resets" "$RIDE" postgres start "$STANDBY_ID" --engine embedded)

promotes=$(mktemp)
for _ in $(seq 6); do printf ':action promote standby\n:reset\n'; done >"$promotes"
echo '\q' >>"$promotes"
# outputs: promoted, back, promoted, back...: the gaps alternate reset (even), promote (odd)
gaps=$(python3 "$BENCH_DIR/session_timer.py" '^(standby was promoted|Every database is back)' "$promotes" \
  "$RIDE" postgres start "$PROMOTE_ID" --engine embedded)
record ":action promote standby" ride ms $(awk '{for (i = 2; i <= NF; i += 2) printf "%s ", $i}' <<<"$gaps")
[ ${#floor_promotes[@]} -gt 0 ] && record ":action promote standby" "pg_ctl promote" ms \
  $(for p in "${floor_promotes[@]}"; do python3 -c "print(f'{$p * 1000:.1f}')"; done)
record ":reset (after a promotion)" ride ms $(awk '{for (i = 3; i <= NF; i += 2) printf "%s ", $i}' <<<"$gaps")
fi

# --- primary + standby on docker (warm: the prepared image exists after the first run)
if ! part docker; then
  :
elif docker image inspect "$IMAGE" >/dev/null 2>&1; then
  "$RIDE" postgres start "$STANDBY_ID" --engine docker --image "$IMAGE" <"$input" >/dev/null 2>&1
  record_docker_starts "start to prompt: primary+standby, docker warm" postgres start "$STANDBY_ID" --engine docker --image "$IMAGE"
else
  echo "bench: no Docker daemon or no image $IMAGE: the docker start is not measured" >&2
fi

# --- the PgBouncer hop
if ! part pgbouncer; then
  :
elif command -v pgbouncer >/dev/null 2>&1; then
  pg_start
  bouncer=$(mktemp -d /dev/shm/ride-bench-pgbouncer-XXXXXX)
  bport=$(free_port)
  printf '"postgres" "%s"\n' "$PG_PASSWORD" >"$bouncer/users.txt"
  cat >"$bouncer/pgbouncer.ini" <<INI
[databases]
postgres = host=127.0.0.1 port=$PG_PORT dbname=postgres
[pgbouncer]
listen_addr = 127.0.0.1
listen_port = $bport
unix_socket_dir =
auth_type = scram-sha-256
auth_file = $bouncer/users.txt
pool_mode = transaction
logfile = $bouncer/pgbouncer.log
pidfile = $bouncer/pgbouncer.pid
INI
  [ "$(id -u)" = 0 ] && chown -R 65534:65534 "$bouncer"
  "${as[@]}" pgbouncer -d "$bouncer/pgbouncer.ini"
  sel=$(mktemp)
  for _ in $(seq 200); do echo 'select 1;'; done >"$sel"
  record "select 1 through PgBouncer" ride ms $(python3 "$BENCH_DIR/session_timer.py" '^\(1 row\)' "$sel" \
    "$RIDE" psql -X -h 127.0.0.1 -p "$bport" -U postgres -d postgres)
  [ -n "${RIDE_BEFORE:-}" ] && record "select 1 through PgBouncer" "ride before" ms \
    $(python3 "$BENCH_DIR/session_timer.py" '^\(1 row\)' "$sel" "$RIDE_BEFORE" psql -X -h 127.0.0.1 -p "$bport" -U postgres -d postgres)
  # ride's own cost of a round trip, without the pooler
  record "select 1 through PgBouncer" "ride, no pooler" ms $(python3 "$BENCH_DIR/session_timer.py" '^\(1 row\)' "$sel" \
    "$RIDE" psql -X -h 127.0.0.1 -p "$PG_PORT" -U postgres -d postgres)
  record "select 1 through PgBouncer" psql ms $(python3 "$BENCH_DIR/session_timer.py" '^\(1 row\)' "$sel" \
    stdbuf -oL psql -X -h 127.0.0.1 -p "$bport" -U postgres -d postgres)
  record "select 1 through PgBouncer" "psql, no pooler" ms $(python3 "$BENCH_DIR/session_timer.py" '^\(1 row\)' "$sel" \
    stdbuf -oL psql -X -d postgres)
  kill "$(cat "$bouncer/pgbouncer.pid")" 2>/dev/null || true
  sleep 0.2
  rm -rf "$bouncer" "$sel"
  pg_stop
else
  echo "bench: no pgbouncer here: the hop is not measured" >&2
fi
rm -f "$input" "${resets:-}" "${promotes:-}"
