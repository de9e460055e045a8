---@meta
-- Annotations for Lua language servers (lua-language-server reads them through
-- the .luarc.json at the repository's root); not loaded by the engine. The
-- story API itself is annotated where it is written, in lua/ficelle/story.lua;
-- here are what the engine adds in C and the shapes of the data files: a
-- layout (lua/layouts/<name>.lua) begins its `return` with `---@type Layout`,
-- a task's drawing (story/images/<name>.lua) with `---@type Image`, a
-- chapter's notes for teachers (story/teacher/<chapter id>.lua) with
-- `---@type TeacherNotes`.
-- tests/tools/annotations.py keeps this file and the engine in step.

---A whole number from m to n from the story's seeded generator; random(n) is
---random(1, n) and random() a number in [0, 1). math.random is the same.
---@param m? integer
---@param n? integer
---@return number
function random(m, n) end

---@alias PanelKind
---| "lines"    # the lines said on this screen, as a page of a book (it turns when full)
---| "messages" # the lines as a chat: newest at the bottom, an avatar per speaker
---| "task"     # the platform's task card: question, drawing or text, answers
---| "bar"      # a strip of values and words: `items`
---| "header"   # an e-mail's fields: `fields`
---| "rows"     # a dashboard: the binding `bind` (default "rows"), a list of { label, value }
---| "notice"   # the binding `bind` (default "notice") in a box when it is set
---| "sidebar"  # the chat's side: a title, the binding `channel` and the list `people`
---| "frame"    # an application's window drawn in the room: shadow, its ground, `address`
---| "list"     # the binding `bind` (default "list") as lines: { text, note, link, style }
---| "button"   # an action from a floor: the figure `bind` against the figure `from`
---| "progress" # the binding `bind` (default "progress"), { done, total }, as a bar
---| "table"    # the binding `bind` (default "table"): { head, rows, bars, chart }: a table and a chart

---@alias ValueFormat
---| "euros"   # centimes as money in the reader's language: 17,12 €, €17.12
---| "percent" # 88 %, 88%
---| "int"     # rounded

---A screen: plain data, read once by the core and drawn by the frontends.
---@class Layout
---@field mood? "yacine"|"office"|"title"|"side"|string the palette (assets/palettes/<mood>.json); "side": the chapter's own
---@field panels Panel[] drawn in order

---@class Panel
---@field kind PanelKind
---@field mood? "nuee"|string this panel's own palette (an app's white inside a dim room)
---@field rect number[] { x, y, w, h } as fractions of the window, 0 to 1
---@field narrow? number[] { x, y, w, h }: its place instead in a narrow or portrait window (4:3 or taller), where panels side by side would leave a thin column
---@field choices? boolean this panel shows the choices (a task's answers go to the "task" panel)
---@field head? boolean a running head above the text: the chapter's number and title
---@field font? "serif"|"sans"|"mono"
---@field size? number the text size, in points of a 1280x720 window (the window scales it)
---@field column? number the widest line, in ems
---@field margin? number the inner margin, in points
---@field compact? boolean "messages": tighter bubbles
---@field composer? string "messages": an interface text's key, the composer line shown while no answer is offered
---@field time? boolean "messages": beside each sender's name, the `clock` the screen showed when the message came
---@field box? boolean "lines": the text on a card of its own
---@field only? "speech"|"other" "lines": only the lines with a speaker (a mail's body), or only the others; the last that fit, no page turned
---@field quote? boolean "lines" with only = "speech": a speaker after the first is quoted under a rule (a mail's thread)
---@field narration? "serif"|"sans" "lines": the face of the narration, if not the panel's
---@field items? BarItem[] "bar": its values and words, left to right
---@field fields? HeaderField[] "header": an e-mail's fields, top to bottom
---@field bind? string "rows", "notice", "list", "progress", "button": the binding shown (default: the kind's name)
---@field style? "alert"|"note"|"warn"|"banner"|string "notice": "alert" in the error colour, "note" green (a remark), "warn" the mood's warning colour, "banner" a yellow banner
---@field tone? string "notice": a binding whose value ("alert", "note", "warn"), when set, replaces `style` for that screen
---@field ui? string "sidebar", "list": its title; "button", "progress": its label; an interface text's key (lua/i18n/<lang>/*.json)
---@field format? ValueFormat "list": how a number `note` is written; "button": its figure's
---@field fill? boolean "list": cover the whole rect (else as tall as its lines)
---@field from? string "button": the binding of its floor (green from it, grey under it)
---@field address? string "frame": a web address in a browser strip (a name, untranslated)
---@field dots? boolean "frame": Nuée's blue dots on its ground
---@field hold? string "task": the binding whose change takes an answered task off the card
---@field title? string "sidebar": its title, a name the same in every language
---@field channel? string "sidebar": the binding naming the channel selected
---@field people? string "sidebar": the binding listing the people

---One thing on a bar: a binding's value, an interface text, or a name.
---@class BarItem
---@field bind? string the binding shown
---@field format? ValueFormat how its value is written
---@field label? string an interface text's key, written before the value
---@field optional? boolean leave the item out while its binding is not set
---@field ui? string an interface text's key, shown as it is
---@field text? string a name, the same in every language ("Nuée")
---@field style? "brand"|"title"|"slogan"

---A line of a "list" panel (or just its text, a string).
---@class ListItem
---@field text string
---@field note? string|number a figure on its right, in the mono face (a number in the panel's `format`)
---@field link? string a small grey underlined link under it (« Contester cette décision »)
---@field style? "bad"|"warn"|"good"|"dim" its colour: red, the banner's, green, grey

---@class HeaderField
---@field bind string the binding shown ("from", "subject")
---@field label? string an interface text's key, written before it
---@field style? "title"

---A task's drawing, in its own units, scaled to fit its card (sharp at any size).
---@class Image
---@field width number
---@field height number
---@field background? string a colour filling the drawing: "#rrggbb"
---@field shapes Shape[] drawn in order

---One shape: exactly one of rect, poly, circle, line.
---@class Shape
---@field rect? number[] { x, y, w, h }
---@field poly? number[] { x1, y1, x2, y2, x3, y3, ... }: any simple polygon
---@field circle? number[] { x, y, r }
---@field line? number[] { x1, y1, x2, y2 }
---@field width? number a line's width, in the drawing's units
---@field color? string "#rrggbb", "#rgb" or "#rrggbbaa"
---@field alpha? number 0 to 1

---A text for teachers, in each language: { fr = "...", en = "..." } (or one
---string for every language: a name, a reference).
---@alias TeacherText string|{fr: string, en?: string}

---A chapter's notes for teachers: `ficelle teacher --chapter N` (the pack) and
---`ficelle handout --short` (the summary and the key passages) read them.
---@class TeacherNotes
---@field blurb? TeacherText two lines without spoilers: the reader's chapter menu shows it
---@field summary TeacherText ten lines, spoilers allowed: it is for the teacher
---@field content_note? TeacherText what a class should be told before reading
---@field objectives? TeacherText[] what pupils learn
---@field subjects? TeacherSubject[] the links with school subjects
---@field lesson? TeacherQuestion[] the card's questions for a 55-minute lesson
---@field worksheet? TeacherExercise[] sums on the story's own figures
---@field passages? string[] the ids of the key scenes: the short handout prints them
---@field references? TeacherText[] full references, beyond the card's short sources

---@class TeacherSubject
---@field subject TeacherText
---@field link TeacherText

---@class TeacherQuestion
---@field question integer the number of a question of the chapter's card
---@field points TeacherText the points to expect in the discussion

---One sum: {placeholders} are the story's variables at the end of the
---chapter's main path ("{balance:euros}"), so the figures follow the story.
---@class TeacherExercise
---@field question TeacherText
---@field answer TeacherText

---What `ending { … }` takes (lua/ficelle/story.lua): the story ends on this
---ending. The end screen (the window and the terminal) shows its title, then
---`summary`, the reader's decisions as the story words them (built in the
---scene from `v`, so each reader sees their own path), and `credits`. Every
---line is a unit of translation in the context "ending"; a summary line may be
---{ "text with {placeholders}", { name = value } } (its values come from that
---table only). If any chapter lists `endings`, `id` must be one of them, and
---`ficelle check` reports each one reached (on how many paths) or never reached.
---@class EndingDef
---@field id string the ending's id, as a chapter's `endings` lists it: "un_lien"
---@field title string shown large on the end screen: "Un lien"
---@field summary? (string|{[1]: string, [2]: table<string, any>})[] the reader's decisions, one line each
---@field credits? string[] the credits, one paragraph each
