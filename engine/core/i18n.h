/*
** i18n: translation units and catalogs. French is the source; a unit's id is
** its context (a scene or chapter id) and a hash of its French text, or an id
** the writer pinned. Catalogs are JSON files in story/i18n/<lang>/, one per
** story file, written by `ficelle extract` through i18n_merge().
*/
#ifndef FICELLE_I18N_H
#define FICELLE_I18N_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <jansson.h>

#define I18N_SOURCE "fr"

typedef struct Catalog Catalog;

/* FNV-1a, 32 bits: the hash of a unit's French text. */
uint32_t i18n_hash(const char *s);
/* Writes "context:hash8" (or "context:pin" if pin is not NULL) into out. */
void i18n_id(char *out, size_t size, const char *context, const char *source, const char *pin);

/* Loads every story/i18n/<lang>/ *.json. NULL and err if the language has no
** folder; a broken file is skipped with a message on stderr. */
Catalog *i18n_open(const char *lang);
/* The same but for the catalogs of the story files in `later` (an array of
** paths, "story/ch03_non_conforme.lua"; NULL: none), left for i18n_need: a
** story reads a chapter's catalog when it first reads the chapter. */
Catalog *i18n_open_except(const char *lang, const json_t *later);
/* Reads the catalog of a story file (story/i18n/<lang>/<name>.json) if it has
** not been read; nothing if there is none. */
void i18n_need(Catalog *c, const char *story_file);
/* Forgets what i18n_need read of a story file's catalog (its speakers' names
** aside), to be read again when needed; nothing for a catalog read otherwise,
** or if c is NULL. */
void i18n_forget(Catalog *c, const char *story_file);
/* How many story files' catalogs i18n_need read and holds (0 for NULL). */
size_t i18n_need_count(const Catalog *c);
/* Reads every catalog not read yet; true if one was. A speaker's name is a
** unit of the whole story, kept in the catalog of the file that first says
** it: a chapter opened on its own may name someone its catalog does not. */
bool i18n_need_all(Catalog *c);
void i18n_close(Catalog *c);
/* The translation of a unit, or NULL if it is missing (or empty, or obsolete).
** *review (may be NULL) says whether it waits for a translator's review. */
const char *i18n_lookup(const Catalog *c, const char *id, bool *review);

/* Interface strings: every lua/i18n/<lang>/ *.json (flat objects) merged, in
** French with French typography applied. A new reference; an empty object if
** there are none. (The story shows the French of a key a language lacks.) */
json_t *i18n_ui_open(const char *lang);

/* Fills placeholders: "{name}" or "{name:euros}" / "{name:int}", read from args
** then vars (objects, may be NULL); "{{" and "}}" are braces. Numbers are written the
** way lang writes them. Returns a malloc'd string, or NULL and err naming the
** placeholder that has no value. */
char *i18n_format(const char *tmpl, const json_t *args, const json_t *vars, const char *lang);

/* Writes one value the way a screen shows it, into buf (size bytes, always
** terminated, cut if too small). format (may be NULL) is "euros" (centimes as
** money: "17,12 €" in French with a narrow no-break space, "€17.12" in
** English), "percent" ("88 %" with a narrow no-break space in French, "88%"),
** or "int" (rounded); a number without one is written whole when it is whole,
** else as %g; a string as it is; true and false as "✓" and "–"; NULL or null as
** "–"; anything else as "…". lang NULL is French. */
void i18n_format_value(const json_t *value, const char *format, const char *lang, char *buf,
                       size_t size);

/* Similarity of two texts, 0 (nothing shared) to 1 (equal), by edit distance
** over code points. */
double i18n_similarity(const char *a, const char *b);

/* The known name nearest to a misspelt one, for "did you mean": init with the
** misspelt name, offer each known name, then hint is " (did you mean 'x'?)"
** for the closest above 0.6 similarity (below it a guess would mislead), or "". */
typedef struct Nearest {
  const char *name;
  double score;
  char best[128];
  char hint[160];
} Nearest;

void i18n_nearest_init(Nearest *n, const char *name);
void i18n_nearest(Nearest *n, const char *known);
const char *i18n_nearest_hint(Nearest *n);

/*
** Merges what the story says now into a catalog, the way msgmerge does:
** units: an array of {id, context, line, fr} in story order; old: the catalog's
** entries (array, may be NULL). Returns the new entries (a new reference):
** a unit whose id is known keeps its translation; a unit whose French changed
** takes the translation of an orphan of the same context with the same French
** (the nearest line), else of the closest among the MERGE_NEAREST orphans
** nearest by line (similarity > 0.5, nearest line among equals: each unit
** costs a bounded search, not one against every orphan), marked "review"
** with the old French in "was"; other
** units get an empty translation; orphans that held a translation are kept,
** marked "obsolete", unless a unit still in use has the same French and the
** same translation. *stats (may be NULL) gets {kept, carried, added, obsolete}.
*/
json_t *i18n_merge(const json_t *units, const json_t *old, const char *lang, int stats[4]);

#endif
