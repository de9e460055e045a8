/*
** font: the typefaces of the window and the cache of rendered text runs.
** Why runs and not single glyphs: HarfBuzz shapes a run as a whole (kerning,
** ligatures such as "fi" in Garamond), so a cached run is exact where glyphs
** pasted one by one would not be. A page is a few dozen runs; they are rendered
** once per change of text or size and then copied every frame.
*/
#include <stdlib.h>
#include <string.h>

#include "err.h"
#include "font.h"
#include "text.h"
#include "vfs.h"

#define MAX_SIZES 10   /* sizes kept open per face */
#define CACHE_SIZE 512 /* rendered runs kept */

typedef struct FaceSize {
  int px;
  TTF_Font *font;
  unsigned long used;
} FaceSize;

typedef struct Face {
  char *data; /* the font file, owned; TTF reads it in place */
  size_t len;
  FaceSize sizes[MAX_SIZES];
} Face;

typedef struct CacheEntry {
  unsigned long hash; /* 0: empty */
  FontFace face;
  int px;
  char *text; /* owned copy, NUL-terminated */
  SDL_Texture *tex;
  SDL_Renderer *renderer;
  int w, h;
  int top; /* rows of the texture above the line's top (an À's accent) */
  unsigned long used;
} CacheEntry;

static Face faces[FONT_NFACES];
static CacheEntry cache[CACHE_SIZE];
static unsigned long clock_tick;
static bool dyslexic;

/* The archive's names, and where Debian puts the same files (for --dev). */
static const char *const face_names[FONT_NFACES][2] = {
  { "assets/fonts/EBGaramond-Regular.otf",
    "/usr/share/fonts/opentype/ebgaramond/EBGaramond12-Regular.otf" },
  { "assets/fonts/EBGaramond-Italic.otf",
    "/usr/share/fonts/opentype/ebgaramond/EBGaramond12-Italic.otf" },
  { "assets/fonts/EBGaramond-Bold.otf",
    "/usr/share/fonts/opentype/ebgaramond/EBGaramond12-Bold.otf" },
  { "assets/fonts/Inter-Regular.otf", "/usr/share/fonts/opentype/inter/Inter-Regular.otf" },
  { "assets/fonts/Inter-SemiBold.otf", "/usr/share/fonts/opentype/inter/Inter-SemiBold.otf" },
  { "assets/fonts/JetBrainsMono-Regular.ttf",
    "/usr/share/fonts/truetype/jetbrains-mono/JetBrainsMono-Regular.ttf" },
  { "assets/fonts/OpenDyslexic-Regular.otf",
    "/usr/share/fonts/opentype/opendyslexic/OpenDyslexic-Regular.otf" },
  { "assets/fonts/Symbola.ttf", "/usr/share/fonts/truetype/ancient-scripts/Symbola_hint.ttf" },
};

/* Reads a whole file outside the vfs. Only for the fonts of Debian's packages,
** which the source tree does not hold (the archive does). */
static char *read_system_file(const char *path, size_t *len)
{
  SDL_RWops *rw = SDL_RWFromFile(path, "rb");
  if (!rw)
    return NULL;
  Sint64 size = SDL_RWsize(rw);
  char *buf = size > 0 ? malloc((size_t)size) : NULL;
  if (buf && SDL_RWread(rw, buf, 1, (size_t)size) != (size_t)size) {
    free(buf);
    buf = NULL;
  }
  SDL_RWclose(rw);
  if (buf)
    *len = (size_t)size;
  return buf;
}

static bool tried[FONT_NFACES];

static bool face_load(FontFace i)
{
  Face *f = &faces[i];
  if (f->data || tried[i])
    return f->data != NULL;
  tried[i] = true;
  f->data = vfs_read(face_names[i][0], &f->len);
  if (!f->data)
    f->data = read_system_file(face_names[i][1], &f->len);
  return f->data != NULL;
}

