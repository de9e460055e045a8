#!/usr/bin/env python3
"""Centimes in a browser (issue 14): serves build-web/site/ on 127.0.0.1 and
reads it in headless Chromium. The title appears (its frame is not blank),
keys advance to the first choice, a choice is taken (the autosave is written
and kept in IndexedDB), the page is reloaded and Continue comes back to the
same line (the engine's text trace), V has the page speak, and a reader's
mod that fails shows the error screen; Quit leaves the page's line to read
again.
Usage: test_web.py SITE_DIR (build-web/site). TAP output."""

import functools
import http.server
import os
import sys
import threading
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import browser  # noqa: E402

# What the canvas holds, computed in the page: its size, how many distinct
# colours a sample of its pixels has, and the pixels themselves as one number
# a row, to compare two frames.
FRAME_JS = """(function () {
  var c = Module.canvas, ctx = c.getContext('2d');
  if (!ctx || !c.width) return null;
  var d = ctx.getImageData(0, 0, c.width, c.height).data, rows = [], colours = {};
  for (var y = 0; y < c.height; y++) {
    var h = 0;
    for (var x = 0; x < c.width; x++) {
      var i = (y * c.width + x) * 4, v = d[i] << 16 | d[i + 1] << 8 | d[i + 2];
      h = (h * 31 + v) | 0;
      if ((x & 7) == 0 && (y & 7) == 0) colours[v] = 1;
    }
    rows.push(h);
  }
  return {w: c.width, h: c.height, colours: Object.keys(colours).length, rows: rows};
})()"""

AUTOSAVE_JS = """(function () {
  function find(dir) {
    var names;
    try { names = FS.readdir(dir); } catch (e) { return null; }
    for (var i = 0; i < names.length; i++) {
      var n = names[i], p = dir + '/' + n;
      if (n == '.' || n == '..') continue;
      if (n == 'auto.sav') return p;
      if (FS.isDir(FS.stat(p).mode)) { var f = find(p); if (f) return f; }
    }
    return null;
  }
  return find('/ficelle');
})()"""

# The engine's text trace (engine/sdl/draw.h), written in the page's memory.
TRACE = "/ficelle-trace.txt"
TRACE_JS = "(function(){try{return FS.readFile('%s',{encoding:'utf8'})}catch(e){return ''}})()" % TRACE


def last_lines(b, n=3):
    """The last n lines of the story's text in the last frame drawn: the runs
    before the quick menu's buttons (the first box), the frame's heading and
    the menu left out."""
    frame = b.eval(TRACE_JS).rsplit("\nframe ", 1)[-1].split("\n")
    runs = []
    for line in frame:
        if line.startswith("box "):
            break
        if line.startswith("text "):
            runs.append(line.split(" ", 8)[8])
    return runs[1:][-n:]


def all_runs(b):
    """Every run of text in the last frame drawn."""
    frame = b.eval(TRACE_JS).rsplit("\nframe ", 1)[-1].split("\n")
    return [line.split(" ", 8)[8] for line in frame if line.startswith("text ")]


# A mod in the reader's folder, over chapter 1: its first scene fails. The
# autosave goes, so that the title's first item starts a new game.
MOD_ERROR = "story/ch01_lundi.lua:3: en panne"
MOD_JS = """(function () {
  var dir = '/ficelle/centimes/mods/panne/story';
  FS.mkdirTree(dir);
  FS.writeFile(dir + '/ch01_lundi.lua', 'chapter { id = "ch01", number = 1, side = "yacine",'
    + ' title = "Lundi", start = "ch01.panne" }\\n'
    + 'scene("ch01.panne", function()\\n  error("en panne")\\nend)\\n');
  FS.unlink('/ficelle/centimes/saves/auto.sav');
  var n = ficelle.synced;
  Module.ficelleSync();
  return n;
})()"""

def settled_lines(b, timeout=20):
    """last_lines once the text has stopped typing: the same a second apart."""
    seen = last_lines(b)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        time.sleep(1)
        now = last_lines(b)
        if now == seen:
            return now
        seen = now
    return seen


