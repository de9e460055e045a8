/*
** draw: colours, filled shapes, task images and paragraphs.
** Every shape is triangles given to SDL_RenderGeometry in the window's real
** pixels: nothing is a bitmap scaled up, so a drawing is as sharp on a 4K
** projector as in a small window.
*/
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "draw.h"

#define PI 3.14159265358979323846f

static int hexval(char ch)
{
  if (ch >= '0' && ch <= '9')
    return ch - '0';
  if (ch >= 'a' && ch <= 'f')
    return ch - 'a' + 10;
  if (ch >= 'A' && ch <= 'F')
    return ch - 'A' + 10;
  return -1;
}

SDL_Color draw_color(const char *s, SDL_Color fallback)
{
  if (!s || s[0] != '#')
    return fallback;
  size_t n = strlen(s + 1);
  int v[8];
  if (n != 3 && n != 6 && n != 8)
    return fallback;
  for (size_t i = 0; i < n; i++)
    if ((v[i] = hexval(s[1 + i])) < 0)
      return fallback;
  SDL_Color c;
  if (n == 3) {
    c.r = (Uint8)(v[0] * 17);
    c.g = (Uint8)(v[1] * 17);
    c.b = (Uint8)(v[2] * 17);
    c.a = 255;
  } else {
    c.r = (Uint8)(v[0] * 16 + v[1]);
    c.g = (Uint8)(v[2] * 16 + v[3]);
    c.b = (Uint8)(v[4] * 16 + v[5]);
    c.a = n == 8 ? (Uint8)(v[6] * 16 + v[7]) : 255;
  }
  return c;
}

SDL_Color draw_fade(SDL_Color c, int a)
{
  c.a = (Uint8)(c.a * (a < 0 ? 0 : a > 255 ? 255 : a) / 255);
  return c;
}

SDL_Color draw_mix(SDL_Color a, SDL_Color b, float t)
{
  SDL_Color c;
  c.r = (Uint8)(a.r + (b.r - a.r) * t);
  c.g = (Uint8)(a.g + (b.g - a.g) * t);
  c.b = (Uint8)(a.b + (b.b - a.b) * t);
  c.a = (Uint8)(a.a + (b.a - a.a) * t);
  return c;
}

static float luminance(SDL_Color c)
{
  float v[3] = { c.r / 255.0f, c.g / 255.0f, c.b / 255.0f };
  for (int i = 0; i < 3; i++)
    v[i] = v[i] <= 0.03928f ? v[i] / 12.92f : powf((v[i] + 0.055f) / 1.055f, 2.4f);
  return 0.2126f * v[0] + 0.7152f * v[1] + 0.0722f * v[2];
}

float draw_contrast(SDL_Color a, SDL_Color b)
{
  float la = luminance(a), lb = luminance(b);
  return la > lb ? (la + 0.05f) / (lb + 0.05f) : (lb + 0.05f) / (la + 0.05f);
}

SDL_Color draw_ink_on(SDL_Color paper, SDL_Color a, SDL_Color b)
{
  return draw_contrast(paper, a) >= draw_contrast(paper, b) ? a : b;
}

static SDL_Vertex vtx(float x, float y, SDL_Color c)
{
  SDL_Vertex v;
  v.position.x = x;
  v.position.y = y;
  v.color = c;
  v.tex_coord.x = 0;
  v.tex_coord.y = 0;
  return v;
}

void draw_rect(SDL_Renderer *r, SDL_Rect rc, SDL_Color c)
{
  if (rc.w <= 0 || rc.h <= 0)
    return;
  SDL_SetRenderDrawBlendMode(r, c.a < 255 ? SDL_BLENDMODE_BLEND : SDL_BLENDMODE_NONE);
  SDL_SetRenderDrawColor(r, c.r, c.g, c.b, c.a);
  SDL_RenderFillRect(r, &rc);
}

/* A convex fan around (cx, cy) through n points xy. */
static void fan(SDL_Renderer *r, float cx, float cy, const float *xy, int n, SDL_Color c)
{
  if (n < 3)
    return;
  SDL_Vertex stackv[3 * 72] = { { { 0, 0 }, { 0, 0, 0, 0 }, { 0, 0 } } };
  SDL_Vertex *v = n <= 72 ? stackv : malloc(sizeof *v * 3 * (size_t)n);
  if (!v)
    return;
  for (int i = 0; i < n; i++) {
    int j = (i + 1) % n;
    v[3 * i] = vtx(cx, cy, c);
    v[3 * i + 1] = vtx(xy[2 * i], xy[2 * i + 1], c);
    v[3 * i + 2] = vtx(xy[2 * j], xy[2 * j + 1], c);
  }
  SDL_RenderGeometry(r, NULL, v, 3 * n, NULL, 0);
  if (v != stackv)
    free(v);
}

