/*
** input: the keymap, one table from keys, pad buttons and the mouse to the
** reader's actions, and the three rules around it: a hidden interface comes back
** at the first key or click; the history has its own meaning for some keys; most
** keys act on the page only. README.md's "Keys" table says the same for readers.
*/
#include "input.h"

typedef enum Source { KEY, KEY_UP, PAD, MOUSE, WHEEL } Source;

enum {
  PAGE = 1,  /* only on the page: not over a menu, nor on the title or the chapters */
  HIDDEN = 2 /* also while the interface is hidden (else it only shows it again) */
};

typedef struct Binding {
  Source src;
  int code, last; /* a key, a pad button, a mouse button, the wheel's direction (+1
                    ** up, -1 down); last > code: a range, whose arg counts from code */
  Uint16 mod;     /* keys: one of these modifiers held; 0: whatever is held */
  int flags;      /* PAGE, HIDDEN */
  Action act;     /* what it does */
  Action history; /* what it does while the history is open */
} Binding;

#define DO(kind, arg)                                                                              \
  {                                                                                                \
    ACT_##kind, arg                                                                                \
  }
#define NOTHING                                                                                    \
  {                                                                                                \
    ACT_NONE, 0                                                                                    \
  }

/* The first binding that matches wins: a modified key before the plain one. */
static const Binding keymap[] = {
  /* Keys, anywhere. */
  { KEY, SDLK_RETURN, 0, KMOD_ALT, 0, DO(FULLSCREEN, 0), DO(FULLSCREEN, 0) },
  { KEY, SDLK_F11, 0, 0, 0, DO(FULLSCREEN, 0), DO(FULLSCREEN, 0) },
  /* A writer's edit: the scripts read again, the reader kept where they were. */
  { KEY, SDLK_F5, 0, 0, PAGE, DO(RELOAD, 0), NOTHING },
  /* Self-voicing, on the title and the menus too (a reader who cannot see
  ** them turns it on there). */
  { KEY, SDLK_v, 0, 0, 0, DO(VOICE, 0), DO(VOICE, 0) },
  { KEY, SDLK_ESCAPE, 0, 0, 0, DO(BACK, 0), DO(BACK, 0) },
  { KEY, SDLK_RETURN, 0, 0, 0, DO(SELECT, 0), DO(SELECT, 0) },
  /* Space goes on past a line and never takes an option or a button. */
  { KEY, SDLK_SPACE, 0, 0, PAGE, DO(CONTINUE, 0), DO(SELECT, 0) },
  { KEY, SDLK_KP_ENTER, 0, 0, 0, DO(SELECT, 0), NOTHING },
  { KEY, SDLK_UP, 0, 0, 0, DO(FOCUS, -1), DO(SCROLL, 1) },
  { KEY, SDLK_LEFT, 0, 0, 0, DO(FOCUS, -1), NOTHING },
  { KEY, SDLK_DOWN, 0, KMOD_SHIFT, 0, DO(FOCUS, -1), DO(SCROLL, -1) },
  { KEY, SDLK_DOWN, 0, 0, 0, DO(FOCUS, 1), DO(SCROLL, -1) },
  { KEY, SDLK_RIGHT, 0, KMOD_SHIFT, 0, DO(FOCUS, -1), NOTHING },
  { KEY, SDLK_RIGHT, 0, 0, 0, DO(FOCUS, 1), NOTHING },
  { KEY, SDLK_TAB, 0, KMOD_SHIFT, 0, DO(FOCUS, -1), NOTHING },
  { KEY, SDLK_TAB, 0, 0, 0, DO(FOCUS, 1), NOTHING },
  { KEY, SDLK_PAGEDOWN, 0, 0, PAGE, DO(FORWARD, 0), DO(SCROLL, -5) },
  /* Keys on the page. */
  { KEY, SDLK_PAGEUP, 0, 0, PAGE, DO(HISTORY, 0), DO(SCROLL, 5) },
  { KEY, SDLK_1, SDLK_9, KMOD_SHIFT, PAGE, DO(UNVOTE, 0), NOTHING },
  { KEY, SDLK_1, SDLK_9, 0, PAGE, DO(NUMBER, 0), NOTHING },
  { KEY, SDLK_KP_1, SDLK_KP_9, 0, PAGE, DO(NUMBER, 0), NOTHING },
  { KEY, SDLK_BACKSPACE, 0, 0, PAGE, DO(ROLLBACK, 0), NOTHING },
  { KEY, SDLK_l, 0, 0, PAGE, DO(BILINGUAL, 0), NOTHING },
  { KEY, SDLK_a, 0, 0, PAGE, DO(AUTO, 0), NOTHING },
  { KEY, SDLK_PLUS, 0, 0, PAGE, DO(TEXT_SIZE, 1), NOTHING },
  { KEY, SDLK_EQUALS, 0, 0, PAGE, DO(TEXT_SIZE, 1), NOTHING },
  { KEY, SDLK_KP_PLUS, 0, 0, PAGE, DO(TEXT_SIZE, 1), NOTHING },
  { KEY, SDLK_MINUS, 0, 0, PAGE, DO(TEXT_SIZE, -1), NOTHING },
  { KEY, SDLK_KP_MINUS, 0, 0, PAGE, DO(TEXT_SIZE, -1), NOTHING },
  { KEY, SDLK_h, 0, 0, PAGE, DO(QUICK, 0), NOTHING },
  { KEY, SDLK_s, 0, 0, PAGE | HIDDEN, DO(SHOT, 0), NOTHING },
  { KEY, SDLK_F6, 0, 0, PAGE, DO(QUICK_SAVE, 0), NOTHING },
  { KEY, SDLK_F9, 0, 0, PAGE, DO(QUICK_LOAD, 0), NOTHING },
  { KEY, SDLK_LCTRL, 0, 0, PAGE | HIDDEN, DO(SKIP, 1), NOTHING },
  { KEY, SDLK_RCTRL, 0, 0, PAGE | HIDDEN, DO(SKIP, 1), NOTHING },
  { KEY_UP, SDLK_LCTRL, 0, 0, HIDDEN, DO(SKIP, 0), DO(SKIP, 0) },
  { KEY_UP, SDLK_RCTRL, 0, 0, HIDDEN, DO(SKIP, 0), DO(SKIP, 0) },
  /* A gamepad: a keyboard with fewer keys (A is Enter, B and Start are Esc). */
  { PAD, SDL_CONTROLLER_BUTTON_A, 0, 0, 0, DO(SELECT, 0), DO(SELECT, 0) },
  { PAD, SDL_CONTROLLER_BUTTON_B, 0, 0, 0, DO(BACK, 0), DO(BACK, 0) },
  { PAD, SDL_CONTROLLER_BUTTON_START, 0, 0, 0, DO(BACK, 0), DO(BACK, 0) },
  { PAD, SDL_CONTROLLER_BUTTON_DPAD_UP, 0, 0, 0, DO(FOCUS, -1), DO(SCROLL, 1) },
  { PAD, SDL_CONTROLLER_BUTTON_DPAD_LEFT, 0, 0, 0, DO(FOCUS, -1), DO(SCROLL, 1) },
  { PAD, SDL_CONTROLLER_BUTTON_DPAD_DOWN, 0, 0, 0, DO(FOCUS, 1), DO(SCROLL, -1) },
  { PAD, SDL_CONTROLLER_BUTTON_DPAD_RIGHT, 0, 0, 0, DO(FOCUS, 1), DO(SCROLL, -1) },
  { PAD, SDL_CONTROLLER_BUTTON_LEFTSHOULDER, 0, 0, PAGE, DO(HISTORY, 0), DO(SCROLL, 5) },
  { PAD, SDL_CONTROLLER_BUTTON_Y, 0, 0, PAGE, DO(AUTO, 0), NOTHING },
  { PAD, SDL_CONTROLLER_BUTTON_X, 0, 0, PAGE, DO(HIDE, 1), NOTHING },
  /* The mouse. */
  { MOUSE, SDL_BUTTON_LEFT, 0, 0, 0, DO(CLICK, 0), DO(CLICK, 0) },
  { MOUSE, SDL_BUTTON_RIGHT, 0, 0, HIDDEN, DO(MENU, 0), DO(MENU, 0) },
  /* The wheel as in Ren'Py: up rolls back, down rolls forward again. */
  { WHEEL, 1, 0, 0, PAGE, DO(ROLLBACK, 0), DO(SCROLL, 1) },
  { WHEEL, -1, 0, 0, PAGE, DO(FORWARD, 0), DO(SCROLL, -1) },
};

