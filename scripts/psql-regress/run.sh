#!/usr/bin/env bash
# psql fidelity, measured by PostgreSQL 15's own psql regression test (issue 18).
#
# Runs psql.sql and psql_crosstab.sql through `ride psql` exactly as pg_regress runs psql
# (psql -X -a -q -d regression -v HIDE_TABLEAM=on -v HIDE_TOAST_COMPRESSION=on < FILE 2>&1, with
# PGTZ, PGDATESTYLE, PGOPTIONS and LC_MESSAGES=C), each on a fresh PostgreSQL 15 cluster started
# here on 127.0.0.1 with a random password, and compares the output with the expected .out file.
# Prints, per file, how many of the expected lines are identical: all lines, stdout lines and error
# (stderr) lines, and the commands whose output differs most.
#
# The test files are PostgreSQL's and are never committed: they are read from
# $RIDE_PSQL_REGRESS_DIR, else ../shared/psql-regress beside the repository, else
# /work/shared/psql-regress. Exit status 0 when measured, 4 when the files are missing, 5 when
# no PostgreSQL 15 server binaries are found ($RIDE_PG_BIN, default /usr/lib/postgresql/15/bin).
#
# Environment: RIDE_PSQL_CLIENT (default "scripts/ride psql"; /usr/bin/psql measures the oracle),
# RIDE_PSQL_REGRESS_KEEP=DIR keeps the outputs and diffs in DIR, RIDE_PSQL_REGRESS_FILES (default
# "psql psql_crosstab").
set -euo pipefail

home="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
dir="${RIDE_PSQL_REGRESS_DIR:-}"
if [ -z "$dir" ]; then
  for candidate in "$home/../shared/psql-regress" /work/shared/psql-regress; do
    if [ -f "$candidate/psql.sql" ]; then dir="$candidate"; break; fi
  done
fi
if [ -z "$dir" ] || [ ! -f "$dir/psql.sql" ]; then
  echo "psql-regress: PostgreSQL's psql regression files not found (set RIDE_PSQL_REGRESS_DIR)" >&2
  exit 4
fi
pgbin="${RIDE_PG_BIN:-/usr/lib/postgresql/15/bin}"
if [ ! -x "$pgbin/postgres" ] || [ ! -x "$pgbin/initdb" ]; then
  echo "psql-regress: no PostgreSQL 15 server binaries in $pgbin (set RIDE_PG_BIN)" >&2
  exit 5
fi
read -r -a client <<<"${RIDE_PSQL_CLIENT:-$home/scripts/ride psql}"
files="${RIDE_PSQL_REGRESS_FILES:-psql psql_crosstab}"

work="$(mktemp -d "${TMPDIR:-/tmp}/psql-regress.XXXXXX")"
chmod 755 "$work"
server_pid=""
as_server=()
if [ "$(id -u)" = 0 ]; then
  as_server=(setpriv --reuid=65534 --regid=65534 --clear-groups) # initdb and postgres refuse root
fi

stop_server() {
  if [ -n "$server_pid" ]; then
    kill -INT "$server_pid" 2>/dev/null || true # fast shutdown of the postmaster we started
    for _ in $(seq 100); do kill -0 "$server_pid" 2>/dev/null || break; sleep 0.1; done
    server_pid=""
  fi
}
cleanup() {
  stop_server
  rm -rf "$work"
}
trap cleanup EXIT

password="$(head -c 18 /dev/urandom | base64 | tr -d '/+=')"