/* Points of a rounded rectangle, clockwise: 4 arcs of `seg` steps. */
static int round_rect_points(SDL_Rect rc, float rad, float *xy, int seg)
{
  float cx[4] = { rc.x + rc.w - rad, rc.x + rc.w - rad, rc.x + rad, rc.x + rad };
  float cy[4] = { rc.y + rad, rc.y + rc.h - rad, rc.y + rc.h - rad, rc.y + rad };
  int n = 0;
  for (int k = 0; k < 4; k++) {
    for (int i = 0; i <= seg; i++) {
      float a = (-90.0f + 90.0f * k + 90.0f * i / seg) * PI / 180.0f;
      xy[2 * n] = cx[k] + rad * cosf(a);
      xy[2 * n + 1] = cy[k] + rad * sinf(a);
      n++;
    }
  }
  return n;
}

void draw_round_rect(SDL_Renderer *r, SDL_Rect rc, int radius, SDL_Color c)
{
  if (rc.w <= 0 || rc.h <= 0)
    return;
  if (radius * 2 > rc.w)
    radius = rc.w / 2;
  if (radius * 2 > rc.h)
    radius = rc.h / 2;
  if (radius <= 0) {
    draw_rect(r, rc, c);
    return;
  }
  float xy[2 * 4 * 9];
  int n = round_rect_points(rc, (float)radius, xy, 8);
  SDL_SetRenderDrawBlendMode(r, SDL_BLENDMODE_BLEND);
  fan(r, rc.x + rc.w / 2.0f, rc.y + rc.h / 2.0f, xy, n, c);
}

void draw_frame(SDL_Renderer *r, SDL_Rect rc, int radius, int thick, SDL_Color c)
{
  if (rc.w <= 0 || rc.h <= 0 || thick <= 0)
    return;
  if (radius * 2 > rc.w)
    radius = rc.w / 2;
  if (radius * 2 > rc.h)
    radius = rc.h / 2;
  SDL_Rect in = { rc.x + thick, rc.y + thick, rc.w - 2 * thick, rc.h - 2 * thick };
  float rad_in = radius - thick > 0 ? (float)(radius - thick) : 0.0f;
  float o[2 * 4 * 9], i[2 * 4 * 9];
  int n = round_rect_points(rc, (float)radius, o, 8);
  round_rect_points(in, rad_in, i, 8);
  SDL_Vertex v[6 * 4 * 9];
  for (int k = 0; k < n; k++) {
    int j = (k + 1) % n;
    v[6 * k] = vtx(o[2 * k], o[2 * k + 1], c);
    v[6 * k + 1] = vtx(o[2 * j], o[2 * j + 1], c);
    v[6 * k + 2] = vtx(i[2 * k], i[2 * k + 1], c);
    v[6 * k + 3] = vtx(i[2 * k], i[2 * k + 1], c);
    v[6 * k + 4] = vtx(o[2 * j], o[2 * j + 1], c);
    v[6 * k + 5] = vtx(i[2 * j], i[2 * j + 1], c);
  }
  SDL_SetRenderDrawBlendMode(r, SDL_BLENDMODE_BLEND);
  SDL_RenderGeometry(r, NULL, v, 6 * n, NULL, 0);
}

void draw_circle(SDL_Renderer *r, float cx, float cy, float radius, SDL_Color c)
{
  if (radius <= 0)
    return;
  int n = (int)(radius / 2);
  n = n < 16 ? 16 : n > 72 ? 72 : n;
  float xy[2 * 72];
  for (int i = 0; i < n; i++) {
    float a = 2 * PI * i / n;
    xy[2 * i] = cx + radius * cosf(a);
    xy[2 * i + 1] = cy + radius * sinf(a);
  }
  SDL_SetRenderDrawBlendMode(r, SDL_BLENDMODE_BLEND);
  fan(r, cx, cy, xy, n, c);
}

