#!/usr/bin/env bash
# tools/web/build.sh [OUT]: Ficelle and Centimes for the web, in OUT
# (build-web/ by default). Everything comes from Debian: Emscripten from its
# package, and every library built with it from Debian's source package of
# the version the native build uses (apt-get source, so a deb-src line must
# name the archive: run.sh adds one). Each library is built once and kept in
# OUT/deps; a second run rebuilds only the engine and the story archive.
#   OUT/site/    what a web server hosts: index.html, ficelle.js,
#                ficelle.wasm, centimes.zip
#   OUT/deps/    the libraries' sources, builds and their install prefix
#   OUT/engine/  the engine's Meson build (cross file tools/web/emscripten.ini)
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
out=$(mkdir -p "${1:-$root/build-web}" && cd "${1:-$root/build-web}" && pwd)
deps=$out/deps
src=$deps/src
prefix=$deps/prefix
jobs=$(nproc)
mkdir -p "$src" "$prefix/lib/pkgconfig" "$prefix/include" "$out/site"

# Every library at -O2, as the engine.
CFLAGS="-O2"
# Debian's emcc runs node on its own JavaScript tools, which need Debian's
# node-acorn: in /usr/share/nodejs, where Debian's nodejs looks (another
# node, from elsewhere, may not).
export NODE_PATH=/usr/share/nodejs${NODE_PATH:+:$NODE_PATH}
export PKG_CONFIG_LIBDIR=$prefix/lib/pkgconfig
export PKG_CONFIG_PATH=

say() { printf 'web: %s\n' "$*"; }
stamp() { step_t0=$(date +%s); [ -f "$deps/$1.done" ]; }
# Each library's step says how long it took (the build's figures in README).
done_() { touch "$deps/$1.done"; say "$1: $(( $(date +%s) - step_t0 )) s"; }

# fetch SRCPKG DEVPKG: unpack Debian's source of SRCPKG into $src/SRCPKG,
# checking that its upstream version is the one DEVPKG (installed) has.
fetch() {
  local pkg=$1 dev=$2 want got dir
  [ -d "$src/$pkg" ] && return 0
  want=$(dpkg-query -W -f='${source:Upstream-Version}' "$dev" 2>/dev/null) ||
    { echo "web: $dev is not installed (run.sh installs it)" >&2; return 1; }
  rm -rf "$src/tmp" && mkdir -p "$src/tmp"
  say "apt-get source $pkg ($want)"
  # apt's output only if it fails (as root it warns of an unsandboxed download).
  if ! (cd "$src/tmp" && apt-get source -qq "$pkg" >"$deps/apt.log" 2>&1); then
    cat "$deps/apt.log" >&2
    echo "web: apt-get source $pkg failed (apt's message above): a deb-src line for" \
      "Debian's archive is needed (run.sh adds one), and the archive must serve the files" >&2
    return 1
  fi
  dir=$(find "$src/tmp" -mindepth 1 -maxdepth 1 -type d | head -n 1)
  got=$(cd "$dir" && dpkg-parsechangelog -S Version | sed -e 's/^[0-9]*://' -e 's/-[^-]*$//')
  if [ "$got" != "$want" ]; then
    echo "web: Debian's source of $pkg is $got, the native build uses $want" >&2
    return 1
  fi
  mv "$dir" "$src/$pkg"
  rm -rf "$src/tmp"
}

