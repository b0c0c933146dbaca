#!/usr/bin/env bash
# What a live drill costs (issue 15's targets): ride's own CPU (user + sys, every thread) over a
# session that only waits 20 s, for the live seed (three checkout actors at 5/s each, the lock
# monitor) and for a copy of the seed without actors; the difference over the 20 s is the actors'
# share of one core. Also :reset (actors stopped and started again) and :submit of the live seed.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
RUNS=${RUNS:-3}
WAIT=${WAIT:-20}
input=$(mktemp)
printf 'select pg_sleep(%s);\n\\q\n' "$WAIT" >"$input"
scenarios=$(mktemp -d)
mkdir -p "$scenarios/stage-09"
cp -r "$RIDE_HOME/scenarios/$SEED" "$scenarios/stage-09/still"
# the same scenario with no actors: format 1, the actors: section and the actor checks cut off
python3 - "$scenarios/stage-09/still/scenario.yaml" <<'PY'
import re, sys
path = sys.argv[1]
text = open(path).read().replace("format: 2", "format: 1", 1)
text = re.sub(r"\nactors:\n(?:  .*\n|\n|#.*\n)*", "\n", text)
text = re.sub(r"    - id: checkout-works-[^\n]*\n(?:      [^\n]*\n)*", "", text)
text = re.sub(r"\nsolutions:\n(?:  .*\n)*", "\nsolutions: []\n", text)
open(path, "w").write(text)
PY
cpu_of() { # cpu_of CMD...: user+sys seconds of one run
  local out
  out=$(mktemp)
  /usr/bin/time -f '%U %S' -o "$out" "$@" <"$input" >/dev/null 2>&1 || true
  awk '{printf "%.2f\n", $1 + $2}' "$out"
  rm -f "$out"
}
"$RIDE" postgres start "$SEED" --engine embedded <<<'\q' >/dev/null 2>&1 # warm caches
RIDE_SCENARIOS="$scenarios" "$RIDE" postgres start stage-09/still --engine embedded <<<'\q' >/dev/null 2>&1
live=() still=() share=()
for _ in $(seq "$RUNS"); do
  l=$(cpu_of "$RIDE" postgres start "$SEED" --engine embedded)
  s=$(RIDE_SCENARIOS="$scenarios" cpu_of "$RIDE" postgres start stage-09/still --engine embedded)
  live+=("$l"); still+=("$s")
  share+=("$(python3 -c "print(f'{max(0.0, ($l - $s) / $WAIT * 100):.1f}')")")
done
record "cpu of a ${WAIT}s wait: live seed" ride s "${live[@]}"
record "cpu of a ${WAIT}s wait: live seed" "no actors" s "${still[@]}"
record "actors' cpu: share of one core" ride % "${share[@]}"

for _ in $(seq 11); do echo ':reset'; done >"$input"
echo '\q' >>"$input"
record ":reset (live seed, actors restarted)" ride ms \
  $(python3 "$BENCH_DIR/session_timer.py" '^Every database is back' "$input" "$RIDE" postgres start "$SEED" --engine embedded)
for _ in $(seq 7); do echo ':submit --json'; done >"$input"
echo '\q' >>"$input"
record ":submit (live seed)" ride ms \
  $(python3 "$BENCH_DIR/session_timer.py" '^\{"scenario"' "$input" "$RIDE" postgres start "$SEED" --engine embedded)
rm -rf "$scenarios" "$input"