void draw_line(SDL_Renderer *r, float x1, float y1, float x2, float y2, float w, SDL_Color c)
{
  float dx = x2 - x1, dy = y2 - y1, len = sqrtf(dx * dx + dy * dy);
  if (len <= 0)
    return;
  float nx = -dy / len * w / 2, ny = dx / len * w / 2;
  SDL_Vertex v[6] = {
    vtx(x1 + nx, y1 + ny, c), vtx(x2 + nx, y2 + ny, c), vtx(x2 - nx, y2 - ny, c),
    vtx(x1 + nx, y1 + ny, c), vtx(x2 - nx, y2 - ny, c), vtx(x1 - nx, y1 - ny, c),
  };
  SDL_SetRenderDrawBlendMode(r, SDL_BLENDMODE_BLEND);
  SDL_RenderGeometry(r, NULL, v, 6, NULL, 0);
}

static float cross(const float *a, const float *b, const float *c)
{
  return (b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0]);
}

static bool inside_tri(const float *p, const float *a, const float *b, const float *c)
{
  float d1 = cross(a, b, p), d2 = cross(b, c, p), d3 = cross(c, a, p);
  bool neg = d1 < 0 || d2 < 0 || d3<0, pos = d1> 0 || d2 > 0 || d3 > 0;
  return !(neg && pos);
}

/* Ear clipping: O(n^2) on the few points a drawing has, any simple polygon. */
void draw_poly(SDL_Renderer *r, const float *xy, int n, SDL_Color c)
{
  if (n < 3)
    return;
  int *idx = malloc(sizeof *idx * (size_t)n);
  SDL_Vertex *v = malloc(sizeof *v * 3 * (size_t)n);
  if (!idx || !v) {
    free(idx);
    free(v);
    return;
  }
  float area = 0;
  for (int i = 0; i < n; i++) {
    int j = (i + 1) % n;
    area += xy[2 * i] * xy[2 * j + 1] - xy[2 * j] * xy[2 * i + 1];
  }
  for (int i = 0; i < n; i++)
    idx[i] = area > 0 ? i : n - 1 - i;
  int left = n, nv = 0, guard = 0;
  while (left > 3 && guard < 4 * n) {
    bool clipped = false;
    for (int i = 0; i < left; i++) {
      const float *a = &xy[2 * idx[(i + left - 1) % left]];
      const float *b = &xy[2 * idx[i]];
      const float *d = &xy[2 * idx[(i + 1) % left]];
      if (cross(a, b, d) <= 0)
        continue; /* reflex corner: not an ear */
      bool ear = true;
      for (int k = 0; k < left && ear; k++) {
        const float *p = &xy[2 * idx[k]];
        if (p == a || p == b || p == d)
          continue;
        if (inside_tri(p, a, b, d))
          ear = false;
      }
      if (!ear)
        continue;
      v[nv++] = vtx(a[0], a[1], c);
      v[nv++] = vtx(b[0], b[1], c);
      v[nv++] = vtx(d[0], d[1], c);
      memmove(&idx[i], &idx[i + 1], sizeof *idx * (size_t)(left - i - 1));
      left--;
      clipped = true;
      break;
    }
    if (!clipped)
      break; /* not simple: draw what is left as a fan */
    guard++;
  }
  for (int i = 1; i + 1 < left; i++) {
    v[nv++] = vtx(xy[2 * idx[0]], xy[2 * idx[0] + 1], c);
    v[nv++] = vtx(xy[2 * idx[i]], xy[2 * idx[i] + 1], c);
    v[nv++] = vtx(xy[2 * idx[i + 1]], xy[2 * idx[i + 1] + 1], c);
  }
  SDL_SetRenderDrawBlendMode(r, SDL_BLENDMODE_BLEND);
  SDL_RenderGeometry(r, NULL, v, nv, NULL, 0);
  free(idx);
  free(v);
}

static float num(const json_t *a, size_t i)
{
  return (float)json_number_value(json_array_get(a, i));
}

