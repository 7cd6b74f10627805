/* ss_key.c: name keys (see ss_key.h). */
#include "ss_key.h"

#include <stdlib.h>

#include <unicode/uchar.h>

#include "ss_text.h"

static enum ss_status key(const char *s, size_t len, int first_word_only,
			  char **out, struct ss_err *err)
{
	char *folded = NULL;
	size_t n = 0;
	*out = NULL;
	enum ss_status st = ss_text_fold(s, len, &folded, &n, err);
	if (st)
		return st;
	size_t i = 0, o = 0;
	int seen = 0;
	while (i < n) {
		size_t at = i;
		int cp = ss_utf8_next(folded, n, &i);
		if (cp < 0)
			break;
		if (u_isalnum(cp)) {
			/* Output never outgrows input: copy the bytes in place. */
			for (size_t k = at; k < i; k++)
				folded[o++] = folded[k];
			seen = 1;
		} else if (first_word_only && seen && (u_isspace(cp) || cp == '.')) {
			break;
		}
	}
	folded[o] = '\0';
	*out = folded;
	return SS_OK;
}

enum ss_status ss_key_name(const char *s, size_t len, char **out,
			   struct ss_err *err)
{
	return key(s, len, 0, out, err);
}

enum ss_status ss_key_surname(const char *s, size_t len, char **out,
			      struct ss_err *err)
{
	return key(s, len, 1, out, err);
}
