/* ss_mem.h: allocation that never returns NULL.  Running out of memory in our
 * own allocations is not recoverable in a useful way; we log and abort (as
 * redis and git do), so call sites need no NULL checks. */
#ifndef SS_MEM_H
#define SS_MEM_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

void *ss_xmalloc(size_t n);
void *ss_xcalloc(size_t nmemb, size_t size);
void *ss_xrealloc(void *p, size_t n);
char *ss_xstrdup(const char *s);
/* Copies len bytes of s and adds a NUL. */
char *ss_xstrndup(const char *s, size_t len);

#ifdef __cplusplus
}
#endif

#endif
