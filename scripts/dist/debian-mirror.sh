#!/usr/bin/env bash
# Prints the Debian mirror of this machine, read from its apt sources at run time (deb822 *.sources
# "URIs:" lines, or one-line "deb [opts] URL suite ..." entries; security archives skipped), so no
# file of ride names a package registry. The same rules as scripts/build-offline-image.sh.
set -euo pipefail
for f in /etc/apt/sources.list.d/*.sources; do
  [ -r "$f" ] || continue
  for u in $(awk 'tolower($1)=="uris:" { for (i = 2; i <= NF; i++) print $i }' "$f"); do
    case "$u" in *security*) continue ;; http://*|https://*) echo "${u%/}"; exit 0 ;; esac
  done
done
for f in /etc/apt/sources.list /etc/apt/sources.list.d/*.list; do
  [ -r "$f" ] || continue
  u=$(sed -e 's/#.*//' -e 's/\[[^]]*\]//' "$f" |
    awk '$1=="deb" && $2 ~ /^https?:\/\// && $2 !~ /security/ { print $2; exit }')
  if [ -n "$u" ]; then echo "${u%/}"; exit 0; fi
done
echo "debian-mirror: no Debian mirror in /etc/apt sources" >&2
exit 1
