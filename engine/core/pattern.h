/*
** pattern: the sandbox's string.find, match, gmatch and gsub. Lua's own run
** their pattern matcher in C, where no instruction hook fires: a pattern that
** backtracks (("a"):rep(30000):find(".-.-.-b")) froze the engine for hours.
** These do what Lua 5.4's do, but count their matching steps against the
** step's instruction budget (script_charge), so such a pattern ends in an
** error at the writer's line instead.
*/
#ifndef FICELLE_PATTERN_H
#define FICELLE_PATTERN_H

#include <lua.h>

/* Puts the four functions in the string table (which is also the strings'
** __index: s:find() is the same function) of L. */
void pattern_open(lua_State *L);

#endif
