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
 * Every row is scored by the same function on the same forms and lemmas;
 * only the "stem" a form gets differs.  Rows: no stemming, truncation to 5
 * letters, Xapian's Turkish Snowball stemmer and ours (ky_stem).
 *
 * The Turkish row is only fair in Latin script: Snowball Turkish knows no
 * Cyrillic and returns a Cyrillic word unchanged.  So each form is first
 * transliterated to Turkish orthography (tr_translit below) and stemmed
 * there; two forms count as merged when their Turkish stems are equal.  The
 * table (Kyrgyz Cyrillic → Turkish Latin, by sound):
 *   а a   б b   в v   г g   д d   е e   ё yo  ж c   з z   и i   й y
 *   к k   л l   м m   н n   ң n   о o   ө ö   п p   р r   с s   т t
 *   у u   ү ü   ф f   х h   ц ts  ч ç   ш ş   щ şç  ъ -   ы ı   ь -
 *   э e   ю yu  я ya
 * (ж is /dʒ/, Turkish c; ъ and ь are dropped.)  Transliteration alone
 * merges a few forms (ң/н, е/э, ь), so a row "translit, no stemming" shows
 * what it contributes before Snowball does anything.
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

/* Kyrgyz Cyrillic → Turkish Latin (see the table at the top).  Letters not
 * in the table (Latin, other Cyrillic) are copied.  Returns malloc'd UTF-8. */
static char *tr_translit(const char *w)
{
	static const struct {
		int cp;
		const char *lat;
	} tab[] = {
		{ 0x430, "a" }, { 0x431, "b" }, { 0x432, "v" }, { 0x433, "g" },
		{ 0x434, "d" }, { 0x435, "e" }, { 0x451, "yo" }, { 0x436, "c" },
		{ 0x437, "z" }, { 0x438, "i" }, { 0x439, "y" }, { 0x43A, "k" },
		{ 0x43B, "l" }, { 0x43C, "m" }, { 0x43D, "n" }, { 0x4A3, "n" },
		{ 0x43E, "o" }, { 0x4E9, "ö" }, { 0x43F, "p" },
		{ 0x440, "r" }, { 0x441, "s" }, { 0x442, "t" }, { 0x443, "u" },
		{ 0x4AF, "ü" }, { 0x444, "f" }, { 0x445, "h" },
		{ 0x446, "ts" }, { 0x447, "ç" }, { 0x448, "ş" },
		{ 0x449, "şç" }, { 0x44A, "" },
		{ 0x44B, "ı" }, { 0x44C, "" }, { 0x44D, "e" },
		{ 0x44E, "yu" }, { 0x44F, "ya" },
	};
	size_t len = strlen(w), i = 0, o = 0;
	char *out = ss_xmalloc(len * 2 + 1);	/* щ: 2 bytes → 4 */

	while (i < len) {
		size_t at = i;
		int c = ss_utf8_next(w, len, &i);
		size_t k;
		if (c < 0) {	/* cannot happen: forms were folded */
			out[o++] = w[at];
			i = at + 1;
			continue;
		}
		for (k = 0; k < sizeof tab / sizeof tab[0]; k++)
			if (tab[k].cp == c)
				break;
		if (k < sizeof tab / sizeof tab[0]) {
			size_t n = strlen(tab[k].lat);
			memcpy(out + o, tab[k].lat, n);
			o += n;
		} else {
			memcpy(out + o, w + at, i - at);
			o += i - at;
		}
	}
	out[o] = '\0';
	return out;
}

enum ev_kind { EV_NONE, EV_TRUNC5, EV_TR_NONE, EV_TR, EV_KY };

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
	case EV_TR_NONE:
		return tr_translit(w);
	case EV_TR: {
		char *out = NULL, *lat = tr_translit(w);
		struct ss_err err;
		enum ss_status st = xw_stem("tr", lat, strlen(lat), &out, &err);
		free(lat);
		return st == SS_OK ? out : NULL;
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
	evaluate(&set, EV_TR_NONE, "translit, no stemming");
	evaluate(&set, EV_TR, "snowball turkish (lat)");
	evaluate(&set, EV_KY, "ky_stem " KY_STEM_VERSION);
	for (size_t k = 0; k < set.n; k++) {
		free(set.v[k].form);
		free(set.v[k].lemma);
		free(set.v[k].stem);
	}
	free(set.v);
	return 0;
}
