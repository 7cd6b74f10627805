/* eval_stem.c: measures stemmers against the lemmas of a CoNLL-U treebank
 * (`make eval-stem` runs it on UD Kyrgyz-KTMU).  Word forms (case-folded,
 * letters only; punctuation, numbers, symbols skipped) are grouped by lemma
 * (a form seen with several lemmas takes its most frequent one) and each
 * stemmer is scored on distinct forms:
 *   under-stemming: share of lemma groups (>= 2 forms) split over > 1 stem,
 *                   and UI = share of same-lemma form pairs with different
 *                   stems (Paice);
 *   over-stemming:  OI = share of different-lemma pairs given the same stem,
 *                   and the share of stems covering > 1 lemma;
 *   pairwise precision/recall/F1 of "same stem" against "same lemma".
 * Rows: no stemming, truncation to 5 letters, Xapian's Turkish Snowball
 * stemmer (xw_stem "tr") and ours (ky_stem).
 * Usage: eval_stem TREEBANK.conllu */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ky_stem.h"
#include "ss_mem.h"
#include "ss_text.h"
#include "xw.h"

struct ev_form {
	char *form;
	char *lemma;
	unsigned count;
	char *stem;
};

struct ev_set {
	struct ev_form *v;
	size_t n, alloc;
};

/* Letters only: every code point a letter of Cyrillic or Latin. */
static int letters_only(const char *s, size_t len)
{
	size_t i = 0;
	if (len == 0)
		return 0;
	while (i < len) {
		int c = ss_utf8_next(s, len, &i);
		if (c < 0)
			return 0;
		if (!((c >= 0x400 && c <= 0x4FF) || (c >= 'a' && c <= 'z') ||
		      (c >= 'A' && c <= 'Z')))
			return 0;
	}
	return 1;
}

static char *fold(const char *s)
{
	char *out = NULL;
	size_t ol;
	struct ss_err err;
	if (ss_text_fold(s, strlen(s), &out, &ol, &err) != SS_OK)
		return NULL;
	return out;
}

/* Adds one (form, lemma) token; duplicates of a pair count up. */
static void set_add(struct ev_set *set, char *form, char *lemma)
{
	for (size_t k = 0; k < set->n; k++)
		if (strcmp(set->v[k].form, form) == 0 &&
		    strcmp(set->v[k].lemma, lemma) == 0) {
			set->v[k].count++;
			free(form);
			free(lemma);
			return;
		}
	if (set->n == set->alloc) {
		set->alloc = set->alloc ? set->alloc * 2 : 1024;
		set->v = ss_xrealloc(set->v, set->alloc * sizeof *set->v);
	}
	set->v[set->n].form = form;
	set->v[set->n].lemma = lemma;
	set->v[set->n].count = 1;
	set->v[set->n].stem = NULL;
	set->n++;
}

static int cmp_form_count(const void *a, const void *b)
{
	const struct ev_form *x = a, *y = b;
	int c = strcmp(x->form, y->form);
	if (c)
		return c;
	return x->count < y->count ? 1 : x->count > y->count ? -1 :
	       strcmp(x->lemma, y->lemma);
}

/* Keeps, for every form, its most frequent lemma. */
static void set_unique_forms(struct ev_set *set)
{
	size_t m = 0;
	qsort(set->v, set->n, sizeof *set->v, cmp_form_count);
	for (size_t k = 0; k < set->n; k++) {
		if (m > 0 && strcmp(set->v[m - 1].form, set->v[k].form) == 0) {
			free(set->v[k].form);
			free(set->v[k].lemma);
			continue;
		}
		set->v[m++] = set->v[k];
	}
	set->n = m;
}

static int read_treebank(const char *path, struct ev_set *set)
{
	FILE *f = fopen(path, "r");
	char line[8192];
	if (!f)
		return -1;
	while (fgets(line, sizeof line, f)) {
		char *col[10];
		size_t nc = 0;
		char *p = line;
		if (line[0] == '#' || line[0] == '\n')
			continue;
		line[strcspn(line, "\r\n")] = '\0';
		while (nc < 10) {
			col[nc++] = p;
			p = strchr(p, '\t');
			if (!p)
				break;
			*p++ = '\0';
		}
		if (nc < 4 || strchr(col[0], '-') || strchr(col[0], '.'))
			continue;
		if (!strcmp(col[3], "PUNCT") || !strcmp(col[3], "NUM") ||
		    !strcmp(col[3], "SYM") || !strcmp(col[3], "X") ||
		    !strcmp(col[2], "_"))
			continue;
		if (!letters_only(col[1], strlen(col[1])) ||
		    !letters_only(col[2], strlen(col[2])))
			continue;
		char *form = fold(col[1]), *lemma = fold(col[2]);
		if (!form || !lemma) {
			free(form);
			free(lemma);
			continue;
		}
		set_add(set, form, lemma);
	}
	fclose(f);
	set_unique_forms(set);
	return 0;
}

enum ev_kind { EV_NONE, EV_TRUNC5, EV_TR, EV_KY };

