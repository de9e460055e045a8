/* Fuzz target: a scene's body, through the sandbox and the step API, played
** a few steps (the first option at each choice): whatever it does, an error
** event and never a crash, a hang or memory past the cap. */
#include "fuzz.h"
#include "story.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
  static const char head[] =
      "chapter { id = 'f', number = 1, side = 'yacine', title = 'F', start = 'f.a' }\n"
      "scene('f.b', function() say 'b' end_chapter() end)\n"
      "scene('f.a', function()\n";
  static const char tail[] = "\nend)\n";
  StoryOptions so = { "fr", 0, 200000L, (size_t)32 << 20, 0 };
  uint8_t *text = malloc(sizeof head + size + sizeof tail);
  Story *s;
  memcpy(text, head, sizeof head - 1);
  memcpy(text + sizeof head - 1, data, size);
  memcpy(text + sizeof head - 1 + size, tail, sizeof tail - 1);
  fuzz_put("story/a.lua", text, sizeof head - 1 + size + sizeof tail - 1);
  free(text);
  if ((s = story_open(&so))) {
    const Event *ev = story_begin(s, 0);
    for (int i = 0; i < 20 && ev->kind != EVENT_END; i++) {
      if (ev->kind == EVENT_ERROR)
        ev = story_recover(s);
      else
        ev = story_step(
            s, &(Input){ ev->kind == EVENT_CHOICE ? INPUT_CHOICE : INPUT_CONTINUE, 0, NULL });
      if (i % 5 == 4)
        ev = story_rollback(s);
    }
    story_close(s);
  }
  return 0;
}
