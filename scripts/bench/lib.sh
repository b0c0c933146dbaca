# Shared helpers of the benchmarks (sourced). Results go to $BENCH_OUT as tab-separated rows:
# name <TAB> subject <TAB> unit <TAB> value value ... (every sample), summarised by report.py.
set -euo pipefail

BENCH_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
RIDE_HOME="$(cd "$BENCH_DIR/../.." && pwd)"
RIDE="${RIDE:-$RIDE_HOME/scripts/ride}" # another build of ride: RIDE=/path/to/its/scripts/ride
SEED=stage-09/08-migration-applied-to-one-tenant-only
BENCH_OUT="${BENCH_OUT:-${TMPDIR:-/tmp}/ride-bench-results.tsv}"
PG_BIN="${PG_BIN:-/usr/lib/postgresql/15/bin}"

# Seconds since the epoch, with nanoseconds.
now() { date +%s.%N; }

# record NAME SUBJECT UNIT VALUES...: one result row.
record() {
  local name=$1 subject=$2 unit=$3
  shift 3
  printf '%s\t%s\t%s\t%s\n' "$name" "$subject" "$unit" "$*" >>"$BENCH_OUT"
  printf '  %-38s %-8s %s %s\n' "$name" "$subject" "$*" "$unit" >&2
}

# record_phases NAME TRACE_FILE [PROMPT_SECONDS...]: one row per phase of the start traces
# (RIDE_TRACE_START=1 output) collected in TRACE_FILE over the runs of NAME, and, given each run's
# start-to-prompt time, one for the rest, so that the start figure says where its time went.
record_phases() {
  local name=$1 trace=$2 rows
  shift 2
  rows=$(python3 "$BENCH_DIR/phases.py" "$name" "$trace" "$@")
  [ -n "$rows" ] || return 0
  printf '%s\n' "$rows" >>"$BENCH_OUT"
  while IFS=$'\t' read -r n subject unit values; do
    printf '  %-38s %-8s %s %s\n' "$n" "$subject" "$values" "$unit" >&2
  done <<<"$rows"
}

# wall_of CMD...: wall seconds of one run of CMD (its output discarded; stdin inherited).
wall_of() {
  local t0 t1
  t0=$(now)
  "$@" >/dev/null 2>&1 || true
  t1=$(now)
  python3 -c "print(f'{$t1 - $t0:.3f}')"
}

# prompt_and_exit_of CMD...: "seconds-to-first-output seconds-to-exit" of one run (stdin inherited).
prompt_and_exit_of() { python3 "$BENCH_DIR/first-output.py" "$@"; }

# rss_and_wall CMD...: "seconds kilobytes" of one run, from GNU time (stdout of CMD to /dev/null).
rss_and_wall() {
  local out
  out=$(mktemp)
  /usr/bin/time -f '%e %M' -o "$out" "$@" >/dev/null 2>/dev/null || true
  tail -1 "$out"
  rm -f "$out"
}

need_time() {
  if [ ! -x /usr/bin/time ]; then
    echo "bench: installing GNU time (for peak RSS)" >&2
    apt-get install -y -qq time >/dev/null
  fi
}

# A plain PostgreSQL 15 for the peer comparisons, as nobody when root, on tmpfs, password auth.
# Sets PG_PORT, PG_PASSWORD, PG_DIR; pg_stop removes it.
pg_start() {
  PG_DIR=$(mktemp -d /dev/shm/ride-bench-pg-XXXXXX)
  PG_PASSWORD=$(head -c 18 /dev/urandom | base64 | tr -d '/+=')
  PG_PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
  local as=()
  if [ "$(id -u)" = 0 ]; then
    as=(setpriv --reuid=65534 --regid=65534 --clear-groups)
    chown 65534:65534 "$PG_DIR"
  fi
  echo "$PG_PASSWORD" >"$PG_DIR/pw"
  chmod 644 "$PG_DIR/pw"
  "${as[@]}" "$PG_BIN/initdb" -D "$PG_DIR/data" -U postgres --pwfile="$PG_DIR/pw" --auth=scram-sha-256 \
    -E UTF8 --locale=C.UTF-8 --no-sync >/dev/null
  rm -f "$PG_DIR/pw"
  "${as[@]}" "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/data/log" -w -o \
    "-p $PG_PORT -k $PG_DIR -c listen_addresses=127.0.0.1 -c fsync=off -c shared_preload_libraries=pg_stat_statements" \
    start >/dev/null
  export PGPASSWORD=$PG_PASSWORD PGHOST=127.0.0.1 PGPORT=$PG_PORT PGUSER=postgres
}

