#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# One entry point for a developer or a fresh Debian 12 machine:
#   packaging/dev.sh demo   install what is missing, build, open the app on a demo village
#   packaging/dev.sh test   install what is missing, build, run every test through ctest
set -euo pipefail
cd "$(dirname "$0")/.."
mode=${1:-}
case "$mode" in
  demo|test|build) ;;
  *) echo "usage: $0 demo|test|build" >&2; exit 2 ;;
esac

if [ "$(id -u)" -eq 0 ]; then
  bash packaging/install-deps.sh
elif ! bash packaging/install-deps.sh 2>/dev/null; then
  sudo bash packaging/install-deps.sh
fi

build=${TONGHU_BUILD_DIR:-build}
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$build" -j"$(nproc)"

case "$mode" in
  test)
    ctest --test-dir "$build" --output-on-failure -j"$(nproc)"
    ;;
  demo)
    vault=${TONGHU_DEMO_VAULT:-${XDG_DATA_HOME:-$HOME/.local/share}/tonghu/demo-vault}
    # The demo village is synthetic, so its passphrase can be printed; a real vault's never is.
    passphrase=tonghu-demo-2026
    if [ ! -e "$vault/keyslots.json" ]; then
      TONGHU_PASSPHRASE=$passphrase "$build/app/tonghu-cli" --vault "$vault" demo --children 60 --seed 2026
    fi
    echo
    echo "Demo vault: $vault"
    echo "Passphrase: $passphrase"
    echo
    if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
      echo "No display found: start this from a desktop session (or under xvfb-run)." >&2
      exit 1
    fi
    exec "$build/app/tonghu" --vault "$vault"
    ;;
esac
