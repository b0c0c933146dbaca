#!/usr/bin/env bash
# Big results to a pipe: `select g, md5(g::text) from generate_series(1,N) g` with N = 1,000,000
# (aligned and unaligned, 3 runs) and 5,000,000 (memory flatness, 1 run), wall seconds and peak
# RSS (GNU time) of the whole process, ride (external engine on the benchmark server; its start and
# the scenario's databases, recreated from the templates a first run left there, are in the wall
# time, shown apart as "ride session, no query") vs psql vs sqlline (table / csv output).
# Output goes through `| cat >/dev/null`. Then the cost of each further million rows (5M run minus
# 1M run), and the time of one query inside a session: both leave each tool's start out.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
need_time
RUNS=${RUNS:-3}
pg_start
trap pg_stop EXIT
pg_drop_seed
sqlline_ok=; sqlline_fetch && sqlline_ok=1
files=$(mktemp -d)
query() { echo "select g, md5(g::text) from generate_series(1,$1) g;"; }

measure() { # measure NAME SUBJECT RUNS COMMAND-STRING: wall and RSS rows
  local name=$1 subject=$2 runs=$3 cmd=$4 walls=() rss=() w m
  for _ in $(seq "$runs"); do
    read -r w m < <(rss_and_wall bash -c "$cmd | cat >/dev/null")
    walls+=("$w"); rss+=("$(( m / 1024 ))")
  done
  record "$name wall" "$subject" s "${walls[@]}"
  record "$name peak RSS" "$subject" MiB "${rss[@]}"
}

printf 'select 1;\n' >"$files/none.sql"
# a first run installs the scenario on the server; the measured ones start warm from its templates
"$RIDE" postgres start "$SEED" --engine external --jdbc-url "$(pg_jdbc)" <"$files/none.sql" >/dev/null 2>&1
measure "ride session, no query" ride "$RUNS" \
  "'$RIDE' postgres start '$SEED' --engine external --jdbc-url '$(pg_jdbc)' <'$files/none.sql'"
for n in 1000000 5000000; do
  runs=$RUNS; [ "$n" = 5000000 ] && runs=1
  for format in aligned unaligned; do
    { [ "$format" = unaligned ] && echo '\pset format unaligned'; query "$n"; } >"$files/q.sql"
    label="$n rows $format"
    measure "$label" ride "$runs" "'$RIDE' postgres start '$SEED' --engine external --jdbc-url '$(pg_jdbc)' <'$files/q.sql'"
    measure "$label" psql "$runs" "psql -X -d postgres <'$files/q.sql'"
    if [ -n "$sqlline_ok" ] && [ "$n" = 1000000 ]; then
      query "$n" >"$files/s.sql"
      opts="--outputformat=table"; [ "$format" = unaligned ] && opts="--outputformat=csv"
      measure "$label" sqlline "$runs" \
        "source '$BENCH_DIR/lib.sh'; PG_PORT=$PG_PORT PG_PASSWORD='$PG_PASSWORD' SQLLINE_OPTS='$opts' sqlline_run '$files/s.sql'"
    fi
  done
done
# Wide rows: 20,000 of 9.6 KB (a 192 MB result), where the batches' size in bytes is what keeps memory flat.
{ echo '\pset format unaligned'; echo "select g, repeat(md5(g::text), 300) from generate_series(1, 20000) g;"; } >"$files/wide.sql"
measure "20000 rows of 9.6 KB unaligned" ride "$RUNS" "'$RIDE' postgres start '$SEED' --engine external --jdbc-url '$(pg_jdbc)' <'$files/wide.sql'"
measure "20000 rows of 9.6 KB unaligned" psql "$RUNS" "psql -X -d postgres <'$files/wide.sql'"
# What each further 1,000,000 rows cost, the start left out: (the 5,000,000-row run - the median
# 1,000,000-row run) / 4, from the rows above; the streaming speed itself.
for format in aligned unaligned; do
  for subject in ride psql; do
    samples=$(python3 - "$BENCH_OUT" "$format" "$subject" <<'PY'
import statistics, sys
out, fmt, subject = sys.argv[1:]
walls = {}
for line in open(out, encoding="utf-8"):
    name, who, _, values = line.rstrip("\n").split("\t")
    if who == subject:
        walls[name] = [float(v) for v in values.split()]
one = statistics.median(walls[f"1000000 rows {fmt} wall"])
print(" ".join(f"{(v - one) / 4:.2f}" for v in walls[f"5000000 rows {fmt} wall"]))
PY
)
    # shellcheck disable=SC2086
    record "each further 1000000 rows $format" "$subject" s $samples
  done
done
# The same 1,000,000 rows per query inside one session, without either tool's start: the run with
# the query three times minus the run with it once, halved (ride's drill start and psql's connect cancel out).
per_query() { # per_query NAME SUBJECT COMMAND-PREFIX (input file appended)
  local name=$1 subject=$2 cmd=$3 samples=() one three
  for _ in $(seq "${QUERY_RUNS:-5}"); do
    read -r one _ < <(rss_and_wall bash -c "$cmd <'$files/once.sql' | cat >/dev/null")
    read -r three _ < <(rss_and_wall bash -c "$cmd <'$files/thrice.sql' | cat >/dev/null")
    samples+=("$(python3 -c "print(f'{($three - $one) / 2:.2f}')")")
  done
  record "$name" "$subject" s "${samples[@]}"
}
for format in aligned unaligned; do
  { [ "$format" = unaligned ] && echo '\pset format unaligned'; query 1000000; } >"$files/once.sql"
  { [ "$format" = unaligned ] && echo '\pset format unaligned'; query 1000000; query 1000000; query 1000000; } >"$files/thrice.sql"
  per_query "1000000 rows $format, per query in a session" ride \
    "'$RIDE' postgres start '$SEED' --engine external --jdbc-url '$(pg_jdbc)'"
  per_query "1000000 rows $format, per query in a session" psql "psql -X -d postgres"
done
pg_drop_seed
rm -rf "$files"
