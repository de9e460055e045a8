-- lua/layouts/card.lua: the discussion card at a chapter's end (and the mood
-- of chapter cards): `rect` is the card's place as fractions of the window.
-- Format: see lua/layouts/page.lua.
---@type Layout
return {
  mood = "side",
  rect = { 0.05, 0.05, 0.9, 0.9 },
}
