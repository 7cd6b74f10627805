/* eval_norms.c: scores the norm parser against the annotated passages in
 * corpus-samples/norms/ (format in docs/norms.md).  A reference is one
 * canonical id occurrence in one passage: gold and found ids are compared as
 * multisets per passage.  A token «case=<type>» on a passage's @@ line is
 * the caller's hint (norm_parse_hinted), not an id.  Prints every miss and
 * false positive, the figures of each file, then overall precision and
 * recall; exits 1 when below the targets given with --min-precision /
 * --min-recall (defaults 0.99 / 0.98). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "norm.h"
#include "ss_buf.h"
#include "ss_mem.h"

struct totals {
	size_t gold, found, hit, passages;
};

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Splits "@@ A B C" into ids (pointers into line, which is modified). */
static size_t split_ids(char *line, char **ids, size_t max)
{
	size_t n = 0;
	for (char *tok = strtok(line, " \t\r\n"); tok && n < max; tok = strtok(NULL, " \t\r\n"))
		ids[n++] = tok;
	return n;
}

/* Bytes of text to show: at most 160, cut at a character boundary. */
static int shown(const char *text, size_t len)
{
	size_t n = len > 160 ? 160 : len;
	while (n < len && n > 0 && ((unsigned char)text[n] & 0xC0) == 0x80)
		n--;
	return (int)n;
}

static void score(const char *file, size_t line, char *gold_line, const char *text,
		  size_t len, struct totals *t, int verbose)
{
	char *gold[512];
	size_t ng = split_ids(gold_line, gold, 512);
	struct norm_hint hint = {NULL};
	for (size_t k = 0; k < ng;) {
		if (strncmp(gold[k], "case=", 5) == 0) {
			hint.case_type = gold[k] + 5;
			memmove(gold + k, gold + k + 1, (ng - k - 1) * sizeof(*gold));
			ng--;
		} else {
			k++;
		}
	}
	struct norm_list refs;
	struct ss_err err;
	if (norm_parse_hinted(text, len, &hint, &refs, &err)) {
		fprintf(stderr, "%s:%zu: parse failed: %s\n", file, line, err.msg);
		exit(2);
	}
	char **found = ss_xcalloc(refs.n + 1, sizeof(char *));
	for (size_t i = 0; i < refs.n; i++)
		found[i] = refs.refs[i].id;
	qsort(gold, ng, sizeof(char *), cmp_str);
	qsort(found, refs.n, sizeof(char *), cmp_str);
	size_t i = 0, j = 0, hit = 0;
	while (i < ng || j < refs.n) {
		int c = i == ng ? 1 : j == refs.n ? -1 : strcmp(gold[i], found[j]);
		if (c == 0) {
			hit++, i++, j++;
		} else if (c < 0) {
			if (verbose)
				printf("MISS %s:%zu %s | %.*s\n", file, line, gold[i], shown(text, len), text);
			i++;
		} else {
			if (verbose)
				printf("FP   %s:%zu %s | %.*s\n", file, line, found[j], shown(text, len), text);
			j++;
		}
	}
	t->gold += ng;
	t->found += refs.n;
	t->hit += hit;
	t->passages++;
	free(found);
	norm_list_release(&refs);
}

static void eval_file(const char *path, struct totals *t, int verbose)
{
	FILE *f = fopen(path, "r");
	if (!f) {
		perror(path);
		exit(2);
	}
	char *line = NULL, *gold = NULL;
	size_t cap = 0, lineno = 0, gold_at = 0;
	ssize_t got;
	struct ss_buf text;
	ss_buf_init(&text, 0);
	while ((got = getline(&line, &cap, f)) >= 0) {
		lineno++;
		if (strncmp(line, "@@", 2) == 0) {
			if (gold) {
				while (text.len && text.data[text.len - 1] == '\n')
					text.data[--text.len] = '\0';
				score(path, gold_at, gold, text.data, text.len, t, verbose);
				free(gold);
			}
			gold = ss_xstrdup(line + 2);
			gold_at = lineno;
			ss_buf_reset(&text);
		} else if (gold) {
			ss_buf_add(&text, line, (size_t)got);
		}
		/* lines before the first @@ are comments */
	}
	if (gold) {
		while (text.len && text.data[text.len - 1] == '\n')
			text.data[--text.len] = '\0';
		score(path, gold_at, gold, text.data, text.len, t, verbose);
		free(gold);
	}
	free(line);
	ss_buf_release(&text);
	fclose(f);
}

int main(int argc, char **argv)
{
	double minp = 0.99, minr = 0.98;
	int verbose = 1, nfiles = 0;
	struct totals t = {0, 0, 0, 0}, files[64];
	const char *names[64];
	for (int i = 1; i < argc; i++) {
		if (strcmp(argv[i], "--min-precision") == 0 && i + 1 < argc)
			minp = atof(argv[++i]);
		else if (strcmp(argv[i], "--min-recall") == 0 && i + 1 < argc)
			minr = atof(argv[++i]);
		else if (strcmp(argv[i], "-q") == 0)
			verbose = 0;
		else {
			struct totals f = {0, 0, 0, 0};
			eval_file(argv[i], &f, verbose);
			files[nfiles < 64 ? nfiles : 63] = f;
			names[nfiles < 64 ? nfiles : 63] = argv[i];
			nfiles++;
			t.gold += f.gold, t.found += f.found, t.hit += f.hit;
			t.passages += f.passages;
		}
	}
	for (int i = 0; i < nfiles && i < 64; i++) {
		const struct totals *f = &files[i];
		const char *base = strrchr(names[i], '/');
		printf("%-22s %4zu passages %4zu gold %4zu found %4zu correct  P %.4f  R %.4f\n",
		       base ? base + 1 : names[i], f->passages, f->gold, f->found, f->hit,
		       f->found ? (double)f->hit / (double)f->found : 1.0,
		       f->gold ? (double)f->hit / (double)f->gold : 1.0);
	}
	if (!nfiles) {
		fprintf(stderr, "usage: eval_norms [-q] [--min-precision P] [--min-recall R] FILE...\n");
		return 2;
	}
	double p = t.found ? (double)t.hit / (double)t.found : 1.0;
	double r = t.gold ? (double)t.hit / (double)t.gold : 1.0;
	printf("norms eval: %zu passages, %zu gold refs, %zu found, %zu correct\n",
	       t.passages, t.gold, t.found, t.hit);
	printf("precision %.4f  recall %.4f  (targets %.2f / %.2f)\n", p, r, minp, minr);
	return (p + 1e-9 < minp || r + 1e-9 < minr) ? 1 : 0;
}
