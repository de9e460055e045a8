/* Fuzz target: a translation catalog (a story/i18n/en/ file) and the
** placeholders of its texts, as a translator's or a mod's file reaches them. */
#include "fuzz.h"
#include "i18n.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
  Catalog *cat;
  fuzz_put("story/i18n/en/a.json", data, size);
  if ((cat = i18n_open("en"))) {
    const char *t = i18n_lookup(cat, "f.a:00000000", NULL);
    json_t *args = json_pack("{s:i, s:s}", "n", 3, "who", "Ranto");
    char *filled = t ? i18n_format(t, args, NULL, "en") : NULL;
    free(filled);
    json_decref(args);
    i18n_close(cat);
  }
  /* The bytes as a template too */
  {
    char *tmpl = malloc(size + 1), *filled;
    json_t *args = json_pack("{s:i, s:f, s:s}", "b", 1715, "r", 93.5, "who", "Ranto");
    memcpy(tmpl, data, size);
    tmpl[size] = '\0';
    filled = i18n_format(tmpl, args, NULL, "fr");
    free(filled);
    json_decref(args);
    free(tmpl);
  }
  return 0;
}
