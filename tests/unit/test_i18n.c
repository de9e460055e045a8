/* Unit tests of i18n: ids, placeholders, similarity, and the merge that keeps
** a translation when its French is edited (Ren'Py's orphaned-line bug). */
#include "check.h"
#include "i18n.h"

static void test_ids(void)
{
  char a[64], b[64], c[64];
  i18n_id(a, sizeof a, "ch01.reveil", "Bonjour.", NULL);
  i18n_id(b, sizeof b, "ch01.reveil", "Bonjour !", NULL);
  i18n_id(c, sizeof c, "ch01.reveil", "Bonjour.", "salut");
  CHECK(strncmp(a, "ch01.reveil:", 12) == 0 && strlen(a) == 12 + 8);
  CHECK(strcmp(a, b) != 0);
  CHECK_STR(c, "ch01.reveil:salut");
  CHECK(i18n_hash("") == 2166136261u);
  CHECK(i18n_hash("a") == 0xe40c292cu); /* FNV-1a's published value */
  i18n_id(a, sizeof a, "x", "a", NULL); /* the hash as eight hex digits, small letters */
  CHECK_STR(a, "x:e40c292c");
  i18n_id(a, 6, "x", "a", NULL); /* cut as snprintf cuts */
  CHECK_STR(a, "x:e40");
  i18n_id(a, 3, "ch01", "a", "pin");
  CHECK_STR(a, "ch");
}

/* i18n_format's result is want; a NULL want: it fails. */
#define NNBSP_UTF8 "\xE2\x80\xAF"

static void fmt_is(const char *pattern, const char *lang, const char *want)
{
  json_t *args = json_pack("{s:i, s:s, s:f}", "b", 1715, "who", "Ranto", "r", 93.5);
  json_t *vars = json_pack("{s:i}", "n", 3);
  char *s = i18n_format(pattern, args, vars, lang);
  if (want)
    CHECK_STR(s, want);
  else
    CHECK(s == NULL);
  free(s);
  json_decref(args);
  json_decref(vars);
}

static void test_format(void)
{
  fmt_is("Solde : {b:euros}", "fr",
         "Solde : 17,15"
         "\xE2\x80\xAF"
         "€");
  fmt_is("Balance: {b:euros}", "en", "Balance: €17.15");
  fmt_is("{who} a {n} tâches, {r} %, {{brut}}", "fr", "Ranto a 3 tâches, 93,5 %, {brut}");
  fmt_is("{r:int}", "en", "94");
  /* whole numbers grouped by thousands as each language does; decimals on demand */
  fmt_is("{b} labels", "fr",
         "1\xE2\x80\xAF"
         "715 labels");
  fmt_is("{b} labels", "en", "1,715 labels");
  fmt_is("{n} {r:.2}", "fr", "3 93,50");
  fmt_is("{r:.2}", "en", "93.50");
  fmt_is("{r:.x}", "en", NULL);
}

