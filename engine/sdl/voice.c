/*
** voice: self-voicing through speech-dispatcher (see voice.h), or in a
** browser through the page's speech API. The window
** hands the newest text to a thread and goes on; the thread connects to the
** service once, then for each text cancels what is being said and sends the
** new one (SSIP's SPEAK: the service answers as soon as it has queued it, and
** synthesises while the window reads on). Texts that came while the thread was
** busy are not queued: only the newest one is said.
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <SDL.h>

#include "mem.h"
#include "voice.h"

#ifdef FICELLE_SPEECHD
#include <libspeechd.h>

#define VOICE_CLOSE_MS 300 /* the longest voice_close() waits */

struct Voice {
  SDL_Thread *thread;
  SDL_mutex *lock;
  SDL_cond *wake;
  char *text;    /* the newest text not yet sent, or NULL (under lock) */
  bool cancel;   /* only stop what is being said (under lock) */
  char lang[16]; /* the language of text (under lock) */
  bool quit;     /* under lock */
  uint32_t failed;
  SDL_sem *done;     /* posted when the thread ends */
  SDL_atomic_t refs; /* the window's and the thread's: the last one frees v */
};

bool voice_built(void)
{
  return true;
}

/* Tells the window that the service cannot be reached, and why on stderr. */
static void failure(Voice *v, const char *why)
{
  fprintf(stderr, "ficelle: speech-dispatcher: %s\n", why && *why ? why : "no answer");
  if (v->failed) {
    SDL_Event e;
    memset(&e, 0, sizeof e);
    e.type = v->failed;
    SDL_PushEvent(&e);
  }
}

static void release(Voice *v)
{
  if (SDL_AtomicAdd(&v->refs, -1) != 1)
    return;
  free(v->text);
  SDL_DestroySemaphore(v->done);
  SDL_DestroyCond(v->wake);
  SDL_DestroyMutex(v->lock);
  free(v);
}

static int speaking(void *data)
{
  Voice *v = data;
  SPDConnection *c = NULL;
  bool dead = false; /* the service was not reached: say nothing more */
  char lang[16], said_lang[16] = "";
  SDL_LockMutex(v->lock);
  for (;;) {
    while (!v->quit && !v->text && !v->cancel)
      SDL_CondWait(v->wake, v->lock);
    if (v->quit)
      break;
    char *text = v->text;
    v->text = NULL;
    v->cancel = false;
    memcpy(lang, v->lang, sizeof lang);
    SDL_UnlockMutex(v->lock);
    if (!c && !dead && text) {
      char *why = NULL;
      /* autospawn: the service is started if it is installed and not running */
      c = spd_open2("ficelle", "voice", NULL, SPD_MODE_SINGLE, NULL, 1, &why);
      if (!c) {
        dead = true;
        failure(v, why);
      }
      free(why);
    }
    if (c) {
      spd_cancel(c);
      if (text && *text) {
        if (lang[0] && strcmp(lang, said_lang) != 0 && spd_set_language(c, lang) == 0)
          memcpy(said_lang, lang, sizeof said_lang);
        if (spd_say(c, SPD_TEXT, text) < 0) { /* the service went away */
          spd_close(c);
          c = NULL;
          dead = true;
          failure(v, "the connection was lost");
        }
      }
    }
    free(text);
    SDL_LockMutex(v->lock);
  }
  SDL_UnlockMutex(v->lock);
  if (c) {
    spd_cancel(c);
    spd_close(c);
  }
  SDL_SemPost(v->done);
  release(v);
  return 0;
}

Voice *voice_open(uint32_t failed)
{
  Voice *v = calloc(1, sizeof *v);
  if (!v)
    return NULL;
  v->failed = failed;
  SDL_AtomicSet(&v->refs, 2);
  v->lock = SDL_CreateMutex();
  v->wake = SDL_CreateCond();
  v->done = SDL_CreateSemaphore(0);
  if (!v->lock || !v->wake || !v->done || !(v->thread = SDL_CreateThread(speaking, "voice", v))) {
    fprintf(stderr, "ficelle: voice: %s\n", SDL_GetError());
    if (v->done)
      SDL_DestroySemaphore(v->done);
    if (v->wake)
      SDL_DestroyCond(v->wake);
    if (v->lock)
      SDL_DestroyMutex(v->lock);
    free(v);
    return NULL;
  }
  return v;
}

void voice_say(Voice *v, const char *text, const char *lang)
{
  if (!v)
    return;
  SDL_LockMutex(v->lock);
  free(v->text);
  v->text = text && *text ? mem_strdup(text) : NULL;
  v->cancel = true;
  if (lang)
    snprintf(v->lang, sizeof v->lang, "%s", lang);
  SDL_CondSignal(v->wake);
  SDL_UnlockMutex(v->lock);
}

/* The thread may be waiting for the service (a first connection starts it):
** the window waits a moment for it to stop the speech, then leaves it to end
** on its own and free v. */
void voice_close(Voice *v)
{
  if (!v)
    return;
  SDL_LockMutex(v->lock);
  v->quit = true;
  SDL_CondSignal(v->wake);
  SDL_UnlockMutex(v->lock);
  SDL_SemWaitTimeout(v->done, VOICE_CLOSE_MS);
  SDL_DetachThread(v->thread);
  release(v);
}

#elif defined(__EMSCRIPTEN__)

/* In a browser, the page speaks (its speech API): ficelle_say, in
** tools/web/library.js, cancels what is being said and says text; it returns
** 0 if the browser cannot speak. */
extern int ficelle_say(const char *text, const char *lang);

struct Voice {
  uint32_t failed;
  bool told;     /* the window was told once that the browser cannot speak */
  char lang[16]; /* the language of the last text */
};

bool voice_built(void)
{
  return true;
}

Voice *voice_open(uint32_t failed)
{
  Voice *v = mem_calloc(1, sizeof *v);
  v->failed = failed;
  snprintf(v->lang, sizeof v->lang, "fr");
  return v;
}

void voice_say(Voice *v, const char *text, const char *lang)
{
  if (!v)
    return;
  if (lang)
    snprintf(v->lang, sizeof v->lang, "%s", lang);
  if (!ficelle_say(text ? text : "", v->lang) && v->failed && !v->told) {
    SDL_Event e;
    memset(&e, 0, sizeof e);
    e.type = v->failed;
    SDL_PushEvent(&e);
    v->told = true;
  }
}

void voice_close(Voice *v)
{
  if (v)
    ficelle_say("", v->lang);
  free(v);
}

#else /* built without libspeechd */

bool voice_built(void)
{
  return false;
}

Voice *voice_open(uint32_t failed)
{
  (void)failed;
  return NULL;
}

void voice_say(Voice *v, const char *text, const char *lang)
{
  (void)v;
  (void)text;
  (void)lang;
}

void voice_close(Voice *v)
{
  (void)v;
}

#endif
