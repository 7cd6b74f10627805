/* norm.h: the norm-of-law reference parser.  Finds references such as
 * «п. 1 ч. 2 ст. 166 УК КР» or «КР КЖКнын 166-беренесинин 2-бөлүгү» in
 * decision text (Russian and Kyrgyz, clean or damaged by PDF extraction) and
 * turns each into canonical ids "<CODE>-<article>[-<part>[-<item>]]" that the
 * indexer stores as XN terms and searchd matches.  The id format, the code
 * table and the accepted forms are described in docs/norms.md. */
#ifndef NORM_H
#define NORM_H

#include <stddef.h>

#include "ss_status.h"

#ifdef __cplusplus
extern "C" {
#endif

/* Longest canonical id, NUL included. */
#define NORM_ID_MAX 96

/* One reference: where it was written and what it means. */
struct norm_ref {
	size_t start, end;	/* byte offsets of the matched text in the input */
	char id[NORM_ID_MAX];	/* canonical id, e.g. "УК-166-2-1" (UTF-8) */
};

/* Every reference found, in text order.  Owned by the caller: release with
 * norm_list_release(). */
struct norm_list {
	struct norm_ref *refs;
	size_t n;
};

/* Finds every reference in text (UTF-8, any length).  A list «ч. 1, 2 ст.
 * 166» gives one ref per (article, part, item) combination; several refs may
 * share the same offsets.  Invalid UTF-8 gives SS_ERR_UTF8 (out stays empty).
 * Thread-safe.  out is set empty first; free it with norm_list_release(). */
enum ss_status norm_parse(const char *text, size_t len, struct norm_list *out,
			  struct ss_err *err);

/* What the caller knows about the act, to resolve abbreviations that have
 * several readings (docs/norms.md, "Clashes").  Every field may be NULL. */
struct norm_hint {
	/* the act's case type as in the act schema: "criminal" makes a Kyrgyz
	 * «ЖК» the Criminal Code (УК) and «ЖПК» the УПК; "civil" and
	 * "economic" make them ГК and ГПК; other values and NULL give no
	 * hint.  Used only when the text itself names neither code in full. */
	const char *case_type;
};

/* norm_parse() with a hint (NULL = no hint, the same as norm_parse). */
enum ss_status norm_parse_hinted(const char *text, size_t len, const struct norm_hint *hint,
				 struct norm_list *out, struct ss_err *err);

/* Frees the refs of l and leaves it empty (safe on an empty list). */
void norm_list_release(struct norm_list *l);

/* Parses a query the user typed: one or more canonical ids ("УК-166-2",
 * "ук-166", case-insensitive) or a human reference ("ч.2 ст.166 УК",
 * "166-берене КЖК"; code abbreviations in any case); fills out with the
 * canonical ids found, each once.  Offsets point into q.  Release out with
 * norm_list_release(). */
enum ss_status norm_parse_query(const char *q, size_t len, struct norm_list *out,
				struct ss_err *err);

/* The ancestor chain of an id, broadest first: "УК-166-2-1" → "УК-166",
 * "УК-166-2", "УК-166-2-1".  Writes up to max ids into levels and returns how
 * many; 0 when id is not a canonical id. */
size_t norm_id_levels(const char *id, char levels[][NORM_ID_MAX], size_t max);

/* The code table: canonical code ("УК") → its full Russian name
 * ("Уголовный кодекс Кыргызской Республики"); NULL if unknown.  The returned
 * string is static. */
const char *norm_code_name(const char *code);

#ifdef __cplusplus
}
#endif

#endif
