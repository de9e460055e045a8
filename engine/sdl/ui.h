/*
** ui: the drawing context every screen shares: the renderer and its size in real
** pixels, the scale from design units (a 1280x720 window) to pixels, the palette
** of the current mood, and the buttons drawn this frame with their hover and
** keyboard focus, so that the mouse and the keyboard reach the same things.
*/
#ifndef FICELLE_UI_H
#define FICELLE_UI_H

#include <stdbool.h>
#include <SDL.h>

#include "draw.h"
#include "story.h"

typedef enum ActionKind {
  ACT_NONE,
  ACT_CONTINUE, /* go on past a line or a card */
  ACT_CHOICE,   /* arg: the option's position in the event */
  ACT_NEW_GAME,
  ACT_RESUME_GAME, /* the autosave of the last session */
  ACT_CHAPTERS,
  ACT_CHAPTER,  /* arg: the chapter's number */
  ACT_LANGUAGE, /* arg: index in story_languages(), -1: the next one */
  ACT_QUIT,
  ACT_RECOVER, /* error screen: back to the last checkpoint */
  ACT_RELOAD,  /* error screen: read the scripts again */
  ACT_TITLE,
  ACT_RETURN, /* close the menu or the overlay */
  ACT_SAVE,
  ACT_LOAD,
  ACT_HISTORY,
  ACT_FULLSCREEN,
  ACT_DYSLEXIC,
  ACT_TEXT_SIZE, /* arg: +1 / -1, stopping at the ends */
  ACT_SPEED,     /* arg: +1 / -1: the typewriter faster or slower, stopping at the ends */
  ACT_PREFS,     /* the Preferences screen, over the title or the menu */
  ACT_AUTO_PACE, /* arg: +1 / -1: auto-forward waits less or more, stopping at the ends */
  ACT_SKIP_MODE, /* skip unread text too, or only what was seen */
  ACT_CONTRAST,  /* the high-contrast palette on or off */
  ACT_QUICK,     /* the quick menu under the page shown or hidden (H) */
  /* What keys, pad buttons and the mouse ask for (input.c's keymap). */
  ACT_SELECT,   /* take the focused button, or go on; in the history: close it */
  ACT_BACK,     /* Esc: close the history or the menu, leave the chapters, open the menu */
  ACT_FOCUS,    /* arg: +1 / -1 through the buttons */
  ACT_SCROLL,   /* the history; arg: entries, + older / - newer (past the newest closes) */
  ACT_CLICK,    /* the left button, at the pointer */
  ACT_MENU,     /* the right button: open or close the menu on a game; close the history */
  ACT_ROLLBACK, /* back to the line or choice before */
  ACT_FORWARD,  /* forward again through what a rollback took back (not past it) */
  ACT_AUTO,     /* auto-advance on or off */
  ACT_SKIP,     /* arg: 1 while skipping, 0 when it stops, 2 on or off (a button) */
  ACT_HIDE,     /* arg: 1 hides the interface, 0 shows it again */
  ACT_SHOT,     /* a screenshot of the next frame */
  /* The save slots (slots.c). */
  ACT_SLOT,       /* arg: a slot's id; saves or loads it, as the screen shown says */
  ACT_SLOT_PAGE,  /* arg: the page of slots to show */
  ACT_CONFIRM,    /* the dialog's answer; arg: 1 go ahead, 0 cancel */
  ACT_QUICK_SAVE, /* the quick save slot, with no question */
  ACT_QUICK_LOAD, /* the quick save slot, after a question */
  /* A class reading together (lesson.c). */
  ACT_NUMBER,    /* a number key; arg: 0 for 1, ...: takes that option, or in
                    class gives it a vote */
  ACT_UNVOTE,    /* arg: an option: one vote less (Shift and its number) */
  ACT_VOTE,      /* arg: an option: one vote more */
  ACT_MAJORITY,  /* the class takes the option with the most votes */
  ACT_OTHER,     /* arg: an option of the last choice: read where it led */
  ACT_TIMER,     /* the discussion's timer: start, or stop */
  ACT_CLASSROOM, /* the title's "In class": a class reads together */
  ACT_PRESET,    /* arg: chapter * 16 + preset: the chapter as if earlier ones went so */
  ACT_BILINGUAL, /* the other language under each line, or not (L) */
  ACT_VOICE,     /* self-voicing on or off (V) */
  /* A task's picture (panel_task.c). */
  ACT_TOGGLE, /* arg: a target of the picture: ticked, or not */
  ACT_SUBMIT  /* « Valider »: the option the ticked targets answer */
} ActionKind;