# A fresh cluster: psql.sql creates roles, which outlive a database.
start_server() {
  local data="$work/data"
  rm -rf "$data" "$work/socket" && mkdir -p "$data" "$work/socket"
  printf '%s\n' "$password" >"$work/pwfile"
  if [ ${#as_server[@]} -gt 0 ]; then chown 65534:65534 "$data" "$work/socket" "$work/pwfile"; fi
  "${as_server[@]}" "$pgbin/initdb" -D "$data" -U postgres --pwfile="$work/pwfile" -A scram-sha-256 \
    -E UTF8 --locale=C -N >"$work/initdb.log" 2>&1
  for _ in 1 2 3 4 5; do
    port=$((20000 + RANDOM % 30000))
    "${as_server[@]}" "$pgbin/postgres" -D "$data" -p "$port" -c listen_addresses=127.0.0.1 \
      -k "$work/socket" -c fsync=off -c full_page_writes=off >"$work/server.log" 2>&1 &
    server_pid=$!
    for _ in $(seq 100); do
      if PGPASSWORD="$password" "$pgbin/pg_isready" -q -h 127.0.0.1 -p "$port" 2>/dev/null; then return 0; fi
      kill -0 "$server_pid" 2>/dev/null || break
      sleep 0.1
    done
    stop_server
  done
  echo "psql-regress: the server did not start; see its log:" >&2
  tail -20 "$work/server.log" >&2
  exit 6
}

# psql(1) for the setup: the oracle when installed, else ride's own client.
setup_psql() {
  local psql=(/usr/bin/psql)
  [ -x /usr/bin/psql ] || psql=("${client[@]}")
  PGPASSWORD="$password" "${psql[@]}" -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$port" -U postgres "$@"
}

# The database pg_regress makes, with tenk1 (create_table.sql, create_index.sql) and heap2.
prepare_database() {
  setup_psql -d postgres >/dev/null <<SQL
CREATE DATABASE regression TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C';
ALTER DATABASE regression SET lc_messages TO 'C';
ALTER DATABASE regression SET lc_monetary TO 'C';
ALTER DATABASE regression SET lc_numeric TO 'C';
ALTER DATABASE regression SET lc_time TO 'C';
ALTER DATABASE regression SET bytea_output TO 'hex';
ALTER DATABASE regression SET timezone_abbreviations TO 'Default';
SQL
  setup_psql -d regression >/dev/null <<SQL
CREATE TABLE tenk1 (unique1 int4, unique2 int4, two int4, four int4, ten int4, twenty int4,
  hundred int4, thousand int4, twothousand int4, fivethous int4, tenthous int4, odd int4,
  even int4, stringu1 name, stringu2 name, string4 name);
\\copy tenk1 from '$dir/tenk.data'
CREATE INDEX tenk1_unique1 ON tenk1 USING btree(unique1 int4_ops);
CREATE INDEX tenk1_unique2 ON tenk1 USING btree(unique2 int4_ops);
CREATE INDEX tenk1_hundred ON tenk1 USING btree(hundred int4_ops);
CREATE INDEX tenk1_thous_tenthous ON tenk1 (thousand, tenthous);
VACUUM ANALYZE tenk1;
CREATE ACCESS METHOD heap2 TYPE TABLE HANDLER heap_tableam_handler;
SQL
}

# One mark per expected line: '=' when it is in the longest common subsequence with $2, else '-'.
marks() {
  diff --unchanged-line-format='=
' --old-line-format='-
' --new-line-format='' "$1" "$2" || true
}

keep="${RIDE_PSQL_REGRESS_KEEP:-}"
[ -n "$keep" ] && mkdir -p "$keep"
overall=0
for name in $files; do
  start_server
  prepare_database
  expected="$dir/$name.out"
  actual="$work/$name.actual"
  (
    cd "$dir"
    PGHOST=127.0.0.1 PGPORT="$port" PGUSER=postgres PGPASSWORD="$password" PGTZ=America/Los_Angeles \
      PGDATESTYLE='Postgres, MDY' PGOPTIONS='-c intervalstyle=postgres_verbose' LC_MESSAGES=C \
      timeout 600 "${client[@]}" -X -a -q -d regression -v HIDE_TABLEAM=on -v HIDE_TOAST_COMPRESSION=on \
      <"$dir/$name.sql" >"$actual" 2>&1 || true
  )
  # which expected lines psql writes to stderr: the oracle's stdout alone, when psql is installed
  stdout_marks="$work/$name.stdout-marks"
  if [ -x /usr/bin/psql ]; then
    stop_server
    start_server
    prepare_database
    (
      cd "$dir"
      PGHOST=127.0.0.1 PGPORT="$port" PGUSER=postgres PGPASSWORD="$password" PGTZ=America/Los_Angeles \
        PGDATESTYLE='Postgres, MDY' PGOPTIONS='-c intervalstyle=postgres_verbose' LC_MESSAGES=C \
        timeout 600 /usr/bin/psql -X -a -q -d regression -v HIDE_TABLEAM=on -v HIDE_TOAST_COMPRESSION=on \
        <"$dir/$name.sql" >"$work/$name.oracle-stdout" 2>/dev/null || true
    )
    marks "$expected" "$work/$name.oracle-stdout" >"$stdout_marks"
  else
    marks "$expected" "$expected" >"$stdout_marks"
  fi
  stop_server
  marks "$expected" "$actual" >"$work/$name.marks"
  marks "$expected" "$dir/$name.sql" | tr '=-' 'I.' >"$work/$name.input-marks"
  paste -d' ' "$work/$name.marks" "$work/$name.stdout-marks" "$work/$name.input-marks" "$expected" |
    awk -v name="$name" '
      {
        same = substr($0, 1, 1) == "="; stdout = substr($0, 3, 1) == "="; input = substr($0, 5, 1) == "I"
        line = substr($0, 7)
        # the input line each output line follows: a \ command, or the first word of SQL
        if (input && line !~ /^[ \t]*(--|$)/) {
          split(line, w, /[ \t;]+/); command = (w[1] ~ /^\\/) ? w[1] : toupper(w[1] == "" ? w[2] : w[1])
        }
        all++; if (same) same_all++
        if (stdout) { out++; if (same) same_out++ } else { err++; if (same) same_err++ }
        if (!same) differing[command == "" ? "(start)" : command]++
      }
      function pct(a, b) { return b == 0 ? "-" : sprintf("%.1f %%", 100 * a / b) }
      END {
        printf "%s: %d of %d lines identical (%s); stdout %d of %d (%s); errors %d of %d (%s)\n",
          name, same_all, all, pct(same_all, all), same_out, out, pct(same_out, out), same_err, err, pct(same_err, err)
        for (c in differing) printf "  %6d  %s\n", differing[c], c | "sort -rn | head -15"
        close("sort -rn | head -15")
      }'
  if [ -n "$keep" ]; then
    cp "$actual" "$keep/$name.actual"
    diff -u "$expected" "$actual" >"$keep/$name.diff" || true
  fi
done
