/* Unit tests of shown: which reads of v only choose text. The checker plays a
** scene once for all the values of such a read (and probes the others for
** their lines), so a read taken for one that may decide would leave branches
** unplayed: every form below that must not be taken is as important as those
** that must. */
#include "check.h"
#include "tools/shown.h"

/* The names of the reads shown_scan finds in src, in order, spaced; those of
** one statement (that choose its text together) joined by '+'. */
static const char *found(const char *src)
{
  static char out[512];
  Shown sh;
  size_t last = (size_t)-1;
  shown_scan(&sh, src, 0, strlen(src));
  out[0] = '\0';
  for (size_t i = 0; i < sh.nreads; i++) {
    size_t at = sh.reads[i], len = strspn(src + at + 2, "abcdefghijklmnopqrstuvwxyz_0123456789");
    size_t span = shown_span(&sh, at);
    CHECK(strncmp(src + at, "v.", 2) == 0);
    CHECK(span != (size_t)-1);
    snprintf(out + strlen(out), sizeof out - strlen(out), "%s%.*s",
             i == 0             ? ""
                 : span == last ? "+"
                                : " ",
             (int)len, src + at + 2);
    last = span;
  }
  shown_free(&sh);
  return out;
}

static void test_values_shown(void)
{
  CHECK_STR(found("say(\"{b:euros}\", { b = v.balance })"), "balance");
  CHECK_STR(found("say(\"Yacine\", \"{b}\", { b = v.balance, c = 3, d = nuee.MIN })"), "balance");
  CHECK_STR(found("say(v.a and \"{n}\" or \"n\", { n = v.n }) say(\"{m}\", { m = v.m })"), "a+n m");
  CHECK_STR(found("bind { balance = v.balance, clock = \"9 h\" }"), "balance");
  CHECK_STR(found("layout \"platform\" { reliability = v.reliability }"), "reliability");
  CHECK_STR(found("recap { \"Seuil : {t} %\", { t = v.threshold } }"), "threshold");
  CHECK_STR(found("note(v.line)"), "line");
  CHECK_STR(found("say(v.lot7 and \"A\" or \"B\")"), "lot7");
  CHECK_STR(found("say(v.way == \"f\" and \"A\" or v.way == \"c\" and \"B\" or \"C\")"), "way+way");
  CHECK_STR(found("say(v.a and v.b and \"A\" or \"B\")"), "a+b");
  CHECK_STR(found("say(v.way == \"f\" and \"A\" or v.how == \"c\" and \"B\" or \"C\")"), "way+how");
  CHECK_STR(found("say(\"x\", { s = v.deactivated and \"a\" or \"b\" })"), "deactivated");
}

static void test_values_that_decide(void)
{
  CHECK_STR(found("local t = v.lot7 and \"A\" or \"B\""), "");
  CHECK_STR(found("say(\"{m}\", { m = nuee.MIN - v.balance })"), "");
  CHECK_STR(found("say(\"{m}\", { m = f(v.balance) })"), "");
  CHECK_STR(found("layout \"platform\" (nuee.screen { balance = v.balance })"), "");
  CHECK_STR(found("x.say(v.y)"), "");
  CHECK_STR(found("say(v.list[1])"), "");
  CHECK_STR(found("say(v.name .. \"!\")"), "");
  CHECK_STR(found("say(v.a and f(v.b) and \"A\" or \"B\")"), "");
  CHECK_STR(found("say(v.a and \"A\" .. v.b or \"B\")"), "");
  CHECK_STR(found("choose { { \"Oui\", when = v.told } }"), "");
  CHECK_STR(found("v.x = v.y"), "");
}

static void test_choices_of_text(void)
{
  CHECK_STR(found("if v.noise == \"raised\" then say \"a\" elseif v.noise == \"patched\" then "
                  "say(\"Claire\", \"b\") else note \"c\"; bind { clock = \"1 h\" } end"),
            "noise+noise");
  CHECK_STR(found("if not v.played then note \"n\" end"), "played");
  /* several variables: their values choose the text together */
  CHECK_STR(found("if v.a == 1 then say \"x\" elseif v.b then say \"y\" end"), "a+b");
  CHECK_STR(found("if v.posted and (v.withdrew or not v.kept) then say \"x\" end say(\"{n}\", { n "
                  "= v.n })"),
            "posted+withdrew+kept n");
  CHECK_STR(found("if v.balance >= nuee.WITHDRAW_MIN then say \"a\" else say \"b\" end"),
            "balance");
  CHECK_STR(
      found("if v.x then layout \"chat\" { channel = \"#a\" } say(who, \"a\", { n = v.n }) end"),
      "x+n");
  /* the inner choice only shows text; the outer one holds more than text */
  CHECK_STR(found("if v.x then if v.y then say \"a\" end end"), "y");
}

static void test_choices_that_decide(void)
{
  CHECK_STR(found("if v.a == f(1) then say \"x\" elseif v.b then say \"y\" end"), "");
  CHECK_STR(found("if v.a and g(v.b) then say \"x\" end"), "");
  CHECK_STR(found("if v.a + 1 > 2 then say \"x\" end"), "");
  CHECK_STR(found("if v.x then v.y = 1 end"), "");
  CHECK_STR(found("if v.x then jump \"ch01.b\" end"), "");
  CHECK_STR(found("if v.x then say(\"a\", { k = nuee.earn(3) }) end"), "");
  CHECK_STR(found("if v.x then nuee.earn(3) end"), "");
  CHECK_STR(found("if v.x == f() then say \"a\" end"), "");
  CHECK_STR(found("if v.x then say \"a\" else local k = 1 end"), "");
  CHECK_STR(found("if v.x then return end"), "");
}

static void test_comments_and_strings(void)
{
  CHECK_STR(found("-- if v.x then say \"a\" end\nsay \"v.x\""), "");
  CHECK_STR(found("--[[ say(v.a) ]] say [[v.b]] say(v.c)"), "c");
  CHECK_STR(found("if v.x then say 'it''s' end"), ""); /* 'it' 's': a call of a call */
}

int main(void)
{
  RUN(test_values_shown);
  RUN(test_values_that_decide);
  RUN(test_choices_of_text);
  RUN(test_choices_that_decide);
  RUN(test_comments_and_strings);
  return check_done("test_shown");
}