bool draw_image(SDL_Renderer *r, const json_t *img, SDL_Rect into)
{
  if (!json_is_object(img))
    return false;
  float iw = (float)json_number_value(json_object_get(img, "width"));
  float ih = (float)json_number_value(json_object_get(img, "height"));
  if (iw <= 0 || ih <= 0 || into.w <= 0 || into.h <= 0)
    return false;
  float k = fminf(into.w / iw, into.h / ih);
  float ox = into.x + (into.w - iw * k) / 2, oy = into.y + (into.h - ih * k) / 2;
  SDL_Color grey = { 128, 128, 128, 255 };
  const char *bg = json_string_value(json_object_get(img, "background"));
  if (bg) {
    SDL_Rect b = { (int)ox, (int)oy, (int)(iw * k + 0.5f), (int)(ih * k + 0.5f) };
    draw_rect(r, b, draw_color(bg, grey));
  }
  SDL_Rect clip = { (int)ox, (int)oy, (int)(iw * k + 0.5f), (int)(ih * k + 0.5f) };
  SDL_Rect oldclip;
  SDL_bool had = SDL_RenderIsClipEnabled(r);
  SDL_RenderGetClipRect(r, &oldclip);
  SDL_RenderSetClipRect(r, &clip);
  size_t i;
  json_t *sh;
  json_array_foreach(json_object_get(img, "shapes"), i, sh) {
    SDL_Color c = draw_color(json_string_value(json_object_get(sh, "color")), grey);
    json_t *alpha = json_object_get(sh, "alpha");
    if (json_is_number(alpha))
      c.a = (Uint8)(255 * fminf(1, fmaxf(0, (float)json_number_value(alpha))));
    const json_t *a;
    if ((a = json_object_get(sh, "rect")) && json_array_size(a) >= 4) {
      SDL_FRect f = { ox + num(a, 0) * k, oy + num(a, 1) * k, num(a, 2) * k, num(a, 3) * k };
      float xy[8] = { f.x, f.y, f.x + f.w, f.y, f.x + f.w, f.y + f.h, f.x, f.y + f.h };
      draw_poly(r, xy, 4, c);
    } else if ((a = json_object_get(sh, "poly")) && json_array_size(a) >= 6) {
      int n = (int)json_array_size(a) / 2;
      float *xy = malloc(sizeof *xy * 2 * (size_t)n);
      if (!xy)
        continue;
      for (int p = 0; p < n; p++) {
        xy[2 * p] = ox + num(a, 2 * (size_t)p) * k;
        xy[2 * p + 1] = oy + num(a, 2 * (size_t)p + 1) * k;
      }
      draw_poly(r, xy, n, c);
      free(xy);
    } else if ((a = json_object_get(sh, "circle")) && json_array_size(a) >= 3) {
      draw_circle(r, ox + num(a, 0) * k, oy + num(a, 1) * k, num(a, 2) * k, c);
    } else if ((a = json_object_get(sh, "line")) && json_array_size(a) >= 4) {
      float w = (float)json_number_value(json_object_get(sh, "width"));
      draw_line(r, ox + num(a, 0) * k, oy + num(a, 1) * k, ox + num(a, 2) * k, oy + num(a, 3) * k,
                (w > 0 ? w : 2) * k, c);
    }
  }
  SDL_RenderSetClipRect(r, had ? &oldclip : NULL);
  return true;
}

static FILE *trace;

void draw_trace_start(FILE *f)
{
  trace = f;
}

void draw_trace_frame(int w, int h)
{
  if (trace)
    fprintf(trace, "frame %d %d\n", w, h);
}

void draw_trace_end(void)
{
  if (trace) {
    fputs("end\n", trace);
    fflush(trace);
  }
}

void draw_trace_box(SDL_Rect rc)
{
  if (trace)
    fprintf(trace, "box %d %d %d %d\n", rc.x, rc.y, rc.w, rc.h);
}

/* A run of text drawn at dst, in the trace; one that a clip rectangle hides
** whole is not shown, so not traced. */
static void traced(SDL_Renderer *r, int px, SDL_Color c, SDL_Rect dst, const char *s, size_t len)
{
  if (!trace)
    return;
  int cut = 0;
  if (SDL_RenderIsClipEnabled(r)) {
    SDL_Rect clip, seen;
    SDL_RenderGetClipRect(r, &clip);
    if (!SDL_IntersectRect(&dst, &clip, &seen))
      return;
    cut = seen.w < dst.w || seen.h < dst.h;
  }
  fprintf(trace, "text %d %d %d %d %d %02x%02x%02x%02x %d %.*s\n", px, dst.x, dst.y, dst.w, dst.h,
          c.r, c.g, c.b, c.a, cut, (int)len, s);
}

