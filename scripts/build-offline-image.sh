#!/usr/bin/env bash
# Build a PostgreSQL 15 image without any container registry:
#
#   scripts/build-offline-image.sh [TAG]        # default TAG ride/postgres:15-offline
#
# debootstrap (Debian bookworm, --variant=minbase, + postgresql-15, pgbouncer and locales) from the
# Debian mirror configured in this machine's apt sources (read at run time), trimmed, then
# `tar | docker import` with the image config set through --change. The entrypoint is
# scripts/docker/postgres-entrypoint.sh (official postgres image contract: POSTGRES_PASSWORD,
# POSTGRES_USER, POSTGRES_DB, POSTGRES_INITDB_ARGS, PGDATA; `IMAGE -c key=value` appends
# server options). pg_stat_statements ships in postgresql-15 on Debian. PgBouncer (/usr/sbin/pgbouncer)
# is there for scenarios with a pooler: ride runs it in a container of this image (the entrypoint
# is bypassed). An image built before it was added lacks it: this script builds it again.
#
# Needs a Docker daemon that answers (scripts/docker/start-dockerd.sh) and root; with
# RIDE_CONTAINER_CLI=podman the same recipe is imported with `podman import` instead (no daemon needed).
# scripts/podman/copy-image.sh copies an image already built for Docker into Podman's store.
# Does nothing when `docker image inspect TAG` already succeeds and the image has pgbouncer.
# Env: RIDE_SUITE (bookworm), RIDE_DEBIAN_MIRROR (override the mirror read from apt sources),
#      RIDE_BUILD_DIR (parent of the temporary rootfs, default /var/tmp),
#      RIDE_IMAGE_NO_JIT=1 drops LLVM (llvmjit, libLLVM, libz3: about 130 MiB less; the
#      server then runs with JIT unavailable, unlike the official image).
set -euo pipefail

TAG=${1:-ride/postgres:15-offline}
CLI=${RIDE_CONTAINER_CLI:-docker}   # docker or podman: their import / inspect / run agree here
SUITE=${RIDE_SUITE:-bookworm}
PGMAJOR=15
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ENTRYPOINT_SRC=$HERE/docker/postgres-entrypoint.sh

say() { echo "build-offline-image: $*" >&2; }

if [ "$(id -u)" != 0 ]; then say "must run as root (debootstrap needs it)"; exit 1; fi
if ! $CLI info >/dev/null 2>&1; then
  say "no $CLI engine answers; for docker run scripts/docker/start-dockerd.sh first"
  exit 1
fi
if $CLI image inspect "$TAG" >/dev/null 2>&1; then
  # an image built before pgbouncer was added would fail every pooler test: built again instead
  if $CLI run --rm --entrypoint sh "$TAG" -c '[ -x /usr/sbin/pgbouncer ]' >/dev/null 2>&1; then
    say "$TAG already present; nothing to build"
    exit 0
  fi
  say "$TAG lacks pgbouncer (built before it was added): building it again (the import moves the tag)"
fi
[ -r "$ENTRYPOINT_SRC" ] || { say "missing $ENTRYPOINT_SRC"; exit 1; }

# The Debian mirror of this machine, from its apt sources (scripts/dist/debian-mirror.sh, shared
# with the .deb's install test): no file of ride names a package registry.
MIRROR=${RIDE_DEBIAN_MIRROR:-$(bash "$HERE/dist/debian-mirror.sh" 2>/dev/null || true)}
if [ -z "$MIRROR" ]; then say "no Debian mirror found in /etc/apt sources"; exit 1; fi

if ! command -v debootstrap >/dev/null 2>&1; then
  say "installing debootstrap"
  export DEBIAN_FRONTEND=noninteractive
  apt-get install -y -q debootstrap >/dev/null 2>&1 ||
    { apt-get update -q >/dev/null && apt-get install -y -q debootstrap >/dev/null; }
fi
PATH=$PATH:/usr/sbin:/sbin

WORK=$(mktemp -d "${RIDE_BUILD_DIR:-/var/tmp}/ride-rootfs.XXXXXX")
ROOT=$WORK/rootfs
cleanup() {
  # debootstrap mounts proc/sys inside the target; never rm -rf across a live mount
  local m
  for m in $(awk -v r="$ROOT" 'index($2, r) == 1 { print $2 }' /proc/mounts | sort -r); do
    umount -l "$m" 2>/dev/null || true
  done
  if awk -v r="$ROOT" 'index($2, r) == 1 { found = 1 } END { exit !found }' /proc/mounts; then
    say "mounts remain under $ROOT; leaving $WORK in place"
  else
    rm -rf "$WORK"
  fi
}
trap cleanup EXIT

