/* fuzz_ky_stem.c: libFuzzer target for the Kyrgyz stemmer and language
 * detection on arbitrary bytes (no UTF-8 promise).  Checks the contract as
 * well as memory safety: the stem fits in len + 1 bytes, is NUL-terminated,
 * never longer than the word, and a too-small buffer is never overrun. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "ky_stem.h"
#include "lang.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *w = (const char *)data;
	char *out = malloc(size + 1);
	char small[4];
	size_t n;

	if (!out)
		return 0;
	n = ky_stem(w, size, out, size + 1);
	/* (an unchanged word may hold NUL bytes: compare with lengths) */
	if (n > size || out[n] != '\0')
		abort();
	if (ky_stem(w, size, small, sizeof small) != n)
		abort();
	if (n < sizeof small ? memcmp(small, out, n + 1) != 0
			     : small[0] != '\0')
		abort();
	(void)lang_detect_text(w, size);
	(void)lang_word_is_kyrgyz(w, size);
	(void)lang_code_parse(lang_code_str((enum lang_code)(size % 4)));
	free(out);
	return 0;
}
