-- lua/layouts/platform.lua: Nuée's task screen, on Yacine's laptop at night.
-- Format: see lua/layouts/page.lua.
---@type Layout
return {
  mood = "yacine",
  panels = {
    { kind = "bar", rect = { 0, 0, 1, 0.1 },
      items = {
        { text = "Nuée", style = "brand" },
        { ui = "platform.slogan", style = "slogan" },
        { bind = "clock", label = "platform.clock" },
        { bind = "reliability", format = "percent", label = "platform.reliability" },
        { bind = "balance", format = "euros", label = "platform.balance" },
      } },
    { kind = "task", rect = { 0.035, 0.14, 0.56, 0.82 }, narrow = { 0.03, 0.115, 0.94, 0.5 } },
    { kind = "notice", bind = "notice", rect = { 0.625, 0.14, 0.34, 0.16 },
      narrow = { 0.03, 0.625, 0.94, 0.075 } },
    { kind = "messages", rect = { 0.61, 0.3, 0.37, 0.68 }, narrow = { 0.02, 0.7, 0.96, 0.3 },
      font = "sans", size = 19, compact = true, choices = true },
  },
}