def click_text(b, text):
    """A click in the middle of the run of text that is text (last frame); the
    canvas fills the page, its pixels are the page's."""
    frame = b.eval(TRACE_JS).rsplit("\nframe ", 1)[-1].split("\n")
    for line in frame:
        f = line.split(" ", 8)
        if line.startswith("text ") and f[8] == text:
            x, y, w, h = map(int, f[2:6])
            b.click(x + w // 2, y + h // 2)
            return True
    raise browser.BrowserError("%r is not on screen" % text)


checks = 0
failed = 0


def check(cond, what):
    global checks, failed
    checks += 1
    if not cond:
        failed += 1
    print("%s %d - %s" % ("ok" if cond else "not ok", checks, what), flush=True)
    return cond


def rows_differing(a, b):
    if not a or not b or a["w"] != b["w"] or a["h"] != b["h"]:
        return None
    return sum(1 for x, y in zip(a["rows"], b["rows"]) if x != y)


def settle(b, seconds=1.5):
    """The frame once the engine has drawn what a key asked (typing included)."""
    time.sleep(seconds)
    return b.eval(FRAME_JS)


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


def serve(site):
    handler = functools.partial(QuietHandler, directory=site)
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def main():
    site = sys.argv[1] if len(sys.argv) > 1 else "build-web/site"
    shots = os.environ.get("WEB_SHOTS", "")
    if not os.path.exists(os.path.join(site, "ficelle.wasm")):
        print("1..0 # SKIP no web build in %s (./run.sh web)" % site)
        return 0
    print("1..10", flush=True)
    server = serve(site)
    url = "http://127.0.0.1:%d/index.html" % server.server_address[1]
    b = browser.Browser()
    try:
        b.open(url, env={"FICELLE_TEXT_TRACE": TRACE})
        # 1. The title: a frame with more than a background in it.
        b.wait_for("typeof Module != 'undefined' && Module.calledRun", 120)
        b.wait_for("(function(){var f=%s;return f&&f.colours>2})()" % FRAME_JS, 60)
        title = settle(b)
        if shots:
            b.screenshot(os.path.join(shots, "web-title.png"))
        check(title and title["colours"] > 2,
              "the title is drawn (%s colours)" % (title and title["colours"]))
        # 2. Enter, Enter: New game; the chapter card, then its first page.
        b.key("Enter", "Enter", 13)
        b.key("Enter", "Enter", 13)
        time.sleep(0.5)
        b.key("Enter", "Enter", 13)
        page = settle(b)
        n = rows_differing(title, page)
        check(n and n > 20, "keys start a game: the page differs from the title (%s rows)" % n)
        # 3. Read on until a choice comes; take option 1: the autosave.
        saved = None
        for _ in range(60):
            b.key(" ", "Space", 32)
            b.key("1", "Digit1", 49)
            time.sleep(0.2)
            saved = b.eval(AUTOSAVE_JS)
            if saved:
                break
        check(saved, "a choice was taken (%s written)" % saved)
        # 4. ... and kept in IndexedDB before the page goes.
        kept = b.wait_for("ficelle.synced > 0 && !ficelle.syncing", 20) if saved else False
        check(kept, "the reader's folder was written back to IndexedDB")
        before = settled_lines(b)
        if shots:
            b.screenshot(os.path.join(shots, "web-choice.png"))
        # 5. Reload: the title again, which offers Continue.
        b.reload()
        time.sleep(1)
        b.wait_for("typeof Module != 'undefined' && Module.calledRun", 120)
        b.wait_for("(function(){var f=%s;return f&&f.colours>2})()" % FRAME_JS, 60)
        check(b.eval(AUTOSAVE_JS) == saved, "after a reload the autosave is still there")
        again = settle(b)
        n = rows_differing(title, again)
        check(n and n > 0, "the title now offers Continue (%s rows differ)" % n)
        # 6. Continue: the same line as before the reload.
        b.key("Enter", "Enter", 13)
        b.key("Enter", "Enter", 13)
        time.sleep(2)
        back_lines = settled_lines(b)
        if shots:
            b.screenshot(os.path.join(shots, "web-continued.png"))
        # (the same lines; the last one as far as it had been typed before)
        same = (before and len(back_lines) == len(before) and back_lines[:-1] == before[:-1]
                and back_lines[-1].startswith(before[-1]))
        check(same,
              "Continue comes back to the same line (%r, before the reload %r)"
              % (back_lines[-1:], before[-1:]))
        # 7. Self-voicing (V): the page's speech API is given the line.
        b.key("v", "KeyV", 86)
        said = b.wait_for("ficelle.said.length > 0 && ficelle.said", 10)
        check(said, "V: the browser is asked to say %r" % (said and said[-1]))
        # 8. A reader's mod (kept in IndexedDB) whose first scene fails: the
        # error screen names the file, the line and the message.
        n = b.eval(MOD_JS)
        b.wait_for("ficelle.synced > %d && !ficelle.syncing" % n, 20)
        b.reload()
        time.sleep(1)
        b.wait_for("typeof Module != 'undefined' && Module.calledRun", 120)
        b.wait_for("(function(){var f=%s;return f&&f.colours>2})()" % FRAME_JS, 60)
        time.sleep(1)
        # New game, then the chapter's card: a key at a time, each given its time.
        shown = None
        for _ in range(4):
            b.key("Enter", "Enter", 13)
            for _ in range(6):
                time.sleep(0.5)
                shown = [r for r in all_runs(b) if MOD_ERROR in r]
                if shown:
                    break
            if shown:
                break
        if shots:
            b.screenshot(os.path.join(shots, "web-error.png"))
        if not check(shown, "a mod's error: the error screen shows %r" % (shown and shown[0])):
            print("# on screen: %r" % all_runs(b))
            for line in b.console()[-10:]:
                print("# " + line)
        # 9. Its title screen, then Quit: the page says so and offers to read again.
        click_text(b, "Écran titre")
        time.sleep(1.5)
        click_text(b, "Quitter")
        try:
            stopped = b.wait_for("ficelle.stopped && document.getElementById('status').textContent",
                                 20)
        except browser.BrowserError:
            stopped = None
        if not check(stopped and "reprendre la lecture" in stopped, "Quit: the page says %r" % stopped):
            print("# on screen: %r" % all_runs(b))
    except browser.BrowserError as e:
        check(False, "the browser: %s" % e)
        for line in b.console()[-20:]:
            print("# " + line)
    finally:
        b.close()
        server.shutdown()
    print("%d passed, %d failed" % (checks - failed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
