#!/usr/bin/env python3
"""tools/web/bench.py [SITE]: what the web's Centimes costs a reader.
Prints the size of each file the page loads, as sent compressed by a host
that gzips (the wasm, the JavaScript and the page; the story archive is a zip
already, sent as it is), and the time from the page's load to its first frame
in headless Chromium (median of RUNS=5, each in a new profile: the cold case,
nothing cached)."""

import gzip
import os
import statistics
import sys
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "../../tests/web"))
import browser  # noqa: E402
import test_web  # noqa: E402

# performance.now() counts from the navigation's start: the first frame is the
# first check that finds something drawn on the canvas.
DRAWN_JS = """(function () {
  if (typeof Module == 'undefined' || !Module.canvas) return 0;
  var c = Module.canvas, ctx = c.getContext('2d');
  if (!ctx || !c.width) return 0;
  var d = ctx.getImageData(0, 0, c.width, c.height).data;
  for (var i = 4; i < d.length; i += 4 * 97)
    if (d[i] != d[0] || d[i + 1] != d[1] || d[i + 2] != d[2]) return performance.now();
  return 0;
})()"""


def sizes(site):
    rows = []
    for name in ("index.html", "ficelle.js", "ficelle.wasm", "centimes.zip"):
        with open(os.path.join(site, name), "rb") as f:
            data = f.read()
        sent = len(data) if name.endswith(".zip") else len(gzip.compress(data, 9))
        rows.append((name, len(data), sent))
    return rows


def first_frame(site):
    server = test_web.serve(site)
    b = browser.Browser()
    try:
        b.open("http://127.0.0.1:%d/index.html" % server.server_address[1])
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            try:
                t = b.eval(DRAWN_JS)
            except browser.BrowserError:
                t = 0
            if t:
                return t / 1000
            time.sleep(0.02)
        raise browser.BrowserError("no frame in 120 s")
    finally:
        b.close()
        server.shutdown()


def main():
    site = sys.argv[1] if len(sys.argv) > 1 else "build-web/site"
    total = [0, 0]
    print("%-14s %12s %12s" % ("file", "bytes", "sent"))
    for name, size, sent in sizes(site):
        print("%-14s %12d %12d" % (name, size, sent))
        total[0] += size
        total[1] += sent
    print("%-14s %12d %12d" % ("total", total[0], total[1]))
    runs = [first_frame(site) for _ in range(int(os.environ.get("RUNS", "5")))]
    print("first frame: %.2f s (median of %d: %s)"
          % (statistics.median(runs), len(runs), " ".join("%.2f" % r for r in runs)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
