/*
** html: what the pages the engine writes share (the tools' handout, teacher
** and graph, a class's page of votes).
*/
#ifndef FICELLE_HTML_H
#define FICELLE_HTML_H

#include <stdio.h>
#include <jansson.h>

/* Writes s on out with the characters that HTML and SVG read as markup
** (< > & " ') escaped, so that it can stand in a text or an attribute's
** value. NULL writes nothing. */
void html_escape(FILE *out, const char *s);

/* Writes open, s escaped, then close ("<p>", text, "</p>\n"). */
void html_tagged(FILE *out, const char *open, const char *s, const char *close);

/* Writes a task's drawing (an Image: width, height, background, shapes; see
** lua/meta/engine.lua) as an inline SVG of the same shapes, scaled to the
** width of its box, with alt as its accessible name. Nothing if img is not a
** drawing. */
void html_image(FILE *out, const json_t *img, const char *alt);

#endif
