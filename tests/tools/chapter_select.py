#!/usr/bin/env python3
"""The chapter select as the window drew it (its text trace, FICELLE_TEXT_TRACE,
engine/sdl/draw.h), against the chapters the story's files declare.

    chapter_select.py STORY_DIR TRACE rows
    chapter_select.py STORY_DIR TRACE pane N

rows: the last whole frame lists every chapter ("N. Title"); prints, a line
each, "N X Y", the middle of its row's text (where to point the mouse).
pane N: the last whole frame shows chapter N's pane (its "Chapitre N"
heading) and every one of its presets (a label wrapped in its button is
read across its lines); every run of text lies inside the window, and a run
that overlaps a button lies inside it. Exit 1 with the reason otherwise."""
import pathlib
import re
import sys

sys.path.insert(0, str(pathlib.Path(__file__).parent))
from textfit import last_frame  # the trace's last whole frame, read once

def chapters(story):
    """{number: (title, [preset labels])} from story/ch*.lua."""
    found = {}
    for path in sorted(pathlib.Path(story).glob("ch*.lua")):
        src = path.read_text(encoding="utf-8")
        head = re.search(r'number\s*=\s*(\d+).*?title\s*=\s*"([^"]*)"', src)
        if not head:
            continue
        presets = []
        start = re.search(r'\bpresets\s*=\s*\{', src)
        if start:   # the table, to its closing brace (strings hold none here)
            depth, at = 1, start.end()
            while depth and at < len(src):
                depth += {"{": 1, "}": -1}.get(src[at], 0)
                at += 1
            presets = re.findall(r'\{\s*"((?:[^"\\]|\\.)*)"', src[start.end():at])
        found[int(head.group(1))] = (head.group(2), presets)
    return found

def squeeze(s):
    return re.sub(r"\s+", "", s)

def main():
    story, trace, what = sys.argv[1:4]
    known = chapters(story)
    boxes = []
    got = last_frame(trace, boxes)
    if not known or not got:
        print(f"chapter_select: no chapters in {story}" if not known else f"no frame in {trace}")
        return 1
    (fw, fh), drawn_runs = got
    runs = [(x, y, w, h, text) for _, x, y, w, h, _, _, text in drawn_runs]
    if what == "rows":
        bad = 0
        for n, (title, _) in sorted(known.items()):
            row = next((r for r in runs if r[4] == f"{n}. {title}"), None)
            if not row:
                print(f"FAILED: chapter {n} ({title!r}) is not in the list")
                bad += 1
            else:
                print(n, row[0] + row[2] // 2, row[1] + row[3] // 2)
        return 1 if bad else 0
    n = int(sys.argv[4])
    title, presets = known[n]
    bad = []
    if not any(re.match(rf"\S+ {n} ·", r[4]) for r in runs):
        bad.append(f"no pane for chapter {n}")
    drawn = squeeze("".join(r[4] for r in runs))
    bad += [f"chapter {n}'s preset {p!r} is not drawn" for p in presets if squeeze(p) not in drawn]
    for x, y, w, h, text in runs:
        if x < 0 or y < 0 or x + w > fw or y + h > fh:
            bad.append(f"{text!r} at {x},{y} ({w}x{h}) is out of the {fw}x{fh} window")
        for bx, by, bw, bh in boxes:
            overlaps = x < bx + bw and bx < x + w and y < by + bh and by < y + h
            inside = bx <= x and by <= y and x + w <= bx + bw and y + h <= by + bh
            if overlaps and not inside:
                bad.append(f"{text!r} at {x},{y} ({w}x{h}) overflows its button at "
                           f"{bx},{by} ({bw}x{bh})")
    for b in bad:
        print("FAILED:", b)
    if not bad:
        print(f"chapter {n}: its pane and {len(presets)} presets, {len(boxes)} buttons")
    return 1 if bad else 0

sys.exit(main())
