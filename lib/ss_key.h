/* ss_key.h: keys for names compared as strings (judges, act types): the same
 * function builds them in the indexer and in the query parser, so
 * "Асанова Г.Т.", "асанова г. т." and "АСАНОВА Г Т" meet. */
#ifndef SS_KEY_H
#define SS_KEY_H

#include <stddef.h>

#include "ss_status.h"

#ifdef __cplusplus
extern "C" {
#endif

/* Case-folded letters and digits of s, everything else dropped.
 * *out malloc'd (free()). */
enum ss_status ss_key_name(const char *s, size_t len, char **out,
			   struct ss_err *err);
/* The key of the first word of s only (a judge's surname). */
enum ss_status ss_key_surname(const char *s, size_t len, char **out,
			      struct ss_err *err);

#ifdef __cplusplus
}
#endif

#endif
