#!/usr/bin/env bash
# Bring up a Docker engine on this machine (developer box or CI), idempotently.
#
#   scripts/docker/start-dockerd.sh      # exit 0 once `docker info` answers
#   scripts/docker/stop-dockerd.sh       # stops exactly the dockerd this script started
#
# - If `docker info` already answers, nothing is done (the pidfile is left alone, so
#   stop-dockerd.sh will not touch a daemon somebody else started).
# - Otherwise the engine comes from Debian's `docker.io` package (Engine 20.10, API 1.41;
#   it brings dockerd, containerd, runc and docker-proxy). A newer client in
#   /usr/local/bin/docker is fine: the CLI negotiates the API version down to 1.41.
#   `apt-get update` is only run when the package has to be installed.
# - dockerd runs in the background, logging to $RIDE_DOCKERD_LOG (/tmp/ride-dockerd.log);
#   its pid is written to $RIDE_DOCKERD_PIDFILE (/tmp/ride-dockerd.pid).
#
# What was found on this kind of machine (Debian 12 VM, kernel 6.x, cgroup v1 + cgroupfs,
# iptables 1.8.9 nf_tables, ext4 root, run as root, no systemd):
# - plain `dockerd` with no flags works: overlay2 storage, cgroupfs driver, default bridge
#   docker0 with iptables NAT, and the userland proxy (docker-proxy), so
#   `docker run -p 127.0.0.1:0:5432` is reachable from the host over JDBC/psql.
# - Fallbacks, tried in order only when the previous attempt does not answer:
#     1. (no flags)
#     2. --iptables=false --ip6tables=false   (no netfilter in the kernel): the bridge stays,
#        and `-p 127.0.0.1:PORT:5432` still works because docker-proxy connects to the
#        container's bridge address itself (verified here: psql through the published port).
#     3. --iptables=false --ip6tables=false --bridge=none   (no bridge support): the engine
#        runs but published ports cannot work; only `--network host` containers can.
#   Set RIDE_DOCKERD_FLAGS to force a flag set (then no fallback is tried).
# - The storage driver is chosen by dockerd itself (overlay2 here; it falls back to vfs
#   when /var/lib/docker sits on a filesystem that overlay2 cannot use).
set -euo pipefail

LOG=${RIDE_DOCKERD_LOG:-/tmp/ride-dockerd.log}
PIDFILE=${RIDE_DOCKERD_PIDFILE:-/tmp/ride-dockerd.pid}
TIMEOUT=${RIDE_DOCKERD_TIMEOUT:-60}

say() { echo "start-dockerd: $*" >&2; }

docker_answers() { docker info >/dev/null 2>&1; }

if command -v docker >/dev/null 2>&1 && docker_answers; then
  say "a Docker daemon already answers; nothing to do"
  exit 0
fi

if [ "$(id -u)" != 0 ]; then
  say "must run as root (dockerd and apt-get need it)"
  exit 1
fi

if ! command -v dockerd >/dev/null 2>&1 || ! command -v docker >/dev/null 2>&1; then
  say "installing Debian's docker.io"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -q >/dev/null
  apt-get install -y -q --no-install-recommends docker.io >/dev/null
fi
# /usr/sbin may be missing from PATH for non-root shells
PATH=$PATH:/usr/sbin:/sbin

pid_is_dockerd() { # $1 = pid
  [ -n "${1:-}" ] && [ -r "/proc/$1/comm" ] && [ "$(cat "/proc/$1/comm" 2>/dev/null)" = dockerd ]
}

alive() { # $1 = pid; false once it has exited (a zombie child counts as exited)
  local st
  st=$(awk '{print $3}' "/proc/$1/stat" 2>/dev/null) || return 1
  [ -n "$st" ] && [ "$st" != Z ]
}

wait_answer() { # $1 = pid; returns 0 when docker info answers, 1 when dockerd died/timed out
  local pid=$1 deadline=$((SECONDS + TIMEOUT))
  while [ $SECONDS -lt $deadline ]; do
    if docker_answers; then return 0; fi
    if ! alive "$pid"; then return 1; fi
    sleep 0.3
  done
  return 1
}

# A dockerd we started earlier that is still coming up: wait for it rather than start another.
if [ -f "$PIDFILE" ]; then
  old=$(cat "$PIDFILE" 2>/dev/null || true)
  if pid_is_dockerd "$old"; then
    say "dockerd $old from $PIDFILE is running; waiting for it"
    if wait_answer "$old"; then exit 0; fi
    say "dockerd $old does not answer; see $LOG"
    tail -n 40 "$LOG" >&2 || true
    exit 1
  fi
  rm -f "$PIDFILE"
fi

start_with() { # flags...; returns 0 when the daemon answers
  say "starting dockerd${*:+ $*}"
  echo "=== $(date -u +%FT%TZ) dockerd $*" >>"$LOG"
  # nohup execs dockerd, so $! is dockerd's own pid
  nohup dockerd "$@" >>"$LOG" 2>&1 </dev/null &
  local pid=$!
  echo "$pid" >"$PIDFILE"
  if wait_answer "$pid"; then
    say "dockerd $pid answers (log $LOG, pidfile $PIDFILE)"
    return 0
  fi
  say "dockerd $* did not come up within ${TIMEOUT}s"
  tail -n 30 "$LOG" >&2 || true
  if alive "$pid"; then
    kill -TERM "$pid" 2>/dev/null || true
    for _ in $(seq 1 50); do alive "$pid" || break; sleep 0.2; done
    if alive "$pid"; then kill -KILL "$pid" 2>/dev/null || true; fi
  fi
  wait "$pid" 2>/dev/null || true
  rm -f "$PIDFILE"
  return 1
}

if [ -n "${RIDE_DOCKERD_FLAGS+x}" ]; then
  # shellcheck disable=SC2086
  start_with $RIDE_DOCKERD_FLAGS && exit 0
  exit 1
fi

start_with && exit 0
start_with --iptables=false --ip6tables=false && exit 0
if start_with --iptables=false --ip6tables=false --bridge=none; then
  say "WARNING: dockerd runs without a bridge: published ports (-p) will not work"
  exit 0
fi
say "could not start dockerd; full log in $LOG"
exit 1
