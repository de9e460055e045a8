/*
** window: the SDL window and renderer; under X11 the server is asked for the
** window's real size, which SDL 2 may only assume.
*/
#include <stdlib.h>
#include <string.h>
#include <SDL_syswm.h>

#include "draw.h"
#include "err.h"
#include "window.h"

/* The window's icon: a centime, drawn like everything else (no image file). */
static void set_icon(SDL_Window *win)
{
  SDL_Surface *s = SDL_CreateRGBSurfaceWithFormat(0, 64, 64, 32, SDL_PIXELFORMAT_ARGB8888);
  SDL_Renderer *r = s ? SDL_CreateSoftwareRenderer(s) : NULL;
  if (r) {
    SDL_Color z = { 0, 0, 0, 255 };
    SDL_SetRenderDrawColor(r, 0, 0, 0, 0);
    SDL_RenderClear(r);
    draw_circle(r, 32, 32, 30, draw_color("#b8752f", z));
    draw_circle(r, 32, 32, 25, draw_color("#e3a55a", z));
    draw_circle(r, 32, 32, 13, draw_color("#b8752f", z));
    draw_circle(r, 32, 32, 8, draw_color("#e3a55a", z));
    draw_rect(r, (SDL_Rect){ 32, 26, 14, 12 }, draw_color("#e3a55a", z));
    SDL_RenderPresent(r);
    SDL_SetWindowIcon(win, s);
    SDL_DestroyRenderer(r);
  }
  SDL_FreeSurface(s);
}

bool window_open(Win *w, const char *title, int width, int height, bool fullscreen)
{
  memset(w, 0, sizeof *w);
  /* No bigger than the screen: a size remembered on another screen, or a
  ** settings file edited by hand, must not put the window out of reach. */
  SDL_Rect usable;
  if (SDL_GetDisplayUsableBounds(0, &usable) == 0 && usable.w > 0 && usable.h > 0) {
    if (width > usable.w)
      width = usable.w;
    if (height > usable.h)
      height = usable.h;
  }
  Uint32 flags = SDL_WINDOW_RESIZABLE | SDL_WINDOW_ALLOW_HIGHDPI;
  if (fullscreen)
    flags |= SDL_WINDOW_FULLSCREEN_DESKTOP;
  w->sdl =
      SDL_CreateWindow(title, SDL_WINDOWPOS_CENTERED, SDL_WINDOWPOS_CENTERED, width, height, flags);
  if (!w->sdl)
    return err_set("window: %s", SDL_GetError());
  SDL_SetWindowMinimumSize(w->sdl, 480, 360);
  set_icon(w->sdl);
  /* SDL's CPU renderer, straight to the X11/Wayland framebuffer, unless the
  ** reader asks for another (SDL_RENDER_DRIVER=opengl): the window draws only
  ** when something changes, a page takes a few milliseconds on the CPU, and
  ** not loading the GL stack saves ~75 MiB and ~0.3 s at start (tests/bench). */
  /* On a HiDPI screen (more pixels than points: macOS, Wayland with a scale)
  ** the CPU framebuffer would be scaled up by the compositor, so the GPU
  ** renderer is taken, which draws at the real pixel size. */
  int pw = 0, ph = 0, ww = 0, wh = 0;
  SDL_GetWindowSizeInPixels(w->sdl, &pw, &ph);
  SDL_GetWindowSize(w->sdl, &ww, &wh);
  bool hidpi = pw > ww || ph > wh;
  if (!getenv("SDL_RENDER_DRIVER") && !hidpi) {
    SDL_SetHint(SDL_HINT_FRAMEBUFFER_ACCELERATION, "0");
    w->r = SDL_CreateRenderer(w->sdl, -1, SDL_RENDERER_SOFTWARE);
  }
  if (!w->r)
    w->r = SDL_CreateRenderer(w->sdl, -1, SDL_RENDERER_ACCELERATED | SDL_RENDERER_PRESENTVSYNC);
  if (!w->r)
    w->r = SDL_CreateRenderer(w->sdl, -1, 0);
  if (!w->r) {
    err_set("renderer: %s", SDL_GetError());
    SDL_DestroyWindow(w->sdl);
    w->sdl = NULL;
    return false;
  }
  return true;
}

void window_close(Win *w)
{
  for (int i = 0; i < 2; i++)
    if (w->cursors[i])
      SDL_FreeCursor(w->cursors[i]);
  if (w->r)
    SDL_DestroyRenderer(w->r);
  if (w->sdl)
    SDL_DestroyWindow(w->sdl);
  memset(w, 0, sizeof *w);
}

/* The window's size in points as the window system has it. SDL's can be an
** assumption: asked for fullscreen, SDL 2 takes the screen's size at once
** whether or not a window manager makes it so (none runs, or it refuses), and
** keeps that size after fullscreen ends. Under X11 the server is asked. */
static void real_size(const Win *w, int *width, int *height)
{
  SDL_GetWindowSize(w->sdl, width, height);
#if defined(FICELLE_X11) && defined(SDL_VIDEO_DRIVER_X11)
  SDL_SysWMinfo info;
  XWindowAttributes at;
  SDL_VERSION(&info.version);
  if (SDL_GetWindowWMInfo(w->sdl, &info) && info.subsystem == SDL_SYSWM_X11
      && XGetWindowAttributes(info.info.x11.display, info.info.x11.window, &at)) {
    *width = at.width;
    *height = at.height;
  }
#endif
}

bool window_page_size(Win *w, int *pw, int *ph)
{
  int sw = 0, sh = 0;
  SDL_GetRendererOutputSize(w->r, pw, ph);
  SDL_GetWindowSize(w->sdl, &sw, &sh);
  /* The window system is asked only after a window event (a round trip). */
  if (w->stale || w->w <= 0 || w->h <= 0) {
    real_size(w, &w->w, &w->h);
    w->stale = false;
  }
  if (w->w > 0 && w->w < sw)
    *pw = (int)((long)*pw * w->w / sw);
  if (w->h > 0 && w->h < sh)
    *ph = (int)((long)*ph * w->h / sh);
  return !(SDL_GetWindowFlags(w->sdl) & SDL_WINDOW_FULLSCREEN) && w->w > 0 && w->h > 0;
}

bool window_toggle_fullscreen(Win *w, int width, int height)
{
  bool on = !(SDL_GetWindowFlags(w->sdl) & SDL_WINDOW_FULLSCREEN_DESKTOP);
  SDL_SetWindowFullscreen(w->sdl, on ? SDL_WINDOW_FULLSCREEN_DESKTOP : 0);
  /* Back to the remembered size: a window manager does it, but a window
  ** opened fullscreen where none runs would keep the screen's size. */
  if (!on)
    SDL_SetWindowSize(w->sdl, width, height);
  w->stale = true;
  return on;
}

void window_to_page(const Win *w, int page_w, int page_h, int x, int y, int *px, int *py)
{
  int ww = w->w, wh = w->h;
  if (ww <= 0 || wh <= 0)
    SDL_GetWindowSize(w->sdl, &ww, &wh);
  *px = (int)((long)x * page_w / (ww > 0 ? ww : 1));
  *py = (int)((long)y * page_h / (wh > 0 ? wh : 1));
}

void window_set_hand(Win *w, bool hand)
{
  int over = hand;
  if (over == w->hand)
    return;
  w->hand = over;
  if (!w->cursors[over])
    w->cursors[over] =
        SDL_CreateSystemCursor(over ? SDL_SYSTEM_CURSOR_HAND : SDL_SYSTEM_CURSOR_ARROW);
  if (w->cursors[over])
    SDL_SetCursor(w->cursors[over]);
}
