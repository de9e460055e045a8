-- story/reading/words.lua: each chapter's words along its main path (the
-- first option of every choice), in each language, and the minutes a fluent
-- reader takes, as the chapter menu shows them. Written by `ficelle words
-- --dev --no-mods > story/reading/words.lua`; do not edit (a test compares).
return {
  ch01 = {
    words = { fr = 2968, en = 2894, },
    minutes = { fr = 15, en = 15, },
  },
  ch02 = {
    words = { fr = 2947, en = 2872, },
    minutes = { fr = 15, en = 15, },
  },
  ch03 = {
    words = { fr = 2801, en = 2706, },
    minutes = { fr = 15, en = 14, },
  },
  ch04 = {
    words = { fr = 3022, en = 2906, },
    minutes = { fr = 16, en = 15, },
  },
}
