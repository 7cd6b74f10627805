/* ex_text.c: plain-text files and the encoding helpers the HTML reader
 * shares.  Court systems in Kyrgyzstan still write Windows-1251, and
 * Notepad writes UTF-16 with a BOM; anything that is not valid UTF-8 is
 * read as Windows-1251, which decodes every byte, so a text file never
 * fails for its encoding. */
#include <stdlib.h>
#include <string.h>

#include <unicode/ucnv.h>
#include <unicode/utypes.h>

#include "ex_int.h"
#include "ss_mem.h"
#include "ss_text.h"

bool ex_utf8_ok(const char *s, size_t len)
{
	size_t i = 0;
	while (i < len) {
		if (s[i] == '\0')
			i++;
		else if (ss_utf8_next(s, len, &i) < 0)
			return false;
	}
	return true;
}

size_t ex_bom(const char *data, size_t len, const char **charset)
{
	const unsigned char *p = (const unsigned char *)data;
	*charset = NULL;
	if (len >= 3 && p[0] == 0xEF && p[1] == 0xBB && p[2] == 0xBF) {
		*charset = "UTF-8";
		return 3;
	}
	if (len >= 2 && p[0] == 0xFF && p[1] == 0xFE) {
		*charset = "UTF-16LE";
		return 2;
	}
	if (len >= 2 && p[0] == 0xFE && p[1] == 0xFF) {
		*charset = "UTF-16BE";
		return 2;
	}
	return 0;
}

enum ss_status ex_decode(const char *charset, const char *data, size_t len,
			 struct ss_buf *out, struct ss_err *err)
{
	/* Every supported charset needs at least one input byte per
	 * character; ICU counts in int32_t. */
	if (len > (size_t)EX_MAX_TEXT * 2)
		return ex_too_large(err);
	UErrorCode uerr = U_ZERO_ERROR;
	int32_t need = ucnv_convert("UTF-8", charset, NULL, 0, data,
				    (int32_t)len, &uerr);
	if (uerr != U_BUFFER_OVERFLOW_ERROR && U_FAILURE(uerr))
		return ss_err_set(err, SS_ERR_INVAL,
				  "cannot read the text as %s: %s", charset,
				  u_errorName(uerr));
	if (need < 0 || (size_t)need > EX_MAX_TEXT)
		return ex_too_large(err);
	char *tmp = ss_xmalloc((size_t)need + 1);
	uerr = U_ZERO_ERROR;
	int32_t n = ucnv_convert("UTF-8", charset, tmp, need + 1, data,
				 (int32_t)len, &uerr);
	enum ss_status st;
	if (U_FAILURE(uerr))
		st = ss_err_set(err, SS_ERR_INVAL,
				"cannot read the text as %s: %s", charset,
				u_errorName(uerr));
	else if (ss_buf_add(out, tmp, (size_t)n) != SS_OK)
		st = ex_too_large(err);
	else
		st = SS_OK;
	free(tmp);
	return st;
}

/* UTF-16 saved without a BOM: every high byte is one of the few blocks an
 * act is written in (ASCII and Latin-1 00, Latin Extended 01-02, Cyrillic
 * 04-05, punctuation and "№" 20-22) and some are 00.  Windows-1251 and
 * UTF-8 text never has that pattern (a NUL next to a letter byte). */
static bool utf16_high(unsigned char c)
{
	return c <= 0x05 || (c >= 0x20 && c <= 0x22);
}

static const char *utf16_without_bom(const char *data, size_t len)
{
	const unsigned char *p = (const unsigned char *)data;
	size_t look = (len < 4096 ? len : 4096) & ~(size_t)1;
	if (look < 4)
		return NULL;
	for (int high = 0; high < 2; high++) {
		size_t nul = 0, i;
		for (i = (size_t)high; i < look; i += 2) {
			if (!utf16_high(p[i]))
				break;
			nul += p[i] == 0;
		}
		if (i >= look && nul > 0)
			return high ? "UTF-16LE" : "UTF-16BE";
	}
	return NULL;
}

enum ss_status ex_text_read(const char *data, size_t len, struct ss_buf *raw,
			    struct ss_err *err)
{
	const char *charset;
	size_t bom = ex_bom(data, len, &charset);
	data += bom;
	len -= bom;
	if (!charset)
		charset = utf16_without_bom(data, len);
	if (charset && strcmp(charset, "UTF-8") != 0)
		return ex_decode(charset, data, len & ~(size_t)1, raw, err);
	if (ex_utf8_ok(data, len)) {
		if (ss_buf_add(raw, data, len) != SS_OK)
			return ex_too_large(err);
		return SS_OK;
	}
	return ex_decode("windows-1251", data, len, raw, err);
}
