#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# One entry point for a developer or a fresh Debian 12 machine:
#   packaging/dev.sh demo   install what is missing, build, open the app on a demo village
#   packaging/dev.sh test   install what is missing, build, run every test through ctest
#   packaging/dev.sh sanitize   the same suite built with clang, AddressSanitizer and UBSan
set -euo pipefail
cd "$(dirname "$0")/.."
mode=${1:-}
case "$mode" in
  demo|test|build|sanitize) ;;
  *) echo "usage: $0 demo|test|build|sanitize" >&2; exit 2 ;;
esac

if [ "$(id -u)" -eq 0 ]; then
  bash packaging/install-deps.sh
elif ! bash packaging/install-deps.sh 2>/dev/null; then
  sudo bash packaging/install-deps.sh
fi

if [ "$mode" = sanitize ]; then
  # clang compiles the instrumented code in half gcc's time, and at -O0 in half again (a test file
  # of the ui suite: 42 s with gcc -O1, 22 s with clang -O1, 11 s with clang -O0). Debug keeps
  # Qt's and the project's assertions on. Leaks are reported too (LeakSanitizer, on by default).
  build=${TONGHU_ASAN_BUILD_DIR:-build-asan}
  CC=clang CXX=clang++ cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Debug \
    -DCMAKE_C_FLAGS_DEBUG="-O0 -gline-tables-only" -DCMAKE_CXX_FLAGS_DEBUG="-O0 -gline-tables-only" \
    -DTONGHU_ASAN=ON >/dev/null
  cmake --build "$build" -j"$(nproc)"
  # intercept_tls_get_addr=0: clang 14's runtime misreads glibc 2.36's dynamic TLS blocks now and
  # then, and LeakSanitizer's tracer then crashes at exit (google/sanitizers#1322) in processes
  # that load TLS-using libraries late, such as the PDF writer's. Leaks are still reported; only
  # pointers held in dynamically loaded libraries' thread-locals are no longer roots.
  export ASAN_OPTIONS=detect_leaks=1:detect_stack_use_after_return=1:strict_string_checks=1:check_initialization_order=1:intercept_tls_get_addr=0
  export UBSAN_OPTIONS=print_stacktrace=1
  export LSAN_OPTIONS=suppressions=$PWD/tests/sanitizers/lsan.supp
  # The .deb tests pack the release build, and the fuzz targets are sanitized builds already.
  exec ctest --test-dir "$build" --output-on-failure -j"$(nproc)" -LE 'packaging|fuzz'
fi

build=${TONGHU_BUILD_DIR:-build}
# Line tables and function names (-g1) are what a backtrace needs; full debug information takes
# a third of the compile time on top (a ui test file: 19 s with -g, 12 s with -g1).
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DCMAKE_C_FLAGS_RELWITHDEBINFO="-O2 -g1 -DNDEBUG" -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O2 -g1 -DNDEBUG" >/dev/null
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
