# Sourced by the shell tests that count their checks: ok and fail print one
# line each and count it; needs skips the test (exit 77) when a tool it drives
# is missing; finish prints the tally and fails if a check did.
passed=0 failed=0
ok()   { echo "ok   $*"; passed=$((passed + 1)); }
fail() { echo "FAIL $*"; failed=$((failed + 1)); }
needs() {   # needs NAME TOOL...
  local name=$1 tool
  shift
  for tool in "$@"; do
    command -v "$tool" >/dev/null || { echo "$name: $tool missing, skipped"; exit 77; }
  done
}
finish() {  # finish NAME [WHAT MORE]: "NAME: 3 passed, 0 failed", then the status
  echo "$1: $passed passed, $failed failed${2:+ $2}"
  [ "$failed" -eq 0 ]
}
