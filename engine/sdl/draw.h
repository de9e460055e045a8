/*
** draw: what the screens are made of: colours, filled shapes (SDL_RenderGeometry,
** so they stay crisp at any size), the story's task images described as shapes,
** and paragraphs of text broken into lines by the core's text_wrap().
*/
#ifndef FICELLE_DRAW_H
#define FICELLE_DRAW_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>
#include <SDL.h>
#include <jansson.h>

#include "font.h"
#include "text.h"

/* "#rgb", "#rrggbb" or "#rrggbbaa"; fallback if s is NULL or not a colour. */
SDL_Color draw_color(const char *s, SDL_Color fallback);
/* c with its alpha multiplied by a (0..255). */
SDL_Color draw_fade(SDL_Color c, int a);
/* The colour halfway (t = 0..1) from a to b. */
SDL_Color draw_mix(SDL_Color a, SDL_Color b, float t);
/* WCAG 2's contrast ratio of two opaque colours, 1 to 21. */
float draw_contrast(SDL_Color a, SDL_Color b);
/* Of two inks, the one that reads better on paper. */
SDL_Color draw_ink_on(SDL_Color paper, SDL_Color a, SDL_Color b);

void draw_rect(SDL_Renderer *r, SDL_Rect rc, SDL_Color c);
void draw_round_rect(SDL_Renderer *r, SDL_Rect rc, int radius, SDL_Color c);
/* An outline `thick` pixels wide, inside rc. */
void draw_frame(SDL_Renderer *r, SDL_Rect rc, int radius, int thick, SDL_Color c);
void draw_circle(SDL_Renderer *r, float cx, float cy, float radius, SDL_Color c);
/* A simple polygon (convex or not, either winding) of n points xy[2n]. */
void draw_poly(SDL_Renderer *r, const float *xy, int n, SDL_Color c);
void draw_line(SDL_Renderer *r, float x1, float y1, float x2, float y2, float w, SDL_Color c);

/*
** A task image (the JSON of story/images/<name>.lua): its shapes scaled to fit
** into `into`, keeping its proportions, centred. The format is documented in
** story/images/ch01_crosswalk.lua. False if img is not an image (nothing drawn).
*/
bool draw_image(SDL_Renderer *r, const json_t *img, SDL_Rect into);

/* One run of text at (x, y) (top of the line); returns its width. */
int draw_text(SDL_Renderer *r, FontFace face, int px, SDL_Color c, int x, int y, const char *s);
int draw_text_n(SDL_Renderer *r, FontFace face, int px, SDL_Color c, int x, int y, const char *s,
                size_t len);
/* The same, centred on cx or ending at right. */
int draw_text_center(SDL_Renderer *r, FontFace face, int px, SDL_Color c, int cx, int y,
                     const char *s);
int draw_text_right(SDL_Renderer *r, FontFace face, int px, SDL_Color c, int right, int y,
                    const char *s);

/*
** The text trace (FICELLE_TEXT_TRACE, for the window tests): each frame's
** runs of text as drawn, "frame W H", then one "text PX X Y W H RRGGBBAA CUT
** TEXT" a run (its box in the page's pixels, its ink, CUT 1 if a clip
** rectangle hides part of it, and the text shown), "box X Y W H" a button
** (draw_trace_box, from ui.c), then "end". NULL stops it.
*/
void draw_trace_start(FILE *f);
void draw_trace_frame(int w, int h);
void draw_trace_box(SDL_Rect rc);
void draw_trace_end(void);

/*
** A paragraph laid out for a width: done once per change of text, face, size or
** width, then drawn as often as needed. The text is borrowed (keep it alive).
*/
typedef struct DrawPara {
  const char *text;
  FontFace face;
  int px, width;
  int nlines;
  TextLine *lines; /* owned */
  int line_h;      /* pixels from one baseline to the next */
} DrawPara;

/* Lays out text (re-using p's lines if nothing changed). */
void draw_para_layout(DrawPara *p, const char *text, FontFace face, int px, int width);
void draw_para_free(DrawPara *p);
int draw_para_height(const DrawPara *p);
/* Draws the first `reveal` bytes of the paragraph (SIZE_MAX: all of it). */
void draw_para(SDL_Renderer *r, const DrawPara *p, SDL_Color c, int x, int y, size_t reveal);
/* Lays out and draws in one go (short texts); returns the height used. */
int draw_wrapped(SDL_Renderer *r, FontFace face, int px, SDL_Color c, int x, int y, int width,
                 const char *s);

#endif
