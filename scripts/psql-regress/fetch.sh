#!/usr/bin/env bash
# Fetches PostgreSQL 15's psql regression files (psql.sql, psql_crosstab.sql, their expected .out
# files and tenk.data) from the Debian source package into DEST, for a machine without a kept copy:
#
#   scripts/psql-regress/fetch.sh DEST
#
# The deb-src entry is made at run time from this machine's own apt sources
# (scripts/dist/debian-mirror.sh, the release from /etc/os-release) in a private apt state, so
# no file of ride names a package registry and the machine's apt setup is left as it was. These
# are PostgreSQL's files: they are never committed.
set -euo pipefail
dest=${1:?usage: fetch.sh DEST}
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
mirror=$(bash "$here/../dist/debian-mirror.sh")
. /etc/os-release
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/etc/sources.list.d" "$work/lists/partial" "$work/cache/archives/partial" "$work/src"
for suite in "$VERSION_CODENAME" "$VERSION_CODENAME-updates"; do
  echo "deb-src $mirror $suite main" >>"$work/etc/sources.list"
done
apt=(apt-get -q -o "Dir::Etc::SourceList=$work/etc/sources.list" -o "Dir::Etc::SourceParts=$work/etc/sources.list.d"
  -o "Dir::State::Lists=$work/lists" -o "Dir::Cache=$work/cache")
"${apt[@]}" update >/dev/null
(cd "$work/src" && "${apt[@]}" source --download-only postgresql-15 >/dev/null)
orig=$(ls "$work"/src/postgresql-15_*.orig.tar.* | head -n 1)
tar -xf "$orig" -C "$work/src" --wildcards '*/src/test/regress/sql/psql*.sql' '*/src/test/regress/expected/psql*.out' \
  '*/src/test/regress/data/tenk.data'
mkdir -p "$dest"
top=$(ls -d "$work"/src/postgresql-15*/ | head -n 1)
cp "$top"src/test/regress/sql/psql.sql "$top"src/test/regress/sql/psql_crosstab.sql \
  "$top"src/test/regress/expected/psql.out "$top"src/test/regress/expected/psql_crosstab.out \
  "$top"src/test/regress/data/tenk.data "$dest"/
echo "psql-regress: PostgreSQL's psql regression files of $(basename "$orig") in $dest" >&2
