/* Unit tests of state: save files round-trip, and a damaged one is refused. */
#include "check.h"
#include "state.h"

static void make(Checkpoint *cp, InputLog *log)
{
  memset(cp, 0, sizeof *cp);
  memset(log, 0, sizeof *log);
  cp->scene = strdup("ch01.matin");
  cp->chapter = 1;
  cp->vars = json_pack("{s:i, s:b, s:s, s:[i,i]}", "balance", 1712, "lot7", 1, "noise", "raised",
                       "list", 1, 2);
  cp->visits = json_pack("{s:i}", "ch01.matin", 1);
  rng_seed(&cp->rng, 42);
  cp->layout = strdup("platform");
  cp->bindings = json_pack("{s:i}", "balance", 1712);
  state_log_push(log, 0);
  state_log_push(log, 2);
  state_log_push(log, 0);
}

int main(void)
{
  Checkpoint cp, back = { 0 };
  InputLog log, blog = { 0 };
  json_t *meta = json_pack("{s:s}", "lang", "en"), *bmeta = NULL;
  size_t len;
  char *text;
  make(&cp, &log);
  text = state_save_write(&cp, &log, meta, &len);
  CHECK(text && len == strlen(text));
  CHECK(strncmp(text, "FICELLE-SAVE 1 ", 15) == 0);
  CHECK(state_save_read(text, len, &back, &blog, &bmeta));
  CHECK_STR(back.scene, "ch01.matin");
  CHECK(back.chapter == 1 && !back.chapter_card);
  CHECK(json_equal(back.vars, cp.vars));
  CHECK(json_equal(back.visits, cp.visits));
  CHECK(memcmp(&back.rng, &cp.rng, sizeof cp.rng) == 0);
  CHECK_STR(back.layout, "platform");
  CHECK(blog.n == 3 && blog.items[1] == 2);
  CHECK_STR(json_string_value(json_object_get(bmeta, "lang")), "en");
  json_decref(bmeta);

  /* One byte changed anywhere in the body: the checksum says so. */
  {
    char *bad = strdup(text);
    bad[len / 2] ^= 1;
    CHECK(!state_save_read(bad, len, &back, &blog, NULL));
    CHECK_HAS(err_get(), "damaged");
    free(bad);
  }
  CHECK(!state_save_read(text, len / 2, &back, &blog, NULL));   /* cut short */
  CHECK(!state_save_read("hello", 5, &back, &blog, NULL));
  CHECK_HAS(err_get(), "not a Ficelle save");
  {
    char *other = strdup(text);
    other[13] = '9';   /* another format */
    CHECK(!state_save_read(other, len, &back, &blog, NULL));
    CHECK_HAS(err_get(), "format 9");
    free(other);
  }
  {   /* a well-formed body without a field */
    const char *body = "{\"scene\":\"x\"}";
    char buf[256];
    snprintf(buf, sizeof buf, "FICELLE-SAVE 1 %016llx\n%s\n",
             state_checksum(body, strlen(body)), body);
    CHECK(!state_save_read(buf, strlen(buf), &back, &blog, NULL));
    CHECK_HAS(err_get(), "missing");
  }
  free(text);
  json_decref(meta);
  state_checkpoint_clear(&cp);
  state_checkpoint_clear(&back);
  state_log_clear(&log);
  state_log_clear(&blog);
  return check_done("test_state");
}
