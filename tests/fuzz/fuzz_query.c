/* fuzz_query.c: libFuzzer target for searchd's query front end — the lint
 * and the preparation (normaliser, case folding around operators) must
 * accept or refuse any bytes without crashing, and prepared text is always
 * valid UTF-8. */
#include <stdint.h>
#include <stdlib.h>

#include "sd_query.h"
#include "ss_text.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *q = (const char *)data;
	struct ss_err err;
	char *out = NULL;
	(void)sd_query_check(q, size, &err);
	if (sd_query_prepare(q, size, &out, &err) == SS_OK) {
		size_t n = 0;
		while (out[n])
			n++;
		if (!ss_utf8_valid(out, n, NULL))
			__builtin_trap();
		free(out);
	}
	return 0;
}
