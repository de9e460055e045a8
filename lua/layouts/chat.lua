-- lua/layouts/chat.lua: a chat (the office's team channel, Le Comptoir):
-- each say(who, ...) is a message, under the time `clock` showed when it came
-- (bind { clock = "0 h 07" }: the next messages are at 0 h 07).
-- Format: see lua/layouts/page.lua.
---@type Layout
return {
  mood = "office",
  panels = {
    { kind = "sidebar", rect = { 0, 0, 0.24, 1 }, ui = "chat.title",
      channel = "channel", people = "people" },
    { kind = "bar", rect = { 0.24, 0, 0.76, 0.1 },
      items = { { bind = "channel", style = "title" }, { bind = "clock", label = "platform.clock", optional = true } } },
    { kind = "messages", rect = { 0.24, 0.1, 0.76, 0.9 }, size = 19, choices = true,
      composer = "chat.composer", time = true },
  },
}