int draw_text_n(SDL_Renderer *r, FontFace face, int px, SDL_Color c, int x, int y, const char *s,
                size_t len)
{
  int w = 0, h = 0, top = 0;
  SDL_Texture *t = s ? font_texture(r, face, px, s, len, &w, &h, &top) : NULL;
  if (!t)
    return 0;
  SDL_SetTextureColorMod(t, c.r, c.g, c.b);
  SDL_SetTextureAlphaMod(t, c.a);
  SDL_Rect dst = { x, y - top, w, h }; /* the line's baseline where every line has it */
  SDL_RenderCopy(r, t, NULL, &dst);
  traced(r, px, c, dst, s, len);
  return w;
}

int draw_text(SDL_Renderer *r, FontFace face, int px, SDL_Color c, int x, int y, const char *s)
{
  return s ? draw_text_n(r, face, px, c, x, y, s, strlen(s)) : 0;
}

int draw_text_center(SDL_Renderer *r, FontFace face, int px, SDL_Color c, int cx, int y,
                     const char *s)
{
  if (!s)
    return 0;
  int w = font_width(face, px, s, strlen(s));
  return draw_text(r, face, px, c, cx - w / 2, y, s);
}

int draw_text_right(SDL_Renderer *r, FontFace face, int px, SDL_Color c, int right, int y,
                    const char *s)
{
  if (!s)
    return 0;
  int w = font_width(face, px, s, strlen(s));
  return draw_text(r, face, px, c, right - w, y, s);
}

void draw_para_layout(DrawPara *p, const char *text, FontFace face, int px, int width)
{
  if (p->lines && p->text == text && p->face == face && p->px == px && p->width == width)
    return;
  free(p->lines);
  p->lines = NULL;
  p->nlines = 0;
  p->text = text;
  p->face = face;
  p->px = px;
  p->width = width;
  p->line_h = font_line_height(face, px);
  /* Garamond's own leading is tight for long reading: open it a little. */
  if (face == FONT_SERIF || face == FONT_SERIF_ITALIC || face == FONT_SERIF_BOLD)
    p->line_h = p->line_h * 115 / 100;
  if (!text)
    return;
  FontRef ref = { face, px };
  int n = text_wrap(text, width, font_measure, &ref, NULL, 0);
  if (n <= 0)
    return;
  p->lines = malloc(sizeof *p->lines * (size_t)n);
  if (!p->lines)
    return;
  p->nlines = text_wrap(text, width, font_measure, &ref, p->lines, n);
}

void draw_para_free(DrawPara *p)
{
  free(p->lines);
  memset(p, 0, sizeof *p);
}

int draw_para_height(const DrawPara *p)
{
  return p->nlines * p->line_h;
}

void draw_para(SDL_Renderer *r, const DrawPara *p, SDL_Color c, int x, int y, size_t reveal)
{
  for (int i = 0; i < p->nlines; i++) {
    const TextLine *l = &p->lines[i];
    if (reveal <= l->start)
      break;
    int ly = y + i * p->line_h;
    if (reveal >= l->start + l->len) {
      draw_text_n(r, p->face, p->px, c, x, ly, p->text + l->start, l->len);
      continue;
    }
    /* The line being typed: the whole run, clipped to the revealed prefix, so
    ** letters keep their shaped positions and do not shift as they appear. */
    int shown = font_width(p->face, p->px, p->text + l->start, reveal - l->start);
    int w = 0, h = 0, top = 0;
    SDL_Texture *t = font_texture(r, p->face, p->px, p->text + l->start, l->len, &w, &h, &top);
    if (!t || shown <= 0)
      break;
    if (shown > w)
      shown = w;
    SDL_SetTextureColorMod(t, c.r, c.g, c.b);
    SDL_SetTextureAlphaMod(t, c.a);
    SDL_Rect src = { 0, 0, shown, h }, dst = { x, ly - top, shown, h };
    SDL_RenderCopy(r, t, &src, &dst);
    traced(r, p->px, c, dst, p->text + l->start, reveal - l->start);
    break;
  }
}

int draw_wrapped(SDL_Renderer *r, FontFace face, int px, SDL_Color c, int x, int y, int width,
                 const char *s)
{
  if (!s || !*s)
    return 0;
  DrawPara p = { 0 };
  draw_para_layout(&p, s, face, px, width);
  draw_para(r, &p, c, x, y, SIZE_MAX);
  int h = draw_para_height(&p);
  draw_para_free(&p);
  return h;
}