/* The event's source and code (and modifiers); false if the keymap has none. */
static bool source_of(const SDL_Event *e, Source *src, int *code, Uint16 *mod)
{
  *mod = 0;
  switch (e->type) {
  case SDL_KEYDOWN:
  case SDL_KEYUP:
    *src = e->type == SDL_KEYDOWN ? KEY : KEY_UP;
    *code = e->key.keysym.sym;
    *mod = e->key.keysym.mod;
    return true;
  case SDL_CONTROLLERBUTTONDOWN:
    *src = PAD;
    *code = e->cbutton.button;
    return true;
  case SDL_MOUSEBUTTONDOWN:
    *src = MOUSE;
    *code = e->button.button;
    return true;
  case SDL_MOUSEWHEEL:
    *src = WHEEL;
    *code = e->wheel.y > 0 ? 1 : e->wheel.y < 0 ? -1 : 0;
    return true;
  default: return false;
  }
}

Action input_action(const SDL_Event *e, InputContext where)
{
  Action none = { ACT_NONE, 0 }, show = { ACT_HIDE, 0 };
  Source src;
  int code;
  Uint16 mod;
  if (!source_of(e, &src, &code, &mod))
    return none;
  const Binding *b = NULL;
  for (size_t i = 0; i < sizeof keymap / sizeof keymap[0] && !b; i++) {
    const Binding *k = &keymap[i];
    int last = k->last > k->code ? k->last : k->code;
    if (k->src == src && code >= k->code && code <= last && (!k->mod || (mod & k->mod)))
      b = k;
  }
  /* Any key brings a hidden interface back, and does only that. */
  if (where.hidden && (b ? !(b->flags & HIDDEN) : src == KEY))
    return show;
  if (!b)
    return none;
  Action act = where.history ? b->history : b->act;
  if (!where.history && (b->flags & PAGE) && !where.page)
    return none;
  if (b->last > b->code && act.kind != ACT_NONE)
    act.arg += code - b->code;
  return act;
}