bool font_init(void)
{
  if (!TTF_WasInit() && TTF_Init() != 0)
    return err_set("font: %s", TTF_GetError());
  /* Only the sans face now (the error screen needs it); the others are read
  ** when first drawn: unpacking seven fonts would cost start-up time. */
  if (!face_load(FONT_SANS))
    return err_set("font: cannot read %s", face_names[FONT_SANS][0]);
  return true;
}

void font_quit(void)
{
  font_cache_clear();
  for (int i = 0; i < FONT_NFACES; i++) {
    for (int k = 0; k < MAX_SIZES; k++)
      if (faces[i].sizes[k].font)
        TTF_CloseFont(faces[i].sizes[k].font);
    free(faces[i].data);
    memset(&faces[i], 0, sizeof faces[i]);
    tried[i] = false;
  }
}

void font_set_dyslexic(bool on)
{
  if (dyslexic != on)
    font_cache_clear();
  dyslexic = on && face_load(FONT_DYSLEXIC);
}

TTF_Font *font_get(FontFace face, int px)
{
  if (dyslexic && face != FONT_SYMBOLS)
    face = FONT_DYSLEXIC;
  if (!face_load(face))
    face = FONT_SANS;
  if (px < 6)
    px = 6;
  if (px > 400)
    px = 400;
  Face *f = &faces[face];
  FaceSize *slot = NULL;
  clock_tick++;
  for (int k = 0; k < MAX_SIZES; k++) {
    FaceSize *s = &f->sizes[k];
    if (s->font && s->px == px) {
      s->used = clock_tick;
      return s->font;
    }
    /* An empty slot first, else the size least recently asked for. */
    if (!slot || (slot->font && (!s->font || s->used < slot->used)))
      slot = s;
  }
  if (slot->font) {
    /* Runs rendered with the font being closed stay valid: they are textures. */
    TTF_CloseFont(slot->font);
    slot->font = NULL;
  }
  SDL_RWops *rw = SDL_RWFromConstMem(f->data, (int)f->len);
  slot->font = rw ? TTF_OpenFontRW(rw, 1, px) : NULL;
  if (!slot->font)
    return NULL;
  slot->px = px;
  slot->used = clock_tick;
  return slot->font;
}

/* ---- the fallback: emoji and symbols from Symbola ------------------------ */

/* Is c a glyph font lacks and the fallback draws? Spaces stay the font's
** (a narrow no-break space the mono face lacks keeps its cell). */
static bool lacks(TTF_Font *font, unsigned c)
{
  bool space = (c >= 0x2000 && c <= 0x200b) || c == 0x202f || c == 0x205f || c == 0xa0;
  return c > 0x7f && !space && !TTF_GlyphIsProvided32(font, c);
}

/* Does font lack a glyph that the fallback has, in s[0..len)? */
static bool needs_fallback(TTF_Font *font, const char *s, size_t len)
{
  const char *p = s, *end = s + len;
  while (p < end)
    if (lacks(font, text_utf8_next(&p)))
      return true;
  return false;
}

/* The next piece of s[0..len) from *at that one face draws: the main font's
** glyphs, or a run of those it lacks (drawn by the fallback); its length. */
static size_t piece(TTF_Font *font, const char *s, size_t len, size_t at, bool *fallback)
{
  const char *p = s + at, *end = s + len, *q = p;
  unsigned c = text_utf8_next(&q);
  *fallback = lacks(font, c);
  p = q;
  while (p < end) {
    q = p;
    c = text_utf8_next(&q);
    if (lacks(font, c) != *fallback)
      break;
    p = q;
  }
  return (size_t)(p - (s + at));
}

static int size_of(TTF_Font *font, const char *s, size_t len)
{
  char stackbuf[512];
  char *buf = len < sizeof stackbuf ? stackbuf : malloc(len + 1);
  int w = 0;
  if (!buf)
    return 0;
  memcpy(buf, s, len);
  buf[len] = '\0';
  TTF_SizeUTF8(font, buf, &w, NULL);
  if (buf != stackbuf)
    free(buf);
  return w;
}

