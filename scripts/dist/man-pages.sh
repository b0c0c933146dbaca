#!/usr/bin/env bash
# Turns the AsciiDoc pages that picocli's ManPageGenerator wrote (dev.ride.cli.ManPages, run by the
# dist profile) into roff man pages, gzipped as man(1) reads them:
#
#   scripts/dist/man-pages.sh ADOC_DIR OUT_DIR      # OUT_DIR/man1/ride.1.gz, ride-postgres-start.1.gz, ...
#
# asciidoctor's manpage backend is the converter picocli's documentation names; Debian packages it
# (apt-get install asciidoctor), and .ci/run installs it.
set -euo pipefail
adoc=${1:?ADOC_DIR}
out=${2:?OUT_DIR}
if ! command -v asciidoctor >/dev/null; then
  echo "man-pages: asciidoctor is missing (apt-get install asciidoctor)" >&2
  exit 1
fi
rm -rf "$out/man1"
mkdir -p "$out/man1"
asciidoctor --failure-level WARN -b manpage -D "$out/man1" "$adoc"/*.adoc
gzip -9n "$out/man1"/*.1
echo "man-pages: $(ls "$out/man1" | wc -l) pages in $out/man1" >&2
