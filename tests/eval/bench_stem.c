/* bench_stem.c: speed and output check for ky_stem.  Reads a word list (one
 * word per line, raw bytes: no folding, so invalid UTF-8, Latin and upper
 * case reach the stemmer as they are) and either
 *   bench_stem --dump WORDS     prints word<TAB>stem<TAB>n for every line,
 *                               where n is what ky_stem returns with a cap of
 *                               4 bytes (the "too small" contract): diff two
 *                               dumps to prove a change keeps the output;
 *   bench_stem [--seconds S] WORDS
 *                               stems the whole list again and again for at
 *                               least S seconds (default 2) and prints
 *                               words/s and ns/word (one thread).
 * Exit 0, 1 when the file cannot be read, 2 on usage errors. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "ky_stem.h"
#include "ss_mem.h"

struct bs_list {
	char **w;
	size_t *len;
	size_t n, alloc;
};

static int bs_read(const char *path, struct bs_list *l)
{
	FILE *f = fopen(path, "rb");
	char *line = NULL;
	size_t cap = 0;
	ssize_t got;
	if (!f)
		return -1;
	while ((got = getline(&line, &cap, f)) >= 0) {
		size_t len = (size_t)got;
		if (len > 0 && line[len - 1] == '\n')
			len--;
		if (l->n == l->alloc) {
			l->alloc = l->alloc ? l->alloc * 2 : 4096;
			l->w = ss_xrealloc(l->w, l->alloc * sizeof *l->w);
			l->len = ss_xrealloc(l->len, l->alloc * sizeof *l->len);
		}
		l->w[l->n] = ss_xmalloc(len + 1);
		memcpy(l->w[l->n], line, len);
		l->w[l->n][len] = '\0';
		l->len[l->n++] = len;
	}
	free(line);
	fclose(f);
	return 0;
}

static double bs_now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

static int bs_usage(void)
{
	fprintf(stderr, "usage: bench_stem [--dump | --seconds S] WORDS\n");
	return 2;
}

int main(int argc, char **argv)
{
	struct bs_list l = { NULL, NULL, 0, 0 };
	const char *path = NULL;
	double seconds = 2.0;
	int dump = 0;
	char *out;
	size_t maxlen = 0;

	for (int k = 1; k < argc; k++) {
		if (!strcmp(argv[k], "--dump"))
			dump = 1;
		else if (!strcmp(argv[k], "--seconds") && k + 1 < argc) {
			char *end;
			seconds = strtod(argv[++k], &end);
			if (*end || !(seconds > 0 && seconds <= 600))
				return bs_usage();
		} else if (argv[k][0] == '-' || path)
			return bs_usage();
		else
			path = argv[k];
	}
	if (!path)
		return bs_usage();
	if (bs_read(path, &l) != 0) {
		fprintf(stderr, "bench_stem: cannot read '%s'\n", path);
		return 1;
	}
	for (size_t k = 0; k < l.n; k++)
		if (l.len[k] > maxlen)
			maxlen = l.len[k];
	out = ss_xmalloc(maxlen + 1);

	if (dump) {
		for (size_t k = 0; k < l.n; k++) {
			char small[4];
			size_t n = ky_stem(l.w[k], l.len[k], out, l.len[k] + 1);
			size_t m = ky_stem(l.w[k], l.len[k], small, sizeof small);
			fwrite(l.w[k], 1, l.len[k], stdout);
			putchar('\t');
			fwrite(out, 1, n, stdout);
			printf("\t%zu\n", m);
		}
	} else {
		double t0 = bs_now(), t;
		unsigned long long words = 0, bytes = 0;
		unsigned rounds = 0;
		do {
			for (size_t k = 0; k < l.n; k++)
				bytes += ky_stem(l.w[k], l.len[k], out,
						 l.len[k] + 1);
			words += l.n;
			rounds++;
			t = bs_now() - t0;
		} while (t < seconds);
		printf("%zu words x %u rounds in %.3f s: %.0f words/s, "
		       "%.1f ns/word (checksum %llu)\n", l.n, rounds, t,
		       (double)words / t, t * 1e9 / (double)words, bytes);
	}
	for (size_t k = 0; k < l.n; k++)
		free(l.w[k]);
	free(l.w);
	free(l.len);
	free(out);
	return 0;
}