typedef struct Action {
  ActionKind kind;
  int arg;
} Action;

typedef struct Palette {
  SDL_Color bg, panel, raised, text, dim, accent, on_accent, focus, rule, error;
  SDL_Color brand; /* Nuée's own colour on its screens (default: accent) */
  SDL_Color ok;    /* what goes well: a task paid, a button that works (green) */
  SDL_Color warn;  /* a banner the reader should see (yellow) */
} Palette;

typedef enum ButtonStyle {
  BUTTON_MENU,   /* a line of a menu: text, a bar when focused */
  BUTTON_CHOICE, /* an option on the page: a full-width block */
  BUTTON_ANSWER, /* an answer on the task card: a pill */
  BUTTON_SMALL,  /* a secondary action */
  BUTTON_QUIET   /* the quick menu's: only a faint fill when focused or hovered */
} ButtonStyle;

#define UI_MAX_BUTTONS 64

typedef struct UiButton {
  SDL_Rect rc;
  Action act;
  char label[256]; /* what it says, for self-voicing (voice.h); "" if nothing */
} UiButton;

typedef struct Ui {
  SDL_Renderer *r;
  Story *story;
  int w, h;         /* the output in real pixels */
  int strip;        /* of the window's height, what a strip under the page takes (the quick menu) */
  float s;          /* pixels per design unit */
  float text_scale; /* the reader's text size (1.0 by default) */
  Palette pal;
  const json_t *speakers; /* the mood's colour per speaker (its palette's "speakers"), or NULL */
  char mood[32];
  UiButton buttons[UI_MAX_BUTTONS];
  int nbuttons;
  int focus;     /* index into buttons, -1: none */
  Action was;    /* the focused button's action when the frame began (ui_begin) */
  bool keyboard; /* the focus was moved by keys: draw its ring */
  bool hide;     /* H: the reader hides the interface */
  bool contrast; /* every mood drawn in the high-contrast palette (ui_set_contrast) */
  int speed;     /* the typewriter, characters a second (0: at once) */
} Ui;

/* Sets up the context for a renderer of w x h pixels. */
void ui_init(Ui *ui, SDL_Renderer *r, Story *story);
void ui_resize(Ui *ui, int w, int h);
/* The smallest text drawn, in pixels (the font's size), at any window size. */
#define UI_MIN_TEXT_PX 12

/* Design units (a 1280x720 window) to pixels; text sizes also get text_scale,
** and never come under UI_MIN_TEXT_PX. */
int ui_px(const Ui *ui, float units);
int ui_font_px(const Ui *ui, float units);

/* Loads assets/palettes/<mood>.json (cached), or keeps a built-in palette. */
void ui_set_mood(Ui *ui, const char *mood);
/* The colour the story gives `who` in this mood (the palette's "speakers",
** by the name as shown, in any language), else dflt. */
SDL_Color ui_speaker_color(const Ui *ui, const char *who, SDL_Color dflt);

/* The high-contrast palette (assets/palettes/contrast.json) in place of
** every mood's, or the moods' own again. */
void ui_set_contrast(Ui *ui, bool on);

/* Starts a frame: clears the buttons (they are registered again as drawn). */
void ui_begin(Ui *ui);
/* Draws a button and registers it; returns its index. The label is set in
** Inter; a label in another face (a choice in the page's serif) is laid out by
** the caller and drawn with ui_button_para(). */
int ui_button(Ui *ui, SDL_Rect rc, const char *label, Action act, ButtonStyle style);
/* The same with a label already laid out (kept by the caller between frames). */
int ui_button_para(Ui *ui, SDL_Rect rc, const DrawPara *label, Action act, ButtonStyle style);
/* Gives button `index` the label said for it (a button whose text its caller
** draws); joins `more` after a comma if it is given. */
void ui_label(Ui *ui, int index, const char *label, const char *more);
/* Moves the focus (keys): d = +1/-1 through the buttons, wrapping. */
void ui_focus_move(Ui *ui, int d);
/* Points the focus at the button under (x, y); true if it changed. */
bool ui_hover(Ui *ui, int x, int y);
/* The action of the button under (x, y) / of the focused button, ACT_NONE if none. */
Action ui_hit(const Ui *ui, int x, int y);
Action ui_focused(const Ui *ui);
/* The focused button's label (cut at 255 bytes), "" if none. */
const char *ui_focused_label(const Ui *ui);
/* Forgets the focus (a new screen, a new choice). */
void ui_reset_focus(Ui *ui);
/* An interface string in the story's language (story_ui). */
const char *ui_text(const Ui *ui, const char *key);

#endif
