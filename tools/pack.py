#!/usr/bin/env python3
"""Packs Centimes into one zip archive, reproducibly.

    pack.py SOURCE_ROOT OUT.zip [--depfile OUT.d]

Writes the archive and, with --depfile, a Makefile-style list of what it
read for the build: every file packed, the fonts and their licences, and
every folder walked (a file added to a folder changes the folder's date,
so a new scene repacks too).

Entries are sorted, dated 1980-01-01 and stored with fixed permissions, so two
builds of the same tree give the same bytes. The fonts come from Debian's font
packages, each with its licence (the package's copyright file)."""

import os
import sys
import zipfile

FOLDERS = ("story", "lua", "assets")
FONTS = {
    # archive name: (Debian path, package)
    "EBGaramond-Regular.otf": ("/usr/share/fonts/opentype/ebgaramond/EBGaramond12-Regular.otf", "fonts-ebgaramond"),
    "EBGaramond-Italic.otf": ("/usr/share/fonts/opentype/ebgaramond/EBGaramond12-Italic.otf", "fonts-ebgaramond"),
    "EBGaramond-Bold.otf": ("/usr/share/fonts/opentype/ebgaramond/EBGaramond12-Bold.otf", "fonts-ebgaramond"),
    "Inter-Regular.otf": ("/usr/share/fonts/opentype/inter/Inter-Regular.otf", "fonts-inter"),
    "Inter-SemiBold.otf": ("/usr/share/fonts/opentype/inter/Inter-SemiBold.otf", "fonts-inter"),
    "JetBrainsMono-Regular.ttf": ("/usr/share/fonts/truetype/jetbrains-mono/JetBrainsMono-Regular.ttf", "fonts-jetbrains-mono"),
    "OpenDyslexic-Regular.otf": ("/usr/share/fonts/opentype/opendyslexic/OpenDyslexic-Regular.otf", "fonts-opendyslexic"),
    # the fallback for emoji and symbols the others lack (engine/sdl/font.c)
    "Symbola.ttf": ("/usr/share/fonts/truetype/ancient-scripts/Symbola_hint.ttf", "fonts-symbola"),
}
EPOCH = (1980, 1, 1, 0, 0, 0)


def entries(root, folders=None):
    """(archive name, file path) for every file to pack, sorted by name.
    The folders walked are appended to `folders` if given."""
    out = []
    for folder in FOLDERS:
        base = os.path.join(root, folder)
        for dirpath, dirnames, filenames in os.walk(base):
            dirnames.sort()
            if folders is not None:
                folders.append(dirpath)
            for name in filenames:
                if name.startswith(".") or name.endswith(("~", ".tmp", ".swp")):
                    continue
                path = os.path.join(dirpath, name)
                out.append((os.path.relpath(path, root).replace(os.sep, "/"), path))
    packages = set()
    for name, (path, package) in FONTS.items():
        out.append(("assets/fonts/" + name, path))
        packages.add(package)
    for package in packages:
        out.append(("assets/fonts/LICENSE-%s.txt" % package,
                    "/usr/share/doc/%s/copyright" % package))
    return sorted(out)


def make_escape(path):
    """A path as a Makefile (and ninja's depfile reader) wants it."""
    return path.replace("\\", "\\\\").replace(" ", "\\ ").replace("#", "\\#").replace("$", "$$")


def pack(root, target, depfile=None):
    folders = []
    files = entries(root, folders)
    tmp = target + ".tmp"
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as zf:
        for name, path in files:
            info = zipfile.ZipInfo(name, date_time=EPOCH)
            # Fonts are stored: already compact, and inflating them was half of
            # the time from window to first frame.
            info.compress_type = (zipfile.ZIP_STORED if name.endswith((".otf", ".ttf"))
                                  else zipfile.ZIP_DEFLATED)
            info.external_attr = 0o644 << 16
            info.create_system = 3
            with open(path, "rb") as f:
                zf.writestr(info, f.read())
    os.replace(tmp, target)
    if depfile:
        deps = sorted(set(folders) | {path for _, path in files})
        with open(depfile + ".tmp", "w", encoding="utf-8") as f:
            f.write(make_escape(target) + ":")
            for path in deps:
                f.write(" \\\n  " + make_escape(path))
            f.write("\n")
        os.replace(depfile + ".tmp", depfile)


def main(argv):
    args = argv[1:]
    depfile = None
    if len(args) == 4 and args[2] == "--depfile":
        depfile = args[3]
        args = args[:2]
    if len(args) != 2:
        sys.stderr.write(__doc__)
        return 2
    try:
        pack(args[0], args[1], depfile)
    except OSError as e:
        sys.stderr.write("pack.py: %s\n" % e)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
