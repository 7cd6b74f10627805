/* ex_tidy.c: the one output shape every reader's raw text is put into (see
 * ex_int.h).  Line by line, so "\r\n", "\r" and "\n" all end a line and
 * blank-line runs can be counted before anything is written. */
#include <stdlib.h>

#include "ex_int.h"
#include "ss_text.h"

/* Appends line[0..len) with its NUL bytes dropped. */
enum ss_status ex_add_no_nul(struct ss_buf *b, const char *s, size_t len)
{
	size_t start = 0;
	for (size_t i = 0; i < len; i++) {
		if (s[i] != '\0')
			continue;
		enum ss_status st = ss_buf_add(b, s + start, i - start);
		if (st)
			return st;
		start = i + 1;
	}
	return ss_buf_add(b, s + start, len - start);
}

static bool blank_byte(char c)
{
	return c == ' ' || c == '\t' || c == '\0';
}

/* Two empty lines are a section break worth keeping; more is layout. */
#define MAX_EMPTY_LINES 2

enum ss_status ex_tidy(const char *raw, size_t len, char **out,
		       size_t *out_len, struct ss_err *err)
{
	*out = NULL;
	*out_len = 0;
	struct ss_buf o;
	ss_buf_init(&o, EX_MAX_TEXT);
	size_t empties = 0, i = 0;
	enum ss_status st = SS_OK;
	while (i < len && st == SS_OK) {
		size_t j = i;
		while (j < len && raw[j] != '\n' && raw[j] != '\r')
			j++;
		size_t end = j;
		while (end > i && blank_byte(raw[end - 1]))
			end--;
		size_t k = i;
		while (k < end && raw[k] == '\0')
			k++;
		if (k == end) {
			empties += o.len > 0;
		} else {
			if (o.len) {
				size_t nl = 1 + (empties < MAX_EMPTY_LINES ? empties : MAX_EMPTY_LINES);
				while (nl-- && st == SS_OK)
					st = ss_buf_addc(&o, '\n');
			}
			if (st == SS_OK)
				st = ex_add_no_nul(&o, raw + i, end - i);
			empties = 0;
		}
		if (j < len && raw[j] == '\r' && j + 1 < len && raw[j + 1] == '\n')
			j++;
		i = j + 1;
	}
	if (st != SS_OK) {
		ss_buf_release(&o);
		return ex_too_large(err);
	}
	if (o.len == 0) {
		ss_buf_release(&o);
		return ss_err_set(err, SS_ERR_INVAL, "the document has no text");
	}
	size_t bad;
	if (!ss_utf8_valid(o.data, o.len, &bad)) {
		ss_buf_release(&o);
		return ss_err_set(err, SS_ERR_INVAL,
				  "the document's text is not valid UTF-8 (byte %zu); re-save it as UTF-8",
				  bad);
	}
	*out = ss_buf_detach(&o, out_len);
	return SS_OK;
}
