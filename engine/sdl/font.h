/*
** font: the typefaces of the window and the cache of rendered text.
** Faces are read once from the archive (assets/fonts/) and opened at the pixel
** sizes the layout asks for; runs of text are shaped by SDL2_ttf (HarfBuzz) and
** kept as textures, so a page is rendered once and then only copied.
*/
#ifndef FICELLE_FONT_H
#define FICELLE_FONT_H

#include <stdbool.h>
#include <stddef.h>
#include <SDL.h>
#include <SDL_ttf.h>

typedef enum FontFace {
  FONT_SERIF,        /* EB Garamond: the narration */
  FONT_SERIF_ITALIC, /* notes, stage directions */
  FONT_SERIF_BOLD,   /* unused for text: Debian's EB Garamond 12 Bold lacks â, ê... */
  FONT_SANS,         /* Inter: the platform, the office, menus */
  FONT_SANS_BOLD,
  FONT_MONO,     /* JetBrains Mono: figures, the clock, the error screen */
  FONT_DYSLEXIC, /* OpenDyslexic: a reader's option */
  FONT_SYMBOLS,  /* Symbola: the emoji and symbols the other faces lack (a fallback) */
  FONT_NFACES
} FontFace;

/* Loads every face (the bytes only; sizes are opened on demand). A face missing
** from the archive is read from its Debian path instead, so that the source tree
** (--dev, which has no font files) still draws. False and err_get() if the
** sans face, which the error screen needs, cannot be found. */
bool font_init(void);
void font_quit(void);

/* The face at a size in pixels (clamped to 6..400), opened once and kept.
** Owned by font; NULL only if the face is missing (then the sans face is used). */
TTF_Font *font_get(FontFace face, int px);

/* When set, every face is drawn with OpenDyslexic (a reader's setting). */
void font_set_dyslexic(bool on);

/* Width in pixels of s[0..len). */
int font_width(FontFace face, int px, const char *s, size_t len);
/* Line height (ascent - descent + gap) in pixels. */
int font_line_height(FontFace face, int px);

/* A TextMeasure for text_wrap(): ud is a FontRef. */
typedef struct FontRef {
  FontFace face;
  int px;
} FontRef;
int font_measure(void *ud, const char *s, size_t len);

/* A white texture of s[0..len) (tint it with SDL_SetTextureColorMod), from the
** cache; *w, *h get its size, *top how many of its rows rise above the line's
** top (an accented capital's accent: draw it that much higher, so that every
** line sits on the same baseline). Owned by the cache: valid until font_cache_clear()
** or until the cache evicts it, i.e. use it at once. NULL for an empty run. */
SDL_Texture *font_texture(SDL_Renderer *r, FontFace face, int px, const char *s, size_t len, int *w,
                          int *h, int *top);
/* Drops every cached texture (the renderer changes, or it is destroyed). */
void font_cache_clear(void);

#endif
