#!/usr/bin/env bash
# Stops the Podman API service that start-podman.sh started (by its pid file), and nothing else.
set -euo pipefail
PIDFILE=${RIDE_PODMAN_PIDFILE:-/tmp/ride-podman.pid}
[ -f "$PIDFILE" ] || exit 0
pid=$(cat "$PIDFILE")
if kill "$pid" 2>/dev/null; then
  for _ in $(seq 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
fi
rm -f "$PIDFILE" /run/podman/podman.sock
