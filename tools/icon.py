#!/usr/bin/env python3
"""Draws Ficelle's icon from the shapes below: no bitmap is kept in the tree.

    icon.py OUT.png SIZE     a square PNG, SIZE pixels wide
    icon.py OUT.svg          the same shapes as an SVG

The emblem: a coin (the centimes) on the engine's ink, a thread (la ficelle)
running across it, in the colours of assets/palettes/title.json. Shapes are
given in a 256-unit square; each pixel's coverage comes from its signed
distance to the shape (antialiased edges without supersampling), and the PNG
is written by hand (zlib), so the build needs nothing beyond Python."""

import math
import struct
import sys
import zlib

INK, ACCENT, DEEP, PAPER = "#14161b", "#d9a05b", "#9c6a30", "#ede6d8"
CARD = (16, 16, 240, 240, 44)             # x0, y0, x1, y1, corner radius
COIN = (150, 104, 66)                     # cx, cy, r
RING = (150, 104, 48, 7)                  # cx, cy, r, stroke width
THREAD = ((34, 206), (96, 96), (150, 250), (222, 150))   # cubic Bezier
THREAD_WIDTH = 13


def rgb(colour):
    return tuple(int(colour[i:i + 2], 16) for i in (1, 3, 5))


def thread_points(n=32):
    (x0, y0), (x1, y1), (x2, y2), (x3, y3) = THREAD
    out = []
    for i in range(n + 1):
        t = i / n
        u = 1 - t
        out.append((u * u * u * x0 + 3 * u * u * t * x1 + 3 * u * t * t * x2 + t * t * t * x3,
                    u * u * u * y0 + 3 * u * u * t * y1 + 3 * u * t * t * y2 + t * t * t * y3))
    return out


def sd_card(x, y):
    x0, y0, x1, y1, r = CARD
    cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
    qx = abs(x - cx) - ((x1 - x0) / 2 - r)
    qy = abs(y - cy) - ((y1 - y0) / 2 - r)
    return math.hypot(max(qx, 0), max(qy, 0)) + min(max(qx, qy), 0) - r


def sd_coin(x, y):
    cx, cy, r = COIN
    return math.hypot(x - cx, y - cy) - r


def sd_ring(x, y):
    cx, cy, r, w = RING
    return abs(math.hypot(x - cx, y - cy) - r) - w / 2


def sd_thread(x, y, segments):
    best = 1e9
    for (ax, ay), (bx, by) in segments:
        dx, dy = bx - ax, by - ay
        t = max(0.0, min(1.0, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)))
        best = min(best, math.hypot(x - ax - t * dx, y - ay - t * dy))
    return best - THREAD_WIDTH / 2


def render(size):
    """Rows of RGBA bytes, the shapes painted over a transparent square."""
    pts = thread_points()
    segments = list(zip(pts, pts[1:]))
    layers = ((sd_card, rgb(INK)), (sd_coin, rgb(ACCENT)), (sd_ring, rgb(DEEP)),
              (lambda x, y: sd_thread(x, y, segments), rgb(PAPER)))
    unit = 256 / size    # units per pixel
    rows = []
    for py in range(size):
        row = bytearray()
        for px in range(size):
            x, y = (px + 0.5) * unit, (py + 0.5) * unit
            r = g = b = a = 0.0
            for sd, (cr, cg, cb) in layers:
                cover = min(1.0, max(0.0, 0.5 - sd(x, y) / unit))
                if cover == 0:
                    continue
                # Premultiplied "over".
                r = cr * cover + r * (1 - cover)
                g = cg * cover + g * (1 - cover)
                b = cb * cover + b * (1 - cover)
                a = cover + a * (1 - cover)
            if a > 0:
                row += bytes((round(r / a), round(g / a), round(b / a), round(a * 255)))
            else:
                row += bytes(4)
        rows.append(bytes(row))
    return rows


def write_png(path, size):
    def chunk(kind, data):
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))
    raw = b"".join(b"\0" + row for row in render(size))
    with open(path, "wb") as f:
        f.write(b"\x89PNG\r\n\x1a\n")
        f.write(chunk(b"IHDR", struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0)))
        f.write(chunk(b"IDAT", zlib.compress(raw, 9)))
        f.write(chunk(b"IEND", b""))


def write_svg(path):
    x0, y0, x1, y1, r = CARD
    (ax, ay), (bx, by), (cx, cy), (dx, dy) = THREAD
    with open(path, "w", encoding="utf-8") as f:
        f.write('<?xml version="1.0" encoding="UTF-8"?>\n'
                '<svg xmlns="http://www.w3.org/2000/svg" width="256" height="256" '
                'viewBox="0 0 256 256">\n')
        f.write('  <rect x="%g" y="%g" width="%g" height="%g" rx="%g" fill="%s"/>\n'
                % (x0, y0, x1 - x0, y1 - y0, r, INK))
        f.write('  <circle cx="%g" cy="%g" r="%g" fill="%s"/>\n' % (*COIN, ACCENT))
        f.write('  <circle cx="%g" cy="%g" r="%g" fill="none" stroke="%s" stroke-width="%g"/>\n'
                % (*RING[:3], DEEP, RING[3]))
        f.write('  <path d="M%g %g C%g %g %g %g %g %g" fill="none" stroke="%s" '
                'stroke-width="%g" stroke-linecap="round"/>\n'
                % (ax, ay, bx, by, cx, cy, dx, dy, PAPER, THREAD_WIDTH))
        f.write('</svg>\n')


def main(argv):
    if len(argv) == 2 and argv[1].endswith(".svg"):
        write_svg(argv[1])
    elif len(argv) == 3 and argv[1].endswith(".png") and argv[2].isdigit():
        write_png(argv[1], int(argv[2]))
    else:
        sys.stderr.write(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
