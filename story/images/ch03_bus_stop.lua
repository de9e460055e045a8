-- story/images/ch03_bus_stop.lua: a suburban street in grey morning light.
-- On the right, a glass bus shelter with a bench, no sign, no timetable, one
-- pane cracked in a star; further on, half hidden by a parked white van, a
-- thin pole with a small round sign faded to a pale blur. Nobody waits.
-- Format: see ch01_crosswalk.lua.

local shapes = {}
local function add(s) shapes[#shapes + 1] = s end

-- Low grey sky, a row of small houses, the street and the pavement.
add { rect = { 0, 0, 640, 150 }, color = "#b9bec2" }
add { rect = { 0, 150, 640, 40 }, color = "#c4c7c9" }
add { poly = { 0, 190, 0, 120, 60, 95, 120, 120, 120, 190 }, color = "#8e8f8c" }
add { poly = { 120, 190, 120, 130, 175, 105, 230, 130, 230, 190 }, color = "#9a958d" }
add { poly = { 230, 190, 230, 115, 300, 90, 370, 115, 370, 190 }, color = "#888b8e" }
add { rect = { 30, 140, 18, 22 }, color = "#5d6266" }
add { rect = { 160, 145, 16, 20 }, color = "#5d6266" }
add { rect = { 290, 135, 18, 24 }, color = "#5d6266" }
add { rect = { 0, 190, 640, 30 }, color = "#a3a4a3" }
add { rect = { 0, 220, 640, 180 }, color = "#6c6f72" }
add { rect = { 0, 220, 640, 6 }, color = "#8b8d8e" }
add { rect = { 40, 318, 70, 6 }, color = "#d5d5cf", alpha = 0.6 }
add { rect = { 200, 318, 70, 6 }, color = "#d5d5cf", alpha = 0.6 }
add { rect = { 360, 318, 70, 6 }, color = "#d5d5cf", alpha = 0.5 }

-- Further on: the pole and its faded round sign, half behind the van.
add { rect = { 262, 120, 4, 100 }, color = "#4f5559" }
add { circle = { 264, 118, 13 }, color = "#dfe3e6" }
add { circle = { 264, 118, 10 }, color = "#b8c6d0", alpha = 0.7 }
add { circle = { 262, 116, 5 }, color = "#9fb0bd", alpha = 0.5 }
-- The white van.
add { poly = { 170, 222, 170, 150, 250, 150, 250, 165, 285, 170, 300, 195, 300, 222 }, color = "#eceeed" }
add { poly = { 255, 170, 282, 174, 293, 193, 255, 193 }, color = "#7d8b95" }
add { rect = { 170, 205, 130, 8 }, color = "#c9cbca" }
add { circle = { 195, 222, 12 }, color = "#25282a" }
add { circle = { 275, 222, 12 }, color = "#25282a" }

-- The shelter: a dark frame, a roof, three panes of glass, the bench.
add { rect = { 400, 92, 210, 10 }, color = "#3e4347" }
add { rect = { 402, 102, 6, 150 }, color = "#4a5054" }
add { rect = { 602, 102, 6, 150 }, color = "#4a5054" }
add { rect = { 408, 104, 64, 140 }, color = "#cfe0ea", alpha = 0.35 }
add { rect = { 474, 104, 64, 140 }, color = "#cfe0ea", alpha = 0.3 }
add { rect = { 540, 104, 62, 140 }, color = "#cfe0ea", alpha = 0.35 }
add { rect = { 472, 104, 2, 140 }, color = "#4a5054" }
add { rect = { 538, 104, 2, 140 }, color = "#4a5054" }
add { rect = { 430, 200, 150, 8 }, color = "#5b4a3a" }
add { rect = { 440, 208, 5, 30 }, color = "#3e4347" }
add { rect = { 565, 208, 5, 30 }, color = "#3e4347" }
-- The cracked pane: a star of thin lines from one point.
local cx, cy = 505, 150
local rays = { 30, -20, 25, 28, -28, 22, 0, -30, -18, -26, 26, -10 }
for i = 1, #rays, 2 do
  add { line = { cx, cy, cx + rays[i], cy + rays[i + 1] }, width = 1.2, color = "#f4f7f9", alpha = 0.9 }
end
add { circle = { cx, cy, 3 }, color = "#f4f7f9", alpha = 0.9 }
-- Where a timetable would be: an empty frame.
add { rect = { 548, 120, 40, 54 }, color = "#3e4347", alpha = 0.25 }

---@type Image
return { width = 640, height = 400, background = "#6c6f72", shapes = shapes }
