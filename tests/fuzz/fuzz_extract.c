/* fuzz_extract.c: libFuzzer target for extract/: the first byte picks the
 * reader (0: whatever ex_detect says, then text, html, docx, pdf), the rest
 * is the file.  Any bytes must give SS_OK with text in the promised shape
 * (UTF-8, no NUL or CR, lines without trailing blanks, at most two empty
 * lines in a row, within EX_MAX_TEXT) or an error with a message. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "extract.h"
#include "ss_text.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void check_shape(const char *s, size_t len)
{
	if (!s || strlen(s) != len || len == 0 || len > EX_MAX_TEXT ||
	    !ss_utf8_valid(s, len, NULL) || memchr(s, '\r', len) ||
	    s[0] == '\n' || s[len - 1] == '\n')
		__builtin_trap();
	size_t newlines = 0;
	for (size_t i = 0; i < len; i++) {
		if (s[i] != '\n') {
			newlines = 0;
			continue;
		}
		if (++newlines > 3 || s[i - 1] == ' ' || s[i - 1] == '\t')
			__builtin_trap();
	}
	if (s[len - 1] == ' ' || s[len - 1] == '\t')
		__builtin_trap();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size < 1)
		return 0;
	static const enum ex_format pick[] = {
		EX_UNKNOWN, EX_TEXT, EX_HTML, EX_DOCX, EX_PDF,
	};
	const char *file = (const char *)data + 1;
	size_t len = size - 1;
	enum ex_format f = pick[data[0] % 5];
	enum ex_format seen = ex_detect(file, len, NULL, NULL);
	if (ex_detect(file, len, "application/octet-stream", "x") != seen)
		__builtin_trap();
	if (f == EX_UNKNOWN)
		f = seen;
	char *out = NULL;
	size_t out_len = 0;
	struct ss_err err = { 0 };
	if (ex_extract(f, file, len, &out, &out_len, &err) == SS_OK) {
		check_shape(out, out_len);
		free(out);
	} else if (err.msg[0] == '\0' || out || out_len) {
		__builtin_trap();
	}
	return 0;
}
