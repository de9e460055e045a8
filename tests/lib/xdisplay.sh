# Sourced by the window test and the bench: a virtual X display of our own
# (Xvfb picks a free number; XDISPLAY_SCREEN: its size, 1280x800x24 by
# default) with a small window manager when there is one,
# and a cleanup at exit that stops the game, the window manager and Xvfb.
# Defines tmp (a scratch folder) and app_pid (the caller's game, to stop).
tmp=$(mktemp -d)
xvfb_pid= wm_pid= app_pid=
cleanup() {
  [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null
  [ -n "$wm_pid" ] && kill "$wm_pid" 2>/dev/null
  [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null
  rm -rf "$tmp"
}
trap cleanup EXIT

# xdisplay_start NAME [WM]: sets DISPLAY; WM "none" runs no window manager.
# Returns 1 if it runs without one (X then has no fullscreen); it checks that
# the window manager is up with xprop (x11-utils) when there is one.
xdisplay_start() {
  local try up
  # A server that named its display and is gone by the time a client comes
  # (a fresh machine's run once lost one: "can't open display") is started
  # again, three times at most.
  for try in 1 2 3; do
    : >"$tmp/display"
    Xvfb -displayfd 3 -screen 0 "${XDISPLAY_SCREEN:-1280x800x24}" -nolisten tcp 3>"$tmp/display" 2>"$tmp/xvfb.log" &
    xvfb_pid=$!
    for _ in $(seq 50); do [ -s "$tmp/display" ] && break; sleep 0.1; done
    [ -s "$tmp/display" ] || { echo "$1: Xvfb did not start"; cat "$tmp/xvfb.log"; exit 1; }
    export DISPLAY=":$(head -n 1 "$tmp/display")"
    up=
    command -v xdotool >/dev/null || { up=1; break; } # (no client to ask with)
    for _ in $(seq 20); do
      xdotool getdisplaygeometry >/dev/null 2>&1 && { up=1; break; }
      sleep 0.1
    done
    [ -n "$up" ] && break
    echo "$1: Xvfb on $DISPLAY does not answer (try $try): $(cat "$tmp/xvfb.log")"
    kill "$xvfb_pid" 2>/dev/null
    xvfb_pid=
  done
  [ -n "$up" ] || exit 1
  if [ "${2:-evilwm}" != none ] && command -v evilwm >/dev/null; then
    # -fn fixed: evilwm's default font ("variable") comes with xfonts-base;
    # without it evilwm exits at once. "fixed" is built into the X server.
    evilwm -fn fixed -snap 0 >"$tmp/wm.log" 2>&1 &
    wm_pid=$!
    # Up once it has claimed the screen (its EWMH check window on the root);
    # without xprop, if it is still running half a second later.
    if command -v xprop >/dev/null; then
      for _ in $(seq 50); do
        xprop -root _NET_SUPPORTING_WM_CHECK 2>/dev/null | grep -q 'window id' && return 0
        kill -0 "$wm_pid" 2>/dev/null || break
        sleep 0.1
      done
    else
      sleep 0.5
      kill -0 "$wm_pid" 2>/dev/null && return 0
    fi
    echo "$1: evilwm did not start: $(cat "$tmp/wm.log")"
    kill "$wm_pid" 2>/dev/null
    wm_pid=
  fi
  return 1
}

# wait_window: waits (30 s at most: a loaded machine is slow to map it) for the game started as $app_pid to show
# its window "Centimes"; sets wid ("" if it never came, or the game died).
wait_window() {
  wid=
  for _ in $(seq 300); do
    wid=$(xdotool search --onlyvisible --name '^Centimes$' 2>/dev/null | head -n 1)
    [ -n "$wid" ] && return 0
    kill -0 "$app_pid" 2>/dev/null || return 1
    sleep 0.1
  done
  return 1
}

# With $out the screenshots' folder and ok/fail (tally.sh) defined:
# Pixels that differ between two screenshots (ImageMagick's AE metric).
differs() {
  local n; n=$(compare -metric AE -fuzz 5% "$out/$1.png" "$out/$2.png" null: 2>&1 | cut -d' ' -f1)
  awk -v n="$n" 'BEGIN { exit !(n + 0 > 800) }' && ok "$2 differs from $1 ($n pixels)" \
    || fail "$2 does not differ from $1 ($n pixels)"
}
# The same screen twice: a page given back as it was (at most a few pixels of
# a cursor or antialiasing apart).
same() {
  local n; n=$(compare -metric AE -fuzz 5% "$out/$1.png" "$out/$2.png" null: 2>&1 | cut -d' ' -f1)
  awk -v n="$n" 'BEGIN { exit !(n + 0 <= 50) }' && ok "$2 is $1 again ($n pixels differ)" \
    || fail "$2 is not $1 again ($n pixels differ)"
}
