#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the libFuzzer targets of tests/fuzz with clang and runs each for a bounded time.
#   tests/fuzz/run.sh [--seconds N] [--build DIR] [TARGET...]
# TARGET is one of: id_number bundle rulebook checklist evaluate_input (default: all).
# The suite runs it with --seconds 10; a longer search is, for example:
#   tests/fuzz/run.sh --seconds 3600 bundle
# Each run first replays tests/fuzz/regressions/TARGET/*, the inputs that once found a bug,
# then fuzzes from the seeds in tests/fuzz/corpus/TARGET (and the built-in rulebook,
# checklist and example bundle) in a private working corpus. An input that crashes, leaks,
# runs over 10 s or allocates over 512 MB is kept in DIR/findings/ and the script fails;
# copy it into tests/fuzz/regressions/TARGET/ with the fix.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
source_dir=$(cd "$here/../.." && pwd)
seconds=20
build="$source_dir/build/fuzz"
targets=()
while [ $# -gt 0 ]; do
  case "$1" in
    --seconds) seconds=$2; shift 2 ;;
    --build) build=$2; shift 2 ;;
    -*) echo "usage: $0 [--seconds N] [--build DIR] [TARGET...]" >&2; exit 2 ;;
    *) targets+=("$1"); shift ;;
  esac
done
[ ${#targets[@]} -gt 0 ] || targets=(id_number bundle rulebook checklist evaluate_input)

if [ ! -f "$build/CMakeCache.txt" ]; then
  CC=clang CXX=clang++ cmake -S "$here" -B "$build" -G Ninja >/dev/null
fi
cmake --build "$build" -j"$(nproc)" >/dev/null

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$build/findings"
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1
export UBSAN_OPTIONS=print_stacktrace=1
export QT_LOGGING_RULES='*.debug=false'
failed=0
for t in "${targets[@]}"; do
  binary="$build/fuzz_$t"
  [ -x "$binary" ] || { echo "fuzz: no target '$t'" >&2; exit 2; }
  corpus="$work/$t"
  mkdir -p "$corpus"
  seeds=("$here/corpus/$t")
  case "$t" in
    bundle) seeds+=("$source_dir/tests/data/bundles") ;;
    checklist) seeds+=("$source_dir/resources/checklists") ;;
    rulebook)
      # Each built-in file behind the byte that picks it (the files in name order).
      i=0
      for f in $(cd "$source_dir/resources/rules" && ls | LC_ALL=C sort); do
        { printf "\\$(printf '%03o' "$i")"; cat "$source_dir/resources/rules/$f"; } > "$corpus/builtin-$f"
        i=$((i + 1))
      done ;;
  esac
  if compgen -G "$here/regressions/$t/*" >/dev/null; then
    if ! "$binary" -runs=1 "$here/regressions/$t"/* >"$work/$t.log" 2>&1; then
      echo "fuzz: $t: a regression input fails again:" >&2
      tail -40 "$work/$t.log" >&2
      failed=1
      continue
    fi
  fi
  if "$binary" -max_total_time="$seconds" -timeout=10 -malloc_limit_mb=512 -rss_limit_mb=2048 \
       -max_len=16384 -print_final_stats=1 -artifact_prefix="$build/findings/$t-" \
       "$corpus" "${seeds[@]}" >"$work/$t.log" 2>&1; then
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$work/$t.log")
    echo "fuzz: $t: ${runs:-?} inputs in ${seconds} s, no finding"
  else
    echo "fuzz: $t: a finding, kept in $build/findings/:" >&2
    tail -60 "$work/$t.log" >&2
    failed=1
  fi
done
exit $failed
