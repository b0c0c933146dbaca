#!/usr/bin/env bash
# Start to prompt: wall time of `scripts/ride postgres start <seed>` with stdin "select 1; \q"
# until the answer's first line appears (script mode prints it as soon as the shell is up and the
# sandbox answers) and, apart, until the process has exited (clean-up included), 5 runs each:
# embedded warm (prepared copy cached), embedded cold (new fingerprint), docker warm (prepared image)
# and cold (image present, new fingerprint; peer: `docker run` of the image until psql answers),
# and the JVM alone (`ride --version`). The docker starts are traced (RIDE_TRACE_START=1): each of
# their steps (reap, image, create, start, ready/login, ...) gets a row under the figure, so that
# a figure explains itself.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
RUNS=${RUNS:-5}
input=$(mktemp)
printf 'select 1;\n\\q\n' >"$input"
cache=/var/tmp/ride-cache/prepared # where scripts/ride keeps prepared copies (as root)
[ "$(id -u)" = 0 ] || cache="${XDG_CACHE_HOME:-$HOME/.cache}/ride/prepared"

samples() { # samples COMMAND...: RUNS wall times
  local s=()
  for _ in $(seq "$RUNS"); do s+=("$(wall_of "$@" <"$input")"); done
  echo "${s[*]}"
}

# record_start NAME COMMAND...: RUNS runs; the time until the answer to "select 1" appears (the
# prompt is up and the sandbox answers: "start to prompt") and until the process has exited.
# With PHASES=1 the runs trace their start (RIDE_TRACE_START=1; the docker engine's steps) and
# each step gets a row of its own under the figure.
record_start() {
  local name=$1 prompt=() whole=() p w trace=
  shift
  if [ -n "${PHASES:-}" ]; then trace=$(mktemp); fi
  for _ in $(seq "$RUNS"); do
    read -r p w < <(RIDE_TRACE_START=${trace:+1} BENCH_STDERR=$trace prompt_and_exit_of "$@" <"$input")
    prompt+=("$p"); whole+=("$w")
  done
  record "$name" ride s "${prompt[@]}"
  record "${name}, until exit" ride s "${whole[@]}"
  if [ -n "$trace" ]; then record_phases "$name" "$trace" "${prompt[@]}"; rm -f "$trace"; fi
}

record "jvm: ride --version" ride s $(samples "$RIDE" --version)
"$RIDE" postgres start "$SEED" --engine embedded <"$input" >/dev/null 2>&1 # fills the cache
record_start "start to prompt: embedded warm" "$RIDE" postgres start "$SEED" --engine embedded
# The floor of that warm start, without a JVM: the seed's prepared data directory (the newest one in
# the cache, just used) copied, started with the same binaries by pg_ctl -w and answered by psql.
# The seed is live: ride's figure includes its actors being in place, the floor has none.
prepared=$(ls -td "$cache"/*/ 2>/dev/null | head -1)
binaries=$(ls -d "$(dirname "$cache")"/postgres-*/bin 2>/dev/null | head -1)
if [ -n "$prepared" ] && [ -x "$binaries/pg_ctl" ]; then
  floor=()
  for _ in $(seq "$RUNS"); do floor+=("$(floor_start "${prepared%/}" "$binaries")"); done
  record "start to prompt: embedded warm" "pg_ctl+psql" s "${floor[@]}"
fi
# the JVM's own share: the same without the class-data-sharing archive (before / after)
record "jvm: ride --version, no CDS" ride s $(RIDE_CDS=off samples "$RIDE" --version)
RIDE_CDS=off record_start "start to prompt: embedded warm, no CDS" "$RIDE" postgres start "$SEED" --engine embedded
# Cold: a copy of the seed whose setup differs by a comment each run, so its fingerprint (and the
# cache key) is new: initdb, setup SQL and storing the prepared copy all happen, as on a first run.
# The entries these runs add to the shared cache are removed afterwards.
cold=()
scenarios=$(mktemp -d)
mkdir -p "$scenarios/stage-09"
before=$(ls "$cache" 2>/dev/null || true)
for i in $(seq "$RUNS"); do
  rm -rf "$scenarios/stage-09/cold"
  cp -r "$RIDE_HOME/scenarios/$SEED" "$scenarios/stage-09/cold"
  echo "-- cold start benchmark $$ $i $(now)" >>"$scenarios/stage-09/cold/setup/schema.sql"
  read -r p _ < <(RIDE_SCENARIOS="$scenarios" prompt_and_exit_of "$RIDE" postgres start stage-09/cold --engine embedded <"$input")
  cold+=("$p")
