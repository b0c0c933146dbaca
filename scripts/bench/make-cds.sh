#!/usr/bin/env bash
# Rebuilds target/ride.jsa, the class-data-sharing archive scripts/ride makes by itself after each
# build of the jar (see make_cds in scripts/ride): removes it and lets scripts/ride make it again.
set -euo pipefail
home="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
rm -f "$home/target/ride.jsa"
"$home/scripts/ride" --version >/dev/null 2>&1
ls -l "$home/target/ride.jsa" | awk '{print "make-cds: " $5 " bytes in " $NF}'
