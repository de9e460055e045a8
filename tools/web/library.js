/* Ficelle's functions that the page gives the engine (emcc --js-library):
** what C cannot do in a browser by itself. */
mergeInto(LibraryManager.library, {
  /* voice.c: says text in lang ("fr", "en"), cancelling what was being said
  ** ("" only cancels); 0 if the browser cannot speak. index.html's
  ** Module.ficelleSay does it (the speech API, speechSynthesis). */
  ficelle_say: function (text, lang) {
    if (!Module.ficelleSay)
      return 0;
    return Module.ficelleSay(UTF8ToString(text), UTF8ToString(lang)) ? 1 : 0;
  }
});