static char *stem_one(enum ev_kind kind, const char *w)
{
	size_t len = strlen(w);
	switch (kind) {
	case EV_NONE:
		return ss_xstrdup(w);
	case EV_TRUNC5: {
		size_t i = 0;
		for (int k = 0; k < 5 && i < len; k++)
			if (ss_utf8_next(w, len, &i) < 0)
				break;
		return ss_xstrndup(w, i);
	}
	case EV_TR: {
		char *out = NULL;
		struct ss_err err;
		if (xw_stem("tr", w, len, &out, &err) != SS_OK)
			return NULL;
		return out;
	}
	case EV_KY: {
		char *out = ss_xmalloc(len + 1);
		ky_stem(w, len, out, len + 1);
		return out;
	}
	}
	return NULL;
}

static int cmp_lemma(const void *a, const void *b)
{
	return strcmp(((const struct ev_form *)a)->lemma,
		      ((const struct ev_form *)b)->lemma);
}

static int cmp_stem_lemma(const void *a, const void *b)
{
	const struct ev_form *x = a, *y = b;
	int c = strcmp(x->stem, y->stem);
	return c ? c : strcmp(x->lemma, y->lemma);
}

static double pairs(size_t n)
{
	return (double)n * (double)(n - (n > 0)) / 2.0;
}

static int evaluate(struct ev_set *set, enum ev_kind kind, const char *name)
{
	size_t groups = 0, split_groups = 0, stems = 0, multi_stems = 0;
	double desired = 0, merged = 0, correct = 0, total, other;

	for (size_t k = 0; k < set->n; k++) {
		free(set->v[k].stem);
		set->v[k].stem = stem_one(kind, set->v[k].form);
		if (!set->v[k].stem) {
			printf("%-22s (not available)\n", name);
			return -1;
		}
	}
	/* groups by lemma: desired pairs, groups split over several stems */
	qsort(set->v, set->n, sizeof *set->v, cmp_lemma);
	for (size_t a = 0, b; a < set->n; a = b) {
		for (b = a + 1; b < set->n &&
		     !strcmp(set->v[a].lemma, set->v[b].lemma); b++)
			;
		desired += pairs(b - a);
		if (b - a < 2)
			continue;
		groups++;
		for (size_t k = a + 1; k < b; k++)
			if (strcmp(set->v[k].stem, set->v[a].stem)) {
				split_groups++;
				break;
			}
	}
	/* groups by stem: merged pairs, correct merges, multi-lemma stems */
	qsort(set->v, set->n, sizeof *set->v, cmp_stem_lemma);
	for (size_t a = 0, b; a < set->n; a = b) {
		size_t lemmas = 0;
		for (b = a + 1; b < set->n &&
		     !strcmp(set->v[a].stem, set->v[b].stem); b++)
			;
		merged += pairs(b - a);
		for (size_t c = a, d; c < b; c = d) {
			for (d = c + 1; d < b &&
			     !strcmp(set->v[c].lemma, set->v[d].lemma); d++)
				;
			correct += pairs(d - c);
			lemmas++;
		}
		stems++;
		multi_stems += lemmas > 1;
	}
	total = pairs(set->n);
	other = total - desired;
	{
		double ui = desired > 0 ? 1.0 - correct / desired : 0;
		double oi = other > 0 ? (merged - correct) / other : 0;
		double p = merged > 0 ? correct / merged : 1.0;
		double r = 1.0 - ui;
		double f1 = p + r > 0 ? 2 * p * r / (p + r) : 0;
		printf("%-22s %7.3f %7.3f %8.2f %7.3f %6.3f %6.3f %6.3f %6zu\n",
		       name, groups ? (double)split_groups / (double)groups : 0,
		       ui, oi * 1e4,
		       stems ? (double)multi_stems / (double)stems : 0, p, r,
		       f1, stems);
	}
	return 0;
}

int main(int argc, char **argv)
{
	struct ev_set set = { NULL, 0, 0 };
	if (argc != 2) {
		fprintf(stderr, "usage: eval_stem TREEBANK.conllu\n");
		return 2;
	}
	if (read_treebank(argv[1], &set) != 0) {
		fprintf(stderr, "eval_stem: cannot read '%s'\n", argv[1]);
		return 1;
	}
	printf("%zu distinct forms (letters only; PUNCT/NUM/SYM/X skipped)\n",
	       set.n);
	printf("under: split = lemma groups (>=2 forms) with >1 stem; "
	       "UI = same-lemma pairs split\n");
	printf("over:  OI = different-lemma pairs merged (x1e-4); "
	       "multi = stems covering >1 lemma\n\n");
	printf("%-22s %7s %7s %8s %7s %6s %6s %6s %6s\n", "stemmer", "split",
	       "UI", "OI", "multi", "P", "R", "F1", "stems");
	evaluate(&set, EV_NONE, "no stemming");
	evaluate(&set, EV_TRUNC5, "truncate-5");
	evaluate(&set, EV_TR, "snowball turkish");
	evaluate(&set, EV_KY, "ky_stem " KY_STEM_VERSION);
	for (size_t k = 0; k < set.n; k++) {
		free(set.v[k].form);
		free(set.v[k].lemma);
		free(set.v[k].stem);
	}
	free(set.v);
	return 0;
}
