#!/usr/bin/env bash
# The Debian package, built from a clean copy of the tree with Debian's own
# tools (dpkg-buildpackage, debhelper's meson build), then checked by lintian.
# Slower than the suite (a whole build and the unit and story tests): run by
# hand, not by ./run.sh test.
#
#   tests/install/deb.sh [OUT_DIR]    (default build/deb/)
#
# Installs what it needs with apt-get (as root, or through sudo). Fails on a
# build error or on any lintian error; lintian's warnings are printed.
set -euo pipefail
src=$(cd "$(dirname "$0")/../.." && pwd)
out=${1:-$src/build/deb}

pkgs=(build-essential debhelper dpkg-dev fakeroot lintian)
missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'ok installed' || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  sudo=()
  [ "$(id -u)" -eq 0 ] || sudo=(sudo)
  "${sudo[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
# The build dependencies, as debian/control lists them.
dpkg-checkbuilddeps "$src/debian/control" 2>/dev/null || {
  sudo=()
  [ "$(id -u)" -eq 0 ] || sudo=(sudo)
  "${sudo[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get build-dep -y -qq --no-install-recommends "$src"
}

# A copy of the files git knows or would add: no build trees, nothing ignored.
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir "$work/ficelle"
(cd "$src" && git ls-files -z --cached --others --exclude-standard | tar --null -T - -cf -) | tar -xf - -C "$work/ficelle"
(cd "$work/ficelle" && dpkg-buildpackage -us -uc -b) >"$work/build.log" 2>&1 || {
  tail -n 60 "$work/build.log"
  echo "deb: dpkg-buildpackage failed"
  exit 1
}
mkdir -p "$out"
rm -f "$out"/ficelle*_*.*deb "$out"/ficelle_*.changes "$out"/ficelle_*.buildinfo
cp "$work"/*.*deb "$work"/*.changes "$work"/*.buildinfo "$out"/
echo "deb: built $(cd "$out" && ls ficelle_*.deb)"
dpkg-deb --contents "$out"/ficelle_*.deb | awk '{ print "  " $6 }'

# lintian: errors fail, the rest is shown (-I: the informational tags too).
lintian -I "$out"/ficelle_*.changes >"$work/lintian.log" 2>&1 || true
grep -v 'running with root privileges' "$work/lintian.log" || true
if grep -qE 'No packages selected|^Skipping' "$work/lintian.log"; then
  echo "deb: lintian checked nothing"
  exit 1
fi
errors=$(grep -c '^E: ' "$work/lintian.log" || true)
echo "deb: lintian: $errors errors, $(grep -c '^W: ' "$work/lintian.log" || true) warnings," \
  "$(grep -c '^I: ' "$work/lintian.log" || true) notes"
[ "$errors" -eq 0 ] || { echo "deb: lintian reports errors"; exit 1; }
