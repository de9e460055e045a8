/*
** html: what the tools that write HTML pages (handout, graph) share.
*/
#ifndef FICELLE_HTML_H
#define FICELLE_HTML_H

#include <stdio.h>

/* Writes s on out with the characters that HTML and SVG read as markup
** (< > & " ') escaped, so that it can stand in a text or an attribute's
** value. NULL writes nothing. */
void html_escape(FILE *out, const char *s);

#endif
