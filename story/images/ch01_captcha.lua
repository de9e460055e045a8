-- story/images/ch01_captcha.lua: the « Je ne suis pas un robot » grid: nine
-- street photos; three traffic lights whole, one only as a pole cut by the
-- edge; a wall, a tree, sky. A blue band above. Format: ch01_crosswalk.lua.

local shapes = {}
local function add(s) shapes[#shapes + 1] = s end

-- The band with the words to find (drawn as bars: the question is below it).
add { rect = { 0, 0, 480, 64 }, color = "#4a79d8" }
add { rect = { 18, 16, 150, 10 }, color = "#ffffff", alpha = 0.8 }
add { rect = { 18, 34, 220, 14 }, color = "#ffffff" }

local W, H, G = 148, 108, 9  -- a tile, and the white between tiles: 3 x 157 + 9 = 480 wide

local function sky(x, y, tint)
  add { rect = { x, y, W, H }, color = tint or "#9fb6c9" }
  add { rect = { x, y + H * 0.72, W, H * 0.28 }, color = "#6d7378" }
end

local function light(x, y, dx, cut)
  -- A pole, and the box with its three discs (the top one red).
  if cut then   -- the pole alone, running out of the top of the photo
    add { rect = { x + dx, y, 9, H }, color = "#2b2f33" }
    add { rect = { x + dx - 3, y + H * 0.72 - 4, 15, 5 }, color = "#3a3f44" }
    return
  end
  add { rect = { x + dx + 14, y + 40, 7, H - 40 }, color = "#2b2f33" }
  add { rect = { x + dx, y + 8, 35, 64 }, color = "#1e2124" }
  add { circle = { x + dx + 17.5, y + 20, 8 }, color = "#e23b2e" }
  add { circle = { x + dx + 17.5, y + 40, 8 }, color = "#4a3b1c" }
  add { circle = { x + dx + 17.5, y + 60, 8 }, color = "#1f3a26" }
end

local function wall(x, y)
  add { rect = { x, y, W, H }, color = "#b49a7c" }
  for row = 0, 5 do
    local off = (row % 2) * 16
    for col = -1, 4 do
      -- Bricks cut at the tile's edges, not spilling over the next photo.
      local bx, bw = x + off + col * 32 + 2, 28
      if bx < x then bw, bx = bw - (x - bx), x end
      if bx + bw > x + W then bw = x + W - bx end
      if bw > 0 then
        add { rect = { bx, y + row * 18 + 2, bw, 14 }, color = "#a4876a" }
      end
    end
  end
end

local function tree(x, y)
  sky(x, y, "#a9c0cf")
  add { rect = { x + 70, y + 55, 12, 40 }, color = "#5b4331" }
  add { circle = { x + 76, y + 45, 32 }, color = "#4d7a43" }
  add { circle = { x + 55, y + 55, 20 }, color = "#5b8a4e" }
  add { circle = { x + 98, y + 55, 22 }, color = "#446d3b" }
end

local tiles = {
  function(x, y) sky(x, y); light(x, y, 60) end,
  function(x, y) wall(x, y) end,
  function(x, y) sky(x, y, "#b5c6d3") end,
  function(x, y) tree(x, y) end,
  function(x, y) sky(x, y); light(x, y, 20); add { rect = { x + 88, y + 70, 56, 30 }, color = "#8c2f2f" } end,
  function(x, y) sky(x, y); light(x, y, 132, true) end,  -- only the pole, cut by the edge
  function(x, y) wall(x, y) end,
  function(x, y) sky(x, y, "#93aabd"); light(x, y, 95) end,
  function(x, y) tree(x, y) end,
}
for i = 1, #tiles do
  local draw = tiles[i]
  local col, row = (i - 1) % 3, (i - 1) // 3
  local x, y = G + col * (W + G), 64 + G + row * (H + G)
  draw(x, y)
end
-- The white gutters drawn last hide whatever spilled over a tile's edge.
for col = 0, 3 do add { rect = { col * (W + G), 64, G, 3 * (H + G) + G }, color = "#ffffff" } end
for row = 0, 3 do add { rect = { 0, 64 + row * (H + G), 480, G }, color = "#ffffff" } end

---@type Image
return { width = 480, height = 64 + 3 * (H + G) + G, background = "#ffffff", shapes = shapes }
