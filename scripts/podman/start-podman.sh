#!/usr/bin/env bash
# Bring up Podman's Docker-compatible API socket (rootful), idempotently, for --engine podman:
#
#   scripts/podman/start-podman.sh     # exit 0 once the socket answers
#   scripts/podman/stop-podman.sh      # stops exactly the service this script started
#
# - Podman comes from Debian's `podman` package (installed when missing).
# - The API is `podman system service --time=0 unix:///run/podman/podman.sock`, in the
#   background (no systemd here); its pid goes to $RIDE_PODMAN_PIDFILE (/tmp/ride-podman.pid),
#   its log to $RIDE_PODMAN_LOG (/tmp/ride-podman.log).
# - Found on this kind of machine (a container without CAP_SYS_RESOURCE): Podman's default
#   rlimits for containers (nofile 1048576, and nproc 1048576 through the API) are above this
#   machine's hard limits, and runc cannot raise them ("error setting rlimit type 7"). When
#   /etc/containers/containers.conf does not exist, one is written with default_ulimits
#   within the hard limits; an existing one is left alone.
set -euo pipefail

SOCKET=/run/podman/podman.sock
PIDFILE=${RIDE_PODMAN_PIDFILE:-/tmp/ride-podman.pid}
LOG=${RIDE_PODMAN_LOG:-/tmp/ride-podman.log}

say() { echo "start-podman: $*" >&2; }
answers() { curl -sf --max-time 2 --unix-socket "$SOCKET" http://d/_ping >/dev/null 2>&1; }

if answers; then
  say "a Podman socket already answers at $SOCKET"
  exit 0
fi
if ! command -v podman >/dev/null 2>&1; then
  say "installing podman"
  export DEBIAN_FRONTEND=noninteractive
  apt-get install -y -qq podman >/dev/null 2>&1 || { apt-get update -qq && apt-get install -y -qq podman >/dev/null; }
fi
conf=/etc/containers/containers.conf
cap_eff=$(awk '/^CapEff/ {print $2}' /proc/self/status)
if [ ! -e "$conf" ] && [ $(( 0x$cap_eff >> 24 & 1 )) = 0 ]; then
  nofile=$(ulimit -Hn)
  nproc=$(ulimit -Hu)
  [ "$nproc" = unlimited ] || [ "$nproc" -gt 32768 ] && nproc=32768
  mkdir -p /etc/containers
  cat >"$conf" <<CONF
# written by ride's scripts/podman/start-podman.sh: this machine cannot raise rlimits
# (no CAP_SYS_RESOURCE), so containers get limits within its hard ones
[containers]
default_ulimits = ["nofile=$nofile:$nofile", "nproc=$nproc:$nproc"]
CONF
  say "wrote $conf (nofile $nofile, nproc $nproc)"
fi
mkdir -p "$(dirname "$SOCKET")"
rm -f "$SOCKET"
nohup podman system service --time=0 "unix://$SOCKET" >"$LOG" 2>&1 &
echo $! >"$PIDFILE"
for _ in $(seq 100); do
  if answers; then
    say "Podman answers at $SOCKET (pid $(cat "$PIDFILE"))"
    exit 0
  fi
  sleep 0.2
done
say "Podman's socket did not answer within 20 s; see $LOG"
exit 1
