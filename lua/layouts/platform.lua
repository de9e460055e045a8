-- lua/layouts/platform.lua: Nuée's task screen, a cheap bright web app on
-- Yacine's laptop, in his dim room; the narration beside it, in the room.
-- Format: see lua/layouts/page.lua. Bindings: balance (centimes), reliability
-- (percent), clock, notice (the yellow banner), withdraw_min (centimes: the
-- withdraw button is green from it), lots (the queue: a list), history (the
-- answers judged: a list), progress ({ done, total }).
---@type Layout
return {
  mood = "yacine",
  panels = {
    { kind = "frame", mood = "nuee", rect = { 0.02, 0.03, 0.6, 0.94 }, address = "nuee.app/contributeur",
      dots = true, narrow = { 0.02, 0.015, 0.96, 0.63 } },
    { kind = "bar", mood = "nuee", rect = { 0.02, 0.072, 0.6, 0.09 }, narrow = { 0.02, 0.055, 0.96, 0.07 },
      items = {
        { text = "Nuée", style = "brand" },
        { ui = "platform.slogan", style = "slogan" },
        { bind = "clock", label = "platform.clock" },
        { bind = "reliability", format = "percent", label = "platform.reliability" },
        { bind = "balance", format = "euros", label = "platform.balance" },
      } },
    { kind = "notice", bind = "notice", style = "banner", mood = "nuee",
      rect = { 0.035, 0.18, 0.57, 0.1 }, narrow = { 0.035, 0.135, 0.93, 0.06 } },
    { kind = "task", mood = "nuee", rect = { 0.035, 0.255, 0.385, 0.7 }, hold = "notice",
      narrow = { 0.035, 0.2, 0.6, 0.43 } },
    { kind = "list", bind = "history", ui = "platform.history", format = "euros", fill = true, mood = "nuee",
      rect = { 0.035, 0.255, 0.385, 0.7 }, narrow = { 0.035, 0.2, 0.6, 0.43 } },
    { kind = "button", bind = "balance", from = "withdraw_min", ui = "platform.withdraw",
      mood = "nuee", rect = { 0.435, 0.27, 0.17, 0.1 }, narrow = { 0.65, 0.2, 0.315, 0.07 } },
    { kind = "progress", bind = "progress", ui = "platform.progress", mood = "nuee",
      rect = { 0.435, 0.4, 0.17, 0.06 }, narrow = { 0.65, 0.285, 0.315, 0.04 } },
    { kind = "list", bind = "lots", ui = "platform.lots", format = "euros", size = 13, mood = "nuee",
      rect = { 0.43, 0.48, 0.18, 0.47 }, narrow = { 0.65, 0.34, 0.315, 0.29 } },
    { kind = "messages", rect = { 0.645, 0.06, 0.34, 0.92 }, narrow = { 0.02, 0.66, 0.96, 0.34 },
      font = "sans", size = 19, compact = true, choices = true },
  },
}
