say 'x'
jump 'f.b'
