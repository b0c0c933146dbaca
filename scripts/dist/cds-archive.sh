#!/usr/bin/env bash
# Makes HOME/lib/ride.jsa, the class-data-sharing archive of a bundle whose runtime and jar are in
# HOME (run by bundle.sh with HOME=/opt/ride: Java 17 accepts an archive only with the jar at the
# path it had when the archive was made). Training runs list the classes a session loads (the
# seed drill on the embedded engine in script mode, and on a pseudo-terminal for JLine; `sandbox
# ls` and DockerClientWarmUp for the Docker client; `doctor`), then the JVM dumps them, as
# scripts/ride does on a first run. History and progress go to a temp dir; a huge cache limit keeps
# the runs from trimming the cache.
set -euo pipefail
home=${1:?HOME}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
java=("$home/runtime/bin/java" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xss2m -XX:NewSize=32m -XX:MaxNewSize=512m -XX:MaxTenuringThreshold=0)
printf 'select 1;\n\\d orders\n\\dt\n:hint\n:submit --json\n\\q\n' >"$work/input"
drill=(postgres start stage-09/08-migration-applied-to-one-tenant-only --engine embedded)
export XDG_DATA_HOME="$work" XDG_STATE_HOME="$work" RIDE_CACHE_MAX=1T
train() { # LIST ARGS...
  local list=$1
  shift
  "${java[@]}" -Xshare:off -XX:DumpLoadedClassList="$work/$list" -Dride.home="$home" -jar "$home/lib/ride.jar" "$@"
}
train script.list "${drill[@]}" <"$work/input" >/dev/null 2>&1 || true
train docker.list sandbox ls >/dev/null 2>&1 || true
# the models and classes of a Docker start's requests and answers, with no daemon needed
"${java[@]}" -Xshare:off -XX:DumpLoadedClassList="$work/docker-start.list" -Dride.home="$home" \
  -cp "$home/lib/ride.jar" dev.ride.sandbox.docker.DockerClientWarmUp >/dev/null 2>&1 || true
train doctor.list doctor >/dev/null 2>&1 || true
# `ride psql`'s own path, on a port nothing listens on: no server needed, nothing sent anywhere
train psql.list psql -X -w -h 127.0.0.1 -p 1 -d postgres -U ride -c 'select 1' >/dev/null 2>&1 || true
# the statement warm-up of `ride psql` (a session against its stand-in backend on 127.0.0.1): its classes too
"${java[@]}" -Xshare:off -XX:DumpLoadedClassList="$work/warm.list" -Dride.home="$home" \
  -cp "$home/lib/ride.jar" dev.ride.shell.warm.StatementPathWarmUp 10 >/dev/null 2>&1 || true
if command -v script >/dev/null; then
  script -qec "$(printf '%q ' "${java[@]}" -Xshare:off -XX:DumpLoadedClassList="$work/terminal.list" \
    -Dride.home="$home" -jar "$home/lib/ride.jar" "${drill[@]}")" /dev/null <"$work/input" >/dev/null 2>&1 || true
fi
cat "$work"/*.list | awk '!seen[$0]++' >"$work/classes"
"${java[@]}" -Xshare:dump -XX:SharedClassListFile="$work/classes" -XX:SharedArchiveFile="$home/lib/ride.jsa" \
  -cp "$home/lib/ride.jar" >"$work/dump.log" 2>&1 || { tail -20 "$work/dump.log" >&2; echo "cds-archive: dump failed" >&2; exit 1; }
# the archive must work where it was made, or it is no use anywhere
"${java[@]}" -Xshare:on -XX:SharedArchiveFile="$home/lib/ride.jsa" -jar "$home/lib/ride.jar" --version >/dev/null
echo "cds-archive: $(wc -l <"$work/classes") classes, $(du -m "$home/lib/ride.jsa" | cut -f1) MiB" >&2
