#!/usr/bin/env bash
# Start to prompt: wall time of `scripts/ride postgres start <seed>` with stdin "select 1; \q"
# (script mode prints the result of the first query as soon as the shell is up), 5 runs each:
# embedded warm (prepared copy cached), embedded cold (cache removed first), docker (image present),
# and the JVM alone (`ride --version`).
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
RUNS=${RUNS:-5}
input=$(mktemp)
printf 'select 1;\n\\q\n' >"$input"
cache=/var/tmp/ride-cache/prepared
[ "$(id -u)" = 0 ] || cache="${XDG_CACHE_HOME:-$HOME/.cache}/ride/prepared"

samples() { # samples COMMAND...: RUNS wall times
  local s=()
  for _ in $(seq "$RUNS"); do s+=("$(wall_of "$@" <"$input")"); done
  echo "${s[*]}"
}

record "jvm: ride --version" ride s $(samples "$RIDE" --version)
"$RIDE" postgres start "$SEED" --engine embedded <"$input" >/dev/null 2>&1 # fills the cache
record "start to prompt: embedded warm" ride s $(samples "$RIDE" postgres start "$SEED" --engine embedded)
cold=()
for _ in $(seq "$RUNS"); do
  rm -rf "$cache"
  cold+=("$(wall_of "$RIDE" postgres start "$SEED" --engine embedded <"$input")")
done
record "start to prompt: embedded cold" ride s "${cold[@]}"

image=${RIDE_BENCH_IMAGE:-ride/postgres:15-offline}
started_dockerd=
if ! docker info >/dev/null 2>&1 && [ -x "$RIDE_HOME/scripts/docker/start-dockerd.sh" ]; then
  "$RIDE_HOME/scripts/docker/start-dockerd.sh" >/dev/null 2>&1 && started_dockerd=1
fi
if docker image inspect "$image" >/dev/null 2>&1; then
  "$RIDE" postgres start "$SEED" --engine docker --image "$image" <"$input" >/dev/null 2>&1
  record "start to prompt: docker" ride s $(samples "$RIDE" postgres start "$SEED" --engine docker --image "$image")
  # the peer: a bare container of the same image until psql answers
  peer=()
  for _ in $(seq "$RUNS"); do
    t0=$(now)
    id=$(docker run -d --rm -e POSTGRES_PASSWORD=bench -p 127.0.0.1::5432 "$image")
    port=$(docker port "$id" 5432/tcp | head -1 | sed 's/.*://')
    until PGPASSWORD=bench psql -h 127.0.0.1 -p "$port" -U postgres -Atc 'select 1' >/dev/null 2>&1; do sleep 0.05; done
    t1=$(now)
    docker rm -f "$id" >/dev/null
    peer+=("$(python3 -c "print(f'{$t1 - $t0:.3f}')")")
  done
  record "start to prompt: docker" "docker run+psql" s "${peer[@]}"
else
  echo "bench: no Docker daemon or no image $image: docker start not measured" >&2
fi
if [ -n "$started_dockerd" ]; then "$RIDE_HOME/scripts/docker/stop-dockerd.sh" >/dev/null 2>&1 || true; fi
rm -f "$input"
