#!/usr/bin/env bash
# Start time of the bundle against scripts/ride, side by side in one run (alternating, N rounds):
#
#   scripts/dist/compare-start.sh [TARBALL] [N]
#
# Two commands each: `ride --version` (JVM + picocli) and the seed drill on the embedded engine with
# an input of `\q` (start to prompt, warm, plus a clean shutdown). The tarball is extracted at
# /opt/ride inside a private mount namespace (its CDS archive is made for that path), so this
# machine's /opt is untouched. Needs root; scripts/ride must have built its jar and archive already.
set -euo pipefail
project=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
tarball=${1:-$(ls "$project"/target/dist/ride-*-linux-x86_64.tar.gz | head -n 1)}
rounds=${2:-5}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
tar -xzf "$tarball" -C "$work"
# a huge cache limit: these runs must not trim the machine's shared cache
export XDG_DATA_HOME=$work/data XDG_STATE_HOME=$work/state RIDE_CACHE_MAX=1T
unshare --mount --propagation private bash -s "$work/ride" "$project" "$rounds" <<'INNER'
set -euo pipefail
mount -t tmpfs -o size=1m tmpfs /opt && mkdir /opt/ride && mount --bind "$1" /opt/ride
project=$2 rounds=$3
seed=stage-09/08-migration-applied-to-one-tenant-only
ms() { local t0 t1; t0=$(date +%s%N); "$@" >/dev/null 2>&1 </dev/null || true; t1=$(date +%s%N); echo $(( (t1 - t0) / 1000000 )); }
drill() { printf '\\q\n' | "$1" postgres start "$seed" --engine embedded >/dev/null 2>&1; }
export -f drill
# one unmeasured round each: scripts/ride makes its archive on the first run after a build, and
# both prepare the seed's warm-start copy if the cache lacks it
drill /opt/ride/bin/ride || true
drill "$project/scripts/ride" || true
for what in version drill; do
  b=() s=()
  for _ in $(seq "$rounds"); do
    if [ $what = version ]; then
      b+=("$(ms /opt/ride/bin/ride --version)") s+=("$(ms "$project/scripts/ride" --version)")
    else
      b+=("$(ms bash -c 'drill /opt/ride/bin/ride')") s+=("$(ms bash -c "drill $project/scripts/ride")")
    fi
  done
  med() { printf '%s\n' "$@" | sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }
  echo "$what: bundle median $(med "${b[@]}") ms (${b[*]}), scripts/ride median $(med "${s[@]}") ms (${s[*]})"
done
INNER
