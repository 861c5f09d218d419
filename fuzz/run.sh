#!/usr/bin/env bash
# Builds the libFuzzer targets (the fuzz preset: clang++-14, ASan, UBSan) and
# runs each for a bounded time; fails when any target finds a crash, a leak,
# undefined behaviour, a broken FUZZ_CHECK, a hang or an out-of-memory.
#
#   fuzz/run.sh [SECONDS] [TARGET...]     # default: 60 seconds, every target
#
# Environment: FUZZ_JOBS (targets run at once; default: the number of cores),
# FUZZ_SEED (libFuzzer's random seed; default 1, so that a clean run explores
# the same inputs on every machine and a CI failure can be replayed; set
# FUZZ_SEED=0 for a fresh random seed when hunting),
# FUZZ_MAX_LEN (largest input in bytes; default 8192), FUZZ_TIMEOUT (seconds
# one input may take; default 25).
#
# Each target starts from its seeds (the test fixtures listed in
# fuzz/CMakeLists.txt) and fuzz/regressions/TARGET/, and keeps what it learns
# in build/fuzz/corpus/TARGET/ for the next local run. A crashing input is
# saved to build/fuzz/artifacts/TARGET/; copy it to fuzz/regressions/TARGET/
# and add a test named for the bug (see fuzz/README.md).
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-60}"
shift || true
jobs="${FUZZ_JOBS:-$(nproc)}"
max_len="${FUZZ_MAX_LEN:-8192}"
timeout="${FUZZ_TIMEOUT:-25}"
fuzz_seed="${FUZZ_SEED:-1}"

CLAIMGRAPH_SETUP_EXTRA="clang-14 libclang-rt-14-dev ${CLAIMGRAPH_SETUP_EXTRA:-}" \
  bash scripts/setup.sh
cmake --preset fuzz >/dev/null
cmake --build --preset fuzz -j"$jobs" --target fuzzers

build=build/fuzz
table="$build/fuzz/fuzzers.tsv"
selected=("$@")
names=()
while IFS=$'\t' read -r name binary seeds; do
  if [ ${#selected[@]} -gt 0 ] && [[ ! " ${selected[*]} " =~ " $name " ]]; then
    continue
  fi
  names+=("$name")
  corpus="$build/corpus/$name"
  mkdir -p "$corpus" "$build/artifacts/$name" "$build/logs"
  for seed in $seeds; do
    [ -d "$seed" ] || continue
    find "$seed" -type f -exec cp -f {} "$corpus/" \;
  done
  printf '%s\n' "$binary" >"$build/logs/$name.binary"
done <"$table"
if [ ${#names[@]} -eq 0 ]; then
  echo "fuzz/run.sh: no such target: ${selected[*]}" >&2
  exit 2
fi

export ASAN_OPTIONS="detect_leaks=1:allocator_may_return_null=0:${ASAN_OPTIONS:-}"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1:${UBSAN_OPTIONS:-}"

run_one() {
  local name="$1"
  local binary
  binary="$(cat "$build/logs/$name.binary")"
  local dict=()
  [ -f "fuzz/$name.dict" ] && dict=(-dict="fuzz/$name.dict")
  rm -f "$build/logs/$name.rc"
  set +e
  "$binary" -max_total_time="$seconds" -timeout="$timeout" -seed="$fuzz_seed" \
    -rss_limit_mb=2560 -max_len="$max_len" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$name/" "${dict[@]}" \
    "$build/corpus/$name" >"$build/logs/$name.log" 2>&1
  echo $? >"$build/logs/$name.rc"
}

echo "fuzz/run.sh: ${#names[@]} targets, ${seconds}s each, $jobs at a time" >&2
for name in "${names[@]}"; do
  while [ "$(jobs -rp | wc -l)" -ge "$jobs" ]; do wait -n || true; done
  run_one "$name" &
done
wait

failed=0
printf '%-28s %12s %8s %s\n' target executions exec/s result
for name in "${names[@]}"; do
  if [ "$(cat "$build/logs/$name.rc" 2>/dev/null)" = 0 ]; then
    result=ok
  else
    result=FAILED
    failed=1
  fi
  log="$build/logs/$name.log"
  runs="$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)"
  rate="$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -1)"
  printf '%-28s %12s %8s %s\n' "$name" "${runs:-?}" "${rate:-?}" "$result"
  if [ "$result" = FAILED ]; then
    echo "---- $log (last 60 lines)" >&2
    tail -n 60 "$log" >&2
    ls "$build/artifacts/$name" >&2 || true
  fi
done
exit "$failed"
