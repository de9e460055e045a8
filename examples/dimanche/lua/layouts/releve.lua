-- The week's statement: a bar with one figure over the page (the format of a
-- layout is in lua/layouts/page.lua of the game).
---@type Layout
return {
  mood = "yacine",
  panels = {
    { kind = "bar", rect = { 0, 0, 1, 0.1 },
      items = { { ui = "dimanche.title", style = "title" },
                { bind = "balance", format = "euros", label = "dimanche.balance" } } },
    { kind = "lines", rect = { 0.1, 0.14, 0.8, 0.84 }, head = true, choices = true },
  },
}
