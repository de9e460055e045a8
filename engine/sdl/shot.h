/*
** shot: pictures of the window as PNG files (libpng's simplified API): the
** reader's screenshot (S) in the user's folder, and the images of the pixel
** test (goldens, actual and diff), which are read and written by the same code.
*/
#ifndef FICELLE_SHOT_H
#define FICELLE_SHOT_H

#include <stdbool.h>
#include <stddef.h>
#include <SDL.h>

/* Reads the pixels of `page` from r (the frame drawn, before it is presented)
** and writes them as VFS_USER "screenshots/centimes-<yyyymmdd>-<hhmmss>.png".
** False, with err_set(), if nothing was written. */
bool shot_take(SDL_Renderer *r, SDL_Rect page);

/* A save's thumbnail: reads `page` of what r drew, shrinks it to w pixels wide
** (the page's proportions) and writes it as a PNG file at a vfs path
** ("user/saves/slot1.png"). False, with err_set(), if nothing was written. */
bool shot_thumb(SDL_Renderer *r, SDL_Rect page, int w, const char *path);
/* A PNG file's bytes as a new ARGB8888 surface, which the caller frees; NULL,
** with err_set(), if they are not one. */
SDL_Surface *shot_png_decode(const void *data, size_t len);

/* Writes s as a PNG file at `path`, a path of the system, not of the vfs (the
** tests' images). ARGB8888 and RGB24 surfaces are written as they are, others
** converted first. False, with err_set(), on failure. */
bool shot_png_save(const char *path, SDL_Surface *s);
/* Reads a PNG file into a new ARGB8888 surface, which the caller frees; NULL,
** with err_set(), if it cannot be read. */
SDL_Surface *shot_png_load(const char *path);

#endif
