/*
** window: the reader's SDL window and its renderer as the window system really
** has them: opened with the renderer that costs least, its icon drawn, its real
** size asked of the X server (SDL's can be an assumption), fullscreen and back,
** the pointer's position in the page's pixels and the cursor it shows.
*/
#ifndef FICELLE_WINDOW_H
#define FICELLE_WINDOW_H

#include <stdbool.h>
#include <SDL.h>

/* Not `Window`: X11's Xlib.h, which window.c includes to ask the window's
** real size, takes that name. */
typedef struct Win {
  SDL_Window *sdl;
  SDL_Renderer *r;
  int w, h;               /* the window's real size in points; 0: not asked yet */
  bool stale;             /* it may have changed (a window event): ask again before drawing */
  int hand;               /* the hand cursor is shown */
  SDL_Cursor *cursors[2]; /* arrow, hand: created when first needed */
} Win;

/* Opens a resizable window of width x height points titled `title` (on the
** whole desktop if fullscreen), with its icon and a renderer: SDL's CPU one
** unless SDL_RENDER_DRIVER asks for another or the screen is HiDPI. False,
** with err_set() and nothing left open, on failure. */
bool window_open(Win *w, const char *title, int width, int height, bool fullscreen);
/* Destroys the cursors, the renderer and the window (a zeroed Win: nothing). */
void window_close(Win *w);

/* The size to lay the page out for, in pixels: the renderer's, but never more
** than the window really shows. True if the window is not fullscreen and its
** real size (w->w x w->h) is known: the size to remember. */
bool window_page_size(Win *w, int *pw, int *ph);
/* Fullscreen on the desktop, or back to width x height points; returns
** whether it is now fullscreen. */
bool window_toggle_fullscreen(Win *w, int width, int height);

/* A point of the window (x, y, in points) in the pixels of a page laid out at
** page_w x page_h. */
void window_to_page(const Win *w, int page_w, int page_h, int x, int y, int *px, int *py);
/* Shows the hand cursor (over what can be clicked) or the arrow. */
void window_set_hand(Win *w, bool hand);

#endif
