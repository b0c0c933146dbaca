#!/usr/bin/env bash
# Round trips on one server (a plain PostgreSQL 15 started for the benchmark), ride (external
# engine, seed installed) vs psql vs sqlline, each in ONE session: 200 x `select 1;` and
# 50 x `\d orders` (psql and ride only: sqlline has no \d). Each sample is the gap between two
# consecutive results on stdout, i.e. one command as the user sees it, printing included.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
pg_start
trap pg_stop EXIT
pg_drop_seed
sel=$(mktemp); dsc=$(mktemp)
for _ in $(seq 200); do echo 'select 1;'; done >"$sel"
for _ in $(seq 50); do echo '\d orders'; done >"$dsc"
# ride first: its external engine installs the seed, whose tenant_a then serves psql and sqlline too
record "select 1 round trip" ride ms $(python3 "$BENCH_DIR/session_timer.py" '^\(1 row\)' "$sel" \
  "$RIDE" postgres start "$SEED" --engine external --jdbc-url "$(pg_jdbc)")
pg_drop_seed
record "\\d orders round trip" ride ms $(python3 "$BENCH_DIR/session_timer.py" '^ *Table "public.orders"' "$dsc" \
  "$RIDE" postgres start "$SEED" --engine external --jdbc-url "$(pg_jdbc)")
record "select 1 round trip" psql ms $(python3 "$BENCH_DIR/session_timer.py" '^\(1 row\)' "$sel" \
  stdbuf -oL psql -X -d tenant_a)
record "\\d orders round trip" psql ms $(python3 "$BENCH_DIR/session_timer.py" '^ *Table "public.orders"' "$dsc" \
  stdbuf -oL psql -X -d tenant_a)
if sqlline_fetch; then
  # sqlline reads the file itself; its "1 row selected" line closes each result
  sq=$(mktemp)
  for _ in $(seq 200); do echo 'select 1 as one;'; done >"$sq"
  record "select 1 round trip" sqlline ms $(python3 "$BENCH_DIR/session_timer.py" 'row selected' /dev/null \
    bash -c "source '$BENCH_DIR/lib.sh'; PG_PORT=$PG_PORT PG_PASSWORD='$PG_PASSWORD' sqlline_run '$sq' tenant_a")
  rm -f "$sq"
fi
pg_drop_seed
rm -f "$sel" "$dsc"
