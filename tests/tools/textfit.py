#!/usr/bin/env python3
"""The text of a frame, as the window drew it: never under the smallest size,
inside the window, and readable on what it is drawn on.

    textfit.py [--boxes] [--stacked A B | --side-by-side A B] TRACE SHOT.png [MIN_PX]

TRACE is the window's text trace (FICELLE_TEXT_TRACE, engine/sdl/draw.h): its
last whole frame is the one on screen when the window is idle. SHOT is a
screenshot of the window alone (`import -window ID`), the same size. For each
run of text: its size is at least MIN_PX (12); its box lies inside the window;
and its ink against the colour most of its box has in the screenshot (the
paper it is drawn on) has a contrast of at least 4.5:1 (WCAG 2, AA; 3:1 for
large text, 24 px and more). --stacked A B: the run holding the text B is
under the one holding A (below it, and starting left of its end: not in a
column beside it); --side-by-side: on its right. --boxes: a run that
overlaps a button (the trace's "box" lines) lies inside it: no label
overflows its button. Prints the figures; exit 1 if a run fails."""
import collections
import subprocess
import sys

def last_frame(path, boxes=None):
    frame, runs, done, got = None, [], None, []
    with open(path, encoding="utf-8") as f:
        for line in f:
            w = line.split()
            if not w:
                continue
            if w[0] == "frame":
                frame, runs, got = (int(w[1]), int(w[2])), [], []
            elif w[0] == "text" and frame:
                runs.append((int(w[1]), int(w[2]), int(w[3]), int(w[4]), int(w[5]), w[6], int(w[7]),
                             line.rstrip("\n").split(" ", 8)[8] if len(w) > 8 else ""))
            elif w[0] == "box" and frame:
                got.append(tuple(int(v) for v in w[1:5]))
            elif w[0] == "end" and frame:
                done = (frame, runs)
                if boxes is not None:
                    boxes[:] = got
    return done

def read_png(path):
    ppm = subprocess.run(["convert", path, "-depth", "8", "ppm:-"], check=True,
                         capture_output=True).stdout
    # P6\nW H\n255\n then bytes (the header has no comments from convert)
    parts = ppm.split(b"\n", 3)
    w, h = map(int, parts[1].split())
    return w, h, parts[3]

def luminance(rgb):
    def channel(c):
        c = c / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4
    r, g, b = (channel(c) for c in rgb)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b

def contrast(a, b):
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)

def main():
    args = sys.argv[1:]
    stacked, boxes = None, None
    if args and args[0] == "--boxes":
        boxes = []
        args = args[1:]
    if args and args[0] in ("--stacked", "--side-by-side"):
        # --stacked A B: the run holding text B is below the one holding A;
        # --side-by-side A B: it is on its right
        stacked = (args[0] == "--stacked", args[1], args[2])
        args = args[3:]
    trace, shot = args[0], args[1]
    least = int(args[2]) if len(args) > 2 else 12
    got = last_frame(trace, boxes)
    if not got:
        print(f"textfit: no whole frame in {trace}")
        return 1
    (fw, fh), runs = got
    w, h, px = read_png(shot)
    if (w, h) != (fw, fh):
        print(f"textfit: the screenshot is {w}x{h}, the frame {fw}x{fh}")
        return 1
    bad = 0
    smallest = min((r[0] for r in runs), default=0)
    worst = (99.0, None)
    for size, x, y, rw, rh, ink, cut, _ in runs:
        if size < least:
            print(f"FAILED: text at {x},{y} is {size} px, under {least}")
            bad += 1
        if x < 0 or y < 0 or x + rw > fw or y + rh > fh:
            print(f"FAILED: text at {x},{y} ({rw}x{rh}) is out of the {fw}x{fh} window")
            bad += 1
            continue
        if cut:
            print(f"FAILED: text at {x},{y} ({rw}x{rh}) is cut by its panel")
            bad += 1
            continue
        # the paper: the commonest colour in the run's box
        counts = collections.Counter()
        for yy in range(y, y + rh):
            row = px[(yy * w + x) * 3:(yy * w + x + rw) * 3]
            counts.update(row[i:i + 3] for i in range(0, len(row), 3))
        if not counts:
            continue
        paper = tuple(counts.most_common(1)[0][0])
        r, g, b, a = (int(ink[i:i + 2], 16) for i in (0, 2, 4, 6))
        seen = tuple(round((c * a + p * (255 - a)) / 255) for c, p in zip((r, g, b), paper))
        c = contrast(seen, paper)
        need = 3.0 if size >= 24 else 4.5
        if c < need:
            print(f"FAILED: text at {x},{y} ({size} px): ink #{ink} on #{bytes(paper).hex()}: {c:.2f}:1, under {need}:1")
            bad += 1
        worst = min(worst, (c, f"#{ink} on #{bytes(paper).hex()} at {size} px"))
    over = 0
    for size, x, y, rw, rh, ink, cut, text in runs if boxes else ():
        for bx, by, bw, bh in boxes:
            overlaps = x < bx + bw and bx < x + rw and y < by + bh and by < y + rh
            inside = bx <= x and by <= y and x + rw <= bx + bw and y + rh <= by + bh
            if overlaps and not inside:
                print(f"FAILED: {text!r} at {x},{y} ({rw}x{rh}) overflows its button "
                      f"at {bx},{by} ({bw}x{bh})")
                over += 1
    bad += over
    if boxes is not None:
        print(f"textfit: {len(boxes)} buttons, {over} labels over an edge")
    if stacked:
        below, a_text, b_text = stacked
        a = next((r for r in runs if a_text in r[7]), None)
        b = next((r for r in runs if b_text in r[7]), None)
        if not a or not b:
            print(f"FAILED: no run holds {repr(b_text if a else a_text)}")
            bad += 1
        elif below and (b[2] < a[2] + a[4] or b[1] >= a[1] + a[3]):
            print(f"FAILED: {b_text!r} at {b[1]},{b[2]} is not under {a_text!r} "
                  f"({a[1]}..{a[1] + a[3]}, {a[2]}..{a[2] + a[4]})")
            bad += 1
        elif not below and b[1] < a[1] + a[3]:
            print(f"FAILED: {b_text!r} (x {b[1]}) is not right of {a_text!r} (x {a[1]}..{a[1] + a[3]})")
            bad += 1
        else:
            print(f"textfit: {b_text!r} at {b[1]},{b[2]} is {'below' if below else 'right of'} "
                  f"{a_text!r} at {a[1]},{a[2]}")
    print(f"textfit: {len(runs)} runs in {fw}x{fh}; smallest {smallest} px; "
          f"lowest contrast {worst[0]:.2f}:1 ({worst[1]})")
    return 1 if bad else 0

if __name__ == "__main__":
    sys.exit(main())
