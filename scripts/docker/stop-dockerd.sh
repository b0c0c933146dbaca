#!/usr/bin/env bash
# Stop the dockerd that scripts/docker/start-dockerd.sh started: only the pid in its pidfile
# ($RIDE_DOCKERD_PIDFILE, default /tmp/ride-dockerd.pid), and only if that pid is a dockerd.
# SIGTERM first (dockerd then stops its containers, 15 s grace), SIGKILL after the timeout.
# No pidfile (the daemon was not ours) -> nothing is done.
set -euo pipefail

PIDFILE=${RIDE_DOCKERD_PIDFILE:-/tmp/ride-dockerd.pid}
TIMEOUT=${RIDE_DOCKERD_STOP_TIMEOUT:-40}
say() { echo "stop-dockerd: $*" >&2; }

if [ ! -f "$PIDFILE" ]; then
  say "no $PIDFILE: no dockerd of ours to stop"
  exit 0
fi
pid=$(cat "$PIDFILE" 2>/dev/null || true)
if [ -z "$pid" ] || [ "$(cat "/proc/$pid/comm" 2>/dev/null)" != dockerd ]; then
  say "pid '${pid}' from $PIDFILE is not a running dockerd; removing the stale pidfile"
  rm -f "$PIDFILE"
  exit 0
fi

say "stopping dockerd $pid"
kill -TERM "$pid" 2>/dev/null || true
deadline=$((SECONDS + TIMEOUT))
while kill -0 "$pid" 2>/dev/null && [ $SECONDS -lt $deadline ]; do sleep 0.2; done
if kill -0 "$pid" 2>/dev/null; then
  say "dockerd $pid still running after ${TIMEOUT}s; sending SIGKILL"
  kill -KILL "$pid" 2>/dev/null || true
  while kill -0 "$pid" 2>/dev/null; do sleep 0.2; done
fi
rm -f "$PIDFILE"
say "dockerd $pid stopped"
