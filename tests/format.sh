#!/usr/bin/env bash
# The files listed in tests/format-files.txt are formatted as .clang-format
# says (clang-format --dry-run --Werror). A file joins the list once it is
# formatted. Skipped (exit 77) without clang-format.
set -euo pipefail
src=${SOURCE_ROOT:?}
command -v clang-format >/dev/null || { echo "format: clang-format missing, skipped"; exit 77; }
cd "$src"
mapfile -t files < <(sed -e 's/#.*//' -e 's/[[:space:]]*$//' tests/format-files.txt | grep -v '^$')
[ ${#files[@]} -gt 0 ] || { echo "format: tests/format-files.txt lists no file"; exit 1; }
clang-format --version
clang-format --dry-run --Werror "${files[@]}"
echo "format: ${#files[@]} files as .clang-format says"
