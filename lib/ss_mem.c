/* ss_mem.c: aborting allocators (see ss_mem.h). */
#include "ss_mem.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void ss_oom(size_t n)
{
	fprintf(stderr, "fatal: out of memory allocating %zu bytes\n", n);
	abort();
}

void *ss_xmalloc(size_t n)
{
	void *p = malloc(n ? n : 1);
	if (!p)
		ss_oom(n);
	return p;
}

void *ss_xcalloc(size_t nmemb, size_t size)
{
	void *p = calloc(nmemb ? nmemb : 1, size ? size : 1);
	if (!p)
		ss_oom(nmemb * size);
	return p;
}

void *ss_xrealloc(void *p, size_t n)
{
	void *q = realloc(p, n ? n : 1);
	if (!q)
		ss_oom(n);
	return q;
}

char *ss_xstrdup(const char *s)
{
	return ss_xstrndup(s, strlen(s));
}

char *ss_xstrndup(const char *s, size_t len)
{
	char *p = ss_xmalloc(len + 1);
	memcpy(p, s, len);
	p[len] = '\0';
	return p;
}
