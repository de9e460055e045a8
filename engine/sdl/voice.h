/*
** voice: self-voicing, as Ren'Py ships it (V): the window says each line as
** it appears, the options of a choice and the button the focus is on, through
** the system's speech service, speech-dispatcher (libspeechd). What is said
** goes to a thread of its own, which talks to the service (SSIP): the frame
** never waits for it. A new text cancels the one being said, as a reader who
** moves on expects. Built without libspeechd, the module is there and says
** that it cannot speak (voice_built() is false).
*/
#ifndef FICELLE_VOICE_H
#define FICELLE_VOICE_H

#include <stdbool.h>
#include <stdint.h>

typedef struct Voice Voice;

/* True if this build can speak (it was built against libspeechd). */
bool voice_built(void);

/* Starts the thread (the service is reached at the first voice_say); each
** failure to reach it pushes one SDL event of type `failed` (0: none), the
** window then telling the reader. NULL if the build cannot speak or the
** thread cannot start. */
Voice *voice_open(uint32_t failed);
/* Says text in lang ("fr", "en"; NULL: as before), cancelling what is being
** said or waiting; returns at once. NULL or "" text only cancels. */
void voice_say(Voice *v, const char *text, const char *lang);
/* Stops speaking and closes the connection and the thread, v then freed (NULL
** is fine); waits at most a moment (a thread still reaching the service ends
** on its own). */
void voice_close(Voice *v);

#endif