/* A run with glyphs the face lacks: its pieces rendered by their own face,
** side by side on one surface, on the main font's baseline; *top: the rows
** above the line's top (a fallback glyph taller than the main font). */
static SDL_Surface *render_mixed(TTF_Font *font, int px, const char *s, size_t len, int *top)
{
  TTF_Font *sym = face_load(FONT_SYMBOLS) ? font_get(FONT_SYMBOLS, px) : NULL;
  SDL_Surface *parts[64];
  int ys[64], n = 0, w = 0, h = TTF_FontHeight(font);
  SDL_Color white = { 255, 255, 255, 255 };
  for (size_t at = 0; at < len && n < 64;) {
    bool fb;
    size_t k = piece(font, s, len, at, &fb);
    TTF_Font *f = fb && sym ? sym : font;
    char *buf = malloc(k + 1);
    if (!buf)
      break;
    memcpy(buf, s + at, k);
    buf[k] = '\0';
    parts[n] = TTF_RenderUTF8_Blended(f, buf, white);
    free(buf);
    at += k;
    if (!parts[n])
      continue;
    ys[n] = TTF_FontAscent(font) - TTF_FontAscent(f);
    w += parts[n]->w;
    n++;
  }
  /* Every piece on the main font's baseline, the whole moved down by what rises above it. */
  *top = 0;
  for (int i = 0; i < n; i++)
    if (-ys[i] > *top)
      *top = -ys[i];
  for (int i = 0; i < n; i++) {
    ys[i] += *top;
    if (ys[i] + parts[i]->h > h)
      h = ys[i] + parts[i]->h;
  }
  SDL_Surface *out =
      n ? SDL_CreateRGBSurfaceWithFormat(0, w > 0 ? w : 1, h, 32, SDL_PIXELFORMAT_ARGB8888) : NULL;
  int x = 0;
  for (int i = 0; i < n; i++) {
    if (out) {
      SDL_Rect dst = { x, ys[i], parts[i]->w, parts[i]->h };
      SDL_SetSurfaceBlendMode(parts[i], SDL_BLENDMODE_NONE);
      SDL_BlitSurface(parts[i], NULL, out, &dst);
    }
    x += parts[i]->w;
    SDL_FreeSurface(parts[i]);
  }
  return out;
}

int font_width(FontFace face, int px, const char *s, size_t len)
{
  TTF_Font *font = font_get(face, px);
  if (!font || len == 0)
    return 0;
  if (needs_fallback(font, s, len) && face_load(FONT_SYMBOLS)) {
    TTF_Font *sym = font_get(FONT_SYMBOLS, px);
    font = font_get(face, px); /* (the fallback's size may have closed it) */
    int w = 0;
    for (size_t at = 0; font && at < len;) {
      bool fb;
      size_t k = piece(font, s, len, at, &fb);
      w += size_of(fb && sym ? sym : font, s + at, k);
      at += k;
    }
    return w;
  }
  char stackbuf[512];
  char *buf = len < sizeof stackbuf ? stackbuf : malloc(len + 1);
  if (!buf)
    return 0;
  memcpy(buf, s, len);
  buf[len] = '\0';
  int w = 0;
  TTF_SizeUTF8(font, buf, &w, NULL);
  if (buf != stackbuf)
    free(buf);
  return w;
}

int font_line_height(FontFace face, int px)
{
  TTF_Font *font = font_get(face, px);
  return font ? TTF_FontLineSkip(font) : px;
}

int font_measure(void *ud, const char *s, size_t len)
{
  const FontRef *ref = ud;
  return font_width(ref->face, ref->px, s, len);
}

