#!/usr/bin/env python3
"""The annotations a writer's editor reads (lua-language-server, through
.luarc.json) say what the engine does: every function of the story API is
documented with each of its parameters; .luarc.json names exactly the API's
globals; lua/meta/engine.lua lists the panel kinds the core accepts and
declares every field the game's layouts use; each layout and drawing is typed."""
import glob
import json
import os
import re
import sys

src = os.environ["SOURCE_ROOT"]
read = lambda p: open(os.path.join(src, p), encoding="utf-8").read()
bad = []

# 1. story.lua: each global function, its doc comment and its @params.
api = read("lua/ficelle/story.lua").split("\n")
functions = {}
for i, line in enumerate(api):
    m = re.match(r"function (\w+)\((.*?)\)", line)
    if not m:
        continue
    name, params = m.group(1), [p.strip() for p in m.group(2).split(",") if p.strip()]
    doc, j = [], i - 1
    while j >= 0 and api[j].startswith("---"):
        doc.insert(0, api[j])
        j -= 1
    functions[name] = doc
    if not any(not d.startswith("---@") for d in doc):
        bad.append(f"lua/ficelle/story.lua:{i + 1}: {name} has no description")
    for p in params:
        if p != "..." and not any(d.startswith(f"---@param {p}") for d in doc):
            bad.append(f"lua/ficelle/story.lua:{i + 1}: {name}: no ---@param {p}")
meta = read("lua/meta/engine.lua")
in_meta = set(re.findall(r"^function (\w+)\(", meta, re.M))

# 2. .luarc.json: the API's globals, no more, no less (pairs is Lua's own).
luarc = json.loads(read(".luarc.json"))
globals_ = set(luarc["diagnostics.globals"])
expected = (set(functions) - {"pairs"}) | in_meta | {"v"}
for g in sorted(expected - globals_):
    bad.append(f".luarc.json: diagnostics.globals lacks '{g}'")
for g in sorted(globals_ - expected):
    bad.append(f".luarc.json: '{g}' is no global of the API")

# 3. The panel kinds: the meta's PanelKind against the core's list (play.c).
core = re.search(r"panel_kinds\[\] = \{(.*?)\};", read("engine/core/play.c"), re.S).group(1)
core_kinds = set(re.findall(r'"(\w+)"', core))
meta_kinds = set(re.findall(r'^---\| "(\w+)"', meta.split("---@alias PanelKind")[1].split("---@alias")[0], re.M))
if core_kinds != meta_kinds:
    bad.append(f"lua/meta/engine.lua: PanelKind {sorted(meta_kinds)} is not the core's {sorted(core_kinds)}")

# 4. Every field the game's layouts write is declared by a class of the meta.
fields = set()
for cls in ("Layout", "Panel", "BarItem", "HeaderField"):
    body = meta.split(f"---@class {cls}\n")[1].split("\n\n")[0]
    fields |= set(re.findall(r"^---@field (\w+)", body, re.M))
for p in sorted(glob.glob(f"{src}/lua/layouts/*.lua") + glob.glob(f"{src}/examples/*/lua/layouts/*.lua")):
    code = "\n".join(l.split("--")[0] for l in open(p, encoding="utf-8"))
    for key in sorted(set(re.findall(r"\b(\w+)\s*=(?!=)", code)) - fields):
        bad.append(f"{os.path.relpath(p, src)}: field '{key}' is not in lua/meta/engine.lua")

# 5. Each data file says what it is.
for pat, cls in (("lua/layouts/*.lua", "Layout"), ("examples/*/lua/layouts/*.lua", "Layout"),
                 ("story/images/*.lua", "Image"), ("story/teacher/*.lua", "TeacherNotes")):
    for p in sorted(glob.glob(f"{src}/{pat}")):
        if f"---@type {cls}\nreturn" not in open(p, encoding="utf-8").read():
            bad.append(f"{os.path.relpath(p, src)}: no '---@type {cls}' before its return")

for b in bad:
    print("FAILED:", b)
print(f"annotations: {len(functions)} API functions, {len(globals_)} globals, "
      f"{len(core_kinds)} panel kinds, {len(fields)} layout fields: {len(bad)} problems")
sys.exit(1 if bad else 0)