# cmake_lib NAME SRCDIR [cmake options...]
cmake_lib() {
  local name=$1 dir=$2; shift 2
  rm -rf "$deps/build/$name"
  CFLAGS= emcmake cmake -S "$dir" -B "$deps/build/$name" -G Ninja -Wno-dev \
    -DCMAKE_BUILD_TYPE=Release -DCMAKE_C_FLAGS_RELEASE="$CFLAGS" \
    -DCMAKE_CXX_FLAGS_RELEASE="$CFLAGS" -DCMAKE_INSTALL_PREFIX="$prefix" \
    -DCMAKE_PREFIX_PATH="$prefix" -DCMAKE_FIND_ROOT_PATH="$prefix" \
    -DBUILD_SHARED_LIBS=OFF "$@" >"$deps/$name.log" 2>&1 ||
    { tail -n 30 "$deps/$name.log" >&2; return 1; }
  ninja -C "$deps/build/$name" -j "$jobs" install >>"$deps/$name.log" 2>&1 ||
    { tail -n 30 "$deps/$name.log" >&2; return 1; }
}

# cc_lib NAME DIR FLAGS FILES...: compile FILES (relative to DIR) with emcc
# into $prefix/lib/libNAME.a, for the libraries whose own build is more
# than this needs.
cc_lib() {
  local name=$1 dir=$2 flags=$3 obj=$deps/build/$1; shift 3
  rm -rf "$obj" && mkdir -p "$obj"
  # One emcc a file, $jobs at a time; any failure fails the whole.
  printf '%s\n' "$@" | CFLAGS="$CFLAGS $flags" DIR=$dir OBJ=$obj xargs -P "$jobs" -I{} \
    sh -c 'f={}; exec emcc $CFLAGS -c "$DIR/$f" -o "$OBJ/$(echo "$f" | tr / _).o"'
  rm -f "$prefix/lib/lib$name.a"
  emar rcs "$prefix/lib/lib$name.a" "$obj"/*.o
}

# pc NAME VERSION LIBS [REQUIRES]: a pkg-config file for a library built by hand.
pc() {
  cat >"$prefix/lib/pkgconfig/$1.pc" <<PC
prefix=$prefix
Name: $1
Description: $1 for Emscripten
Version: $2
Requires: ${4:-}
Cflags: -I\${prefix}/include
Libs: -L\${prefix}/lib $3
PC
}

t0=$(date +%s)

if ! stamp zlib; then
  fetch zlib zlib1g-dev
  # Debian's source leaves out win32/, which zlib's CMake wants.
  # zconf.h as zlib's ./configure writes it on a POSIX system.
  sed -e 's/#ifdef HAVE_UNISTD_H.*/#if 1/' -e 's/#ifdef HAVE_STDARG_H.*/#if 1/' \
    "$src/zlib/zconf.h.in" >"$src/zlib/zconf.h"
  cc_lib z "$src/zlib" "" adler32.c compress.c crc32.c deflate.c gzclose.c gzlib.c \
    gzread.c gzwrite.c infback.c inffast.c inflate.c inftrees.c trees.c uncompr.c zutil.c
  cp "$src/zlib/zlib.h" "$src/zlib/zconf.h" "$prefix/include/"
  pc zlib 1.2.13 -lz
  done_ zlib
fi

if ! stamp libpng; then
  fetch libpng1.6 libpng-dev
  cmake_lib libpng "$src/libpng1.6" -DPNG_SHARED=OFF -DPNG_TESTS=OFF \
    -DPNG_EXECUTABLES=OFF -DZLIB_ROOT="$prefix"
  done_ libpng
fi

if ! stamp sdl2; then
  fetch libsdl2 libsdl2-dev
  # SDL2's own header for Emscripten (include/SDL_config_emscripten.h, which
  # SDL_config.h picks) instead of its CMake, whose some 200 checks took
  # four minutes of this build's ten: the sources CMake's Emscripten case
  # takes, without threads (thread/generic), haptics or HIDAPI.
  (cd "$src/libsdl2" && ls src/*.c \
    src/{atomic,audio,cpuinfo,dynapi,events,file,haptic,hidapi,joystick,libm,locale}/*.c \
    src/{misc,power,render,sensor,stdlib,thread,timer,video}/*.c src/video/yuv2rgb/*.c \
    src/render/{software,opengles2}/*.c src/{audio,filesystem,joystick,locale,misc}/emscripten/*.c \
    src/{power,video}/emscripten/*.c src/audio/{disk,dummy}/*.c src/haptic/dummy/*.c \
    src/sensor/dummy/*.c src/loadso/dlopen/*.c src/thread/generic/*.c src/timer/unix/*.c) >"$deps/sdl2.files"
  # shellcheck disable=SC2046
  cc_lib SDL2 "$src/libsdl2" "-I$src/libsdl2/include -Wno-warn-absolute-paths" \
    $(cat "$deps/sdl2.files")
  mkdir -p "$prefix/include/SDL2"
  cp "$src/libsdl2"/include/*.h "$prefix/include/SDL2/"
  pc sdl2 2.26.5 -lSDL2
  sed -i 's|^Cflags:.*|Cflags: -I${prefix}/include/SDL2|' "$prefix/lib/pkgconfig/sdl2.pc"
  done_ sdl2
fi

if ! stamp freetype; then
  fetch freetype libfreetype-dev
  # The fonts are TrueType and OpenType (CFF) files: FreeType's optional
  # decompressors are left out, but for zlib, the one above (without it,
  # FreeType compiles in its own copy, whose symbols clash with zlib's), and
  # HarfBuzz is SDL2_ttf's.
  cmake_lib freetype "$src/freetype" -DFT_REQUIRE_ZLIB=ON -DZLIB_ROOT="$prefix" -DFT_DISABLE_BZIP2=ON \
    -DFT_DISABLE_PNG=ON -DFT_DISABLE_HARFBUZZ=ON -DFT_DISABLE_BROTLI=ON
  done_ freetype
fi

if ! stamp harfbuzz; then
  fetch harfbuzz libharfbuzz-dev
  # HarfBuzz's one-file build (src/harfbuzz.cc) with FreeType, without
  # exceptions or RTTI, as its own builds do.
  cc_lib harfbuzz "$src/harfbuzz/src" \
    "-DHAVE_FREETYPE=1 -DHAVE_FT_GET_VAR_BLEND_COORDINATES=1 -DHAVE_FT_SET_VAR_BLEND_COORDINATES=1 -DHAVE_FT_DONE_MM_VAR=1 -DHAVE_FT_GET_TRANSFORM=1 -fno-exceptions -fno-rtti -fno-threadsafe-statics -I$prefix/include/freetype2" \
    harfbuzz.cc
  mkdir -p "$prefix/include/harfbuzz"
  cp "$src/harfbuzz/src"/hb.h "$src/harfbuzz/src"/hb-*.h "$prefix/include/harfbuzz/"
  pc harfbuzz 6.0.0 -lharfbuzz freetype2
  sed -i 's|^Cflags:.*|Cflags: -I${prefix}/include/harfbuzz|' "$prefix/lib/pkgconfig/harfbuzz.pc"
  done_ harfbuzz
fi

if ! stamp sdl2_ttf; then
  fetch libsdl2-ttf libsdl2-ttf-dev
  cc_lib SDL2_ttf "$src/libsdl2-ttf" \
    "-DTTF_USE_HARFBUZZ=1 -I$prefix/include/SDL2 -I$prefix/include/freetype2 -I$prefix/include/harfbuzz" \
    SDL_ttf.c
  cp "$src/libsdl2-ttf/SDL_ttf.h" "$prefix/include/SDL2/"
  pc SDL2_ttf 2.20.1 -lSDL2_ttf "sdl2 freetype2 harfbuzz"
  sed -i 's|^Cflags:.*|Cflags: -I${prefix}/include/SDL2|' "$prefix/lib/pkgconfig/SDL2_ttf.pc"
  done_ sdl2_ttf
fi

if ! stamp lua; then
  fetch lua5.4 liblua5.4-dev
  # Debian's luaconf.h names the multiarch folder of C modules (none here).
  echo '#define DEB_HOST_MULTIARCH "wasm32-emscripten"' >"$src/lua5.4/src/lua5.4-deb-multiarch.h"
  (cd "$src/lua5.4/src" && ls ./*.c) | sed 's|^\./||' | grep -v -x -e lua.c -e luac.c >"$deps/lua.files"
  # shellcheck disable=SC2046
  cc_lib lua5.4 "$src/lua5.4/src" "-DLUA_USE_POSIX" $(cat "$deps/lua.files")
  cp "$src/lua5.4/src"/{lua.h,luaconf.h,lualib.h,lauxlib.h,lua5.4-deb-multiarch.h} "$prefix/include/"
  pc lua5.4 5.4.4 -llua5.4
  done_ lua
fi

if ! stamp jansson; then
  fetch jansson libjansson-dev
  # Compiled file by file: its CMake checks took two minutes for the few
  # lines its two configuration headers hold, written here as its
  # ./configure would write them for Emscripten's libc.
  sed -e 's/@json_inline@/inline/' -e 's/@json_have_long_long@/1/' -e 's/@json_have_localeconv@/1/' \
    -e 's/@json_have_atomic_builtins@/1/' -e 's/@json_have_sync_builtins@/1/' \
    "$src/jansson/src/jansson_config.h.in" >"$src/jansson/src/jansson_config.h"
  printf '#define %s 1\n' HAVE_ENDIAN_H HAVE_FCNTL_H HAVE_SCHED_H HAVE_UNISTD_H HAVE_SYS_PARAM_H \
    HAVE_SYS_STAT_H HAVE_SYS_TIME_H HAVE_SYS_TYPES_H HAVE_STDINT_H HAVE_CLOSE HAVE_GETPID \
    HAVE_GETTIMEOFDAY HAVE_OPEN HAVE_READ HAVE_SCHED_YIELD HAVE_SYNC_BUILTINS HAVE_ATOMIC_BUILTINS \
    HAVE_LOCALE_H HAVE_SETLOCALE HAVE_INT32_T HAVE_UINT32_T HAVE_UINT16_T HAVE_UINT8_T HAVE_SSIZE_T \
    USE_URANDOM >"$src/jansson/src/jansson_private_config.h"
  echo '#define INITIAL_HASHTABLE_ORDER 3' >>"$src/jansson/src/jansson_private_config.h"
  cc_lib jansson "$src/jansson/src" "-DHAVE_CONFIG_H -I$src/jansson/src" dump.c error.c hashtable.c \
    hashtable_seed.c load.c memory.c pack_unpack.c strbuffer.c strconv.c utf.c value.c version.c
  cp "$src/jansson/src/jansson.h" "$src/jansson/src/jansson_config.h" "$prefix/include/"
  pc jansson 2.14 -ljansson
  done_ jansson
fi

if ! stamp physfs; then
  # Debian's libphysfs source (3.0.2) is not served by the archive this
  # project reaches (its tarballs answer 404); Debian's love source (11.4, in
  # bookworm) carries PhysicsFS 3.1.0 in its own tarball, whose platform list
  # knows Emscripten. Only that folder is unpacked; only what the engine
  # needs is compiled: the core, the POSIX and Unix platform, folders and
  # zip (inflate by its own miniz), every other archiver left out.
  if [ ! -d "$src/physfs" ]; then
    rm -rf "$src/tmp" && mkdir -p "$src/tmp"
    say "apt-get source love (PhysicsFS 3.1.0 in its tarball)"
    (cd "$src/tmp" && apt-get source --download-only -qq love >"$deps/apt.log" 2>&1) ||
      { cat "$deps/apt.log" >&2; echo "web: apt-get source love failed: a deb-src line for Debian's archive is needed (run.sh adds one)" >&2; exit 1; }
    tar -xzf "$src"/tmp/love_*.orig.tar.gz -C "$src/tmp" --wildcards '*/src/libraries/physfs/*'
    mv "$src"/tmp/love-*/src/libraries/physfs "$src/physfs"
    rm -rf "$src/tmp"
  fi
  off=
  for a in 7Z GRP HOG MVL WAD QPAK SLB ISO9660 VDF; do off="$off -DPHYSFS_SUPPORTS_$a=0"; done
  cc_lib physfs "$src/physfs" "$off" physfs.c physfs_byteorder.c physfs_unicode.c \
    physfs_platform_posix.c physfs_platform_unix.c physfs_archiver_dir.c \
    physfs_archiver_unpacked.c physfs_archiver_zip.c
  cp "$src/physfs/physfs.h" "$prefix/include/"
  pc physfs "$(sed -n 's/^#define PHYSFS_VER_\(MAJOR\|MINOR\|PATCH\) //p' "$src/physfs/physfs.h" | paste -sd.)" -lphysfs
  done_ physfs
fi

say "libraries: $(( $(date +%s) - t0 )) s"

# The engine: the project's own Meson build, crossed. Its second cross file
# says where the libraries above are and how the page's program is linked:
# library.js holds what the page does for the engine (speaking); ASYNCIFY
# lets the window's loop wait for events as it does on a desktop
# (SDL_WaitEventTimeout sleeps through emscripten_sleep); -O2 at the link
# too, where Binaryen optimises the whole (8.7 MB of wasm without, 3.6 MB
# with); IDBFS keeps the reader's folder in the browser's IndexedDB
# (index.html mounts it). A changed cross file sets the build up anew.
cat >"$out/web-paths.ini.new" <<INI
[properties]
pkg_config_libdir = ['$prefix/lib/pkgconfig']

[built-in options]
c_link_args = ['-O2', '--js-library', '$root/tools/web/library.js', '-sASYNCIFY=1',
  '-sALLOW_MEMORY_GROWTH=1', '-sENVIRONMENT=web', '-sFORCE_FILESYSTEM=1', '-lidbfs.js',
  '-sEXIT_RUNTIME=1',
  '-sEXPORTED_RUNTIME_METHODS=["FS","ENV","addRunDependency","removeRunDependency"]']
INI
if ! cmp -s "$out/web-paths.ini.new" "$out/web-paths.ini"; then
  rm -rf "$out/engine"
  mv "$out/web-paths.ini.new" "$out/web-paths.ini"
fi
if [ ! -f "$out/engine/build.ninja" ]; then
  say "meson setup $out/engine"
  meson setup "$out/engine" "$root" --cross-file "$root/tools/web/emscripten.ini" \
    --cross-file "$out/web-paths.ini" --prefix=/usr --buildtype=release \
    -Doptimization=2 >"$out/engine-setup.log" 2>&1 ||
    { tail -n 30 "$out/engine-setup.log" >&2; exit 1; }
fi
# Ninja does not know the link reads library.js.
[ "$root/tools/web/library.js" -nt "$out/engine/ficelle.js" ] && rm -f "$out/engine/ficelle.js"
ninja --quiet -C "$out/engine" ficelle.js
cp "$out/engine/ficelle.js" "$out/engine/ficelle.wasm" "$root/tools/web/index.html" "$out/site/"
# The archive as the desktop's, but for its fonts: stored there (read from
# disk, inflating them cost more than it saved), deflated here, where every
# byte crosses the network (5.1 MB of archive down to 2.8).
python3 "$root/tools/pack.py" "$root" "$out/archive.zip"
python3 - "$out/archive.zip" "$out/site/centimes.zip" <<'PY'
import sys, zipfile
with zipfile.ZipFile(sys.argv[1]) as src, \
        zipfile.ZipFile(sys.argv[2], "w", zipfile.ZIP_DEFLATED, compresslevel=9) as out:
    for info in src.infolist():
        data = src.read(info)
        info.compress_type = zipfile.ZIP_DEFLATED
        out.writestr(info, data)
PY
say "built $out/site in $(( $(date +%s) - t0 )) s"
