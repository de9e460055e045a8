#!/usr/bin/env python3
"""Every interface text the engine's C code names ("menu.save") is in the
French catalogs (lua/i18n/fr/*.json) and in every other language's: a key
missing shows the reader the key itself, or the French. Also: the layouts'
`ui` and `label` keys (the engine checks them when a layout is first shown;
this sees the layouts no scene of Centimes shows)."""
import glob
import json
import os
import re
import sys

src = os.environ["SOURCE_ROOT"]
langs = sorted(os.path.basename(d) for d in glob.glob(f"{src}/lua/i18n/*"))
cats = {}
for lang in langs:
    cats[lang] = {}
    for f in sorted(glob.glob(f"{src}/lua/i18n/{lang}/*.json")):
        cats[lang].update(json.load(open(f, encoding="utf-8")))
prefixes = {k.split(".")[0] for k in cats["fr"]}

used = {}  # key -> "file:line" of its first use
literal = re.compile(r'"([a-z_]+)\.([a-z_0-9]+)"')
for f in sorted(glob.glob(f"{src}/engine/**/*.c", recursive=True)):
    for n, line in enumerate(open(f, encoding="utf-8"), 1):
        if line.startswith("#include"):
            continue
        for m in literal.finditer(line):
            if m.group(1) in prefixes:
                used.setdefault(f"{m.group(1)}.{m.group(2)}", f"{os.path.relpath(f, src)}:{n}")
ui_field = re.compile(r'\b(?:ui|label)\s*=\s*"([^"]+)"')
for f in sorted(glob.glob(f"{src}/lua/layouts/*.lua")):
    for n, line in enumerate(open(f, encoding="utf-8"), 1):
        if line.lstrip().startswith("--"):
            continue
        for m in ui_field.finditer(line):
            used.setdefault(m.group(1), f"{os.path.relpath(f, src)}:{n}")

bad = 0
for key, where in sorted(used.items()):
    for lang in langs:
        if key not in cats[lang]:
            print(f"FAILED: {where}: interface text '{key}' is not in lua/i18n/{lang}/")
            bad += 1
for lang in langs:
    for key in sorted(set(cats["fr"]) - set(cats[lang])):
        print(f"FAILED: lua/i18n/{lang}/ lacks '{key}' (French: {cats['fr'][key]!r})")
        bad += 1
print(f"ui-keys: {len(used)} keys named by the engine and the layouts, "
      f"{len(cats['fr'])} French texts, languages {', '.join(langs)}: {bad} missing")
sys.exit(1 if bad else 0)
