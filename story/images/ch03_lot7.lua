-- story/images/ch03_lot7.lua: the Lot 7 task screen, deliberately empty of
-- content: a wide grey rectangle where the text would be, a thin line of small
-- print at its top (a number, a word count), four blank category buttons.
-- Nothing is written in the grey: something withheld, not a loading screen.
-- Format: see ch01_crosswalk.lua.

local shapes = {}
local function add(s) shapes[#shapes + 1] = s end

add { rect = { 0, 0, 640, 400 }, color = "#e9eaec" }
-- The small print: a number, a word count (bars, not words).
add { rect = { 40, 34, 70, 7 }, color = "#8d9196" }
add { rect = { 118, 34, 40, 7 }, color = "#a9adb1" }
add { rect = { 520, 34, 80, 7 }, color = "#a9adb1" }
-- The grey where the text is not shown.
add { rect = { 40, 52, 560, 236 }, color = "#b9bcc0" }
add { rect = { 40, 52, 560, 3 }, color = "#a3a7ab" }
-- Four category buttons, blank.
for i = 0, 3 do
  local x = 40 + i * 143
  add { rect = { x, 318, 131, 46 }, color = "#9ea2a6" }
  add { rect = { x + 2, 320, 127, 42 }, color = "#f6f6f7" }
end

---@type Image
return { width = 640, height = 400, background = "#e9eaec", shapes = shapes }
