return { mood = "side", panels = { { kind = "lines", rect = { 0, 0, 1, 1 }, choices = true } } }
