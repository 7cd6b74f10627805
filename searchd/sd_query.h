/* sd_query.h: readies what a user typed for Xapian's query parser: the
 * shared normaliser (NFC, ё→е), then every word case-folded except the
 * operators AND OR NOT XOR NEAR ADJ, which the parser only knows in capitals.
 * Folding first lets capitalised words ("Кража") be stemmed like others. */
#ifndef SD_QUERY_H
#define SD_QUERY_H

#include <stddef.h>

#include "ss_status.h"

/* Rejects what Xapian's forgiving parser would silently reinterpret:
 * unbalanced parentheses or quotes, an operator with nothing on one side,
 * empty parentheses.  SS_ERR_INVAL with a message for the user. */
enum ss_status sd_query_check(const char *q, size_t len, struct ss_err *err);

/* *out malloc'd (free()). */
enum ss_status sd_query_prepare(const char *q, size_t len, char **out,
				struct ss_err *err);

#endif
