/* norm_int.h: what the files of norms/ share and nobody else sees: the code
 * table (abbreviations, full-name rules in both languages) and the character
 * folding the lexer uses to compare words. */
#ifndef NORM_INT_H
#define NORM_INT_H

#include <stdbool.h>
#include <stddef.h>

/* One code of the table; norm_codes[i].code is the canonical spelling. */
struct norm_code {
	const char *code;	/* "УК" */
	const char *name;	/* "Уголовный кодекс Кыргызской Республики" */
	const char *name_ky;	/* Kyrgyz name, for docs and the parse endpoint */
};

extern const struct norm_code norm_codes[];
extern const size_t norm_ncodes;

/* Index of the law pseudo-code (ids "ЗАКОН:<title>-<article>"). */
#define NORM_CODE_LAW (-2)

/* Abbreviations with more than one reading (docs/norms.md, "Clashes"):
 * ЖК (Жилищный; Kyrgyz Жарандык or Жазык), СК (Семейный; Kyrgyz Салык),
 * ЖПК (Kyrgyz only: Жарандык процесстик or Жазык-процесстик). */
enum norm_clash { NORM_CLASH_NONE, NORM_CLASH_ZHK, NORM_CLASH_SK, NORM_CLASH_ZHPK, NORM_NCLASH };

/* Where a clashing abbreviation was written: in Russian context (no Kyrgyz
 * evidence), near Kyrgyz letters only, or with a Kyrgyz suffix or Kyrgyz
 * markers («ЖКнын», «…-беренеси»). */
enum norm_ctx { NORM_CTX_RU, NORM_CTX_KY_NEAR, NORM_CTX_KY };

/* Largest number of codes in the table (for per-code counters). */
#define NORM_MAX_CODES 32

/* Picks the reading of a clashing abbreviation: Russian context gives the
 * Russian reading when there is one; otherwise (a) the reading whose full
 * name (one that abbreviates to this abbreviation) the text writes most
 * often, counted in names[code], (b) the caller's case type ("criminal",
 * "civil", "economic"; NULL for none), (c) the default Kyrgyz reading.
 * Returns a code index. */
int norm_clash_resolve(enum norm_clash clash, enum norm_ctx ctx,
		       const unsigned names[NORM_MAX_CODES], const char *case_type);

/* The Russian reading of a clashing abbreviation (ЖК → Жилищный), or -1 for
 * a Kyrgyz-only one (ЖПК). */
int norm_clash_ru(enum norm_clash clash);

/* Abbreviation match.  s is a word with case kept (lookalikes mapped).  In
 * text mode the abbreviation must match case-exactly (or in capitals) and
 * may carry a Kyrgyz case suffix in lower case ("КЖКнын"); in query mode any
 * case, no suffix.  Returns true and sets the Russian and default Kyrgyz
 * readings (code indexes; they differ for ЖК and СК), the clash class
 * (NORM_CLASH_NONE for most) and whether a suffix was attached. */
bool norm_abbr_lookup(const char *s, size_t len, bool query, int *ru, int *ky,
		      int *clash, bool *suffixed);

/* Full names.  words[0..n) are the folded words just before a word
 * «кодекс…»/«кодекси…» (reading order, nearest last).  Returns the code
 * index and sets *used to the number of words that belong to the name and
 * *clash to the clashing abbreviation the name is shortened to («Жазык
 * кодекси» → NORM_CLASH_ZHK, counted as evidence for ЖК = УК), or -1. */
int norm_code_from_adjectives(const char *const *words, size_t n, size_t *used,
			      int *clash);

/* Words after «кодекс…» (and an optional «Кыргызской Республики»): «о
 * правонарушениях», «об административной ответственности»… words are folded;
 * returns the code index and *used, or -1. */
int norm_code_from_object(const char *const *words, size_t n, size_t *used);

/* Case-insensitive lookup of a canonical code ("ук", "КОП"); -1 if unknown. */
int norm_code_find(const char *s, size_t len);

/* Lower-case fold for one code point: Russian and Kyrgyz Cyrillic, Latin,
 * ё→е, the old fita ѳ→ө. */
unsigned norm_fold_cp(unsigned cp);

/* Latin letters that look like Cyrillic ones ('c' → 'с'); others unchanged.
 * Used on words that mix the two scripts, a common PDF defect. */
unsigned norm_lookalike_cp(unsigned cp);

#endif
