for i = 1, 10 do v['x' .. i] = { i, tostring(i) } end
say(string.rep('a', 100) .. random(1, 6))
jump 'f.a'
