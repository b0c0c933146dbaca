#!/bin/sh
# Entrypoint of the offline-built image (scripts/build-offline-image.sh copies it to
# /usr/local/bin/docker-entrypoint.sh). It honours the official postgres image's contract:
#
#   POSTGRES_PASSWORD          superuser password (required for a new cluster unless
#                              POSTGRES_HOST_AUTH_METHOD=trust)
#   POSTGRES_USER              superuser name (default postgres)
#   POSTGRES_DB                database created at init (default = POSTGRES_USER)
#   POSTGRES_INITDB_ARGS       extra initdb arguments
#   POSTGRES_HOST_AUTH_METHOD  pg_hba method for host connections (default scram-sha-256)
#   PGDATA                     data directory (default /var/lib/postgresql/data)
#   /docker-entrypoint-initdb.d/*.sql|*.sh   run once after initdb
#
#   docker run IMAGE -c key=value ...   ->  postgres -D "$PGDATA" -c key=value ...
#
# initdb runs with --no-sync (a throwaway server), --auth-local=trust and host auth
# $POSTGRES_HOST_AUTH_METHOD (scram-sha-256); listen_addresses='*'. Root is dropped with setpriv before postgres starts.
set -eu

: "${PGDATA:=/var/lib/postgresql/data}"
: "${POSTGRES_USER:=postgres}"
: "${POSTGRES_DB:=$POSTGRES_USER}"
: "${POSTGRES_INITDB_ARGS:=}"
: "${POSTGRES_HOST_AUTH_METHOD:=scram-sha-256}"
export PGDATA

log() { echo "entrypoint: $*" >&2; }

# `docker run IMAGE -c x=y` (or no command) means: run postgres with those arguments.
if [ "$#" -eq 0 ] || [ "${1#-}" != "$1" ]; then
  set -- postgres "$@"
fi
if [ "$1" != postgres ]; then
  exec "$@"
fi
shift

if [ "$(id -u)" = 0 ]; then
  mkdir -p "$PGDATA" /var/run/postgresql
  chown postgres:postgres "$PGDATA" /var/run/postgresql
  chmod 700 "$PGDATA"
  chmod 2775 /var/run/postgresql
  exec setpriv --reuid=postgres --regid=postgres --init-groups "$0" postgres "$@"
fi

if [ ! -s "$PGDATA/PG_VERSION" ]; then
  if [ -z "${POSTGRES_PASSWORD:-}" ] && [ "$POSTGRES_HOST_AUTH_METHOD" != trust ]; then
    log "database is uninitialized and POSTGRES_PASSWORD is not set"
    log "set POSTGRES_PASSWORD (or POSTGRES_HOST_AUTH_METHOD=trust)"
    exit 1
  fi
  pwfile=
  if [ -n "${POSTGRES_PASSWORD:-}" ]; then
    pwfile=$(mktemp)
    printf '%s\n' "$POSTGRES_PASSWORD" >"$pwfile"
  fi
  # shellcheck disable=SC2086
  initdb --username="$POSTGRES_USER" ${pwfile:+--pwfile="$pwfile"} \
    --auth-local=trust --auth-host="$POSTGRES_HOST_AUTH_METHOD" \
    --encoding=UTF8 --locale=C.UTF-8 --no-sync \
    $POSTGRES_INITDB_ARGS >/dev/null
  if [ -n "$pwfile" ]; then rm -f "$pwfile"; fi

  printf "\nlisten_addresses = '*'\n" >>"$PGDATA/postgresql.conf"
  printf '\nhost all all all %s\n' "$POSTGRES_HOST_AUTH_METHOD" >>"$PGDATA/pg_hba.conf"

  if [ "$POSTGRES_DB" != postgres ]; then
    # single-user mode: no socket, no temporary server; runs as the bootstrap superuser
    printf 'CREATE DATABASE "%s";\n' "$(printf '%s' "$POSTGRES_DB" | sed 's/"/""/g')" |
      postgres --single -j -D "$PGDATA" -c fsync=off postgres >/dev/null
  fi

  if [ -d /docker-entrypoint-initdb.d ] && [ -n "$(ls -A /docker-entrypoint-initdb.d 2>/dev/null)" ]; then
    pg_ctl -D "$PGDATA" -w -o "-c listen_addresses='' -k /var/run/postgresql" start >/dev/null
    for f in /docker-entrypoint-initdb.d/*; do
      case "$f" in
        *.sh) log "running $f"; . "$f" ;;
        *.sql) log "running $f"
          psql -v ON_ERROR_STOP=1 -h /var/run/postgresql -U "$POSTGRES_USER" -d "$POSTGRES_DB" -f "$f" >/dev/null ;;
        *) log "ignoring $f" ;;
      esac
    done
    pg_ctl -D "$PGDATA" -m fast -w stop >/dev/null
  fi
  log "initialized $PGDATA"
fi

exec postgres -D "$PGDATA" "$@"