/* One value as a screen shows it: the window's status bar and the terminal's
** status line read the same (a narrow no-break space before € and % in French). */
static void test_format_value(void)
{
  json_t *cents = json_integer(1712), *owed = json_integer(-305), *pct = json_integer(88);
  json_t *half = json_real(93.5), *word = json_string("6 h 12"), *yes = json_true();
  char buf[64];
  i18n_format_value(cents, "euros", "fr", buf, sizeof buf);
  CHECK_STR(buf,
            "17,12"
            "\xE2\x80\xAF"
            "€");
  i18n_format_value(cents, "euros", "en", buf, sizeof buf);
  CHECK_STR(buf, "€17.12");
  i18n_format_value(owed, "euros", "fr", buf, sizeof buf);
  CHECK_STR(buf,
            "-3,05"
            "\xE2\x80\xAF"
            "€");
  i18n_format_value(owed, "euros", "en", buf, sizeof buf);
  CHECK_STR(buf, "-€3.05");
  i18n_format_value(pct, "percent", "fr", buf, sizeof buf);
  CHECK_STR(buf,
            "88"
            "\xE2\x80\xAF"
            "%");
  i18n_format_value(pct, "percent", "en", buf, sizeof buf);
  CHECK_STR(buf, "88%");
  i18n_format_value(half, "int", "fr", buf, sizeof buf);
  CHECK_STR(buf, "94");
  i18n_format_value(half, NULL, "en", buf, sizeof buf);
  CHECK_STR(buf, "93.5");
  i18n_format_value(pct, NULL, "fr", buf, sizeof buf);
  CHECK_STR(buf, "88");
  {
    json_t *count = json_integer(22126);
    i18n_format_value(count, NULL, "fr", buf, sizeof buf);
    CHECK_STR(buf, "22" NNBSP_UTF8 "126");
    i18n_format_value(count, NULL, "en", buf, sizeof buf);
    CHECK_STR(buf, "22,126");
    json_decref(count);
  }
  i18n_format_value(word, "euros", "fr", buf, sizeof buf);
  CHECK_STR(buf, "6 h 12");
  i18n_format_value(yes, NULL, "fr", buf, sizeof buf);
  CHECK_STR(buf, "✓");
  i18n_format_value(NULL, "euros", "fr", buf, sizeof buf);
  CHECK_STR(buf, "–");
  i18n_format_value(cents, "euros", "fr", buf, 4); /* cut, still terminated */
  CHECK_STR(buf, "17,");
  json_decref(cents), json_decref(owed), json_decref(pct);
  json_decref(half), json_decref(word), json_decref(yes);
}

static void test_format_errors(void)
{
  fmt_is("Il manque {rien}", "fr", NULL);
  CHECK_HAS(err_get(), "{rien}");
  fmt_is("{b:livres}", "fr", NULL);
  fmt_is("ouvert {", "fr", NULL);
}

static json_t *unit(const char *id, int line, const char *fr)
{
  return json_pack("{s:s, s:i, s:s}", "id", id, "line", line, "fr", fr);
}

static json_t *entry(const char *id, int line, const char *fr, const char *en)
{
  return json_pack("{s:s, s:i, s:s, s:s}", "id", id, "line", line, "fr", fr, "en", en);
}

/* An old catalog and the units of the story after an edit. */
static void merge_inputs(json_t **old, json_t **units)
{
  *old = json_array();
  *units = json_array();
  json_array_append_new(*old, entry("s:1", 10, "Il pleut sur Creil.", "It is raining on Creil."));
  json_array_append_new(*old, entry("s:2", 11, "Le café est froid.", "The coffee is cold."));
  json_array_append_new(
      *old, entry("s:3", 12, "Une phrase coupée au montage.", "A line cut in the edit."));
  json_array_append_new(*old, entry("t:9", 5, "Rien à voir.", "Nothing alike."));
  /* the same words under another id, still in use by s:1: nothing to keep */
  json_array_append_new(*old, entry("u:1", 3, "Il pleut sur Creil.", "It is raining on Creil."));
  /* s:1 unchanged; s:2's French gets a typo fixed (new id s:2b); s:3 removed */
  json_array_append_new(*units, unit("s:1", 10, "Il pleut sur Creil."));
  json_array_append_new(*units, unit("s:2b", 11, "Le café est froid…"));
  json_array_append_new(*units, unit("s:4", 13, "Une ligne toute neuve."));
}

static void test_merge(void)
{
  json_t *old, *units, *out, *e;
  int st[4];
  merge_inputs(&old, &units);
  out = i18n_merge(units, old, "en", st);
  REQUIRE(out != NULL);
  CHECK(st[0] == 1 && st[1] == 1 && st[2] == 1 && st[3] == 2);
  CHECK(json_array_size(out) == 5);
  e = json_array_get(out, 0);
  CHECK_STR(json_string_value(json_object_get(e, "en")), "It is raining on Creil.");
  CHECK(!json_object_get(e, "review"));
  e = json_array_get(out, 1); /* carried over, to review, the old French kept */
  CHECK_STR(json_string_value(json_object_get(e, "id")), "s:2b");
  CHECK_STR(json_string_value(json_object_get(e, "en")), "The coffee is cold.");
  CHECK(json_is_true(json_object_get(e, "review")));
  CHECK_STR(json_string_value(json_object_get(e, "was")), "Le café est froid.");
  e = json_array_get(out, 2); /* new: empty, to translate */
  CHECK_STR(json_string_value(json_object_get(e, "en")), "");
  e = json_array_get(out, 3); /* the removed line's translation is kept */
  CHECK_STR(json_string_value(json_object_get(e, "id")), "s:3");
  CHECK(json_is_true(json_object_get(e, "obsolete")));
  /* the unlike line of another scene was not used for s:4 */
  CHECK_STR(json_string_value(json_object_get(json_array_get(out, 4), "id")), "t:9");
  json_decref(out);
  json_decref(old);
  json_decref(units);
}

