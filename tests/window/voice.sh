#!/usr/bin/env bash
# Window test: self-voicing (V) through a real speech-dispatcher. The test runs
# a private speech-dispatcher (its own configuration, socket and logs in the
# test's folder) whose one output module is speech-dispatcher's `generic`
# module with a command that writes each text it is given to a file, instead
# of a synthesiser; libao's null driver stands for the sound card. The game
# reaches it through SPEECHD_ADDRESS, as any client of the service would.
# Asserted: V says it is on; the focused button is said; the chapter's card,
# the first line of the story, then the first choice's options reach the
# service; the setting is remembered (a second start speaks without V); V
# again stops it (nothing more is said).
#
#   tests/window/voice.sh FICELLE OUT_DIR
#
# Exit 77 (skipped) if Xvfb, xdotool, ImageMagick or speech-dispatcher is missing.
set -uo pipefail

ficelle=${1:?usage: voice.sh FICELLE OUT_DIR}
out=${2:?usage: voice.sh FICELLE OUT_DIR}
. "$(dirname "$0")/../lib/tally.sh"
needs voice Xvfb xdotool import speech-dispatcher
module_dir=/usr/lib/speech-dispatcher-modules
[ -x "$module_dir/sd_generic" ] || { echo "voice: $module_dir/sd_generic missing, skipped"; exit 77; }
mkdir -p "$out"
rm -f "$out"/*.png
. "$(dirname "$0")/../lib/xdisplay.sh"

xdisplay_start voice || true
export XDG_DATA_HOME="$tmp/data"
export SDL_AUDIODRIVER=dummy
unset WAYLAND_DISPLAY

# The speech service, private to this test.
said="$tmp/said.txt"
conf="$tmp/speechd"
mkdir -p "$conf/modules" "$tmp/speechd-log" "$tmp/home"
cat >"$conf/speechd.conf" <<CONF
CommunicationMethod "unix_socket"
LogLevel 3
LogDir "$tmp/speechd-log"
AudioOutputMethod "libao"
AddModule "record" "sd_generic" "record.conf"
DefaultModule "record"
DefaultLanguage "fr"
CONF
# Each text on a line of its own, after the seconds that $tmp/delay says (a
# synthesiser's time: a text cancelled meanwhile is never written), not cut at punctuation (the module cuts
# only texts longer than its chunk, 300 bytes by default).
cat >"$conf/modules/record.conf" <<CONF
GenericExecuteSynth "sleep \$(cat $tmp/delay); printf '%s\\\\n' \\'\$DATA\\' >> $said"
GenericDelimiters "~"
GenericLanguage "fr" "fr" "utf-8"
GenericLanguage "en" "en" "utf-8"
AddVoice "fr" "MALE1" "fr"
AddVoice "en" "MALE1" "en"
DefaultVoice "fr"
CONF
echo "default_driver=null" >"$tmp/home/.libao"
echo 0 >"$tmp/delay"
HOME="$tmp/home" speech-dispatcher -s -t 0 -C "$conf" -m "$module_dir" -c unix_socket \
  -S "$tmp/speechd.sock" -P "$tmp/speechd.pid" -L "$tmp/speechd-log" >"$tmp/speechd.out" 2>&1 &
speechd_pid=$!
trap '[ -n "$speechd_pid" ] && kill "$speechd_pid" 2>/dev/null; cleanup' EXIT
for _ in $(seq 50); do [ -S "$tmp/speechd.sock" ] && break; sleep 0.1; done
[ -S "$tmp/speechd.sock" ] || { echo "voice: speech-dispatcher did not start"; cat "$tmp/speechd.out" "$tmp"/speechd-log/*; exit 1; }
export SPEECHD_ADDRESS="unix_socket:$tmp/speechd.sock"

shot() { import -window root "$out/$1.png"; }
key() { xdotool key "$@"; sleep 0.6; }
start() {
  SPEECHD_ADDRESS=${SPEECHD_ADDRESS:-} "$ficelle" --width 1024 --height 640 >>"$tmp/ficelle.log" 2>&1 &
  app_pid=$!
  wait_window || { echo "voice: no window"; cat "$tmp/ficelle.log"; exit 1; }
  xdotool mousemove --window "$wid" 5 5 windowfocus --sync "$wid" 2>/dev/null
  sleep 1
}
stop() {
  kill -TERM "$app_pid" 2>/dev/null
  for _ in $(seq 50); do kill -0 "$app_pid" 2>/dev/null || break; sleep 0.1; done
  app_pid=
}
# heard WHAT TEXT: the service was given a text holding TEXT (2 s to come).
heard() {
  for _ in $(seq 20); do
    grep -qF -- "$2" "$said" 2>/dev/null && { ok "$1 said: $(grep -F -- "$2" "$said" | tail -n 1)"; return; }
    sleep 0.1
  done
  fail "$1 not said (\"$2\"); the service got: $(tr '\n' '|' <"$said" 2>/dev/null)"
}
# Lines the service got so far.
count() { [ -f "$said" ] && wc -l <"$said" || echo 0; }

# 1. On the title, V turns it on and says so; Enter puts the focus on the
#    first button, which is said.
start
key v
heard "V" "Voix activée"
shot 1-voice-on
key Return
heard "the focused button" "Nouvelle partie"
# 2. The chapter's card, then the first line of the story.
key Return
sleep 1
heard "the chapter card" "Chapitre 1"
key Return
sleep 1
heard "the first line" "Creil, dans l’Oise"
# 3. Read on to the first choice (Enter never takes it): its options.
for _ in $(seq 30); do
  grep -qF "Faire d’abord le café" "$said" 2>/dev/null && break
  key Return
done
heard "the choice's first option" "Se connecter tout de suite"
heard "the choice's second option" "Faire d’abord le café"
shot 2-choice
# The options came as one text, numbered, after the line before them.
grep -F "Se connecter tout de suite" "$said" | grep -qF "Faire d’abord le café" \
  && ok "the options are said together" || fail "the options are not one text"
stop

# 4. Remembered: started again, the game speaks with no V pressed.
grep -q '"voice": true' "$XDG_DATA_HOME"/*/settings.json 2>/dev/null \
  && ok "settings.json keeps voice on" || fail "settings.json: $(cat "$XDG_DATA_HOME"/*/settings.json 2>/dev/null)"