done
for entry in $(ls "$cache" 2>/dev/null); do
  grep -qx "$entry" <<<"$before" || rm -rf "${cache:?}/$entry"
done
rm -rf "$scenarios"
record "start to prompt: embedded cold" ride s "${cold[@]}"

image=${RIDE_BENCH_IMAGE:-ride/postgres:15-offline}
started_dockerd=
if ! docker info >/dev/null 2>&1 && [ -x "$RIDE_HOME/scripts/docker/start-dockerd.sh" ]; then
  "$RIDE_HOME/scripts/docker/start-dockerd.sh" >/dev/null 2>&1 && started_dockerd=1
fi
if docker image inspect "$image" >/dev/null 2>&1; then
  "$RIDE" postgres start "$SEED" --engine docker --image "$image" <"$input" >/dev/null 2>&1
  PHASES=1 record_start "start to prompt: docker warm" "$RIDE" postgres start "$SEED" --engine docker --image "$image"
  # Cold with the image present: a changed copy of the seed each run (new fingerprint), so the
  # container runs initdb and the setup SQL and ride commits the prepared image; those images go after.
  cold=()
  trace=$(mktemp)
  scenarios=$(mktemp -d)
  mkdir -p "$scenarios/stage-09"
  before=$(docker images -q --filter label=dev.ride=prepared | sort -u)
  for i in $(seq "$RUNS"); do
    rm -rf "$scenarios/stage-09/cold"
    cp -r "$RIDE_HOME/scenarios/$SEED" "$scenarios/stage-09/cold"
    echo "-- cold start benchmark $$ $i $(now)" >>"$scenarios/stage-09/cold/setup/schema.sql"
    read -r p _ < <(RIDE_SCENARIOS="$scenarios" RIDE_TRACE_START=1 BENCH_STDERR=$trace \
      prompt_and_exit_of "$RIDE" postgres start stage-09/cold --engine docker --image "$image" <"$input")
    cold+=("$p")
  done
  for made in $(docker images -q --filter label=dev.ride=prepared | sort -u); do
    grep -qx "$made" <<<"$before" || docker image rm -f "$made" >/dev/null 2>&1 || true
  done
  rm -rf "$scenarios"
  record "start to prompt: docker cold" ride s "${cold[@]}"
  record_phases "start to prompt: docker cold" "$trace" "${cold[@]}"
  rm -f "$trace"
  # the peer: a bare container of the same image until psql answers
  peer=()
  for _ in $(seq "$RUNS"); do
    t0=$(now)
    id=$(docker run -d --rm -e POSTGRES_PASSWORD=bench -p 127.0.0.1::5432 "$image") || break
    port=$(docker port "$id" 5432/tcp | head -1 | sed 's/.*://')
    for _ in $(seq 600); do PGPASSWORD=bench psql -h 127.0.0.1 -p "$port" -U postgres -Atc 'select 1' >/dev/null 2>&1 && break; sleep 0.05; done
    t1=$(now)
    docker rm -f "$id" >/dev/null
    peer+=("$(python3 -c "print(f'{$t1 - $t0:.3f}')")")
  done
  record "start to prompt: docker cold" "docker run+psql" s "${peer[@]}"
else
  echo "bench: no Docker daemon or no image $image: docker start not measured" >&2
fi
if [ -n "$started_dockerd" ]; then "$RIDE_HOME/scripts/docker/stop-dockerd.sh" >/dev/null 2>&1 || true; fi
rm -f "$input"
