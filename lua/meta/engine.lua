---@meta
-- Annotations for the functions the engine adds in C (engine/core/story.c), for
-- Lua language servers. Not loaded by the engine.

---A whole number from m to n from the story's seeded generator; random(n) is
---random(1, n) and random() a number in [0, 1). math.random is the same.
---@param m? integer
---@param n? integer
---@return number
function random(m, n) end