pg_stop() {
  local as=()
  [ "$(id -u)" = 0 ] && as=(setpriv --reuid=65534 --regid=65534 --clear-groups)
  "${as[@]}" "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m fast -w stop >/dev/null 2>&1 || true
  rm -rf "$PG_DIR"
}

pg_jdbc() { echo "jdbc:postgresql://127.0.0.1:$PG_PORT/${1:-postgres}?user=postgres&password=$PG_PASSWORD"; }

# ride against the peer server, the seed scenario installed there (the external engine).
ride_external() { "$RIDE" postgres start "$SEED" --engine external --jdbc-url "$(pg_jdbc)"; }

# sqlline (a Java JLine SQL shell), fetched once into a temp dir, never into the repository.
SQLLINE_DIR="${SQLLINE_DIR:-${TMPDIR:-/tmp}/ride-bench-sqlline}"
sqlline_fetch() {
  [ -d "$SQLLINE_DIR/lib" ] && return 0
  mkdir -p "$SQLLINE_DIR"
  cat >"$SQLLINE_DIR/pom.xml" <<'POM'
<project xmlns="http://maven.apache.org/POM/4.0.0"><modelVersion>4.0.0</modelVersion>
<groupId>bench</groupId><artifactId>sqlline-fetch</artifactId><version>1</version>
<dependencies>
<dependency><groupId>sqlline</groupId><artifactId>sqlline</artifactId><version>1.12.0</version></dependency>
<dependency><groupId>org.postgresql</groupId><artifactId>postgresql</artifactId><version>42.7.8</version></dependency>
</dependencies></project>
POM
  (cd "$SQLLINE_DIR" && mvn -B -q dependency:copy-dependencies -DoutputDirectory="$SQLLINE_DIR/lib" >/dev/null 2>&1) || {
    echo "bench: could not fetch sqlline; its rows are left out" >&2
    rm -rf "$SQLLINE_DIR/lib"
    return 1
  }
}
# sqlline_run FILE [DB]: runs the SQL file, output (and its "N rows selected" lines) to stdout.
sqlline_run() {
  java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -cp "$SQLLINE_DIR/lib/*" sqlline.SqlLine \
    -u "jdbc:postgresql://127.0.0.1:$PG_PORT/${2:-postgres}" -n postgres -p "$PG_PASSWORD" \
    --color=false --maxWidth=200 ${SQLLINE_OPTS:-} --run="$1" </dev/null 2>&1
}

# Drops what ride's external engine installed for the seed (its databases and :reset templates).
pg_drop_seed() {
  local db
  for db in tenant_a tenant_b tenant_c; do
    psql -X -q -d postgres -c "DROP DATABASE IF EXISTS $db WITH (FORCE)" >/dev/null 2>&1 || true
    psql -X -q -d postgres -c "ALTER DATABASE ride_template_$db WITH IS_TEMPLATE false" >/dev/null 2>&1 || true
    psql -X -q -d postgres -c "DROP DATABASE IF EXISTS ride_template_$db" >/dev/null 2>&1 || true
  done
}

# floor_start PREPARED BIN: seconds from copying PREPARED/data to psql's answer from a server
# started on the copy by BIN/pg_ctl -w (as nobody when root, as ride does), with ride's settings
# that matter for a start; the server is stopped and the copy removed afterwards (not timed).
floor_start() {
  local prepared=$1 bin=$2 dir port t0 t1 run=()
  dir=$(mktemp -d "${TMPDIR:-/tmp}/ride-floor-XXXXXX")
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  [ "$(id -u)" = 0 ] && run=(setpriv --reuid=65534 --regid=65534 --clear-groups)
  t0=$(now)
  cp -a "$prepared/data" "$dir/data"
  [ "$(id -u)" = 0 ] && chown -R 65534:65534 "$dir"
  "${run[@]}" "$bin/pg_ctl" -D "$dir/data" -s -w -l "$dir/server.log" -o "-p $port -k $dir -c listen_addresses=127.0.0.1 \
    -c shared_preload_libraries=pg_stat_statements -c fsync=off -c synchronous_commit=off -c full_page_writes=off \
    -c dynamic_shared_memory_type=mmap" start >/dev/null 2>&1
  PGPASSWORD=$(cat "$prepared/password") "$PG_BIN/psql" -h 127.0.0.1 -p "$port" -U postgres -d postgres -Atc 'select 1' >/dev/null 2>&1
  t1=$(now)
  "${run[@]}" "$bin/pg_ctl" -D "$dir/data" -s -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$dir"
  python3 -c "print(f'{$t1 - $t0:.3f}')"
}
