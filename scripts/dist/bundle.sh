#!/usr/bin/env bash
# The self-contained bundle and the .deb, from the packaged jar and the man pages (run by
# `./mvnw -B package -Pdist` after scripts/dist/man-pages.sh):
#
#   scripts/dist/bundle.sh VERSION      # in the project directory
#
# target/dist/ride-VERSION-linux-x86_64.tar.gz   ride/{bin/ride, lib/ride.jar, lib/ride.jsa,
#     runtime/ (jlink), scenarios/, paths/, share/man/man1/*.1.gz, share/completions/ride.{bash,zsh}}
# target/dist/ride_DEBVERSION_amd64.deb           the same tree under /opt/ride, /usr/bin/ride,
#     the man pages in /usr/share/man/man1, bash completion in /usr/share/bash-completion, zsh's in
#     /usr/share/zsh/vendor-completions.
#
# Plain jlink + dpkg-deb rather than jpackage or JReleaser: one tree serves the tarball and the .deb;
# the launcher is a shell script with the same JVM flags and CDS archive as scripts/ride (jpackage's
# native launcher would need its own); the .deb needs files jpackage does not place (man pages,
# completion, /usr/bin/ride); JReleaser's assemblers run the same jlink and add release
# publishing, which nothing here does. Needs: a JDK 17 with jlink and jdeps, dpkg-deb, gzip.
set -euo pipefail
version=${1:?VERSION}
project=$(pwd)
target=$project/target
dist=$target/dist
name=ride-$version
# the top directory is ride/: `tar -xzf ... -C /opt` gives /opt/ride, where the CDS archive applies
stage=$dist/stage/ride
jar=$target/ride.jar
say() { echo "bundle: $*" >&2; }

[ -f "$jar" ] || { say "missing $jar (run the package phase)"; exit 1; }
[ -d "$dist/man/man1" ] || { say "missing $dist/man/man1 (scripts/dist/man-pages.sh)"; exit 1; }
java_home=$(dirname "$(dirname "$(readlink -f "$(command -v javac || command -v java)")")")
rm -rf "$dist/stage" "$dist/deb"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$stage/bin" "$stage/lib" "$stage/share/completions" "$stage/share/man"

# --- the runtime: the modules jdeps finds in the jar, plus what is reached only by ServiceLoader
# (jdk.crypto.ec: TLS to a Docker daemon over tcp with certificates; jdk.zipfs is not used)
t0=$SECONDS
modules=$("$java_home/bin/jdeps" --multi-release 17 --ignore-missing-deps --print-module-deps -q "$jar")
modules="$modules,jdk.crypto.ec"
say "jlink $modules"
"$java_home/bin/jlink" --add-modules "$modules" --strip-debug --no-man-pages --no-header-files \
  --compress=2 --output "$stage/runtime"
t1=$SECONDS

cp "$jar" "$stage/lib/ride.jar"
install -m 0755 "$project/scripts/dist/ride-launcher.sh" "$stage/bin/ride"
cp -r "$project/scenarios" "$stage/scenarios"
cp -r "$project/paths" "$stage/paths"   # the learning paths, beside the scenarios as ride looks for them
cp -r "$dist/man/man1" "$stage/share/man/man1"
"$stage/bin/ride" completion bash >"$stage/share/completions/ride.bash"
"$stage/bin/ride" completion zsh >"$stage/share/completions/ride.zsh"

# --- the class-data-sharing archive, made with the bundle's own runtime and jar at /opt/ride, where
# the .deb installs them (Java 17 rejects an archive whose jar has moved): in a private mount
# namespace, a tmpfs over /opt holds only the staged tree bound at /opt/ride, so nothing of this
# machine's /opt is touched or seen. Needs root or user namespaces.
here=$project/scripts/dist
in_opt_ride='mount -t tmpfs -o size=1m tmpfs /opt && mkdir /opt/ride && mount --bind "$1" /opt/ride && bash "$2" /opt/ride'
if [ "$(id -u)" = 0 ]; then
  unshare --mount --propagation private bash -c "$in_opt_ride" _ "$stage" "$here/cds-archive.sh"
else
  unshare --user --map-root-user --mount bash -c "$in_opt_ride" _ "$stage" "$here/cds-archive.sh"
fi
t2=$SECONDS

# --- the tarball (mtimes kept: the JVM checks the jar's and the runtime's against the archive)
# (written under a temp name and renamed: a reader never sees half a file)
tar -C "$dist/stage" -czf "$dist/.$name.tar.gz.tmp" ride
mv -f "$dist/.$name.tar.gz.tmp" "$dist/$name-linux-x86_64.tar.gz"

