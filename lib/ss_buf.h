/* ss_buf.h: a growable byte buffer, always NUL-terminated, with an optional
 * hard cap so untrusted input cannot grow it without bound (curl's dynbuf,
 * git's strbuf). */
#ifndef SS_BUF_H
#define SS_BUF_H

#include <stdarg.h>
#include <stddef.h>

#include "ss_status.h"

#ifdef __cplusplus
extern "C" {
#endif

struct ss_buf {
	char *data;	/* NUL-terminated; never NULL after ss_buf_init */
	size_t len;
	size_t alloc;
	size_t cap;	/* 0 = no cap */
};

/* Initialises an empty buffer; cap 0 means unlimited. */
void ss_buf_init(struct ss_buf *b, size_t cap);
/* Frees the memory; the buffer may be initialised again. */
void ss_buf_release(struct ss_buf *b);
/* Empties the buffer, keeping its memory. */
void ss_buf_reset(struct ss_buf *b);
/* Appends; SS_ERR_TOO_LARGE (buffer unchanged) when the cap would be passed. */
enum ss_status ss_buf_add(struct ss_buf *b, const void *p, size_t len);
enum ss_status ss_buf_adds(struct ss_buf *b, const char *s);
enum ss_status ss_buf_addc(struct ss_buf *b, char c);
enum ss_status ss_buf_addf(struct ss_buf *b, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
enum ss_status ss_buf_vaddf(struct ss_buf *b, const char *fmt, va_list ap);
/* Appends s with & < > " ' escaped for HTML. */
enum ss_status ss_buf_add_html(struct ss_buf *b, const char *s, size_t len);
/* Hands the memory to the caller (free() it) and re-initialises b. */
char *ss_buf_detach(struct ss_buf *b, size_t *len);

#ifdef __cplusplus
}
#endif

#endif
