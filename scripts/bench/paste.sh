#!/usr/bin/env bash
# A 100 KB line pasted by a terminal that does not bracket pastes (tmux paste-buffer without -p),
# into ride and into psql, each in a fresh tmux terminal of 80x24 on the same server: seconds from
# the paste until the query's result is on the screen. Three samples each, alternating.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
command -v tmux >/dev/null || { echo "paste.sh needs tmux" >&2; exit 1; }
pg_start
session=""
cleanup() { [ -z "$session" ] || tmux kill-session -t "$session" 2>/dev/null || true; pg_stop; }
trap cleanup EXIT
trap "exit 1" INT TERM # the terminal and the server go with the script
pg_drop_seed
text=$(mktemp)
python3 -c "import sys; sys.stdout.write(\"select length('\" + 'x' * 100000 + \"') as pasted;\")" >"$text"

# wait_for_screen PATTERN SECONDS: until the terminal shows PATTERN; after SECONDS, its screen and a failure
wait_for_screen() {
  local deadline=$(( $(date +%s) + $2 ))
  until tmux capture-pane -p -t "$session" | grep -q "$1"; do
    if [ "$(date +%s)" -gt "$deadline" ]; then
      echo "paste.sh: no \"$1\" after $2 s; the screen:" >&2
      tmux capture-pane -p -t "$session" >&2
      exit 1
    fi
    sleep 0.02
  done
}

# one_paste NAME COMMAND...: a new terminal running COMMAND; once its prompt shows, the paste and
# Enter; prints the seconds until the result's "(1 row)" is on the screen
one_paste() {
  session="ride-bench-paste-$1-$$"; shift
  # a tmux server started earlier has its own environment: the server's address goes along
  tmux new-session -d -s "$session" -x 80 -y 24 -e "PGHOST=$PGHOST" -e "PGPORT=$PGPORT" -e "PGUSER=$PGUSER" \
    -e "PGPASSWORD=$PGPASSWORD" "$*; sleep 60"
  wait_for_screen 'tenant_a=#' 120
  tmux load-buffer -b "$session" "$text"
  local t0 t1
  t0=$(now)
  tmux paste-buffer -d -b "$session" -t "$session"
  tmux send-keys -t "$session" Enter
  wait_for_screen '^(1 row)' 300
  t1=$(now)
  tmux kill-session -t "$session"
  session=""
  python3 -c "print(round($t1 - $t0, 3))"
}

# ride installs the seed into the server on its first start; the later ones and psql reuse it
ride_cmd=("$RIDE" postgres start "$SEED" --engine external --jdbc-url "'$(pg_jdbc)'")
samples_ride=(); samples_psql=()
for _ in 1 2 3; do
  samples_ride+=("$(one_paste ride "${ride_cmd[@]}")")
  samples_psql+=("$(one_paste psql psql -X -d tenant_a)")
done
record "100 KB unbracketed paste to result" ride s "${samples_ride[@]}"
record "100 KB unbracketed paste to result" psql s "${samples_psql[@]}"
rm -f "$text"
pg_drop_seed
