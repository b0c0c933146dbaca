#!/usr/bin/env bash
# Builds target/ride.jsa, an AppCDS archive of the classes a real session loads (picocli, the
# scenario loader, pgjdbc, the shell, the scorer), which scripts/ride passes to the JVM when present.
# Training run: the seed drill on the embedded engine with a few commands and :submit.
# Re-run after every build: a jar newer than the archive makes the JVM ignore it (silently).
set -euo pipefail
home="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
jar="$home/target/ride.jar"
jsa="$home/target/ride.jsa"
"$home/scripts/ride" --version >/dev/null # builds the jar when it is missing or stale
rm -f "$jsa"
input=$(mktemp)
printf 'select 1;\n\\d orders\n\\dt\n:hint\n:submit --json\n\\q\n' >"$input"
# the same flags as scripts/ride (CDS refuses an archive made with another GC)
java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xss2m -XX:ArchiveClassesAtExit="$jsa" -Xlog:cds=off \
  -Dride.home="$home" -jar "$jar" postgres start stage-09/08-migration-applied-to-one-tenant-only \
  --engine embedded <"$input" >/dev/null 2>&1
rm -f "$input"
ls -l "$jsa" | awk '{print "make-cds: " $5 " bytes in " $NF}'
