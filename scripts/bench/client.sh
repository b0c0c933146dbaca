#!/usr/bin/env bash
# `ride psql` as a standalone client against psql 15, on one plain PostgreSQL 15 started for the
# benchmark (issue 18's targets), each pair run in turn, RUNS times:
# - the round trip of `select 1`: 200 of them in ONE session, each sample the gap between two
#   consecutive results on stdout (printing included), in microseconds (TIMER_DIGITS=3); once with
#   the statements piped in at once (they meet the client's start: a JVM still compiling, ride's
#   warm-up still running), once with them arriving 1.5 s after the start, as a learner's do;
# - `-c 'select 1'` as a whole process (start, login, query, exit);
# - 1,000,000 rows unaligned (-A) to a pipe as a whole process, and its peak RSS.
# RIDE_BEFORE=/path/to/another/scripts/ride adds the same rows for that build ("ride before").
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
need_time
RUNS=${RUNS:-5}
pg_start
trap pg_stop EXIT
sel=$(mktemp)
for _ in $(seq 200); do echo 'select 1;'; done >"$sel"
million="select g, md5(g::text) from generate_series(1,1000000) g"
subjects=(ride psql)
[ -n "${RIDE_BEFORE:-}" ] && subjects+=("ride before")
client() { # client SUBJECT: the command line of that subject, without its options
  case "$1" in
    ride) echo "$RIDE psql" ;;
    "ride before") echo "$RIDE_BEFORE psql" ;;
    psql) echo "$PG_BIN/psql" ;;
  esac
}
"$RIDE" --version >/dev/null 2>&1 || true # builds the jar and its CDS archive outside any timing
declare -A trips later starts walls rss
for _ in $(seq "$RUNS"); do
  for subject in "${subjects[@]}"; do
    read -ra cmd <<<"$(client "$subject")"
    trips[$subject]+=" $(TIMER_DIGITS=3 python3 "$BENCH_DIR/session_timer.py" '^\(1 row\)' "$sel" \
      stdbuf -oL "${cmd[@]}" -X -d postgres)"
    later[$subject]+=" $(TIMER_DIGITS=3 python3 "$BENCH_DIR/session_timer.py" '^\(1 row\)' <(sleep 1.5; cat "$sel") \
      stdbuf -oL "${cmd[@]}" -X -d postgres)"
    starts[$subject]+=" $(wall_of "${cmd[@]}" -X -d postgres -c 'select 1')"
    read -r w m < <(rss_and_wall bash -c "$(printf '%q ' "${cmd[@]}") -X -A -d postgres -c '$million' | cat >/dev/null")
    walls[$subject]+=" $w"; rss[$subject]+=" $((m / 1024))"
  done
done
record_all() { # record_all NAME UNIT ARRAY: one row per subject, from that array's samples
  local name=$1 unit=$2 subject
  local -n samples=$3
  for subject in "${subjects[@]}"; do
    # shellcheck disable=SC2086
    record "$name" "$subject" "$unit" ${samples[$subject]}
  done
}
record_all "select 1 round trip, one session, piped at once" ms trips
record_all "select 1 round trip, one session, from 1.5 s on" ms later
record_all "-c 'select 1', whole process" s starts
record_all "1M rows unaligned to a pipe, wall" s walls
record_all "1M rows unaligned to a pipe, peak RSS" MiB rss
rm -f "$sel"