t0=$SECONDS
say "debootstrap $SUITE (minbase + postgresql-$PGMAJOR, pgbouncer, locales) into $ROOT"
if ! debootstrap --variant=minbase --components=main \
  --include="postgresql-$PGMAJOR,pgbouncer,locales" \
  "$SUITE" "$ROOT" "$MIRROR" >"$WORK/debootstrap.log" 2>&1; then
  tail -n 40 "$WORK/debootstrap.log" >&2
  [ -f "$ROOT/debootstrap/debootstrap.log" ] && tail -n 40 "$ROOT/debootstrap/debootstrap.log" >&2
  say "debootstrap failed"
  exit 1
fi
t1=$SECONDS

PGBIN=/usr/lib/postgresql/$PGMAJOR/bin
for f in "$PGBIN/postgres" "$PGBIN/initdb" \
  "/usr/lib/postgresql/$PGMAJOR/lib/pg_stat_statements.so" \
  "/usr/share/postgresql/$PGMAJOR/extension/pg_stat_statements.control" \
  /usr/bin/setpriv /usr/sbin/pgbouncer; do
  [ -e "$ROOT$f" ] || { say "rootfs lacks $f"; exit 1; }
done

# Entrypoint and run-time directories.
install -m 0755 "$ENTRYPOINT_SRC" "$ROOT/usr/local/bin/docker-entrypoint.sh"
mkdir -p "$ROOT/docker-entrypoint-initdb.d" "$ROOT/var/lib/postgresql/data" "$ROOT/run/postgresql"
chroot "$ROOT" chown postgres:postgres /var/lib/postgresql /var/lib/postgresql/data /run/postgresql
chmod 700 "$ROOT/var/lib/postgresql/data"
chmod 2775 "$ROOT/run/postgresql"

# Trim: the cluster that postgresql-common's postinst created, apt state, docs (copyright
# files kept), man pages, translations, locale sources (C.UTF-8 is built into glibc), caches and logs.
rm -rf "$ROOT/var/lib/postgresql/$PGMAJOR" "$ROOT/etc/postgresql/$PGMAJOR" \
  "$ROOT"/var/lib/apt/lists/* "$ROOT"/var/cache/apt/*.bin "$ROOT"/var/cache/apt/archives/*.deb \
  "$ROOT"/var/cache/debconf/*-old "$ROOT"/var/lib/dpkg/*-old \
  "$ROOT"/usr/share/man/* "$ROOT"/usr/share/info/* \
  "$ROOT"/usr/share/i18n/locales/* "$ROOT"/usr/share/i18n/charmaps/* \
  "$ROOT"/usr/share/lintian "$ROOT"/usr/share/bug \
  "$ROOT"/var/log/*.log "$ROOT"/var/log/apt/* "$ROOT"/var/cache/ldconfig/aux-cache \
  "$ROOT/debootstrap" "$ROOT"/tmp/* "$ROOT"/var/tmp/*
if [ "${RIDE_IMAGE_NO_JIT:-0}" = 1 ]; then
  rm -rf "$ROOT/usr/lib/postgresql/$PGMAJOR/lib/llvmjit"* "$ROOT/usr/lib/postgresql/$PGMAJOR/lib/bitcode" \
    "$ROOT"/usr/lib/x86_64-linux-gnu/libLLVM-*.so* "$ROOT"/usr/lib/x86_64-linux-gnu/libz3.so*
fi
find "$ROOT/usr/share/doc" -mindepth 1 ! -type d ! -name copyright -delete
find "$ROOT/usr/share/doc" -mindepth 1 -type d -empty -delete
find "$ROOT/usr/share/locale" -mindepth 1 -maxdepth 1 -type d -exec rm -rf {} +
# the mirror's host name stays out of the image; the image needs no apt sources at run time
: >"$ROOT/etc/apt/sources.list"
: >"$ROOT/etc/hostname"
rootfs_mb=$(du -sm "$ROOT" | cut -f1)

say "importing as $TAG (rootfs ${rootfs_mb} MiB)"
tar --numeric-owner --xattrs -C "$ROOT" -c . |
  $CLI import \
    --change "ENV PATH=$PGBIN:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin" \
    --change "ENV LANG=C.UTF-8" \
    --change "ENV PGDATA=/var/lib/postgresql/data" \
    --change "ENV PG_MAJOR=$PGMAJOR" \
    --change "EXPOSE 5432" \
    --change 'ENTRYPOINT ["docker-entrypoint.sh"]' \
    --change 'CMD ["postgres"]' \
    --change "LABEL org.opencontainers.image.title=ride-postgres-offline" \
    --change "LABEL org.opencontainers.image.description=\"PostgreSQL $PGMAJOR from Debian $SUITE, built offline with debootstrap\"" \
    --message "ride offline postgres $PGMAJOR ($SUITE minbase)" \
    - "$TAG" >/dev/null
t2=$SECONDS
size=$($CLI image inspect --format '{{.Size}}' "$TAG")
say "built $TAG: debootstrap $((t1 - t0)) s, trim+import $((t2 - t1)) s, image $((size / 1024 / 1024)) MiB"