before=$(count)
start
key Return
heard "after a restart, the focused button" "Continuer — chapitre 1"
[ "$(count)" -gt "$before" ] && ok "spoken again after a restart" || fail "silent after a restart"
# 5. V again: off, and nothing more is said (Down moves the focus).
key v
sleep 1
n=$(count)
key Down
key Down
sleep 1
[ "$(count)" -eq "$n" ] && ok "V turned it off: nothing said after" \
  || fail "still speaking after V: $(tail -n 2 "$said" | tr '\n' '|')"
stop


# 6. A reader who moves on cancels what was being said: with a synthesiser
#    that takes 2 s a text, three lines read in a second leave only the last.
echo 2 >"$tmp/delay"
start
key v
key Return; key Return; sleep 1   # Continue: back at the choice
key 1; sleep 0.5                  # its first option: the lines after it
: >"$said"
for _ in 1 2 3 4 5 6; do xdotool key Return; sleep 0.25; done
sleep 3
n=$(count)
[ "$n" -eq 1 ] && ok "read on quickly: only the last text is said ($(cat "$said"))" \
  || fail "read on quickly: $n texts said, not 1: $(tr '\n' '|' <"$said")"
key v
stop
echo 0 >"$tmp/delay"

# 7. No service there: the reader is told, the game goes on.
SPEECHD_ADDRESS="unix_socket:$tmp/nobody.sock" start
key v
sleep 1.5
shot 3-unreached
grep -q 'ficelle: speech-dispatcher:' "$tmp/ficelle.log" \
  && ok "no service: $(grep 'ficelle: speech-dispatcher:' "$tmp/ficelle.log" | head -n 1)" \
  || fail "no service, and nothing said about it: $(cat "$tmp/ficelle.log")"
kill -0 "$app_pid" 2>/dev/null && ok "the game goes on without the service" || fail "the game died"
stop

finish voice
