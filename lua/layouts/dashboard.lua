-- lua/layouts/dashboard.lua: Nuée's figures, as the office sees them.
-- Format: see lua/layouts/page.lua.
---@type Layout
return {
  mood = "office",
  panels = {
    { kind = "bar", rect = { 0, 0, 1, 0.1 },
      items = { { ui = "dashboard.brand", style = "brand" }, { bind = "clock", label = "platform.clock", optional = true } } },
    { kind = "rows", bind = "rows", rect = { 0.04, 0.14, 0.56, 0.6 },
      narrow = { 0.04, 0.11, 0.92, 0.45 } },
    { kind = "table", bind = "table", rect = { 0.04, 0.14, 0.56, 0.62 },
      narrow = { 0.04, 0.11, 0.92, 0.45 } },
    -- Claire drew it in grey and green: a remark, not an alarm. The binding
    -- `tone` ("warn", "alert", "note") draws it otherwise for one screen.
    { kind = "notice", bind = "alert", style = "note", tone = "tone", rect = { 0.04, 0.79, 0.56, 0.17 },
      narrow = { 0.04, 0.57, 0.92, 0.08 } },
    { kind = "lines", rect = { 0.62, 0.1, 0.38, 0.9 }, narrow = { 0, 0.65, 1, 0.35 },
      font = "sans", size = 20, margin = 32, choices = true },
  },
}