# --- the .deb: the same tree under /opt/ride. Depends: the packages that own the shared libraries
# the runtime and the bundled PostgreSQL link against (dpkg -S on this build machine).
deb=$dist/deb
mkdir -p "$deb/opt" "$deb/usr/bin" "$deb/usr/share/man" "$deb/usr/share/bash-completion/completions" "$deb/DEBIAN"
cp -a "$stage" "$deb/opt/ride"
ln -s /opt/ride/bin/ride "$deb/usr/bin/ride"
mv "$deb/opt/ride/share/man/man1" "$deb/usr/share/man/man1"
cp "$stage/share/completions/ride.bash" "$deb/usr/share/bash-completion/completions/ride"
# zsh: Debian's zsh looks in vendor-completions; picocli's script for bash runs there through
# bashcompinit, read at the first Tab (completion functions run without aliases, hence compopt)
mkdir -p "$deb/usr/share/zsh/vendor-completions"
cat >"$deb/usr/share/zsh/vendor-completions/_ride" <<'ZSH'
#compdef ride
# zsh completion of ride. ride's completion is picocli's script for bash, which zsh runs through
# bashcompinit: it is read at the first Tab, then that Tab is completed. Completion functions run
# without aliases, so the script's `alias compopt=complete` is not seen; compopt only changes how
# bash shows the matches, which zsh decides itself.
(( $+functions[compopt] )) || compopt() { :; }
source /opt/ride/share/completions/ride.zsh
_bash_complete -F _complete_ride "$@"
ZSH
pgtxz=$(unzip -Z1 "$jar" | awk '/postgres-linux-x86_64.txz$/ && !n++')
mkdir -p "$work/pg"
unzip -p "$jar" "$pgtxz" | tar -xJ -C "$work/pg"
# java.desktop comes in for java.beans (Jackson); its window-system, font, image and sound libraries
# are never loaded by a headless terminal tool, so X11, freetype and friends are not dependencies.
gui='/lib(awt_xawt|splashscreen|jawt|jsound|fontmanager|lcms|javajpeg|mlib_image)\.so$'
# The embedded engine runs initdb and postgres, and loads pg_stat_statements (zonky's binaries bring
# their own libraries in lib/, found through their rpath).
pg_used=("$work/pg/bin/initdb" "$work/pg/bin/postgres" "$work/pg/lib/postgresql/pg_stat_statements.so")
libs=$( { find "$stage/runtime" -name '*.so*' -type f | grep -Ev "$gui"; printf '%s\n' "${pg_used[@]}"; } |
  { xargs -r ldd 2>/dev/null || true; } |
  awk -v a="$work" -v b="$stage" '$2 == "=>" && $3 ~ /^\// && index($3, a) != 1 && index($3, b) != 1 { print $3 }' |
  sort -u)
# one dpkg query for all (each call reads the whole file list); usrmerge: try the /usr path too
depends=$( { for l in $libs; do echo "$l"; readlink -f "$l"; done; } | sort -u |
  xargs -r dpkg-query -S 2>/dev/null | cut -d: -f1 | sort -u | paste -sd, | sed 's/,/, /g' || true)
[ -n "$depends" ] || { say "found no packages for the runtime's libraries"; exit 1; }
# and the commands ride runs: kill(1) stops a sandbox's server (procps is not in a minimal Debian);
# sh, setpriv and setsid come with essential packages. less pages long results, man reads the pages.
depends="$depends, procps"
debversion=$(echo "$version" | sed 's/-SNAPSHOT/~snapshot/')
size_kb=$(du -sk "$deb/opt" "$deb/usr" | awk '{ s += $1 } END { print s }')
cat >"$deb/DEBIAN/control" <<CONTROL
Package: ride
Version: $debversion
Architecture: amd64
Maintainer: ride developers <ride@localhost>
Installed-Size: $size_kb
Depends: $depends
Recommends: less, man-db
Suggests: pgbouncer, docker.io
Section: database
Priority: optional
Description: learn PostgreSQL operations by fixing broken databases
 A terminal drill: a throwaway PostgreSQL in a known-broken state, a
 psql-compatible shell, and a score card. Bundles its own Java runtime
 and PostgreSQL binaries; Docker is optional.
CONTROL
dpkg-deb --root-owner-group -Zgzip --build "$deb" "$dist/.ride.deb.tmp" >/dev/null
mv -f "$dist/.ride.deb.tmp" "$dist/ride_${debversion}_amd64.deb"
rm -rf "$dist/stage" "$deb"
t3=$SECONDS
say "Depends: $depends"
say "jlink $((t1 - t0)) s, CDS $((t2 - t1)) s, tar + deb $((t3 - t2)) s"
ls -l "$dist"/*.tar.gz "$dist"/*.deb >&2