/* A second merge with the same units changes nothing: stable catalogs. */
static void test_merge_stable(void)
{
  json_t *old, *units, *out, *again;
  merge_inputs(&old, &units);
  out = i18n_merge(units, old, "en", NULL);
  REQUIRE(out != NULL);
  again = i18n_merge(units, out, "en", NULL);
  CHECK(json_equal(out, again));
  json_decref(again);
  json_decref(out);
  json_decref(old);
  json_decref(units);
}

/* A scene whose 1,000 lines were all edited: each takes its own old line's
** translation (the search is bounded, not against every orphan); a line moved
** to the scene's far end with its French unchanged finds it still. */
static void test_merge_many_edits(void)
{
  json_t *old = json_array(), *units = json_array(), *out;
  char id[32], fr[128], en[128];
  int st[4], wrong = 0;
  for (int i = 0; i < 1000; i++) {
    snprintf(id, sizeof id, "s:%d", i);
    snprintf(fr, sizeof fr, "Ligne %d de la scène, que Yacine lit au matin.", i);
    snprintf(en, sizeof en, "Line %d of the scene, which Yacine reads in the morning.", i);
    json_array_append_new(old, entry(id, 10 + i, fr, en));
    snprintf(id, sizeof id, "s:%de", i);
    snprintf(fr, sizeof fr, "Ligne %d de la scène, que Yacine relit au matin…", i);
    json_array_append_new(units, unit(id, 10 + i, fr));
  }
  json_array_append_new(old, entry("s:moved", 5, "Une ligne déplacée.", "A line moved."));
  json_array_append_new(units, unit("s:moved2", 5000, "Une ligne déplacée."));
  out = i18n_merge(units, old, "en", st);
  REQUIRE(out != NULL);
  CHECK(st[1] == 1001 && st[2] == 0);
  for (int i = 0; i < 1000; i++) {
    const json_t *e = json_array_get(out, (size_t)i);
    snprintf(en, sizeof en, "Line %d of the scene, which Yacine reads in the morning.", i);
    wrong += strcmp(json_string_value(json_object_get(e, "en")), en) != 0
        || !json_is_true(json_object_get(e, "review"));
  }
  CHECK(wrong == 0);
  CHECK_STR(json_string_value(json_object_get(json_array_get(out, 1000), "en")), "A line moved.");
  json_decref(out);
  json_decref(old);
  json_decref(units);
}

static void test_similarity(void)
{
  CHECK(i18n_similarity("abc", "abc") == 1.0);
  CHECK(i18n_similarity("", "") == 1.0);
  CHECK(i18n_similarity("abc", "xyz") == 0.0);
  CHECK(i18n_similarity("Le café est froid.", "Le café est froid…") > 0.9);
  CHECK(i18n_similarity("été", "ete") > 0.3); /* by code points, not bytes */
}

