-- The story API that scenes call (documented in lua/README.md).
-- Each call that the reader must see yields a request to the engine, which turns
-- it into an event; the engine resumes the scene with the reader's answer.
-- layout and bind change the screen at once through M.screen (a C function the
-- engine puts in this table), without yielding.
-- Loaded first, into the sandbox, by engine/core/story.c.

---@diagnostic disable: lowercase-global
local M = {
  chapters = {},   -- in the order they are declared
  scenes = {},     -- id -> { fn = function, file = "story/ch01_lundi.lua" }
  vars = {},       -- the story's variables (plain data)
  changed = {},    -- names of the variables set since the engine last took them (a checkpoint)
  tables_read = false, -- a variable holding a table was read since (it may have been changed in place)
  visits = {},     -- scene id -> times entered
  loading = "?",   -- the file being loaded, set by the engine
  sensitive = 0,   -- how deep the running scene is in sensitive passages (reset at scene entry)
  recaps = {},     -- the running scene's lines for the end screen (recap; reset at scene entry)
  replaced = {},   -- scene ids declared more than once (a mod replacing a scene)
  header = false,  -- the engine runs a file's head only (its chapter declaration): no scenes yet
  late = false,    -- the engine reads a file whose head ran when the story opened
  here = nil,      -- the id of the scene entered last (set by the engine)
  watch = nil,     -- the checker's: names whose reads and writes are noted in watched
  watched = {},    -- ... as pairs: name, then the scene it was read in ("" if none)
}

local yield, isyieldable = coroutine.yield, coroutine.isyieldable

-- pairs in a fixed order. Lua seeds its string hashes anew in every state, so
-- the order of next() changes from one run to the next; a scene that lists a
-- table with pairs must show the same thing when a save is replayed tomorrow.
local rawnext = next

local function before(a, b)
  local ta, tb = type(a), type(b)
  if ta ~= tb then
    return ta < tb
  end
  if ta == "number" or ta == "string" then
    return a < b
  end
  return tostring(a) < tostring(b)
end

