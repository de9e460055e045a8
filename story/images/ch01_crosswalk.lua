-- story/images/ch01_crosswalk.lua: a street in the rain at dusk, seen from a
-- low car window; a bus half out of frame, wet asphalt, a pedestrian crossing
-- so worn that two and a half bands remain. (ch01, and ch04 on purpose.)
--
-- The format of a task image (read by story_data(story, "images", name), drawn
-- by engine/sdl/draw.c with SDL_RenderGeometry, so it is sharp at any size):
--   width, height   the drawing's own units; it is scaled to fit its card,
--                   keeping its proportions
--   background      a colour filling the whole drawing (optional)
--   shapes          drawn in order, each a table with one of
--                     rect = { x, y, w, h }
--                     poly = { x1, y1, x2, y2, x3, y3, ... }   (any simple polygon)
--                     circle = { x, y, r }
--                     line = { x1, y1, x2, y2 }, width = w      (in drawing units)
--                   and color = "#rrggbb" (or "#rgb", "#rrggbbaa"), alpha = 0..1
-- The file is plain Lua: helpers and loops are fine, as long as it returns
-- the same table every time. Data files run bare: no standard library
-- (no math, no ipairs), only the language itself.

local shapes = {}
local function add(s) shapes[#shapes + 1] = s end

-- Dusk sky, and the town's dark blocks against it.
add { rect = { 0, 0, 640, 90 }, color = "#3b4452" }
add { rect = { 0, 90, 640, 80 }, color = "#4a5261" }
add { poly = { 150, 170, 150, 70, 230, 70, 230, 100, 300, 100, 300, 170 }, color = "#232a33" }
add { poly = { 300, 170, 300, 55, 390, 55, 390, 170 }, color = "#1d232b" }
add { poly = { 390, 170, 390, 85, 470, 85, 470, 120, 540, 120, 540, 170 }, color = "#262d36" }
add { poly = { 540, 170, 540, 40, 640, 40, 640, 170 }, color = "#1b2027" }
-- Lit windows.
for i = 0, 5 do
  add { rect = { 316 + (i % 3) * 24, 72 + (i // 3) * 30, 12, 16 }, color = "#e8c27a", alpha = 0.75 }
end
add { rect = { 560, 60, 14, 18 }, color = "#e8c27a", alpha = 0.6 }
add { rect = { 600, 100, 14, 18 }, color = "#e8c27a", alpha = 0.5 }

-- The road, in perspective, and the pavement on the right.
add { rect = { 0, 170, 640, 230 }, color = "#2a2d31" }
add { poly = { 520, 170, 640, 170, 640, 230 }, color = "#3a3d40" }

-- The crossing: bands in perspective; two and a half left, the rest ghosts.
local bands = {
  { 0.95, "#dcdcd4" }, { 0.9, "#d6d6ce" }, { 0.5, "#cfcfc7" },
  { 0.18, "#8a8c8c" }, { 0.12, "#7c7e7f" }, { 0.1, "#7c7e7f" },
}
for i = 1, #bands do
  local b = bands[i]
  local x = 150 + (i - 1) * 62
  add { poly = { x, 250, x + 34, 250, x + 22, 320, x - 20, 320 }, color = b[2], alpha = b[1] }
end
-- The half band: paint only on its upper half.
add { poly = { 274, 250, 308, 250, 302, 282, 265, 282 }, color = "#d8d8d0", alpha = 0.85 }

-- Headlights on the wet asphalt: long soft streaks.
add { poly = { 150, 300, 175, 300, 205, 400, 120, 400 }, color = "#f2d28a", alpha = 0.22 }
add { poly = { 95, 300, 112, 300, 120, 400, 60, 400 }, color = "#f2d28a", alpha = 0.18 }
add { poly = { 420, 200, 430, 200, 460, 300, 410, 300 }, color = "#e0413a", alpha = 0.18 }

-- The bus, half out of the frame on the left.
add { rect = { 0, 110, 165, 190 }, color = "#2f5d7c" }
add { rect = { 0, 122, 155, 70 }, color = "#16232d" }
add { rect = { 0, 200, 165, 8 }, color = "#d9b44a" }
add { rect = { 0, 282, 165, 18 }, color = "#1c2f3d" }
add { circle = { 150, 268, 11 }, color = "#fff2c4" }
add { circle = { 150, 268, 26 }, color = "#fff2c4", alpha = 0.2 }
add { circle = { 40, 300, 24 }, color = "#111417" }
add { circle = { 40, 300, 10 }, color = "#3a3f44" }

-- A pedestrian at the kerb, under an umbrella.
add { rect = { 560, 190, 22, 62 }, color = "#15181c" }
add { circle = { 571, 182, 10 }, color = "#2a2320" }
add { rect = { 561, 252, 8, 26 }, color = "#15181c" }
add { rect = { 574, 252, 8, 26 }, color = "#15181c" }
-- A half ellipse (the data files have no math library: points by hand).
local umbrella = { 531, 172, 532, 166, 536, 160, 543, 155, 551, 151, 561, 149, 571, 148, 581, 149, 591, 151, 599, 155, 606, 160, 610, 166, 611, 172 }
add { poly = umbrella, color = "#7a2430" }
add { line = { 571, 172, 571, 205 }, width = 2, color = "#15181c" }

-- Rain, slanted, everywhere.
for i = 0, 47 do
  local x = (i * 97) % 620 + 12   -- inside the frame (tests/pixel checks it)
  local y = (i * 53) % 370
  add { line = { x, y, x - 8, y + 26 }, width = 1.5, color = "#c8d3dc", alpha = 0.35 }
end
-- The car window's wet glass: a few drops.
for i = 0, 9 do
  add { circle = { (i * 131) % 620 + 10, (i * 71) % 360 + 20, 3 + i % 3 }, color = "#d8e2ea", alpha = 0.25 }
end

---@type Image
return { width = 640, height = 400, background = "#2a2d31", shapes = shapes }
