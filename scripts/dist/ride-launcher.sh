#!/bin/sh
# ride, as installed from the bundle or the .deb: the runtime, the jar, the class-data-sharing
# archive and the scenarios all sit beside this script (<home>/bin/ride; /usr/bin/ride links here).
# The JVM flags are scripts/ride's (fast start for a short-lived interactive tool; the archive
# mapped where it was dumped, not relocated at each start); the archive was made at build time
# with this runtime and is ignored by the JVM, silently, if it does not match.
self=$(readlink -f "$0")
home=$(dirname "$(dirname "$self")")
# shellcheck disable=SC2086 # RIDE_JAVA_OPTS is a list of options, split on purpose
exec "$home/runtime/bin/java" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xss2m -XX:NewSize=32m -XX:MaxNewSize=512m -XX:MaxTenuringThreshold=0 \
  -XX:SharedArchiveFile="$home/lib/ride.jsa" -XX:+UnlockDiagnosticVMOptions -XX:ArchiveRelocationMode=0 \
  -Xlog:cds=off -Xlog:cds+dynamic=off \
  ${RIDE_JAVA_OPTS:-} -Dride.home="$home" -jar "$home/lib/ride.jar" "$@"
