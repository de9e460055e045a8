-- What Yacine's chapters share: his balance and his fatigue, as the platform's
-- screen shows them. `local yacine = require "lib.yacine"` in a chapter file.
local M = {}

---Adds centimes to the balance and shows it on the task screen.
---@param centimes integer
function M.earn(centimes)
  v.balance = v.balance + centimes
  bind { balance = v.balance }
end

---Adds to the fatigue, which stops at 10.
---@param points integer
function M.tire(points)
  v.fatigue = math.min(10, v.fatigue + points)
end

return M
