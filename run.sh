#!/usr/bin/env bash
# Ficelle's commands on a fresh Debian 12 machine:
#   ./run.sh        install what is missing, build, play Centimes
#   ./run.sh test   install what is missing, build, run every test
#   ./run.sh web    install what is missing, build the web's version in build-web/
# Anything after the command is passed on (./run.sh --text --lang en).
set -euo pipefail
cd "$(dirname "$0")"

# Debian packages: to build and play, then what the tests add.
# libspeechd-dev and speech-dispatcher: self-voicing (V), built against the
# one and spoken through the other (the window test runs its own).
build_pkgs=(gcc meson ninja-build pkg-config python3 libsdl2-dev libsdl2-ttf-dev libx11-dev
            libpng-dev liblua5.4-dev libphysfs-dev libjansson-dev zlib1g-dev fonts-ebgaramond fonts-inter
            fonts-jetbrains-mono fonts-opendyslexic fonts-symbola libspeechd-dev speech-dispatcher)
test_pkgs=(xvfb xauth xdotool x11-apps x11-utils imagemagick tmux evilwm clang-format chromium
           clang libclang-rt-14-dev desktop-file-utils appstream groff-base poppler-utils)

# The web's build: Debian's Emscripten, and the libraries built with it from
# Debian's source packages (tools/web/build.sh).
web_pkgs=(emscripten cmake dpkg-dev)

# apt-get source needs a deb-src line for Debian's archive: one of our own,
# beside the machine's sources, if none is there.
add_deb_src() {
  local list=/etc/apt/sources.list.d/ficelle-deb-src.sources sudo=()
  grep -rqsE '^(deb-src|Types:.*deb-src)' /etc/apt/sources.list /etc/apt/sources.list.d/ && return 0
  [ "$(id -u)" -eq 0 ] || sudo=(sudo)
  echo "run.sh: adding Debian's source packages to apt's sources ($list)"
  printf '%s\n' 'Types: deb-src' 'URIs: http://deb.debian.org/debian' \
    'Suites: bookworm bookworm-updates' 'Components: main' \
    'Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg' | "${sudo[@]}" tee "$list" >/dev/null
  "${sudo[@]}" apt-get update -qq
}

install_missing() {
  local missing=() p
  for p in "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'ok installed' || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "run.sh: installing ${missing[*]}"
  local sudo=()
  [ "$(id -u)" -eq 0 ] || sudo=(sudo)
  "${sudo[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

# The web's build in build-web/ (its libraries built once, kept there).
web_build() {
  install_missing "${web_pkgs[@]}" && add_deb_src && tools/web/build.sh build-web
}

configure() {   # configure DIR [meson options...]
  local dir=$1 log; shift
  if [ ! -f "$dir/build.ninja" ]; then
    # Quiet when it works; its whole report when it does not.
    if ! log=$(meson setup "$dir" "$@" 2>&1); then
      printf '%s\n' "$log" >&2
      return 1
    fi
  fi
  # --quiet: no progress lines, but the compiler's errors and warnings.
  ninja --quiet -C "$dir"
}

# count_results TESTLOG: "passed failed skipped" from Meson's testlog.json
# (one JSON object a test, one line each). A timeout, an error or an
# unexpected pass is a failure; an expected failure passes, as for Meson.
count_results() {
  [ -f "$1" ] || { echo "run.sh: no test results ($1)" >&2; return 1; }
  python3 - "$1" <<'PY'
import json, sys
passed = failed = skipped = 0
with open(sys.argv[1], encoding="utf-8") as f:
    for line in f:
        if not line.strip():
            continue
        result = json.loads(line)["result"]
        if result in ("OK", "EXPECTEDFAIL"):
            passed += 1
        elif result == "SKIP":
            skipped += 1
        else:   # FAIL, TIMEOUT, ERROR, UNEXPECTEDPASS
            failed += 1
print(passed, failed, skipped)
PY
}

cmd=${1:-play}
case "$cmd" in
  test)
    shift
    install_missing "${build_pkgs[@]}" "${test_pkgs[@]}"
    # CI: warnings are errors, and the core's tests run once more under the
    # address and undefined-behaviour sanitizers; undefined behaviour stops
    # the test that meets it (UBSan only reports it, by default).
    export UBSAN_OPTIONS=${UBSAN_OPTIONS:-halt_on_error=1:print_stacktrace=1}
    # CI also runs the fuzz targets (clang, libFuzzer) for a bounded time each.
    passes=("build")
    [ "${CI:-}" = true ] && passes=("build-ci" "build-asan" "build-fuzz")
    total_ok=0 total_fail=0 total_skip=0 status=0
    for dir in "${passes[@]}"; do
      opts=() suites=()
      case "$dir" in
        build-ci) opts=(--werror) ;;
        build-asan) opts=(--werror -Db_sanitize=address,undefined -Db_lundef=false)
                    suites=(--suite unit --suite story) ;;
        build-fuzz) opts=(-Dfuzz=true -Db_sanitize=address,undefined -Db_lundef=false)
                    suites=(--suite fuzz) ;;
      esac
      if [ "$dir" = build-fuzz ]; then
        CC=clang configure "$dir" "${opts[@]}"
      else
        configure "$dir" "${opts[@]}"
      fi
      echo "== meson test -C $dir ${suites[*]}"
      log=$dir/meson-logs/testlog.json
      rm -f "$log"   # a stale log must not be counted if meson test cannot run
      meson test -C "$dir" --print-errorlogs "${suites[@]}" "$@" || status=1
      read -r ok fail skip < <(count_results "$log") || { status=1; ok=0 fail=0 skip=0; }
      total_ok=$((total_ok + ok))
      total_fail=$((total_fail + fail))
      total_skip=$((total_skip + skip))
    done
    # The web's build read in headless Chromium (tests/web/test_web.py: the
    # title, keys to a choice, a reload, Continue). Its libraries are built
    # once and kept in build-web/; later runs rebuild only the engine.
    echo "== web: tools/web/build.sh build-web, tests/web/test_web.py"
    if web_build && timeout 900 python3 tests/web/test_web.py build-web/site; then
      total_ok=$((total_ok + 1))
    else
      total_fail=$((total_fail + 1))
    fi
    [ "$total_fail" -eq 0 ] || status=1
    [ "$total_ok" -gt 0 ] || status=1
    echo "${total_ok} passed, ${total_fail} failed, ${total_skip} skipped"
    exit $status
    ;;
  web)
    install_missing "${build_pkgs[@]}"
    web_build
    echo "run.sh: to read it here: python3 -m http.server -b 127.0.0.1 -d build-web/site 8000"
    echo "        then open http://127.0.0.1:8000/"
    ;;
  play|*)
    [ "$cmd" = play ] && [ $# -gt 0 ] && shift
    install_missing "${build_pkgs[@]}"
    configure build
    exec build/ficelle "$@"
    ;;
esac
