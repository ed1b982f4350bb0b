#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The GUI on a real X server (Xvfb), where the ui tests use Qt's offscreen platform: every view of
# a village's window opens on a demo village, is drawn into a picture and closed, and the program
# exits cleanly. An X server sends what offscreen does not (synthetic enter and leave events as
# widgets go, the D-Bus of accessibility), so in the sanitizer build this finds faults in closing
# windows that no other test reaches.
set -euo pipefail
build=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# Settings and caches go into the test's own folder, never the user's.
export HOME=$work/home XDG_CONFIG_HOME=$work/config XDG_CACHE_HOME=$work/cache XDG_RUNTIME_DIR=$work/run
mkdir -p "$HOME" "$XDG_CONFIG_HOME" "$XDG_CACHE_HOME" "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
unset QT_QPA_PLATFORM
# Qt's xcb plugin strndup()s X property values that need not end in a zero byte; strict string
# checks count that as a read past the buffer (in the xcb event thread, not in Tonghu's code).
if [ -n "${ASAN_OPTIONS:-}" ]; then export ASAN_OPTIONS=$ASAN_OPTIONS:strict_string_checks=0; fi
# The demo village is synthetic, and so is its passphrase.
export TONGHU_PASSPHRASE=tonghu-demo-2026
"$build/app/tonghu-cli" --vault "$work/village" demo --children 30 --seed 7 >/dev/null

for view in worklist children visit child-file dashboard ledger devices sync-settings backup; do
  if ! xvfb-run -a -s "-screen 0 1366x768x24" "$build/app/tonghu" --vault "$work/village" --lang zh_CN \
       --screenshot "$work/$view.png" --screenshot-of "$view" >"$work/out.txt" 2>&1; then
    echo "the $view view failed on X:"
    cat "$work/out.txt"
    exit 1
  fi
  if [ ! -s "$work/$view.png" ]; then
    echo "no picture of the $view view"
    exit 1
  fi
done
echo "every view opened and closed on X"
