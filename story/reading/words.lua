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
    words = { fr = 2945, en = 2868, },
    minutes = { fr = 15, en = 15, },
  },
  ch03 = {
    words = { fr = 2801, en = 2706, },
    minutes = { fr = 15, en = 14, },
  },
  ch04 = {
    words = { fr = 3021, en = 2904, },
    minutes = { fr = 16, en = 15, },
  },
  ch05 = {
    words = { fr = 2084, en = 2065, },
    minutes = { fr = 11, en = 11, },
  },
  ch06 = {
    words = { fr = 2367, en = 2319, },
    minutes = { fr = 12, en = 12, },
  },
  ch07 = {
    words = { fr = 2156, en = 2056, },
    minutes = { fr = 11, en = 11, },
  },
  ch08 = {
    words = { fr = 2358, en = 2294, },
    minutes = { fr = 12, en = 12, },
  },
}
