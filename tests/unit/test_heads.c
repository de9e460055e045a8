/* Unit tests of the heads' cache (heads.h, issue 15): what it keeps reads
** back as it was written, an entry is given only for its own stamp, and a
** text damaged anywhere (one bit, a truncation, another API) is refused
** whole, never trusted. */
#include <jansson.h>

#include "check.h"
#include "heads.h"

static json_t *defs(const char *id, int number, const char *title)
{
  return json_pack("[{s:s, s:i, s:s, s:s, s:{s:i}}]", "id", id, "number", number, "side", "yacine",
                   "title", title, "defaults", "n", number);
}

/* A cache of two files, as text (malloc'd). */
static char *sample(size_t *len)
{
  Heads *h = heads_new("lua/ficelle/story.lua|/x|100|5|-1");
  json_t *a = defs("c1", 1, "Un"), *b = defs("c2", 2, "Deux\n\"deux\"");
  char *text;
  heads_put(h, "story/b.lua", "/x|20|7|-1", b);
  heads_put(h, "story/a.lua", "/x|10|7|-1", a);
  CHECK(heads_changed(h));
  text = heads_dump(h, len);
  heads_free(h);
  json_decref(a);
  json_decref(b);
  return text;
}

static char *copy(const char *text, size_t len)
{
  char *t = malloc(len + 1);
  memcpy(t, text, len);
  t[len] = '\0';
  return t;
}

static void test_round_trip(void)
{
  size_t len;
  char *text = sample(&len);
  Heads *h = heads_parse(copy(text, len), len, "lua/ficelle/story.lua|/x|100|5|-1");
  const HeadsChapter *c;
  json_t *d;
  REQUIRE(h != NULL);
  CHECK(!heads_changed(h));
  CHECK(heads_get(h, "story/a.lua", "/x|10|7|-1", &c) == 1);
  CHECK(c[0].number == 1);
  CHECK_STR(c[0].id, "c1");
  CHECK_STR(c[0].side, "yacine");
  CHECK(heads_get(h, "story/b.lua", "/x|20|7|-1", &c) == 1);
  CHECK(c[0].len == strlen(c[0].decl));
  d = json_loadb(c[0].decl, c[0].len, 0, NULL);
  CHECK_STR(json_string_value(json_object_get(d, "title")), "Deux\n\"deux\"");
  CHECK(json_integer_value(json_object_get(json_object_get(d, "defaults"), "n")) == 2);
  json_decref(d);
  /* Another stamp (the file changed), or no entry: nothing. */
  CHECK(heads_get(h, "story/b.lua", "/x|21|7|-1", &c) == 0 && c == NULL);
  CHECK(heads_get(h, "story/c.lua", "/x|20|7|-1", &c) == 0);
  /* What was written again reads back the same, byte for byte. */
  {
    size_t n;
    char *again = heads_dump(h, &n);
    CHECK(n == len && memcmp(again, text, len) == 0);
    free(again);
  }
  heads_free(h);
  free(text);
}

/* Every single bit flipped, every truncation, another API: refused. */
static void test_damage_refused(void)
{
  size_t len, flips = 0, taken = 0;
  char *text = sample(&len);
  for (size_t i = 0; i < len; i++)
    for (int bit = 0; bit < 8; bit++) {
      char *t = copy(text, len);
      Heads *h;
      t[i] ^= (char)(1 << bit);
      h = heads_parse(t, len, "lua/ficelle/story.lua|/x|100|5|-1");
      flips++;
      taken += h != NULL;
      heads_free(h);
    }
  CHECK(flips == 8 * len && taken == 0);
  for (size_t n = 0; n < len; n++) {
    Heads *h = heads_parse(copy(text, n), n, "lua/ficelle/story.lua|/x|100|5|-1");
    taken += h != NULL;
    heads_free(h);
  }
  CHECK(taken == 0);
  CHECK(heads_parse(copy(text, len), len, "lua/ficelle/story.lua|/x|101|5|-1") == NULL);
  CHECK(heads_parse(copy("{\"api\": 1}", 10), 10, "x") == NULL); /* an older engine's JSON */
  free(text);
}

/* Entries not seen go with heads_prune; a path or stamp that the text cannot
** hold is not kept; a put replaces. */
static void test_prune_and_put(void)
{
  size_t len;
  char *text = sample(&len);
  Heads *h = heads_parse(copy(text, len), len, "lua/ficelle/story.lua|/x|100|5|-1");
  const HeadsChapter *c;
  json_t *d = defs("c9", 9, "Neuf");
  REQUIRE(h != NULL);
  heads_get(h, "story/b.lua", "(another stamp)", &c); /* seen, even so */
  heads_prune(h);
  CHECK(heads_changed(h));
  CHECK(heads_get(h, "story/a.lua", "/x|10|7|-1", &c) == 0);
  CHECK(heads_get(h, "story/b.lua", "/x|20|7|-1", &c) == 1);
  heads_put(h, "story/b.lua", "/x|30|7|-1", d);
  CHECK(heads_get(h, "story/b.lua", "/x|20|7|-1", &c) == 0);
  CHECK(heads_get(h, "story/b.lua", "/x|30|7|-1", &c) == 1 && c[0].number == 9);
  heads_put(h, "story/t\tab.lua", "/x|30|7|-1", d);
  CHECK(heads_get(h, "story/t\tab.lua", "/x|30|7|-1", &c) == 0);
  heads_clear(h);
  CHECK(heads_get(h, "story/b.lua", "/x|30|7|-1", &c) == 0);
  json_decref(d);
  heads_free(h);
  free(text);
}

int main(void)
{
  RUN(test_round_trip);
  RUN(test_damage_refused);
  RUN(test_prune_and_put);
  return check_done("heads");
}
