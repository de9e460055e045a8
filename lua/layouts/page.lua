-- lua/layouts/page.lua: the novel page, where most of the story is read.
--
-- A layout is plain data, read once by the core and drawn by the C frontend
-- (engine/sdl/layout.c and its panels, panel_*.c); no Lua runs while the screen
-- is shown. The format:
--
--   mood    the palette (assets/palettes/<mood>.json): "yacine" (warm, dim),
--           "office" (cold, bright), "title", or "side" for the side of the
--           chapter being played.
--   panels  drawn in order, each a table with
--     kind     what the panel is:
--              "lines"    the lines said on this screen, as a page of a book
--                         (it turns when full); speaker names above speech
--              "messages" the lines as a chat: newest at the bottom, an
--                         avatar per speaker, narration as grey asides
--              "task"     the platform's task card (question, image, answers)
--              "bar"      a strip of values: items = { { bind = "balance",
--                         format = "euros"|"percent"|"int", label = "<ui key>" },
--                         { ui = "<ui key>", style = "brand"|"title"|"slogan" },
--                         { text = "Nuée" }, ... }: `ui` keys are translated
--                         (lua/i18n/), `text` is a name, the same in every
--                         language
--              "header"   an e-mail's fields: fields = { { label = "<ui key>",
--                         bind = "from" }, { bind = "subject", style = "title" } }
--              "rows"     a dashboard: the binding `bind` (default "rows") is a
--                         list of { label, value } shown as big figures
--              "notice"   the binding `bind` (default "notice") in a box when
--                         set; style = "alert" draws it in the error colour
--              "sidebar"  the chat's side: a title (`ui` = "<ui key>", or
--                         `title` = a name, untranslated), the binding named by
--                         `channel` (the one selected) and the list named by
--                         `people`
--     rect     { x, y, w, h } as fractions of the window (0..1)
--     narrow   { x, y, w, h }: its place instead in a narrow or portrait
--              window (4:3 or taller: 800x600, 600x900), where panels side
--              by side would leave a column of three words; panels are
--              stacked there (the task over the narration)
--     choices  true: this panel shows the choices (a task's answers go to the
--              "task" panel when there is one)
--     head     true: a running head above the text (chapter number and title)
--     font     "serif" | "sans" | "mono"; size: the text size in points of a
--              1280x720 window (the window scales it); column: the page's
--              widest line, in ems; margin: inner margin in points
---@type Layout
return {
  mood = "side",
  panels = {
    { kind = "lines", rect = { 0, 0, 1, 1 }, font = "serif", size = 27,
      column = 30, margin = 66, choices = true, head = true },
  },
}
