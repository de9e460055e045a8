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

bool shot_take(SDL_Renderer *r, SDL_Rect page)
{
  /* RGB, no alpha: what a window's framebuffer holds there is no picture's. */
  SDL_Surface *s = SDL_CreateRGBSurfaceWithFormat(0, page.w, page.h, 24, SDL_PIXELFORMAT_RGB24);
  if (!s)
    return err_set("screenshot: %s", SDL_GetError());
  if (SDL_RenderReadPixels(r, &page, SDL_PIXELFORMAT_RGB24, s->pixels, s->pitch) != 0) {
    err_set("screenshot: %s", SDL_GetError());
    SDL_FreeSurface(s);
    return false;
  }
  png_image img;
  describe(&img, s);
  png_alloc_size_t len = 0;
  void *png = NULL;
  bool ok = png_image_write_get_memory_size(img, len, 0, s->pixels, s->pitch, NULL)
      && (png = malloc(len)) != NULL
      && png_image_write_to_memory(&img, png, &len, 0, s->pixels, s->pitch, NULL);
  SDL_FreeSurface(s);
  if (!ok) {
    free(png);
    return err_set("screenshot: %s", img.message[0] ? img.message : "out of memory");
  }
  char path[96];
  time_t t = time(NULL);
  struct tm tm;
  localtime_r(&t, &tm);
  snprintf(path, sizeof path, VFS_USER "screenshots/centimes-%04d%02d%02d-%02d%02d%02d.png",
           tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec);
  ok = vfs_write(path, png, len);
  free(png);
  return ok;
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