local function sorted_pairs(t)
  local keys = {}
  for k in rawnext, t do
    keys[#keys + 1] = k
  end
  table.sort(keys, before)
  local i = 0
  return function()
    i = i + 1
    local k = keys[i]
    if k ~= nil then
      return k, t[k]
    end
  end, t, nil
end

---Like Lua's pairs, but in the order of the keys (numbers, then strings).
---@generic K, V
---@param t table<K, V>
---@return fun(): K, V
function pairs(t)
  local mt = getmetatable(t)
  if mt and mt.__pairs then
    return mt.__pairs(t)
  end
  return sorted_pairs(t)
end
local type, error, ipairs, tostring = type, error, ipairs, tostring

local function need(cond, level, fmt, ...)
  if not cond then
    error(fmt:format(...), level + 1)
  end
end

local function request(name, r)
  need(isyieldable(), 3, "%s is called outside a scene: call it inside scene(id, function() ... end)", name)
  return yield(r)
end

-- What the chapter being played (number M.playing, set by the engine) declares:
-- reads = its defaults and its sets, sets = its sets. Built when the chapter
-- played changes, and only its own kept: a playthrough of many chapters holds
-- the declarations of the chapters around it, not of all it went through
-- (the engine hands a chapter dropped back to its heads' cache).
local declarations = { n = nil, d = false }

local function declared(n)
  local d = declarations.d
  if declarations.n ~= n then
    d = false
    if M.taken and M.taken(n) then
      M.need_all() -- its declaration kept by the engine (its heads' cache), not handed yet
    end
    for _, c in ipairs(M.chapters) do
      if c.number == n then
        d = { id = c.id, reads = {}, sets = {}, defaults = {} }
        for k in rawnext, c.defaults do
          d.reads[k], d.defaults[k] = true, true
        end
        for _, k in ipairs(c.sets) do
          d.reads[k], d.sets[k] = true, true
        end
      end
    end
    declarations.n, declarations.d = n, d
  end
  return d
end

-- A variable the chapter did not declare is a mistake (a misspelt name would
-- otherwise read as nil, and a condition on it be silently false).
local function check_declared(k, writing)
  local d = M.playing and declared(M.playing)
  if not d or (writing and d.sets or d.reads)[k] then
    return
  end
  local names = {}
  for name in rawnext, writing and d.sets or d.reads do
    names[#names + 1] = name
  end
  if writing then
    error(("v.%s: chapter %s does not declare that it sets this variable%s: list it in the "
      .. "chapter's 'sets'"):format(tostring(k), d.id, M.nearest(tostring(k), names)), 3)
  end
  error(("v.%s: chapter %s does not declare this variable%s: a chapter lists what it reads from "
    .. "earlier chapters in 'defaults' and what it sets in 'sets'"):format(tostring(k), d.id,
    M.nearest(tostring(k), names)), 3)
end

-- A variable the chapter sets but does not read from earlier chapters (in
-- its 'sets', not its 'defaults') is read only once the chapter has set it:
-- before, it holds nothing when the chapter is opened alone, and an earlier
-- chapter's value when it is played through, so that the same line would play
-- two ways. The checker relies on it: such a variable's value on entering the
-- chapter cannot change what the chapter does, so its entry states leave it out.
local function check_unset(k)
  local d = M.playing and declared(M.playing)
  if d and d.sets[k] and not d.defaults[k] then
    error(("v.%s: read before chapter %s sets it: a chapter reads a variable of its 'sets' only "
      .. "after setting it, or lists it in its 'defaults' (with the value to use when it is "
      .. "opened alone) to read an earlier chapter's"):format(tostring(k), d.id), 3)
  end
end

-- The checker plays entry states that differ in some variables as one, until
-- the story reads or writes one of them (engine/tools/explore.c): it watches
-- their names, and a read or write of one is noted with the scene it is in.
local function noted(k)
  if M.watch and M.watch[k] then
    local w = M.watched
    w[#w + 1] = k
    w[#w + 1] = M.here or ""
  end
end

---The story's variables: numbers, strings, booleans and tables of them. They
---are saved; anything else is refused at the line that stores it. A chapter
---reads only the variables it declares (its `defaults` and `sets`) and sets
---only those in its `sets`; one of its `sets` that is not in its `defaults`
---it reads only after setting it.
---@type table<string, any>
v = setmetatable({}, {
  __index = function(_, k)
    noted(k)
    check_declared(k, false)
    local x = M.vars[k]
    if x == nil then
      check_unset(k)
    elseif type(x) == "table" then
      M.tables_read = true
    end
    return x
  end,
  __newindex = function(_, k, val)
    local t = type(val)
    need(type(k) == "string", 2, "v[%s]: variable names are strings", tostring(k))
    check_declared(k, true)
    need(t == "nil" or t == "number" or t == "string" or t == "boolean" or t == "table", 2,
      "v.%s: a %s cannot be a story variable (only numbers, strings, booleans and tables of them)", k, t)
    noted(k)
    M.vars[k] = val
    M.changed[k] = true
  end,
  __pairs = function()
    for k in rawnext, M.watch or {} do
      noted(k)
    end
    M.tables_read = true
    return sorted_pairs(M.vars)
  end,
})

---@class Fact
---@field [1] string the fact, in the card's own words
---@field source string author, title, year

---@class Card
---@field questions string[] three to five open questions
---@field facts Fact[] one or two sourced facts (see FACTS.md)
---@field vocabulary string[][] pairs { word, definition }

---A way the earlier chapters might have gone, offered in the chapter menu: a
---teacher picks it with the mouse (the same as `--set name=value`).
---@class Preset
---@field [1] string the label, shown in the menu: "Claire a fixé le seuil à 95 %"
---@field set table<string, any> values of the chapter's defaults

---@class ChapterDef
---@field id string prefix of the chapter's scene ids: "ch01"
---@field number integer its place in the story
---@field side string a palette, assets/palettes/<side>.json: its colours are the chapter's
---@field title string
---@field start string the id of its first scene
---@field defaults? table<string, any> what it reads from earlier chapters, with the values to use when it is opened from the menu
---@field sets? string[] the variables its scenes set (and may read back once set, or from an earlier chapter if also in defaults): setting or reading any other is an error
---@field counters? string[] those of its sets (not its defaults) that only count, a sum or an amount shown in the text: never in a condition, a divisor or a call's argument, and read by no later chapter (`check` verifies it, and explores states that differ only in them once)
---@field presets? Preset[] what earlier chapters might have decided, offered in the chapter menu
---@field card? Card the discussion card shown when it ends
---@field endings? string[] the ids of the story's endings its scenes reach (`ending { id = ... }`): `check` names each one and reports one never reached

---Declares a chapter.
---@param def ChapterDef
function chapter(def)
  need(type(def) == "table", 2, "chapter: expects a table: chapter { id = ..., ... }")
  local head -- the same chapter as the file's head declared it (read late)
  for _, c in ipairs(M.late and M.chapters or {}) do
    if c.id == def.id and c.file == M.loading then
      head = c
    end
  end
  if M.header then
    def.card = nil -- read with the whole file, for the chapter's end
  end
  need(type(def.id) == "string", 2, "chapter: 'id' must be a string")
  need(math.type(def.number) == "integer", 2, "chapter %s: 'number' must be a whole number", def.id)
  need(type(def.side) == "string", 2,
    "chapter %s: 'side' must name a palette (assets/palettes/<side>.json)", def.id)
  need(type(def.title) == "string", 2, "chapter %s: 'title' must be a string", def.id)
  need(type(def.start) == "string", 2, "chapter %s: 'start' must name its first scene", def.id)
  for _, c in ipairs(M.chapters) do
    need(c == head or c.number ~= def.number, 2, "chapter %s: number %d is already chapter %s", def.id,
      def.number, c.id)
  end
  -- (the chapters the engine kept from an earlier run and has not handed yet)
  local other = M.taken and M.taken(def.number)
  need(not other, 2, "chapter %s: number %d is already chapter %s", def.id, def.number, other)
  def.file = M.loading
  def.defaults = def.defaults or {}
  need(type(def.defaults) == "table", 2, "chapter %s: 'defaults' must be a table { name = value, ... }", def.id)
  def.presets = def.presets or {}
  need(type(def.presets) == "table", 2, "chapter %s: 'presets' must list { \"label\", set = { name = value } }", def.id)
  for i, p in ipairs(def.presets) do
    need(type(p) == "table" and type(p[1] or p.label) == "string" and type(p.set) == "table", 2,
      "chapter %s: preset %d must be { \"label\", set = { name = value, ... } }", def.id, i)
    p.label, p[1] = p[1] or p.label, nil
    for k in rawnext, p.set do
      need(type(k) == "string" and def.defaults[k] ~= nil, 2,
        "chapter %s: preset %d sets '%s', which the chapter does not read (its defaults)", def.id, i, tostring(k))
    end
  end
  def.endings = def.endings or {}
  need(type(def.endings) == "table", 2, "chapter %s: 'endings' must list ids: endings = { \"explications\", ... }", def.id)
  for i, k in ipairs(def.endings) do
    need(type(k) == "string", 2, "chapter %s: endings[%d] must be an ending's id", def.id, i)
  end
  def.sets = def.sets or {}
  need(type(def.sets) == "table", 2, "chapter %s: 'sets' must list names: sets = { \"balance\", ... }", def.id)
  for i, k in ipairs(def.sets) do
    need(type(k) == "string", 2, "chapter %s: sets[%d] must be a variable's name", def.id, i)
  end
  def.counters = def.counters or {}
  need(type(def.counters) == "table", 2,
    "chapter %s: 'counters' must list names: counters = { \"ch05_weeks\", ... }", def.id)
  for i, k in ipairs(def.counters) do
    local set = false
    for _, s in ipairs(def.sets) do
      set = set or s == k
    end
    need(type(k) == "string" and set and def.defaults[k] == nil, 2,
      "chapter %s: counters[%d] must name one of the chapter's own variables (in its 'sets', not its 'defaults')",
      def.id, i)
  end
  -- The card as plain named fields, whatever shorthand the writer used.
  local card = def.card or {}
  local facts, words = {}, {}
  for i, f in ipairs(card.facts or {}) do
    need(type(f) == "table" and type(f[1] or f.text) == "string", 2,
      "chapter %s: card fact %d must be { \"text\", source = \"...\" }", def.id, i)
    facts[i] = { text = f[1] or f.text, source = f.source or "" }
  end
  for i, w in ipairs(card.vocabulary or {}) do
    need(type(w) == "table" and type(w[1] or w.word) == "string", 2,
      "chapter %s: card word %d must be { \"word\", \"definition\" }", def.id, i)
    words[i] = { word = w[1] or w.word, definition = w[2] or w.definition or "" }
  end
  def.card = { questions = card.questions or {}, facts = facts, vocabulary = words }
  if head then -- the file as it is now, its card with it (a head may be older)
    for k in rawnext, head do
      head[k] = nil
    end
    for k, x in rawnext, def do
      head[k] = x
    end
    if declarations.n == def.number then
      declarations.n = nil
    end
    return
  end
  M.chapters[#M.chapters + 1] = def
end

---Declares a scene: its body runs until it calls jump, end_chapter or ending.
---@param id string unique, starting with the chapter's id: "ch01.reveil"
---@param fn fun()
function scene(id, fn)
  need(type(id) == "string", 2, "scene: the id must be a string")
  need(type(fn) == "function", 2, "scene %s: the body must be a function", id)
  if M.header then
    return
  end
  local had = M.scenes[id]
  if had then
    -- Files run in name order, the last one's scene used; a file read late
    -- leaves alone what a file after it (a mod's) declared, and says so once
    -- (the engine may read a file again: its scenes were dropped).
    if M.late and had.file > M.loading then
      if not had.kept then
        had.kept = true
        M.replaced[#M.replaced + 1] = id
      end
      return
    end
    M.replaced[#M.replaced + 1] = id
  end
  M.scenes[id] = { fn = fn, file = M.loading }
end

---A line: say(text), say(who, text), say(text, args), say(who, text, args),
---or say { who = ..., text, args = ..., id = "pinned-id" }. Waits for the reader.
---@param a string|table the text, or the speaker, or a table as above
---@param b? string|table the text (after a speaker), or the placeholders
---@param c? table the placeholders: "{name}", "{name:euros}", "{name:int}"
function say(a, b, c)
  local who, text, args, pin
  if type(a) == "table" then
    who, text, args, pin = a.who, a[1], a.args, a.id
  elseif type(b) == "string" then
    who, text, args = a, b, c
  else
    text, args = a, b
  end
  need(type(text) == "string", 2, "say: the text must be a string, not %s", type(text))
  need(who == nil or type(who) == "string", 2, "say: the speaker must be a string")
  need(args == nil or type(args) == "table", 2, "say: the placeholders must be a table")
  request("say", { kind = "line", who = who, text = text, args = args, id = pin,
                   style = who and "speech" or "narration", hard = M.sensitive > 0 or nil })
end

---A note to the reader, set apart from the story (a recap, a content note).
---@param text string
---@param args? table placeholders
function note(text, args)
  need(type(text) == "string", 2, "note: the text must be a string")
  request("note", { kind = "line", text = text, args = args, style = "note",
                    hard = M.sensitive > 0 or nil })
end

---A discussion stop, for a class reading together: in classroom mode the story
---pauses on this question (the teacher may start a timer of `minutes`, 5 by
---default); a reader alone never sees it. Put one where a class should talk.
---@param question string
---@param t? {minutes?: integer}
function discuss(question, t)
  need(type(question) == "string", 2, "discuss: expects the question, a string")
  need(t == nil or (type(t) == "table" and (t.minutes == nil or math.type(t.minutes) == "integer")),
    2, "discuss: the second argument is { minutes = N }")
  request("discuss", { kind = "line", text = question, style = "discuss",
                       minutes = t and t.minutes or 5 })
end

---A passage a class reads in short: in classroom mode, the lines and notes
---that fn says are left out and `summary` is shown in their place (fn still
---runs: its choices are offered, its variables set); a reader alone reads fn
---as written and never sees the summary. For content a teacher would rather
---summarise than project (see the content note of the chapter).
---@param summary string
---@param fn fun()
function sensitive(summary, fn)
  need(type(summary) == "string", 2, "sensitive: expects the summary, then the passage's function")
  need(type(fn) == "function", 2, "sensitive: the passage is a function: sensitive(summary, function() ... end)")
  request("sensitive", { kind = "line", text = summary, style = "summary" })
  M.sensitive = M.sensitive + 1
  fn()
  M.sensitive = M.sensitive - 1
end

local function options_of(list, level)
  local shown = {}
  for i, o in ipairs(list) do
    local label, when, pin = o, nil, nil
    if type(o) == "table" then
      label, when, pin = o[1], o.when, o.id
    end
    need(type(label) == "string", level + 1, "choose: option %d must be a string or { \"label\", when = ... }", i)
    if when == nil or when then
      shown[#shown + 1] = { index = i, text = label, id = pin, value = type(o) == "table" and o.value or nil }
    end
  end
  need(#shown > 0, level + 1, "choose: every option is hidden by its condition: the reader would be stuck")
  return shown
end

---@class Option
---@field [1] string the label
---@field when? boolean shown only when true
---@field value? any returned instead of the option's number
---@field id? string a pinned translation id

---Offers a choice; returns the number of the option taken, counted in the list
---as written (or the option's value).
---@param list (string|Option)[]|{prompt?: string}
---@return integer|any
function choose(list)
  need(type(list) == "table", 2, "choose: expects a list of options")
  local shown = options_of(list, 2)
  local i = request("choose", { kind = "choice", prompt = list.prompt, options = shown, task = list.task })
  local o = list[i]
  if type(o) == "table" and o.value ~= nil then
    return o.value
  end
  return i
end

local task_kinds = { image = true, text = true, rank = true, survey = true }

---@class TaskDef
---@field kind "image"|"text"|"rank"|"survey"
---@field question string
---@field answers string[]
---@field image? string a drawing in story/images/ (kind "image")
---@field alt? string the drawing described, for the terminal and screen readers
---@field text? string the sentence to classify (kind "text")
---@field a? string first chatbot answer (kind "rank")
---@field b? string second chatbot answer (kind "rank")
---@field pay? integer centimes, shown
---@field seconds? integer the countdown shown
---@field grid? number[] { x, y, w, h, cols, rows }: tiles of the picture to tick (picture units)
---@field boxes? number[][] { { x, y, w, h }, ... }: boxes on the picture to tick (picture units)

---@class TaskAnswer
---@field [1] string the label
---@field pick integer[] the tiles or boxes (numbered from 1) this answer ticks

---A micro-task on the platform's screen; returns the number of the answer given.
---@param t TaskDef
---@return integer
function task(t)
  need(type(t) == "table", 2, "task: expects a table")
  need(task_kinds[t.kind], 2, "task: 'kind' must be image, text, rank or survey")
  need(type(t.question) == "string", 2, "task: 'question' must be a string")
  need(type(t.answers) == "table" and #t.answers > 0, 2, "task: 'answers' must list the answers")
  need(t.kind ~= "image" or type(t.image) == "string", 2, "task: an image task names its 'image'")
  need(t.grid == nil or (type(t.grid) == "table" and #t.grid == 6), 2,
    "task: 'grid' is { x, y, w, h, cols, rows } in the picture's units")
  need(t.boxes == nil or type(t.boxes) == "table", 2, "task: 'boxes' lists { x, y, w, h } in the picture's units")
  local targets = t.grid and t.grid[5] * t.grid[6] or t.boxes and #t.boxes or 0
  need(targets <= 32, 2, "task: at most 32 tiles or boxes to tick")
  local labels, picks = {}, {}
  for i, a in ipairs(t.answers) do
    local label, pick = a, nil
    if type(a) == "table" then
      label, pick = a[1], a.pick
    end
    need(type(label) == "string", 2, "task: answer %d must be a string or { \"label\", pick = { ... } }", i)
    need(pick == nil or type(pick) == "table", 2, "task: answer %d: 'pick' lists tiles or boxes, by number", i)
    for _, n in ipairs(pick or {}) do
      need(math.type(n) == "integer" and n >= 1 and n <= targets, 2,
        "task: answer %d picks %s, but the picture has %d tiles or boxes", i, tostring(n), targets)
    end
    need(pick == nil or targets > 0, 2, "task: answer %d picks tiles, but the task has no 'grid' or 'boxes'", i)
    labels[i], picks[i] = label, pick or {}
  end
  local list = { task = {
    kind = t.kind, question = t.question, answers = labels, image = t.image, alt = t.alt,
    text = t.text, a = t.a, b = t.b, pay = t.pay, seconds = t.seconds,
    grid = t.grid, boxes = t.boxes, picks = targets > 0 and picks or nil,
  } }
  for i, a in ipairs(labels) do
    list[i] = a
  end
  local shown = options_of(list, 2)
  return request("task", { kind = "choice", options = shown, task = list.task })
end

---Shows a screen; layout "platform" { balance = ... } also sets its bindings.
---The screen changes at once, without waiting for the reader: the next line or
---choice is shown on it.
---@param name "page"|"platform"|"chat"|"mail"|"dashboard"|string
---@return fun(bindings: table)
function layout(name)
  need(type(name) == "string", 2, "layout: expects the layout's name")
  need(isyieldable(), 2, "layout is called outside a scene: call it inside scene(id, function() ... end)")
  local ok, msg = M.screen(name, nil, false)
  need(ok, 2, "layout %s: %s", name, msg)
  return function(bindings)
    need(type(bindings) == "table", 2, "layout %s: the bindings must be a table", name)
    ok, msg = M.screen(name, bindings, true)
    need(ok, 2, "layout %s: %s", name, msg)
  end
end

---Changes some bindings of the screen being shown, at once.
---@param bindings table
function bind(bindings)
  need(type(bindings) == "table", 2, "bind: expects a table")
  need(isyieldable(), 2, "bind is called outside a scene: call it inside scene(id, function() ... end)")
  local ok, msg = M.screen(nil, bindings, true)
  need(ok, 2, "bind: %s", msg)
end

---Goes to another scene; does not return.
---@param id string
function jump(id)
  need(type(id) == "string", 2, "jump: expects a scene id")
  request("jump", { kind = "jump", to = id })
  error("jump: the engine resumed a scene that had left", 2)
end

---Ends the chapter: its discussion card, then the next chapter.
function end_chapter()
  request("end_chapter", { kind = "end_chapter" })
  error("end_chapter: the engine resumed a finished chapter", 2)
end

---Ends the story on one of its endings: its title, then the end screen, which
---shows `summary` (the reader's decisions, as the story words them: each a
---line, or { "line with {placeholders}", { name = value } }) and `credits`
---(lines), all translated like any line. If any chapter lists `endings`, the
---id must be one of them.
---@param t {id: string, title: string, summary?: (string|table)[], credits?: string[]}
function ending(t)
  need(type(t) == "table" and type(t.id) == "string", 2, "ending: expects { id = ..., title = ... }")
  local declared, known = false, false
  if M.need_all then
    M.need_all() -- every chapter's endings, those the engine kept included
  end
  for _, c in ipairs(M.chapters) do
    for _, e in ipairs(c.endings or {}) do
      declared = true
      known = known or e == t.id
    end
  end
  need(known or not declared, 2, "ending: '%s' is not in any chapter's endings (a misspelt id?)", t.id)
  local summary, credits = {}, {}
  need(t.summary == nil or type(t.summary) == "table", 2, "ending %s: 'summary' must list lines", t.id)
  for i, line in ipairs(t.summary or {}) do
    if type(line) == "table" then
      need(type(line[1]) == "string" and (line[2] == nil or type(line[2]) == "table"), 2,
        "ending %s: summary[%d] must be a string or { \"text\", { name = value } }", t.id, i)
      summary[i] = { text = line[1], args = line[2] or {} }
    else
      need(type(line) == "string", 2, "ending %s: summary[%d] must be a string", t.id, i)
      summary[i] = { text = line, args = {} }
    end
  end
  for _, line in ipairs(M.recaps) do -- (checked by recap)
    summary[#summary + 1] = type(line) == "table" and { text = line[1], args = line[2] or {} }
      or { text = line, args = {} }
  end
  need(t.credits == nil or type(t.credits) == "table", 2, "ending %s: 'credits' must list lines", t.id)
  for i, line in ipairs(t.credits or {}) do
    need(type(line) == "string", 2, "ending %s: credits[%d] must be a string", t.id, i)
    credits[i] = line
  end
  request("ending", { kind = "ending", id = t.id, title = t.title or "", summary = summary, credits = credits })
  error("ending: the engine resumed a finished story", 2)
end

---A line of the end screen's summary, the reader's decisions as the story
---words them: recap "line", or recap { "line with {placeholders}", { name =
---value } }. The lines recapped in the scene that calls `ending` follow the
---`summary` it gives. `check` knows a recap for text only: a decision read in
---`recap(v.lot7 and "…" or "…")`, or in an `if` whose branches only recap (or
---say), costs it a line to check, not a branch of the story to explore.
---@param line string|table
function recap(line)
  if type(line) == "table" then
    need(type(line[1]) == "string" and (line[2] == nil or type(line[2]) == "table"), 2,
      "recap: expects a string or { \"text\", { name = value } }")
  else
    need(type(line) == "string", 2, "recap: expects a string or { \"text\", { name = value } }, not %s",
      type(line))
  end
  M.recaps[#M.recaps + 1] = line
end

---How many times the reader entered a scene (the current one included).
---@param id string
---@return integer
function visits(id)
  return M.visits[id] or 0
end

return M
