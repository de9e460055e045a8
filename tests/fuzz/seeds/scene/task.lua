layout 'platform' { balance = 3, clock = '6 h 12' }
local t = task { kind = 'text', question = 'q', text = 't', answers = { 'a', 'b' }, pay = 3 }
bind { balance = 3 + t }
ending { id = 'e', title = 'Fin' }
