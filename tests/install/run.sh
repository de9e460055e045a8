#!/usr/bin/env bash
# Install test: `meson install` of the build tree into a scratch DESTDIR, then
# what a reader or a desktop would use from there: the installed binary finds
# the installed archive (text, then a window under Xvfb), the menu entry and
# the AppStream metainfo validate, the icons have their sizes, the man pages
# render without a warning.
#
#   tests/install/run.sh      (BUILD_ROOT: the build tree; meson test sets it)
#
# Exit 77 (skipped) when a tool is missing; ./run.sh test installs them.
set -uo pipefail

build=${BUILD_ROOT:?BUILD_ROOT: the build tree}
for tool in meson desktop-file-validate appstreamcli groff Xvfb xdotool import convert; do
  command -v "$tool" >/dev/null || { echo "install: $tool missing, skipped"; exit 77; }
done
. "$(dirname "$0")/../lib/xdisplay.sh"

passed=0 failed=0
ok()   { echo "ok   $*"; passed=$((passed + 1)); }
fail() { echo "FAIL $*"; failed=$((failed + 1)); }

# Out of the build tree (an executable in it would read the source folders).
dest=$tmp/dest
if ! meson install -C "$build" --no-rebuild --quiet --destdir "$dest" >"$tmp/install.log" 2>&1; then
  cat "$tmp/install.log"
  echo "install: meson install failed"
  exit 1
fi
prefix=$(meson introspect "$build" --buildoptions \
  | python3 -c 'import json,sys; print([o["value"] for o in json.load(sys.stdin) if o["name"] == "prefix"][0])')
root=$dest$prefix
ficelle=$root/bin/ficelle
for f in bin/ficelle share/ficelle/centimes.zip share/applications/org.ficelle.Centimes.desktop \
         share/metainfo/org.ficelle.Centimes.metainfo.xml share/icons/hicolor/scalable/apps/ficelle.svg \
         share/man/man6/ficelle.6 share/man/fr/man6/ficelle.6 share/ficelle/screenshots/title.png; do
  [ -f "$root/$f" ] && ok "installed $f" || fail "not installed: $f"
done

# Icons: a PNG of its folder's size each.
for size in 48 64 128 256; do
  png=$root/share/icons/hicolor/${size}x${size}/apps/ficelle.png
  got=$(python3 -c 'import struct,sys; d=open(sys.argv[1],"rb").read(24); print("%dx%d" % struct.unpack(">II", d[16:24]) if d[:8] == b"\x89PNG\r\n\x1a\n" else "not a PNG")' "$png" 2>/dev/null)
  [ "$got" = "${size}x${size}" ] && ok "icon ${size}x${size}" || fail "icon ${size}x${size}: ${got:-missing}"
done

# The installed binary, with no option: it must find the archive it was
# installed with (bin/../share/ficelle), not the build tree's.
export HOME=$tmp/home XDG_DATA_HOME=$tmp/data SDL_AUDIODRIVER=dummy
unset WAYLAND_DISPLAY DISPLAY
first=$(cd / && "$ficelle" --text --no-wait </dev/null 2>&1 | head -n 3)
grep -q 'Chapitre 1' <<<"$first" && ok "installed ficelle --text plays: $(grep -m1 Chapitre <<<"$first")" \
  || fail "installed ficelle --text: $first"

# Its window under Xvfb, found by its title as the window test does.
xdisplay_start install none || true
(cd / && exec "$ficelle") >"$tmp/ficelle.log" 2>&1 &
app_pid=$!
if wait_window; then
  ok "installed ficelle opens its window 'Centimes'"
  sleep 1
  import -window root "$tmp/title.png"
  s=$(convert "$tmp/title.png" -format '%[fx:standard_deviation]' info:)
  awk -v s="$s" 'BEGIN { exit !(s + 0 > 0.02) }' && ok "its title screen is drawn ($s)" \
    || fail "its title screen is blank ($s)"
else
  # (whether it still runs, 30 s on, or stopped, and with what status)
  if kill -0 "$app_pid" 2>/dev/null; then how="still running, no window after 30 s"
  else wait "$app_pid"; how="stopped with status $?"; fi
  fail "installed ficelle opened no window ($how): $(cat "$tmp/ficelle.log")"
fi
kill -TERM "$app_pid" 2>/dev/null
wait "$app_pid" 2>/dev/null
app_pid=

# The desktop's files, validated by the desktop's own tools.
out=$(desktop-file-validate "$root/share/applications/org.ficelle.Centimes.desktop" 2>&1) && [ -z "$out" ] \
  && ok "desktop-file-validate" || fail "desktop-file-validate: $out"
out=$(appstreamcli validate --no-net "$root/share/metainfo/org.ficelle.Centimes.metainfo.xml" 2>&1) \
  && ok "appstreamcli validate --no-net: $(tail -n 1 <<<"$out")" || fail "appstreamcli validate: $out"

# The man pages: groff's every warning (-ww), UTF-8 input through preconv (-k).
for page in man/man6/ficelle.6 man/fr/man6/ficelle.6; do
  out=$(LC_ALL=C.UTF-8 groff -k -man -Tutf8 -ww -z "$root/share/$page" 2>&1) && [ -z "$out" ] \
    && ok "$page renders without a warning" || fail "$page: $out"
done

echo "install: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
