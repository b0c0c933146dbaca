#!/usr/bin/env bash
# Installs ride's .deb into a clean Debian root that has no JDK and uses it as a learner would:
#
#   scripts/dist/test-deb.sh [target/dist/ride_*.deb]
#
# debootstrap bookworm (minbase, plus man-db to read the man page) from this machine's mirror
# (scripts/dist/debian-mirror.sh), `apt-get install ./ride.deb` (it may add only the few packages
# its Depends name that minbase lacks, and never a JDK), then in the chroot: `ride --version`,
# `man ride`, `ride doctor`, and the seed drill's reference transcript on the embedded engine, whose
# card must equal the stored one. Needs root, debootstrap and python3 (the card comparison runs
# outside the root). Env: RIDE_SUITE (bookworm), RIDE_DEBIAN_MIRROR, RIDE_BUILD_DIR (/var/tmp).
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
project=$(cd "$here/../.." && pwd)
deb=${1:-$(ls "$project"/target/dist/ride_*_amd64.deb 2>/dev/null | head -n 1)}
suite=${RIDE_SUITE:-bookworm}
seed=stage-09/08-migration-applied-to-one-tenant-only
solution=$project/scenarios/$seed/solutions/reference
say() { echo "test-deb: $*" >&2; }

[ "$(id -u)" = 0 ] || { say "must run as root (debootstrap, chroot)"; exit 1; }
[ -f "$deb" ] || { say "no .deb (build it with ./mvnw -B package -Pdist)"; exit 1; }
command -v python3 >/dev/null || { say "python3 is needed to compare the card"; exit 1; }
if ! command -v debootstrap >/dev/null 2>&1; then
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q debootstrap >/dev/null 2>&1 ||
    { apt-get update -q >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -q debootstrap >/dev/null; }
fi
PATH=$PATH:/usr/sbin:/sbin
mirror=${RIDE_DEBIAN_MIRROR:-$(bash "$here/debian-mirror.sh")}

work=$(mktemp -d "${RIDE_BUILD_DIR:-/var/tmp}/ride-deb-test.XXXXXX")
root=$work/root
cleanup() {
  # stop whatever ride left running in the root (nothing, if it cleaned up as it should), then unmount
  local m pid
  for pid in $(ls /proc | grep -E '^[0-9]+$'); do
    [ "$(readlink "/proc/$pid/root" 2>/dev/null)" = "$root" ] && kill -9 "$pid" 2>/dev/null && say "killed leftover $pid"
  done
  for m in $(awk -v r="$root" 'index($2, r) == 1 { print $2 }' /proc/mounts | sort -r); do
    umount -l "$m" 2>/dev/null || true
  done
  if awk -v r="$root" 'index($2, r) == 1 { f = 1 } END { exit !f }' /proc/mounts; then
    say "mounts remain under $root; leaving $work"
  else
    rm -rf "$work"
  fi
}
trap cleanup EXIT

t0=$SECONDS
say "debootstrap $suite minbase + man-db"
if ! debootstrap --variant=minbase --include=man-db "$suite" "$root" "$mirror" >"$work/debootstrap.log" 2>&1; then
  tail -n 30 "$work/debootstrap.log" >&2
  say "debootstrap failed"
  exit 1
fi
t1=$SECONDS
no_java() { ! chroot "$root" sh -c 'command -v java || ls -d /usr/lib/jvm' >/dev/null 2>&1; }
no_java || { say "the root has a Java: not the clean system this test needs"; exit 1; }
mount -t proc proc "$root/proc"
mount --bind /dev "$root/dev"
mount -t tmpfs -o size=256m,mode=1777 shm "$root/dev/shm"

cp "$deb" "$root/tmp/ride.deb"
# as a user would: apt installs the file and whatever of its Depends minbase lacks (procps), from the
# mirror debootstrap wrote into the root's sources; the list of what it added is printed
say "apt-get install ./$(basename "$deb")"
{ chroot "$root" apt-get update -q && DEBIAN_FRONTEND=noninteractive chroot "$root" apt-get install -y -q --no-install-recommends /tmp/ride.deb; } \
  >"$work/apt.log" 2>&1 || { tail -30 "$work/apt.log" >&2; say "installing the .deb failed"; exit 1; }
grep -E '^(Setting up|Unpacking) ' "$work/apt.log" | sed 's/^/  /' >&2
no_java || { say "installing ride brought a system Java in"; exit 1; }
t2=$SECONDS

in_root() { chroot "$root" env -i PATH=/usr/local/bin:/usr/bin:/bin:/usr/sbin:/sbin HOME=/root LANG=C.UTF-8 TERM=dumb "$@"; }
fail() { say "FAILED: $*"; exit 1; }

version=$(in_root ride --version) || fail "ride --version exited $?"
echo "$version" >&2
grep -q '^ride [0-9]' <<<"$version" || fail "no version line"
grep -q '^PostgreSQL 1[0-9]' <<<"$version" || fail "no PostgreSQL line"
grep -q "^Java .*(/opt/ride/runtime)" <<<"$version" || fail "not the bundled runtime"
# the CDS archive was made at build time in another directory: -Xshare:on fails if the JVM rejects it here
in_root env RIDE_JAVA_OPTS=-Xshare:on ride --version >/dev/null 2>"$work/cds.err" ||
  fail "the CDS archive is not usable at /opt/ride: $(head -3 "$work/cds.err")"

in_root man -P cat ride >"$work/man.txt" 2>&1 || fail "man ride: $(head -3 "$work/man.txt")"
grep -q 'ride - ' "$work/man.txt" || fail "man ride has no NAME line"
in_root man -w ride-postgres-start >/dev/null || fail "no man page for ride postgres start"
[ -f "$root/usr/share/bash-completion/completions/ride" ] || fail "no bash completion installed"
bash "$here/test-zsh-completion.sh" "$root" || fail "zsh does not complete ride"

in_root ride doctor >"$work/doctor.txt" 2>&1 || { cat "$work/doctor.txt" >&2; fail "ride doctor exited non-zero"; }
cat "$work/doctor.txt" >&2

t3=$SECONDS
in_root ride postgres start "$seed" --engine embedded <"$solution.txt" >"$work/drill.out" 2>"$work/drill.err" ||
  { tail -20 "$work/drill.err" >&2; fail "the seed drill exited non-zero"; }
t4=$SECONDS
python3 - "$work/drill.out" "$solution.card.json" <<'PY' || fail "the card differs"
import json, sys
last = [l for l in open(sys.argv[1]) if l.startswith("{")][-1]
card = json.loads(last)
for volatile in ("elapsed_s", "limit_s", "hints", "timeline"):  # as SolutionReplayIT: time-dependent parts
    card.pop(volatile, None)
expected = json.load(open(sys.argv[2]))
if card != expected:
    print("got     ", json.dumps(card, sort_keys=True), "\nexpected", json.dumps(expected, sort_keys=True), file=sys.stderr)
    sys.exit(1)
print("card:", card["total"], "/", card["max"], file=sys.stderr)
PY
leftovers=$(ls /proc | grep -E '^[0-9]+$' | while read -r pid; do
  [ "$(readlink "/proc/$pid/root" 2>/dev/null)" = "$root" ] && echo "$pid"; done || true)
[ -z "$leftovers" ] || fail "processes left running in the root: $leftovers"
say "passed: debootstrap $((t1 - t0)) s, install $((t2 - t1)) s, checks $((t3 - t2)) s, seed drill $((t4 - t3)) s, total $((SECONDS - t0)) s"
