#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The .deb is reproducible: packed twice from the build tree $1, a while apart, the two packages
# are the same byte for byte (the files' times come from the last commit, or SOURCE_DATE_EPOCH).
# With a second build tree as $2 (the same sources configured and built from scratch in another
# folder, both trees with -DTONGHU_REPRODUCIBLE=ON), its package must be the same as well: the
# compiler, the linker, moc and rcc put nothing of the build's time or folder into the programs.
# When packages differ, what differs is listed member by member and file by file.
set -euo pipefail
build=$(cd "$1" && pwd)
other=${2:+$(cd "$2" && pwd)}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

pack() { # build-tree name -> the package's path
  cpack --config "$1/CPackConfig.cmake" -B "$work/$2" >"$work/$2.log" 2>&1 || { cat "$work/$2.log" >&2; fail "cpack"; }
  ls "$work/$2"/tonghu_*_amd64.deb
}

explain() { # two packages -> what differs, on stderr
  for side in a b; do
    mkdir -p "$work/ar-$side" "$work/x-$side"
    (cd "$work/ar-$side" && ar x "$([ "$side" = a ] && echo "$1" || echo "$2")")
    dpkg-deb -R "$([ "$side" = a ] && echo "$1" || echo "$2")" "$work/x-$side"
  done
  echo "--- the ar members' headers (times to the second):" >&2
  diff <(ar tvO "$1" 2>/dev/null || ar tv "$1") <(ar tvO "$2" 2>/dev/null || ar tv "$2") >&2 || true
  for member in $(ls "$work/ar-a"); do
    cmp -s "$work/ar-a/$member" "$work/ar-b/$member" && continue
    echo "--- $member differs; its entries (owner, mode, time to the second):" >&2
    case $member in
      *.tar*) diff <(tar --full-time -tvf "$work/ar-a/$member") <(tar --full-time -tvf "$work/ar-b/$member") >&2 || true ;;
    esac
  done
  echo "--- files whose bytes differ:" >&2
  diff -rq "$work/x-a" "$work/x-b" >&2 || true
}

same() { # two packages, what they are
  if cmp -s "$1" "$2"; then
    echo "$3: identical ($(sha256sum <"$1" | cut -c1-16)…)"
  else
    explain "$1" "$2"
    fail "$3: the packages differ"
  fi
}

first=$(pack "$build" one)
sleep 2 # a later second: any time of packing that leaked into the package would show
second=$(pack "$build" two)
same "$first" "$second" "packed twice from $build"

if [ -n "$other" ]; then
  third=$(pack "$other" three)
  same "$first" "$third" "built in $build and in $other"
fi
