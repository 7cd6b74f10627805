/* xw.h: the pure-C face of the Xapian wrapper.  Only xw/*.cc include
 * <xapian.h>; every entry point catches every exception and returns a status
 * with a message, so no C++ exception ever crosses into C.  Objects are
 * opaque; none is thread-safe, so each thread owns its own handles. */
#ifndef XW_H
#define XW_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "ss_status.h"

/* ---- stemming ------------------------------------------------------- */

/* Stems one word with the stemmer for lang: "ky" (ours), "ru", "tr", or any
 * other Snowball language Xapian knows; "none" returns the word unchanged.
 * word should be case-folded (ss_text_fold).  *out is malloc'd (free()). */
enum ss_status xw_stem(const char *lang, const char *word, size_t len,
		       char **out, struct ss_err *err);

#endif
