#!/usr/bin/env bash
# :reset (seed scenario, 10 in one session) and :submit (generated variants of the seed with 3, 30
# and 100 tenants, 6 in one session): each sample is the gap between two consecutive outputs of the
# command, so it is what the learner waits for (the shell's reconnect after :reset included).
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
TENANTS=${TENANTS:-3 30 100}
input=$(mktemp)
for _ in $(seq 11); do echo ':reset'; done >"$input"
echo '\q' >>"$input"
record ":reset (seed, 3 tenants)" ride ms \
  $(python3 "$BENCH_DIR/session_timer.py" '^Every database is back' "$input" "$RIDE" postgres start "$SEED" --engine embedded)

scenarios=$(mktemp -d)
for n in $TENANTS; do
  id=$(python3 "$BENCH_DIR/tenants.py" "$RIDE_HOME/scenarios/$SEED" "$scenarios" "$n")
  for _ in $(seq 7); do echo ':submit --json'; done >"$input"
  echo '\q' >>"$input"
  # the first run prepares the cached copy (not timed as a start; the submits are timed anyway)
  record ":submit ($n tenants)" ride ms \
    $(RIDE_SCENARIOS="$scenarios" python3 "$BENCH_DIR/session_timer.py" '^\{"scenario"' "$input" \
      "$RIDE" postgres start "$id" --engine embedded)
done
rm -rf "$scenarios" "$input"
