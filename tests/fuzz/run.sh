#!/usr/bin/env bash
# Runs one fuzz target for a bounded time on its seed corpora (tests/fuzz/seeds/
# NAME, and for data files the story's own layouts and images), writing what it
# finds in a scratch folder, never into the seeds.
#   tests/fuzz/run.sh TARGET SECONDS SEEDS...
# A crash, a leak, a timeout or running out of memory fails; libFuzzer writes
# the input that did it (crash-*, timeout-*, oom-*) into the build folder:
# that input becomes a seed and a regression test.
set -uo pipefail
target=${1:?usage: run.sh TARGET SECONDS SEEDS...}
seconds=${2:?}
shift 2
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:allocator_may_return_null=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-halt_on_error=1:print_stacktrace=1}
"$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=8192 \
  -print_final_stats=1 "$scratch" "$@" 2>&1 | tail -n 25
status=${PIPESTATUS[0]}
echo "fuzz: $(basename "$target"): exit $status"
exit "$status"
