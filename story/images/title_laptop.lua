-- story/images/title_laptop.lua: the title screen's picture. A bedroom before
-- dawn: the window still blue-black, an ironing board used as a desk, and on
-- it a laptop whose screen is the only light, a grid of small tasks on it.
-- Format: see ch01_crosswalk.lua.

local shapes = {}
local function add(s) shapes[#shapes + 1] = s end

-- The window, before dawn, and its frame.
add { rect = { 330, 40, 200, 230 }, color = "#1b2436" }
add { rect = { 330, 40, 200, 90 }, color = "#22304a" }
add { rect = { 426, 40, 8, 230 }, color = "#0f1116" }
add { rect = { 330, 150, 200, 8 }, color = "#0f1116" }
add { rect = { 320, 30, 220, 10 }, color = "#0f1116" }
add { rect = { 320, 270, 220, 12 }, color = "#16181d" }
-- A last star, a lit window across the street.
add { circle = { 372, 70, 2 }, color = "#c9d6ee", alpha = 0.8 }
add { rect = { 470, 200, 12, 16 }, color = "#e8c27a", alpha = 0.5 }

-- The glow of the screen on the wall and the board.
for r = 170, 50, -20 do
  add { circle = { 200, 296, r }, color = "#7ea6f0", alpha = 0.025 }
end

-- The ironing board: a long slanted top on crossed legs.
add { poly = { 40, 352, 380, 352, 392, 364, 30, 364 }, color = "#2d2a2a" }
add { line = { 120, 364, 260, 480 }, width = 8, color = "#24211f" }
add { line = { 260, 364, 120, 480 }, width = 8, color = "#24211f" }

-- The laptop: its screen, the tasks on it, the keyboard seen edge-on.
add { poly = { 120, 230, 280, 230, 284, 346, 116, 346 }, color = "#101318" }
add { poly = { 127, 237, 273, 237, 276, 339, 124, 339 }, color = "#e9eef7" }
add { rect = { 127, 237, 149, 14 }, color = "#6f9be8" }
for row = 0, 3 do
  for col = 0, 5 do
    local done = (row * 6 + col) % 4 ~= 3
    add { rect = { 136 + col * 22, 262 + row * 18, 16, 12 },
          color = done and "#c6d5f0" or "#e3a55a" }
  end
end
add { poly = { 100, 346, 300, 346, 318, 356, 82, 356 }, color = "#23262d" }

-- A mug beside it, still warm.
add { rect = { 318, 322, 26, 30 }, color = "#8a3b35" }
add { rect = { 344, 330, 8, 14 }, color = "#8a3b35" }
add { line = { 326, 316, 330, 300 }, width = 2, color = "#c9c2b8", alpha = 0.35 }
add { line = { 336, 316, 332, 298 }, width = 2, color = "#c9c2b8", alpha = 0.3 }

---@type Image
return { width = 560, height = 480, shapes = shapes }
