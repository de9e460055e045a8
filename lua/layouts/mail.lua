-- lua/layouts/mail.lua: an e-mail being read: its header, then the lines said
-- on it as its body. Format: see lua/layouts/page.lua.
---@type Layout
return {
  mood = "office",
  panels = {
    { kind = "header", rect = { 0.12, 0.05, 0.76, 0.25 },
      fields = {
        { label = "mail.from", bind = "from" },
        { label = "mail.to", bind = "to" },
        { bind = "subject", style = "title" },
      } },
    { kind = "lines", rect = { 0.12, 0.3, 0.76, 0.68 }, font = "sans", size = 21,
      margin = 36, box = true, choices = true },
  },
}
