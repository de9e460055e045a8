#!/usr/bin/env bash
# Every C file of the tree (engine/, tests/) is formatted as .clang-format says
# (clang-format --dry-run --Werror): the whole tree has one style. Skipped (exit
# 77) without clang-format.
set -euo pipefail
src=${SOURCE_ROOT:?}
command -v clang-format >/dev/null || { echo "format: clang-format missing, skipped"; exit 77; }
cd "$src"
mapfile -t files < <(find engine tests -name '*.[ch]' | sort)
[ ${#files[@]} -gt 0 ] || { echo "format: no C file found under $src"; exit 1; }
clang-format --version
clang-format --dry-run --Werror "${files[@]}"
echo "format: ${#files[@]} files as .clang-format says"
