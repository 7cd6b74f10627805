/* ss_buf.c: growable NUL-terminated buffer with a cap (see ss_buf.h). */
#include "ss_buf.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ss_mem.h"

static char ss_buf_empty[1];

void ss_buf_init(struct ss_buf *b, size_t cap)
{
	b->data = ss_buf_empty;
	b->len = 0;
	b->alloc = 0;
	b->cap = cap;
}

void ss_buf_release(struct ss_buf *b)
{
	if (b->alloc)
		free(b->data);
	ss_buf_init(b, b->cap);
}

void ss_buf_reset(struct ss_buf *b)
{
	b->len = 0;
	if (b->alloc)
		b->data[0] = '\0';
}

static enum ss_status ss_buf_grow(struct ss_buf *b, size_t extra)
{
	size_t need = b->len + extra + 1;
	if (need < b->len || (b->cap && need - 1 > b->cap))
		return SS_ERR_TOO_LARGE;
	if (need <= b->alloc)
		return SS_OK;
	size_t n = b->alloc ? b->alloc : 64;
	while (n < need)
		n *= 2;
	if (b->alloc) {
		b->data = ss_xrealloc(b->data, n);
	} else {
		b->data = ss_xmalloc(n);
		b->data[0] = '\0';
	}
	b->alloc = n;
	return SS_OK;
}

enum ss_status ss_buf_add(struct ss_buf *b, const void *p, size_t len)
{
	enum ss_status st = ss_buf_grow(b, len);
	if (st)
		return st;
	if (len)
		memcpy(b->data + b->len, p, len);
	b->len += len;
	b->data[b->len] = '\0';
	return SS_OK;
}

enum ss_status ss_buf_adds(struct ss_buf *b, const char *s)
{
	return ss_buf_add(b, s, strlen(s));
}

enum ss_status ss_buf_addc(struct ss_buf *b, char c)
{
	return ss_buf_add(b, &c, 1);
}

enum ss_status ss_buf_vaddf(struct ss_buf *b, const char *fmt, va_list ap)
{
	va_list cp;
	va_copy(cp, ap);
	int n = vsnprintf(NULL, 0, fmt, cp);
	va_end(cp);
	if (n < 0)
		return SS_ERR_INVAL;
	enum ss_status st = ss_buf_grow(b, (size_t)n);
	if (st)
		return st;
	vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap);
	b->len += (size_t)n;
	return SS_OK;
}

enum ss_status ss_buf_addf(struct ss_buf *b, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	enum ss_status st = ss_buf_vaddf(b, fmt, ap);
	va_end(ap);
	return st;
}

enum ss_status ss_buf_add_html(struct ss_buf *b, const char *s, size_t len)
{
	size_t start = 0;
	for (size_t i = 0; i < len; i++) {
		const char *rep;
		switch (s[i]) {
		case '&': rep = "&amp;"; break;
		case '<': rep = "&lt;"; break;
		case '>': rep = "&gt;"; break;
		case '"': rep = "&quot;"; break;
		case '\'': rep = "&#39;"; break;
		default: continue;
		}
		enum ss_status st = ss_buf_add(b, s + start, i - start);
		if (!st)
			st = ss_buf_adds(b, rep);
		if (st)
			return st;
		start = i + 1;
	}
	return ss_buf_add(b, s + start, len - start);
}

char *ss_buf_detach(struct ss_buf *b, size_t *len)
{
	char *p = b->alloc ? b->data : ss_xstrdup("");
	if (len)
		*len = b->len;
	ss_buf_init(b, b->cap);
	return p;
}
