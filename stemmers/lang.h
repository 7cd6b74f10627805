/* lang.h: language detection for the two languages of the register, Russian
 * and Kyrgyz.  lang_detect_text decides the language of a whole act (the
 * indexer's `L<ru|ky>` term and its default stemmer); lang_word_is_kyrgyz
 * decides for one word whether the Kyrgyz stemmer must be used even inside a
 * Russian act.  Both are pure functions: no allocation, no global state,
 * safe from any thread, robust to any bytes (invalid UTF-8 is skipped). */
#ifndef LANG_H
#define LANG_H

#include <stdbool.h>
#include <stddef.h>

enum lang_code { LANG_UNKNOWN = 0, LANG_RU, LANG_KY };

/* "ru", "ky", or "" for LANG_UNKNOWN (and any out-of-range value).  Static
 * strings: never freed. */
const char *lang_code_str(enum lang_code l);

/* "ru"/"ky" (exactly, lower case) → the code; anything else (NULL included)
 * → LANG_UNKNOWN. */
enum lang_code lang_code_parse(const char *s);

/* The language of a whole text.  Evidence for Kyrgyz: words holding the
 * Kyrgyz-only letters ң ө ү (any case) or spellings Russian orthography never
 * produces (see lang_word_is_kyrgyz), and Kyrgyz function words (жана,
 * менен, боюнча, ...).  Evidence for Russian: Russian function words (и, в,
 * на, что, не, по, ...).  The language with more evidence wins; a tie or no
 * evidence at all (empty, Latin, digits) gives LANG_RU, the register's
 * majority language.  Never returns LANG_UNKNOWN. */
enum lang_code lang_detect_text(const char *text, size_t len);

/* True when one word (any case, UTF-8) is evidently Kyrgyz:
 *  - it holds ң, ө or ү (or Ң Ө Ү, or the look-alike ӊ);
 *  - or it holds a letter pair that Russian spelling rules forbid and
 *    Kyrgyz uses constantly: жы, шы, чы, щы (Russian writes жи/ши/чи), ыы;
 *    or the Kyrgyz long vowels аа, уу; or it starts with ы;
 *  - or it is a Kyrgyz function word without those letters (жана, менен,
 *    боюнча, деп, болуп, ...);
 *  - or it ends in the Kyrgyz genitive -нын/-дын/-тын or the locative
 *    attribute -дагы/-тагы and has at least 5 letters.
 * Each rule was chosen to have (next to) no Russian words matching; Kyrgyz
 * proper names spelt the Russian way (Жыргалбеков) do match, which is
 * harmless because they are names.  A word with any letter outside
 * Cyrillic, or invalid UTF-8, is not Kyrgyz. */
bool lang_word_is_kyrgyz(const char *word, size_t len);

#endif
