/* ss_text.c: UTF-8 validation and the ICU-based normaliser (see ss_text.h). */
#include "ss_text.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <unicode/unorm2.h>
#include <unicode/ustring.h>
#include <unicode/uchar.h>

#include "ss_mem.h"

bool ss_utf8_valid(const char *s, size_t len, size_t *bad_at)
{
	size_t i = 0;
	while (i < len) {
		size_t at = i;
		if (s[i] == '\0' || ss_utf8_next(s, len, &i) < 0) {
			if (bad_at)
				*bad_at = at;
			return false;
		}
	}
	return true;
}

int ss_utf8_next(const char *s, size_t len, size_t *i)
{
	const unsigned char *p = (const unsigned char *)s + *i;
	size_t left = len - *i;
	unsigned c = p[0];
	unsigned cp, need, min;
	if (c < 0x80) {
		*i += 1;
		return (int)c;
	} else if ((c & 0xE0) == 0xC0) {
		cp = c & 0x1F; need = 1; min = 0x80;
	} else if ((c & 0xF0) == 0xE0) {
		cp = c & 0x0F; need = 2; min = 0x800;
	} else if ((c & 0xF8) == 0xF0) {
		cp = c & 0x07; need = 3; min = 0x10000;
	} else {
		return -1;
	}
	if (left < need + 1)
		return -1;
	for (unsigned k = 1; k <= need; k++) {
		if ((p[k] & 0xC0) != 0x80)
			return -1;
		cp = (cp << 6) | (p[k] & 0x3F);
	}
	if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
		return -1;
	*i += need + 1;
	return (int)cp;
}

size_t ss_utf8_put(unsigned cp, char *out)
{
	if (cp < 0x80) {
		out[0] = (char)cp;
		return 1;
	} else if (cp < 0x800) {
		out[0] = (char)(0xC0 | (cp >> 6));
		out[1] = (char)(0x80 | (cp & 0x3F));
		return 2;
	} else if (cp < 0x10000) {
		out[0] = (char)(0xE0 | (cp >> 12));
		out[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
		out[2] = (char)(0x80 | (cp & 0x3F));
		return 3;
	}
	out[0] = (char)(0xF0 | (cp >> 18));
	out[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
	out[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
	out[3] = (char)(0x80 | (cp & 0x3F));
	return 4;
}

/* UTF-8 → UTF-16 (malloc'd). */
static enum ss_status to_u16(const char *s, size_t len, UChar **out,
			     int32_t *out_len, struct ss_err *err)
{
	UErrorCode ec = U_ZERO_ERROR;
	int32_t n = 0;
	if (len > INT32_MAX / 2)
		return ss_err_set(err, SS_ERR_TOO_LARGE, "text of %zu bytes is too large", len);
	u_strFromUTF8(NULL, 0, &n, s, (int32_t)len, &ec);
	if (ec != U_BUFFER_OVERFLOW_ERROR && U_FAILURE(ec))
		return ss_err_set(err, SS_ERR_UTF8, "text is not valid UTF-8");
	ec = U_ZERO_ERROR;
	UChar *u = ss_xmalloc(((size_t)n + 1) * sizeof(UChar));
	u_strFromUTF8(u, n + 1, NULL, s, (int32_t)len, &ec);
	if (U_FAILURE(ec)) {
		free(u);
		return ss_err_set(err, SS_ERR_UTF8, "text is not valid UTF-8");
	}
	*out = u;
	*out_len = n;
	return SS_OK;
}

static enum ss_status from_u16(const UChar *u, int32_t n, char **out,
			       size_t *out_len, struct ss_err *err)
{
	UErrorCode ec = U_ZERO_ERROR;
	int32_t m = 0;
	u_strToUTF8(NULL, 0, &m, u, n, &ec);
	if (ec != U_BUFFER_OVERFLOW_ERROR && U_FAILURE(ec))
		return ss_err_set(err, SS_ERR_INTERNAL, "cannot encode UTF-8: %s", u_errorName(ec));
	ec = U_ZERO_ERROR;
	char *p = ss_xmalloc((size_t)m + 1);
	u_strToUTF8(p, m + 1, NULL, u, n, &ec);
	if (U_FAILURE(ec)) {
		free(p);
		return ss_err_set(err, SS_ERR_INTERNAL, "cannot encode UTF-8: %s", u_errorName(ec));
	}
	p[m] = '\0';
	*out = p;
	if (out_len)
		*out_len = (size_t)m;
	return SS_OK;
}

static enum ss_status nfc(UChar *u, int32_t n, UChar **out, int32_t *out_len,
			  struct ss_err *err)
{
	UErrorCode ec = U_ZERO_ERROR;
	const UNormalizer2 *norm = unorm2_getNFCInstance(&ec);
	if (U_FAILURE(ec))
		return ss_err_set(err, SS_ERR_INTERNAL, "ICU NFC unavailable: %s", u_errorName(ec));
	/* Fast path: most text is already NFC. */
	if (unorm2_isNormalized(norm, u, n, &ec) && U_SUCCESS(ec)) {
		*out = u;
		*out_len = n;
		return SS_OK;
	}
	ec = U_ZERO_ERROR;
	int32_t cap = n * 3 + 16;
	UChar *v = ss_xmalloc((size_t)cap * sizeof(UChar));
	int32_t m = unorm2_normalize(norm, u, n, v, cap, &ec);
	if (U_FAILURE(ec)) {
		free(v);
		return ss_err_set(err, SS_ERR_INTERNAL, "ICU NFC failed: %s", u_errorName(ec));
	}
	free(u);
	*out = v;
	*out_len = m;
	return SS_OK;
}

static void yo_to_ye(UChar *u, int32_t n)
{
	for (int32_t i = 0; i < n; i++) {
		if (u[i] == 0x0451)
			u[i] = 0x0435;
		else if (u[i] == 0x0401)
			u[i] = 0x0415;
	}
}

static enum ss_status normalise(const char *s, size_t len, bool fold,
				char **out, size_t *out_len, struct ss_err *err)
{
	UChar *u = NULL;
	int32_t n = 0;
	*out = NULL;
	size_t bad;
	if (!ss_utf8_valid(s, len, &bad))
		return ss_err_set(err, SS_ERR_UTF8, "invalid UTF-8 at byte %zu", bad);
	enum ss_status st = to_u16(s, len, &u, &n, err);
	if (st)
		return st;
	st = nfc(u, n, &u, &n, err);
	if (st) {
		free(u);
		return st;
	}
	if (fold) {
		UErrorCode ec = U_ZERO_ERROR;
		int32_t cap = n * 3 + 16;
		UChar *v = ss_xmalloc((size_t)cap * sizeof(UChar));
		int32_t m = u_strFoldCase(v, cap, u, n, U_FOLD_CASE_DEFAULT, &ec);
		free(u);
		if (U_FAILURE(ec)) {
			free(v);
			return ss_err_set(err, SS_ERR_INTERNAL, "ICU case fold failed: %s", u_errorName(ec));
		}
		u = v;
		n = m;
	}
	yo_to_ye(u, n);
	st = from_u16(u, n, out, out_len, err);
	free(u);
	return st;
}

enum ss_status ss_text_prepare(const char *s, size_t len, char **out,
			       size_t *out_len, struct ss_err *err)
{
	return normalise(s, len, false, out, out_len, err);
}

enum ss_status ss_text_fold(const char *s, size_t len, char **out,
			    size_t *out_len, struct ss_err *err)
{
	return normalise(s, len, true, out, out_len, err);
}
