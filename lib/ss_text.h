/* ss_text.h: the one text normaliser shared by indexer, searchd and every
 * analyser, so that what is indexed and what is queried meet.  UTF-8 with
 * explicit lengths everywhere; ICU does the Unicode work.
 *
 * Two strengths:
 *  - ss_text_prepare: NFC and ё→е (Ё→Е), case kept.  Used on whole texts and
 *    queries: Xapian lowercases terms itself, and its query parser needs
 *    upper-case AND/OR/NOT to stay operators.
 *  - ss_text_fold: NFC, full case fold, ё→е.  Used for keys compared as
 *    strings (judge names, court codes, words handed to stemmers).
 * Combining marks are never stripped: й stays й, ң ө ү stay letters. */
#ifndef SS_TEXT_H
#define SS_TEXT_H

#include <stdbool.h>
#include <stddef.h>

#include "ss_status.h"

#ifdef __cplusplus
extern "C" {
#endif

/* True when s[0..len) is well-formed UTF-8 (no overlongs, no surrogates, no
 * NUL bytes).  *bad_at, if given, receives the offset of the first bad byte. */
bool ss_utf8_valid(const char *s, size_t len, size_t *bad_at);

/* NFC + ё→е, case kept.  *out is malloc'd (free()), NUL-terminated. */
enum ss_status ss_text_prepare(const char *s, size_t len, char **out,
			       size_t *out_len, struct ss_err *err);

/* NFC + case fold + ё→е.  *out is malloc'd (free()), NUL-terminated. */
enum ss_status ss_text_fold(const char *s, size_t len, char **out,
			    size_t *out_len, struct ss_err *err);

/* Decodes one code point at s[*i] (advancing *i); returns -1 on bad input.
 * For hot loops over text already validated. */
int ss_utf8_next(const char *s, size_t len, size_t *i);

/* Appends the UTF-8 encoding of cp to out (needs 4 bytes); returns bytes. */
size_t ss_utf8_put(unsigned cp, char *out);

#ifdef __cplusplus
}
#endif

#endif
