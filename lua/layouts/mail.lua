-- lua/layouts/mail.lua: an e-mail being read: its header, its body (the lines
-- said on it by someone: the mail's text, one block under the writer's name,
-- earlier messages of the thread quoted under a rule), and beside it the
-- narration in the book's serif, with the reply to choose: the mail stays on
-- screen while the reader chooses. Format: see lua/layouts/page.lua.
---@type Layout
return {
  mood = "office",
  panels = {
    { kind = "header", rect = { 0.12, 0.04, 0.76, 0.22 },
      fields = {
        { label = "mail.from", bind = "from" },
        { label = "mail.to", bind = "to" },
        { bind = "subject", style = "title" },
      } },
    { kind = "lines", only = "speech", quote = true, rect = { 0.12, 0.25, 0.76, 0.4 },
      font = "sans", size = 19, margin = 30, box = true },
    { kind = "lines", only = "other", rect = { 0.12, 0.64, 0.76, 0.36 }, font = "serif",
      size = 21, margin = 24, choices = true },
  },
}