static unsigned long hash_run(FontFace face, int px, const char *s, size_t len)
{
  unsigned long h = 2166136261u;
  for (size_t i = 0; i < len; i++)
    h = (h ^ (unsigned char)s[i]) * 16777619u;
  h = (h ^ (unsigned long)face) * 16777619u;
  h = (h ^ (unsigned long)px) * 16777619u;
  return h ? h : 1;
}

static void entry_free(CacheEntry *e)
{
  if (e->tex)
    SDL_DestroyTexture(e->tex);
  free(e->text);
  memset(e, 0, sizeof *e);
}

/* How far the run's glyphs rise above the font's ascent: SDL_ttf (2.20 on)
** makes the surface that much taller at the top, so that a line holding an À
** or an É would sit lower than the others if drawn from its surface's top. */
static int rise(TTF_Font *font, const char *s, int surf_h)
{
  int over = 0, ascent = TTF_FontAscent(font);
  const char *p = s;
  while (*p) {
    unsigned c = text_utf8_next(&p);
    int minx, maxx, miny, maxy, adv;
    if (TTF_GlyphMetrics32(font, c, &minx, &maxx, &miny, &maxy, &adv) == 0 && maxy - ascent > over)
      over = maxy - ascent;
  }
  int extra = surf_h - TTF_FontHeight(font);
  return over < 0 ? 0 : over > extra ? (extra > 0 ? extra : 0) : over;
}

SDL_Texture *font_texture(SDL_Renderer *r, FontFace face, int px, const char *s, size_t len, int *w,
                          int *h, int *top)
{
  if (len == 0)
    return NULL;
  if (dyslexic)
    face = FONT_DYSLEXIC;
  unsigned long hash = hash_run(face, px, s, len);
  size_t at = hash % CACHE_SIZE;
  CacheEntry *victim = NULL;
  clock_tick++;
  /* Open addressing over a short window; the least recent entry is replaced. */
  for (size_t probe = 0; probe < 8; probe++) {
    CacheEntry *e = &cache[(at + probe) % CACHE_SIZE];
    if (e->hash == hash && e->face == face && e->px == px && e->renderer == r
        && strlen(e->text) == len && memcmp(e->text, s, len) == 0) {
      e->used = clock_tick;
      *w = e->w;
      *h = e->h;
      *top = e->top;
      return e->tex;
    }
    if (!victim || !e->hash || (victim->hash && e->used < victim->used))
      victim = e;
  }
  TTF_Font *font = font_get(face, px);
  if (!font)
    return NULL;
  entry_free(victim);
  victim->text = malloc(len + 1);
  if (!victim->text)
    return NULL;
  memcpy(victim->text, s, len);
  victim->text[len] = '\0';
  SDL_Color white = { 255, 255, 255, 255 };
  bool mixed = needs_fallback(font, victim->text, len);
  int mixed_top = 0;
  SDL_Surface *surf = mixed ? render_mixed(font, px, victim->text, len, &mixed_top)
                            : TTF_RenderUTF8_Blended(font, victim->text, white);
  if (!surf) {
    entry_free(victim);
    return NULL;
  }
  victim->tex = SDL_CreateTextureFromSurface(r, surf);
  victim->w = surf->w;
  victim->h = surf->h;
  victim->top = mixed                  ? mixed_top
      : surf->h > TTF_FontHeight(font) ? rise(font, victim->text, surf->h)
                                       : 0;
  SDL_FreeSurface(surf);
  if (!victim->tex) {
    entry_free(victim);
    return NULL;
  }
  SDL_SetTextureBlendMode(victim->tex, SDL_BLENDMODE_BLEND);
  victim->hash = hash;
  victim->face = face;
  victim->px = px;
  victim->renderer = r;
  victim->used = clock_tick;
  *w = victim->w;
  *h = victim->h;
  *top = victim->top;
  return victim->tex;
}

void font_cache_clear(void)
{
  for (size_t i = 0; i < CACHE_SIZE; i++)
    entry_free(&cache[i]);
}
