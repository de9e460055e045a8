-- story/images/ch04_smile.lua: inside a city bus at night, from the seat
-- across the aisle. A woman of about forty in three-quarter view, by a window
-- streaked with light; a thick knitted scarf covers her mouth and chin; only
-- her eyes show, narrowed, with small creases: smiling, squinting, or about to
-- cry. Her phone lights her face from below. Format: see ch01_crosswalk.lua.
-- (The curves are points computed once, by hand: data files have no math.)

local shapes = {}
local function add(s) shapes[#shapes + 1] = s end

-- The bus at night: dark blue, the window on the right streaked with lights.
add { rect = { 0, 0, 640, 400 }, color = "#141a26" }
add { rect = { 380, 30, 260, 220 }, color = "#0b0f18" }
add { line = { 390, 80, 630, 60 }, width = 3, color = "#f2c46b", alpha = 0.55 }
add { line = { 400, 120, 640, 95 }, width = 2, color = "#f6e4b0", alpha = 0.45 }
add { line = { 385, 170, 620, 150 }, width = 4, color = "#e0623c", alpha = 0.35 }
add { line = { 420, 200, 640, 185 }, width = 2, color = "#9fc4e8", alpha = 0.4 }
add { line = { 380, 60, 520, 50 }, width = 1.5, color = "#ffffff", alpha = 0.3 }
add { rect = { 372, 24, 10, 236 }, color = "#2a3140" }
add { rect = { 372, 250, 268, 10 }, color = "#2a3140" }
-- A seat back and a grab pole.
add { rect = { 60, 250, 300, 150 }, color = "#1f2a3d" }
add { rect = { 30, 0, 8, 400 }, color = "#8c96a3", alpha = 0.6 }

-- Her coat and shoulders.
add { poly = { 110, 400, 130, 300, 190, 268, 300, 262, 360, 290, 380, 400 }, color = "#3b3336" }
-- Hair, behind the face.
add { poly = { 321, 138, 322, 164, 317, 189, 307, 212, 292, 230, 273, 243, 252, 249, 230, 249, 208, 242, 189, 228, 173, 210, 161, 187, 155, 162, 154, 136, 159, 111, 169, 88, 184, 70, 203, 57, 224, 51, 246, 51, 268, 58, 287, 72, 303, 90, 315, 113 }, color = "#1d1716" }
-- The face, three-quarter, an oval turned a little.
add { poly = { 301, 159, 302, 181, 299, 203, 291, 222, 279, 237, 264, 248, 248, 253, 231, 253, 214, 246, 198, 235, 185, 219, 176, 199, 171, 177, 170, 155, 173, 133, 181, 114, 193, 99, 208, 88, 224, 83, 241, 83, 258, 90, 274, 101, 287, 117, 296, 137 }, color = "#b98a6e" }
-- The phone's light on the lower face.
add { circle = { 240, 212, 58 }, color = "#cfe3ff", alpha = 0.07 }
-- Eyes, narrowed: thin almonds, and the small creases at their corners.
add { poly = { 228, 157, 226, 159, 220, 161, 212, 162, 204, 162, 198, 161, 196, 159, 198, 157, 204, 155, 212, 154, 220, 154, 226, 155 }, color = "#2a1e1a" }
add { poly = { 277, 158, 275, 160, 269, 161, 262, 160, 254, 159, 249, 157, 247, 154, 249, 152, 255, 151, 262, 152, 270, 153, 275, 155 }, color = "#2a1e1a" }
add { line = { 187, 160, 178, 155 }, width = 1.5, color = "#7a5643" }
add { line = { 187, 165, 177, 166 }, width = 1.5, color = "#7a5643" }
add { line = { 283, 158, 292, 153 }, width = 1.5, color = "#7a5643" }
add { line = { 283, 163, 293, 164 }, width = 1.5, color = "#7a5643" }
add { line = { 200, 146, 226, 143 }, width = 2.5, color = "#2a1e1a" }
add { line = { 248, 143, 272, 146 }, width = 2.5, color = "#2a1e1a" }
-- The scarf, thick, over mouth and chin, with its knitted ribs.
add { poly = { 168, 190, 300, 184, 318, 232, 300, 268, 180, 276, 156, 236 }, color = "#8a3b35" }
for i = 0, 8 do
  local x = 176 + i * 15
  add { line = { x, 192, x - 4, 270 }, width = 2, color = "#6d2c28", alpha = 0.8 }
end
add { poly = { 160, 236, 318, 228, 312, 246, 166, 254 }, color = "#9c4740", alpha = 0.7 }
-- Her hand and the phone, its screen lit.
add { poly = { 224, 374, 242, 340, 296, 336, 310, 370, 290, 394, 236, 396 }, color = "#b08066" }
add { poly = { 242, 280, 292, 276, 298, 362, 248, 366 }, color = "#0e1117" }
add { poly = { 247, 285, 288, 282, 293, 356, 252, 359 }, color = "#d9ebff" }

---@type Image
return { width = 640, height = 400, background = "#141a26", shapes = shapes }
