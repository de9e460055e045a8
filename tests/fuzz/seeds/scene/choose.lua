local c = choose { 'a', { 'b', when = v.n == nil }, prompt = 'p ?' }
v.n = c
if c == 1 then jump 'f.b' end
say('Yacine', 'n = {n}')
end_chapter()
