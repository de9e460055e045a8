#!/usr/bin/env python3
"""Packs Centimes into one zip archive, reproducibly.

    pack.py SOURCE_ROOT OUT.zip   write the archive
    pack.py --list SOURCE_ROOT    print the files it reads (for the build's deps)

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
}
EPOCH = (1980, 1, 1, 0, 0, 0)


def entries(root):
    """(archive name, file path) for every file to pack, sorted by name."""
    out = []
    for folder in FOLDERS:
        base = os.path.join(root, folder)
        for dirpath, dirnames, filenames in os.walk(base):
            dirnames.sort()
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


def pack(root, target):
    tmp = target + ".tmp"
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as zf:
        for name, path in entries(root):
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


def main(argv):
    if len(argv) == 3 and argv[1] == "--list":
        for _, path in entries(argv[2]):
            print(path)
        return 0
    if len(argv) != 3:
        sys.stderr.write(__doc__)
        return 2
    try:
        pack(argv[1], argv[2])
    except OSError as e:
        sys.stderr.write("pack.py: %s\n" % e)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
