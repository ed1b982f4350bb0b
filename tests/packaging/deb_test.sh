#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the .deb from the build tree, checks that a plain Debian 12 can satisfy it (nothing from
# bookworm-backports, SQLCipher linked in), installs it into an empty root with its own dpkg
# database, validates the desktop entry, the AppStream metainfo and the man page there, runs
# both programs from the installed files only, and removes it again.
set -euo pipefail
build=$(cd "$1" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

cpack --config "$build/CPackConfig.cmake" -B "$work/out" >"$work/cpack.log" 2>&1 || { cat "$work/cpack.log" >&2; fail "cpack"; }
deb=$(ls "$work"/out/tonghu_*_amd64.deb)
echo "package: $(basename "$deb")"

depends=$(dpkg-deb -f "$deb" Depends)
grep -qi sqlcipher <<<"$depends" && fail "depends on SQLCipher: $depends"
for pkg in $(tr ',' '\n' <<<"$depends" | sed 's/(.*)//; s/|.*//' | xargs); do
  apt-cache madison "$pkg" | grep -v -- '-backports' | grep -q 'bookworm' ||
    fail "$pkg is not in Debian 12 itself"
done
echo "dependencies: all in Debian 12 (bookworm) itself"
# apt resolves the package's dependencies against this machine's archive without installing.
apt-get install --simulate -q -o Debug::NoLocking=1 "$deb" >"$work/apt.log" 2>&1 || { cat "$work/apt.log" >&2; fail "apt cannot satisfy the dependencies"; }

root=$work/root
mkdir -p "$root/var/lib/dpkg/info" "$root/var/lib/dpkg/updates"
touch "$root/var/lib/dpkg/status"
dpkg_root=(dpkg --instdir="$root" --admindir="$root/var/lib/dpkg" --log=/dev/null --force-not-root
           --force-script-chrootless --force-depends)
"${dpkg_root[@]}" -i "$deb" >"$work/dpkg.log" 2>&1 || { cat "$work/dpkg.log" >&2; fail "dpkg -i"; }

for f in usr/bin/tonghu usr/bin/tonghu-cli usr/share/applications/org.tonghu.Tonghu.desktop \
         usr/share/metainfo/org.tonghu.Tonghu.metainfo.xml \
         usr/share/icons/hicolor/scalable/apps/org.tonghu.Tonghu.svg \
         usr/share/man/man1/tonghu-cli.1.gz usr/share/doc/tonghu/copyright; do
  [ -s "$root/$f" ] || fail "$f is not installed"
done
desktop-file-validate "$root/usr/share/applications/org.tonghu.Tonghu.desktop"
appstreamcli validate --no-net "$root/usr/share/metainfo/org.tonghu.Tonghu.metainfo.xml" >/dev/null
man --warnings -l "$root/usr/share/man/man1/tonghu-cli.1.gz" 2>&1 >/dev/null | grep . && fail "man page warnings"
echo "desktop entry, metainfo and man page: valid"

for exe in tonghu tonghu-cli; do
  if ldd "$root/usr/bin/$exe" | grep -E 'not found|sqlcipher'; then fail "$exe links a missing library or SQLCipher"; fi
done
export HOME=$work/home XDG_RUNTIME_DIR=$work/run
mkdir -p "$HOME" "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
version=$("$root/usr/bin/tonghu-cli" --version)
expected=$(dpkg-deb -f "$deb" Version)
grep -q -- "$expected" <<<"$version" || fail "tonghu-cli --version says '$version', not $expected"
echo "tonghu-cli --version: $version"
QT_QPA_PLATFORM=offscreen "$root/usr/bin/tonghu" --self-test || fail "tonghu --self-test"

"${dpkg_root[@]}" -r tonghu >"$work/dpkg.log" 2>&1 || { cat "$work/dpkg.log" >&2; fail "dpkg -r"; }
[ -e "$root/usr/bin/tonghu" ] && fail "removing the package left tonghu behind"
echo "removed cleanly"
