#!/usr/bin/env python3
"""The palettes' text is readable: every colour text is drawn in, on every
background it is drawn on, has a contrast of at least 4.5:1 (WCAG 2's level
AA for body text; 7:1 for the high-contrast palette, its level AAA), the
colours the story gives its speakers ("speakers") included."""
import glob
import json
import os
import sys

src = os.environ["SOURCE_ROOT"]

def luminance(hex_colour):
    h = hex_colour.lstrip("#")
    if len(h) == 3:
        h = "".join(c * 2 for c in h)
    def channel(c):
        c = int(c, 16) / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4
    r, g, b = (channel(h[i:i + 2]) for i in (0, 2, 4))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b

def contrast(a, b):
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)

# What the panels draw text in, and on what (engine/sdl: ui.c, panel_*.c, screen.c).
INKS = ("text", "dim", "accent", "focus", "error", "brand")
PAPERS = ("bg", "panel", "raised")
bad = 0
for path in sorted(glob.glob(f"{src}/assets/palettes/*.json")):
    name = os.path.basename(path)[:-5]
    p = json.load(open(path, encoding="utf-8"))
    need = 7.0 if name == "contrast" else 4.5
    pairs = [(i, q) for i in INKS for q in PAPERS if i in p and q in p] + [("on_accent", "accent")]
    # the story's colour per speaker (names, drawn on the same grounds)
    for who, colour in p.get("speakers", {}).items():
        if not who.startswith("_"):
            p["speaker " + who] = colour
            pairs += [("speaker " + who, q) for q in PAPERS if q in p]
    worst = min((contrast(p[i], p[q]), i, q) for i, q in pairs)
    for i, q in pairs:
        c = contrast(p[i], p[q])
        if c < need:
            print(f"FAILED: {name}: {i} {p[i]} on {q} {p[q]}: {c:.2f}:1, under {need}:1")
            bad += 1
    print(f"contrast: {name}: the lowest is {worst[1]} on {worst[2]}, {worst[0]:.2f}:1")
sys.exit(1 if bad else 0)
