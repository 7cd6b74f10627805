/* ky_stem.h: the Kyrgyz stemmer, a light inflectional suffix stripper (plural,
 * possessive, case, predicative person, and the frequent verbal endings:
 * definite past, aorist, negative aorist, jussive, participle -GAн, verbal
 * noun -UU, negation and passive inside a verbal chain).  Derivation is left
 * alone (-чI, -LIк, -сIз, -LUU, -кер, -UUчU).  Design and the reasons for each
 * choice: docs/stemmer.md.  Pure C, no allocation, no global mutable state. */
#ifndef KY_STEM_H
#define KY_STEM_H

#include <stddef.h>

/* Version of the algorithm and its word lists; goes into index metadata, and
 * any change to it requires a reindex. */
#define KY_STEM_VERSION "kyrgyz-v1"

/* Stems one Kyrgyz word given as case-folded NFC UTF-8 (what ss_text_fold
 * makes).  Writes the NUL-terminated stem into out (cap bytes; cap >= len + 1
 * always suffices) and returns its length in bytes.  Never allocates;
 * thread-safe; a word it does not recognise comes back unchanged.
 *
 * Details:
 *  - Any bytes are accepted.  Invalid UTF-8, letters outside Cyrillic,
 *    digits or punctuation, words of fewer than two vowels and words longer
 *    than 64 letters come back unchanged.
 *  - Stems are index terms, not dictionary forms: a stem-final vowel + г/б
 *    is written к/п (укугу and укук → укук), so a loan such as педагог
 *    gives педагок, the same as педагогу.
 *  - If the stem does not fit in cap bytes (with its NUL), nothing but an
 *    empty string is written (when cap > 0) and the length that would have
 *    been needed is returned, as snprintf does: a result >= cap means
 *    "too small".  The stem is never longer than the word. */
size_t ky_stem(const char *word, size_t len, char *out, size_t cap);

#endif
