#!/usr/bin/env bash
# Runs every benchmark of ride and prints one table (min / median of several runs, ride's median
# divided by each peer's); also writes it with the date and the machine's load to RESULTS.md.
#   scripts/bench/run-all.sh            # everything (about 10 minutes on a quiet 2-core machine)
#   ONLY="start rows" scripts/bench/run-all.sh
# Benchmarks: start.sh (start to prompt), drill-ops.sh (:reset, :submit by tenants),
# roundtrip.sh (select 1, \d orders), rows.sh (1M / 5M rows to a pipe), client.sh (ride psql vs psql), paste.sh (100 KB unbracketed
# paste at 80x24, ride vs psql), topology.sh (primary+standby start, :reset, promote, the PgBouncer hop).
# Never timed unit tests.
set -euo pipefail
dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
export BENCH_OUT
BENCH_OUT=$(mktemp "${TMPDIR:-/tmp}/ride-bench-XXXXXX.tsv")
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
"$dir/../ride" --version >/dev/null 2>&1 || true # builds the jar first if needed, outside any timing
jar="$dir/../../target/ride.jar" jsa="$dir/../../target/ride.jsa"
if [ ! -f "$jsa" ] || [ "$jar" -nt "$jsa" ]; then "$dir/make-cds.sh" >&2; fi # AppCDS archive of this jar
for bench in ${ONLY:-start drill-ops actors topology roundtrip rows client paste}; do
  echo "== $bench" >&2
  "$dir/$bench.sh" || echo "bench: $bench failed" >&2
done
load_after=$(cut -d' ' -f1-3 /proc/loadavg)
table=$(python3 "$dir/report.py" "$BENCH_OUT")
echo "$table"
{
  echo "# ride benchmarks"
  echo
  echo "Run: $(date -u '+%Y-%m-%d %H:%M UTC') on $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo);"
  echo "load average (1/5/15 min) before: $load_before, after: $load_after. Command: \`scripts/bench/run-all.sh\`${ONLY:+ (ONLY=$ONLY)}."
  echo
  echo "$table"
} >"$dir/RESULTS.md.new"
mv "$dir/RESULTS.md.new" "$dir/RESULTS.md"
rm -f "$BENCH_OUT"
