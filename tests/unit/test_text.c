/* Unit tests of text: French typography and line breaking. */
#include "check.h"
#include "text.h"

#define NN "\xE2\x80\xAF"

static void french(const char *in, const char *want)
{
  char *out = text_french(in);
  CHECK_STR(out, want);
  free(out);
}

static void test_french(void)
{
  french("Vraiment ?", "Vraiment" NN "?");
  french("Vraiment?", "Vraiment" NN "?");
  french("Non ! Si ; non : oui.", "Non" NN "! Si" NN "; non" NN ": oui.");
  french("« Bonjour »", "«" NN "Bonjour" NN "»");
  french("«Bonjour»", "«" NN "Bonjour" NN "»");
  french("Quoi ?!", "Quoi" NN "?!");
  french("Il est 10:30.", "Il est 10:30.");
  french("0,03 € et 94 %", "0,03" NN "€ et 94" NN "%");
  french("Déjà" NN "?", "Déjà" NN "?"); /* already right: unchanged */
  french("— Oui ?", "— Oui" NN "?");
  french("", "");
  french("6 410 personnes, à 11 h, puis 6 h 12.",
         "6" NN "410 personnes, à 11\xC2\xA0h, puis 6\xC2\xA0h\xC2\xA0"
         "12.");
  french("1 104 000 labels", "1" NN "104" NN "000 labels");
  /* abbreviations that must not end a line keep their name on it */
  french("Mme Lefebvre et M. D., tâche n° 4 417 082.",
         "Mme\xC2\xA0Lefebvre et M.\xC2\xA0"
         "D., tâche n°\xC2\xA0"
         "4" NN "417" NN "082.");
  french("Madame Mmes M. le maire", "Madame Mmes M. le maire");
  french("En 2019 15 personnes, 3 heures", "En 2019 15 personnes, 3 heures");
}

static void check_wrap(const char *s, int width)
{
  TextLine lines[64];
  int n = text_wrap(s, width, text_measure_columns, NULL, lines, 64);
  CHECK(n > 0);
  for (int i = 0; i < n; i++) {
    const char *line = s + lines[i].start;
    int cols = text_measure_columns(NULL, line, lines[i].len);
    CHECK(cols <= width);
    /* no line starts with a French mark or a narrow space */
    CHECK(line[0] != '?' && line[0] != '!' && line[0] != ';' && line[0] != ':');
    CHECK(strncmp(line, "\xC2\xBB", 2) != 0 && strncmp(line, NN, 3) != 0);
    /* nor ends with an opening quote */
    CHECK(lines[i].len < 2 || strncmp(line + lines[i].len - 2, "\xC2\xAB", 2) != 0);
  }
}

static void test_wrap(void)
{
  TextLine l[8];
  const char *s = "un deux trois";
  int n = text_wrap(s, 6, text_measure_columns, NULL, l, 8);
  CHECK(n == 3);
  CHECK(l[0].start == 0 && l[0].len == 2 && l[1].start == 3 && l[1].len == 4);
  n = text_wrap(s, 8, text_measure_columns, NULL, l, 8);
  CHECK(n == 2 && l[0].len == 7 && l[1].start == 8);
  n = text_wrap("a\n\nb", 10, text_measure_columns, NULL, l, 8);
  CHECK(n == 3 && l[1].len == 0);
  n = text_wrap("anticonstitutionnellement", 10, text_measure_columns, NULL, l, 8);
  CHECK(n == 3 && l[0].len == 10);
  n = text_wrap("porte-monnaie", 8, text_measure_columns, NULL, l, 8);
  CHECK(n == 2 && l[0].len == 6); /* "porte-" */
  CHECK(text_wrap("", 10, text_measure_columns, NULL, l, 8) == 0);
}

/* French marks glued by narrow spaces never start a line, at any width. */
static void test_wrap_french_marks(void)
{
  char *fr = text_french(
      "Tu crois qu’il viendra ? « Jamais » : voilà ce qu’elle a dit ! Et toi ; et nous ?");
  REQUIRE(fr != NULL);
  for (int w = 8; w < 40; w++)
    check_wrap(fr, w);
  free(fr);
}

static void test_utf8_len(void)
{
  CHECK(text_utf8_len("é€", strlen("é€")) == 2);
  CHECK(text_utf8_len("", 0) == 0);
}

int main(void)
{
  RUN(test_french);
  RUN(test_wrap);
  RUN(test_wrap_french_marks);
  RUN(test_utf8_len);
  return check_done("test_text");
}