static void test_catalog(void)
{
  static const char *const files[] = {
    "story/i18n/en/a.json",
    "{\"entries\": [{\"id\": \"s:1\", \"fr\": \"Oui\", \"en\": \"Yes\"},"
    " {\"id\": \"s:2\", \"fr\": \"Non\", \"en\": \"No\", \"review\": true},"
    " {\"id\": \"s:3\", \"fr\": \"Peut-être\", \"en\": \"\"},"
    " {\"id\": \"s:4\", \"fr\": \"Jadis\", \"en\": \"Once\", \"obsolete\": true}]}",
    "story/i18n/en/broken.json",
    "{ not json",
    "lua/i18n/en/ui.json",
    "{\"menu.quit\": \"Quit\"}",
    NULL
  };
  Catalog *c;
  bool review;
  json_t *ui;
  fixture_story(files);
  c = i18n_open("en");
  REQUIRE(c != NULL);
  CHECK_STR(i18n_lookup(c, "s:1", &review), "Yes");
  CHECK(!review);
  CHECK_STR(i18n_lookup(c, "s:2", &review), "No");
  CHECK(review);
  CHECK(i18n_lookup(c, "s:3", NULL) == NULL); /* empty: missing */
  CHECK(i18n_lookup(c, "s:4", NULL) == NULL); /* obsolete */
  CHECK(i18n_lookup(c, "nope", NULL) == NULL);
  i18n_close(c);
  CHECK(i18n_open("de") == NULL);
  ui = i18n_ui_open("en");
  CHECK_STR(json_string_value(json_object_get(ui, "menu.quit")), "Quit");
  json_decref(ui);
  vfs_close();
}

/* A chapter's catalog read late and forgotten (a long playthrough left the
** chapter): its units go, but not a speaker's name, nor what another file's
** catalog set since, nor the catalogs read at the start; read again, it is
** all back. */
static void test_catalog_forget(void)
{
  static const char *const files[] = {
    "story/i18n/en/start.json",
    "{\"entries\": [{\"id\": \"m:1\", \"fr\": \"Menu\", \"en\": \"Menu\"}]}",
    "story/i18n/en/c01.json",
    "{\"entries\": [{\"id\": \"c01.a:1\", \"fr\": \"Oui\", \"en\": \"Yes\"},"
    " {\"id\": \"who:Yacine\", \"fr\": \"Yacine\", \"en\": \"Yacine E.\"},"
    " {\"id\": \"shared:1\", \"fr\": \"Lu\", \"en\": \"Read (c01)\"}]}",
    "story/i18n/en/c02.json",
    "{\"entries\": [{\"id\": \"c02.a:1\", \"fr\": \"Non\", \"en\": \"No\"},"
    " {\"id\": \"shared:1\", \"fr\": \"Lu\", \"en\": \"Read (c02)\"}]}",
    NULL
  };
  json_t *later = json_pack("[s, s]", "story/c01.lua", "story/c02.lua");
  Catalog *c;
  fixture_story(files);
  c = i18n_open_except("en", later);
  REQUIRE(c != NULL);
  CHECK_STR(i18n_lookup(c, "m:1", NULL), "Menu");
  CHECK(i18n_lookup(c, "c01.a:1", NULL) == NULL); /* not read yet */
  i18n_need(c, "story/c01.lua");
  i18n_need(c, "story/c02.lua");
  CHECK_STR(i18n_lookup(c, "c01.a:1", NULL), "Yes");
  CHECK_STR(i18n_lookup(c, "shared:1", NULL), "Read (c02)");
  i18n_forget(c, "story/c01.lua");
  CHECK(i18n_lookup(c, "c01.a:1", NULL) == NULL);
  CHECK_STR(i18n_lookup(c, "who:Yacine", NULL), "Yacine E.");
  CHECK_STR(i18n_lookup(c, "shared:1", NULL), "Read (c02)");
  CHECK_STR(i18n_lookup(c, "c02.a:1", NULL), "No");
  i18n_forget(c, "story/start.lua"); /* read at the start: kept */
  CHECK_STR(i18n_lookup(c, "m:1", NULL), "Menu");
  i18n_need(c, "story/c01.lua");
  CHECK_STR(i18n_lookup(c, "c01.a:1", NULL), "Yes");
  i18n_forget(NULL, "story/c01.lua"); /* no catalog: nothing */
  i18n_close(c);
  json_decref(later);
  vfs_close();
}

int main(void)
{
  RUN(test_ids);
  RUN(test_format);
  RUN(test_format_errors);
  RUN(test_format_value);
  RUN(test_merge);
  RUN(test_merge_stable);
  RUN(test_merge_many_edits);
  RUN(test_similarity);
  RUN(test_catalog);
  RUN(test_catalog_forget);
  return check_done("test_i18n");
}
