/*
** shot: SDL surfaces to PNG and back through libpng's simplified API
** (png_image), and the reader's screenshot, written through the vfs.
*/
#include <png.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "err.h"
#include "shot.h"
#include "vfs.h"

/* libpng's name for SDL_PIXELFORMAT_ARGB8888: a packed 32-bit pixel, whose
** bytes in memory follow the machine's order. */
static png_uint_32 argb8888(void)
{
  return SDL_BYTEORDER == SDL_LIL_ENDIAN ? PNG_FORMAT_BGRA : PNG_FORMAT_ARGB;
}

/* Describes s to libpng for writing; false if libpng cannot take its pixels as
** they are. */
static bool describe(png_image *img, const SDL_Surface *s)
{
  memset(img, 0, sizeof *img);
  img->version = PNG_IMAGE_VERSION;
  img->width = (png_uint_32)s->w;
  img->height = (png_uint_32)s->h;
  switch (s->format->format) {
  case SDL_PIXELFORMAT_RGB24: img->format = PNG_FORMAT_RGB; return true;
  case SDL_PIXELFORMAT_ARGB8888: img->format = argb8888(); return true;
  default: return false;
  }
}

/* Reads `page` of what r drew as a new RGB24 surface; NULL with err_set(). */
static SDL_Surface *read_page(SDL_Renderer *r, SDL_Rect page)
{
  /* RGB, no alpha: what a window's framebuffer holds there is no picture's. */
  SDL_Surface *s = SDL_CreateRGBSurfaceWithFormat(0, page.w, page.h, 24, SDL_PIXELFORMAT_RGB24);
  if (!s) {
    err_set("screenshot: %s", SDL_GetError());
    return NULL;
  }
  if (SDL_RenderReadPixels(r, &page, SDL_PIXELFORMAT_RGB24, s->pixels, s->pitch) != 0) {
    err_set("screenshot: %s", SDL_GetError());
    SDL_FreeSurface(s);
    return NULL;
  }
  return s;
}

/* Writes an RGB24 surface as a PNG file at a vfs path. */
static bool write_png(SDL_Surface *s, const char *path)
{
  png_image img;
  describe(&img, s);
  png_alloc_size_t len = 0;
  void *png = NULL;
  bool ok = png_image_write_get_memory_size(img, len, 0, s->pixels, s->pitch, NULL)
      && (png = malloc(len)) != NULL
      && png_image_write_to_memory(&img, png, &len, 0, s->pixels, s->pitch, NULL);
  if (!ok) {
    free(png);
    return err_set("png: %s", img.message[0] ? img.message : "out of memory");
  }
  ok = vfs_write(path, png, len);
  free(png);
  return ok;
}

bool shot_take(SDL_Renderer *r, SDL_Rect page)
{
  SDL_Surface *s = read_page(r, page);
  if (!s)
    return false;
  char path[96];
  time_t t = time(NULL);
  struct tm tm;
  localtime_r(&t, &tm);
  snprintf(path, sizeof path, VFS_USER "screenshots/centimes-%04d%02d%02d-%02d%02d%02d.png",
           tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec);
  bool ok = write_png(s, path);
  SDL_FreeSurface(s);
  return ok;
}

/* Each pixel of the small picture is the mean of the box of the large one it
** covers (SDL2's own scaling only picks one pixel of the box: the letters of a
** page would come out as noise). */
static void box_shrink(const SDL_Surface *from, SDL_Surface *to)
{
  for (int y = 0; y < to->h; y++) {
    int y0 = y * from->h / to->h, y1 = (y + 1) * from->h / to->h;
    if (y1 <= y0)
      y1 = y0 + 1;
    Uint8 *out = (Uint8 *)to->pixels + y * to->pitch;
    for (int x = 0; x < to->w; x++) {
      int x0 = x * from->w / to->w, x1 = (x + 1) * from->w / to->w;
      if (x1 <= x0)
        x1 = x0 + 1;
      unsigned long sum[3] = { 0, 0, 0 }, n = 0;
      for (int yy = y0; yy < y1; yy++) {
        const Uint8 *in = (const Uint8 *)from->pixels + yy * from->pitch + x0 * 3;
        for (int xx = x0; xx < x1; xx++, in += 3, n++) {
          sum[0] += in[0];
          sum[1] += in[1];
          sum[2] += in[2];
        }
      }
      for (int c = 0; c < 3; c++)
        out[x * 3 + c] = (Uint8)(sum[c] / n);
    }
  }
}

bool shot_thumb(SDL_Renderer *r, SDL_Rect page, int w, const char *path)
{
  SDL_Surface *big = read_page(r, page);
  if (!big)
    return false;
  int h = page.w > 0 ? w * page.h / page.w : 0;
  SDL_Surface *small =
      h > 0 ? SDL_CreateRGBSurfaceWithFormat(0, w, h, 24, SDL_PIXELFORMAT_RGB24) : NULL;
  if (!small) {
    SDL_FreeSurface(big);
    return err_set("thumbnail: %s", h > 0 ? SDL_GetError() : "empty page");
  }
  box_shrink(big, small);
  SDL_FreeSurface(big);
  bool ok = write_png(small, path);
  SDL_FreeSurface(small);
  return ok;
}

SDL_Surface *shot_png_decode(const void *data, size_t len)
{
  png_image img;
  memset(&img, 0, sizeof img);
  img.version = PNG_IMAGE_VERSION;
  if (!png_image_begin_read_from_memory(&img, data, len)) {
    err_set("png: %s", img.message);
    return NULL;
  }
  img.format = argb8888();
  SDL_Surface *s = SDL_CreateRGBSurfaceWithFormat(0, (int)img.width, (int)img.height, 32,
                                                  SDL_PIXELFORMAT_ARGB8888);
  if (!s) {
    err_set("png: %s", SDL_GetError());
    png_image_free(&img);
    return NULL;
  }
  if (!png_image_finish_read(&img, NULL, s->pixels, s->pitch, NULL)) {
    err_set("png: %s", img.message);
    SDL_FreeSurface(s);
    return NULL;
  }
  return s;
}

bool shot_png_save(const char *path, SDL_Surface *s)
{
  png_image img;
  if (!describe(&img, s)) {
    SDL_Surface *argb = SDL_ConvertSurfaceFormat(s, SDL_PIXELFORMAT_ARGB8888, 0);
    if (!argb)
      return err_set("png: '%s': %s", path, SDL_GetError());
    bool ok = shot_png_save(path, argb);
    SDL_FreeSurface(argb);
    return ok;
  }
  if (!png_image_write_to_file(&img, path, 0, s->pixels, s->pitch, NULL))
    return err_set("png: '%s': %s", path, img.message);
  return true;
}

SDL_Surface *shot_png_load(const char *path)
{
  png_image img;
  memset(&img, 0, sizeof img);
  img.version = PNG_IMAGE_VERSION;
  if (!png_image_begin_read_from_file(&img, path)) {
    err_set("png: '%s': %s", path, img.message);
    return NULL;
  }
  img.format = argb8888();
  SDL_Surface *s = SDL_CreateRGBSurfaceWithFormat(0, (int)img.width, (int)img.height, 32,
                                                  SDL_PIXELFORMAT_ARGB8888);
  if (!s) {
    err_set("png: '%s': %s", path, SDL_GetError());
    png_image_free(&img);
    return NULL;
  }
  if (!png_image_finish_read(&img, NULL, s->pixels, s->pitch, NULL)) {
    err_set("png: '%s': %s", path, img.message);
    png_image_free(&img);
    SDL_FreeSurface(s);
    return NULL;
  }
  return s;
}
