#!/usr/bin/env bash
# Benchmark of the reader's window (not a test: it prints figures, it does not
# judge them). Starts the real binary under Xvfb several times and prints the
# medians of:
#   first frame     process start to the first frame presented (the chapter
#                   card of --chapter 1)
#   page, cold      laying out and drawing a full page with empty caches
#   page, warm      drawing it again (runs cached): the cost of a redraw
#   peak RSS        VmHWM once the first page is shown
#   idle CPU        CPU used over 10 s of a reader reading (no input)
# and where the start-up time goes (app_run: the story is open; sdl_init;
# fonts; window: window and renderer created; then the first frame).
#
#   tests/bench/run.sh [FICELLE] [RUNS]     (defaults: build/ficelle, 5)
set -uo pipefail
cd "$(dirname "$0")/../.."
ficelle=${1:-build/ficelle}
runs=${2:-5}
idle=${IDLE_SECONDS:-10}
for tool in Xvfb python3; do
  command -v "$tool" >/dev/null || { echo "bench: $tool missing"; exit 1; }
done
[ -x "$ficelle" ] || { echo "bench: no $ficelle (build first)"; exit 1; }

. tests/lib/xdisplay.sh
xdisplay_start bench || true
export SDL_AUDIODRIVER=dummy FICELLE_BENCH=1
hz=$(getconf CLK_TCK)

echo "run  first_frame_ms  page_cold_ms  page_warm_ms  peak_rss_mib  idle_cpu_%"
for run in $(seq "$runs"); do
  log="$tmp/run$run.log"
  export XDG_DATA_HOME="$tmp/data$run"
  t0=$(date +%s.%N)
  "$ficelle" --chapter 1 --width 1280 --height 720 2>"$log" >/dev/null &
  app_pid=$!
  for _ in $(seq 200); do grep -q '^bench: page_ready' "$log" && break; sleep 0.05; done
  sleep 0.5
  rss=$(awk '/^VmHWM/ { printf "%.1f", $2 / 1024 }' "/proc/$app_pid/status")
  c0=$(awk '{ print $14 + $15 }' "/proc/$app_pid/stat")
  sleep "$idle"
  c1=$(awk '{ print $14 + $15 }' "/proc/$app_pid/stat")
  kill "$app_pid"; wait "$app_pid" 2>/dev/null; app_pid=
  ff=$(awk -v t0="$t0" '/^bench: first_frame/ { printf "%.1f", ($3 - t0) * 1000 }' "$log")
  cold=$(awk '/^bench: layout_draw_cold_ms/ { print $3 }' "$log")
  warm=$(awk '/^bench: draw_warm_ms/ { print $3 }' "$log")
  cpu=$(awk -v a="$c0" -v b="$c1" -v hz="$hz" -v s="$idle" 'BEGIN { printf "%.2f", (b - a) * 100 / (hz * s) }')
  printf '%-4s %-15s %-13s %-13s %-13s %s\n' "$run" "$ff" "$cold" "$warm" "$rss" "$cpu" | tee -a "$tmp/table"
  awk -v t0="$t0" '/^bench: stage/ { printf "%s %.1f\n", $3, ($4 - t0) * 1000 }' "$log" >>"$tmp/stages"
done
python3 - "$tmp/stages" <<'EOF'
import collections, statistics, sys
at = collections.OrderedDict()
for line in open(sys.argv[1]):
    name, ms = line.split()
    at.setdefault(name, []).append(float(ms))
print("start-up, median ms after exec: " +
      ", ".join("%s %.1f" % (k, statistics.median(v)) for k, v in at.items()))
EOF
python3 - "$tmp/table" <<'EOF'
import statistics, sys
rows = [line.split() for line in open(sys.argv[1]) if line.strip()]
cols = list(zip(*rows))[1:]
med = [statistics.median(float(x) for x in c) for c in cols]
print("median first frame %.1f ms, page layout+draw %.2f ms cold / %.2f ms warm, "
      "peak RSS %.1f MiB, idle CPU %.2f %%" % tuple(med))
EOF
