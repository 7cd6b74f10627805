/* check_deperson_corpus.c: the end-to-end check of depersonify on real-shaped
 * acts: runs dp_text_scrub over every act of the given JSONL files (the
 * indexer's input format) with the act's party list, as the indexer does,
 * and reports (1) quarantines (the residual-leak scanner fired, the act
 * would not be indexed) and (2) party-name leaks: any form of any word of
 * the name of a party in a removed role still present in the output.
 *
 * The forms are generated here, independently of the library's name keys:
 * stem (the word minus a final vowel, ь or й) followed by any Russian case
 * ending, optionally followed by a Kyrgyz case suffix, matched against
 * capitalised words of the output (case-insensitively after the first
 * letter).  Initials and уулу/кызы/тегин are not checked.  A form that is
 * also a form of a kept person of the act (the judge, a kept-role party) is
 * counted as "shared", and one written with initials other than the
 * party's ("секретаря Абдыкеримовой Г.Э." for a party Абдыкеримов Фарход)
 * as "other person"; neither counts as a leak.
 *
 * usage: check_deperson_corpus [-v] FILE.jsonl...
 * exit 0 when there is no quarantine and no leak, 1 otherwise, 2 on usage. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <jansson.h>
#include <unicode/uchar.h>

#include "depersonify.h"
#include "ss_mem.h"
#include "ss_text.h"

static int verbose;

static const char *const ru_end[] = { "", "а", "я", "у", "ю", "е", "и", "ы", "о", "ой", "ей",
	"ою", "ею", "ом", "ем", "ём", "ым", "им", "ых", "их", "ыми", "ими", "ому", "ему", "ого",
	"его", "ая", "яя", "ую", "юю", "ь", "й", "ью", "ам", "ям", "ами", "ями", "ах", "ях", NULL };
static const char *const ky_suf[] = { "",
	"нын", "нин", "нун", "нүн", "дын", "дин", "дун", "дүн", "тын", "тин", "тун", "түн",
	"дан", "ден", "дон", "дөн", "тан", "тен", "тон", "төн", "нан", "нен", "нон", "нөн",
	"га", "ге", "го", "гө", "ка", "ке", "ко", "кө", "ны", "ни", "ну", "нү",
	"ды", "ди", "ду", "дү", "ты", "ти", "ту", "тү", "да", "де", "до", "дө",
	"та", "те", "то", "тө", "ы", "и", "у", "ү", "сы", "си", "су", "сү", NULL };
static const char *const kept_roles[] = { "judge", "secretary", "prosecutor", "advocate", "lawyer",
	"representative", "судья", "секретарь", "прокурор", "адвокат", "защитник", "представитель", NULL };
static const char *const particles[] = { "уулу", "кызы", "тегин", "оглы", "гызы", NULL };

/* Lower-cases a UTF-8 word into out (ё→е); returns bytes written. */
static size_t lower(const char *s, size_t len, char *out, size_t cap)
{
	size_t i = 0, o = 0;
	while (i < len && o + 5 < cap) {
		int c = ss_utf8_next(s, len, &i);
		if (c < 0)
			break;
		c = u_tolower(c);
		if (c == 0x451)
			c = 0x435;
		o += ss_utf8_put((unsigned)c, out + o);
	}
	out[o] = '\0';
	return o;
}

static size_t ncp(const char *s)
{
	size_t n = 0;
	for (; *s; s++)
		n += ((unsigned char)*s & 0xC0) != 0x80;
	return n;
}

struct stems {
	char s[64][64];
	int gi[64], pi[64];	/* initials of the person (upper-case code points, 0: unknown) */
	int n;
};

static int first_upper(const char *w)
{
	size_t i = 0;
	int c = ss_utf8_next(w, strlen(w), &i);
	return c < 0 ? 0 : u_toupper(c);
}

/* Stems of the words of a name (initials and particles skipped), each with
 * the person's initials. */
static void name_stems(const char *name, struct stems *st)
{
	char words[8][64];
	int nw = 0, kyp = -1;
	const char *p = name;
	while (*p && nw < 8) {
		while (*p == ' ' || *p == ',' || *p == '.' || *p == '\t')
			p++;
		const char *q = p;
		while (*q && *q != ' ' && *q != ',' && *q != '.' && *q != '\t')
			q++;
		if (q == p)
			break;
		lower(p, (size_t)(q - p), words[nw], sizeof words[0]);
		for (int k = 0; particles[k]; k++)
			if (!strcmp(words[nw], particles[k]))
				kyp = nw;
		nw++;
		p = q;
	}
	int g = -1, pa = -1;
	if (kyp >= 1)
		g = kyp + 1 < nw ? kyp + 1 : -1;
	else {
		g = nw >= 2 ? 1 : -1;
		pa = nw >= 3 ? 2 : -1;
	}
	int gi = g >= 0 ? first_upper(words[g]) : 0, pi = pa >= 0 ? first_upper(words[pa]) : 0;
	for (int k = 0; k < nw; k++) {
		char *w = words[k];
		size_t l = strlen(w);
		if (k == kyp || ncp(w) < 3)
			continue;
		/* strip one final vowel, ь or й */
		static const char *const fin[] = { "а", "я", "ь", "й", "о", "ы", "и", "е", "у", NULL };
		for (int f = 0; fin[f]; f++) {
			size_t fl = strlen(fin[f]);
			if (l > fl && !memcmp(w + l - fl, fin[f], fl)) {
				w[l - fl] = '\0';
				break;
			}
		}
		if (ncp(w) < 3 || st->n >= 64)
			continue;
		snprintf(st->s[st->n], sizeof st->s[0], "%s", w);
		st->gi[st->n] = gi;
		st->pi[st->n] = pi;
		st->n++;
	}
}

/* Initials written right after the word ending at e ("Асанова Г.Т."):
 * their count, first two in g, p. */
static int initials_after(const char *s, size_t len, size_t e, int *g, int *p)
{
	int n = 0;
	*g = *p = 0;
	size_t i = e;
	while (i < len && s[i] == ' ')
		i++;
	while (n < 3 && i < len) {
		size_t k = i;
		int c = ss_utf8_next(s, len, &k);
		if (c < 0 || !u_isupper(c) || k >= len || s[k] != '.')
			break;
		if (n == 0)
			*g = c;
		else if (n == 1)
			*p = c;
		n++;
		i = k + 1;
		while (i < len && s[i] == ' ')
			i++;
	}
	return n;
}

static int in_list(const char *const *list, const char *s, size_t len)
{
	for (int i = 0; list[i]; i++)
		if (strlen(list[i]) == len && !memcmp(list[i], s, len))
			return 1;
	return 0;
}

/* Is the lower-cased word w a form of stem? */
static int is_form(const char *w, const char *stem)
{
	size_t sl = strlen(stem), wl = strlen(w);
	if (wl < sl || memcmp(w, stem, sl))
		return 0;
	const char *rest = w + sl;
	size_t rl = wl - sl;
	for (int a = 0; ru_end[a]; a++) {
		size_t al = strlen(ru_end[a]);
		if (al > rl || memcmp(rest, ru_end[a], al))
			continue;
		if (in_list(ky_suf, rest + al, rl - al))
			return 1;
	}
	return 0;
}

static int kept_role(const char *role)
{
	if (!role)
		return 0;
	char r[128];
	lower(role, strlen(role), r, sizeof r);
	for (int k = 0; kept_roles[k]; k++)
		if (!strcmp(r, kept_roles[k]))
			return 1;
	return 0;
}

struct totals {
	long acts, quarantined, leaks, leak_acts, shared, other, words_checked, errors;
	double bytes, sec;	/* scrub time alone, one thread */
};

static void check_act(const struct dp_ctx *ctx, json_t *act, struct totals *T)
{
	const char *id = json_string_value(json_object_get(act, "id"));
	const char *text = json_string_value(json_object_get(act, "text"));
	const char *lang = json_string_value(json_object_get(act, "lang"));
	const char *judge = json_string_value(json_object_get(act, "judge"));
	json_t *pj = json_object_get(act, "parties");
	if (!id)
		id = "?";
	if (!text)
		return;
	size_t np = json_array_size(pj);
	struct dp_party *parties = ss_xcalloc(np + 1, sizeof *parties);
	for (size_t i = 0; i < np; i++) {
		json_t *e = json_array_get(pj, i);
		parties[i].role = json_string_value(json_object_get(e, "role"));
		parties[i].name = json_string_value(json_object_get(e, "name"));
	}
	struct dp_result r;
	struct ss_err err;
	T->acts++;
	struct timespec t0, t1;
	clock_gettime(CLOCK_MONOTONIC, &t0);
	enum ss_status st = dp_text_scrub(ctx, text, strlen(text), lang, parties, np, &r, &err);
	clock_gettime(CLOCK_MONOTONIC, &t1);
	T->sec += (double)(t1.tv_sec - t0.tv_sec) + (double)(t1.tv_nsec - t0.tv_nsec) / 1e9;
	T->bytes += (double)strlen(text);
	if (st != SS_OK) {
		printf("  error %s: %s\n", id, err.msg);
		T->errors++;
		free(parties);
		return;
	}
	if (r.leak) {
		T->quarantined++;
		printf("  quarantined %s: %s\n", id, r.leak_reason);
	}
	struct stems rem, kept;
	memset(&rem, 0, sizeof rem);
	memset(&kept, 0, sizeof kept);
	if (judge)
		name_stems(judge, &kept);
	for (size_t i = 0; i < np; i++) {
		if (!parties[i].name)
			continue;
		name_stems(parties[i].name, kept_role(parties[i].role) ? &kept : &rem);
	}
	T->words_checked += rem.n;
	int act_leak = 0;
	const char *s = r.text;
	size_t len = r.len, i = 0;
	while (i < len) {
		size_t at = i;
		int c = ss_utf8_next(s, len, &i);
		if (c < 0 || !u_isalpha(c))
			continue;
		int cap = u_isupper(c);
		size_t e = i;
		while (e < len) {
			size_t k = e;
			int d = ss_utf8_next(s, len, &k);
			if (d < 0 || !u_isalpha(d))
				break;
			e = k;
		}
		i = e;
		if (!cap || e - at > 120)
			continue;
		char w[256];
		lower(s + at, e - at, w, sizeof w);
		for (int k = 0; k < rem.n; k++) {
			if (!is_form(w, rem.s[k]))
				continue;
			int shared = 0, ig, ip;
			for (int q = 0; q < kept.n && !shared; q++)
				shared = is_form(w, kept.s[q]);
			if (initials_after(s, len, e, &ig, &ip) &&
			    ((rem.gi[k] && ig != rem.gi[k]) || (rem.pi[k] && ip && ip != rem.pi[k]))) {
				T->other++;
				if (verbose)
					printf("  other person %s at output offset %zu: %.*s\n", id, at, (int)(e - at), s + at);
			} else if (shared) {
				T->shared++;
				if (verbose)
					printf("  shared %s at output offset %zu: %.*s\n", id, at, (int)(e - at), s + at);
			} else {
				T->leaks++;
				act_leak = 1;
				printf("  leak %s at output offset %zu", id, at);
				if (verbose)
					printf(": %.*s", (int)(e - at), s + at);
				printf("\n");
			}
			break;
		}
	}
	T->leak_acts += act_leak;
	dp_result_release(&r);
	free(parties);
}

int main(int argc, char **argv)
{
	int a = 1;
	if (a < argc && !strcmp(argv[a], "-v")) {
		verbose = 1;
		a++;
	}
	if (a >= argc) {
		fprintf(stderr, "usage: check_deperson_corpus [-v] FILE.jsonl...\n");
		return 2;
	}
	struct dp_ctx *ctx;
	struct ss_err err;
	if (dp_ctx_new(NULL, &ctx, &err) != SS_OK) {
		fprintf(stderr, "check_deperson_corpus: %s\n", err.msg);
		return 1;
	}
	struct totals T;
	memset(&T, 0, sizeof T);
	for (; a < argc; a++) {
		FILE *f = fopen(argv[a], "rb");
		if (!f) {
			fprintf(stderr, "check_deperson_corpus: cannot open '%s'\n", argv[a]);
			dp_ctx_free(ctx);
			return 2;
		}
		char *line = NULL;
		size_t cap = 0;
		ssize_t n;
		long ln = 0;
		while ((n = getline(&line, &cap, f)) > 0) {
			ln++;
			json_error_t je;
			json_t *act = json_loadb(line, (size_t)n, 0, &je);
			if (!act) {
				if (n > 1)
					printf("  error %s:%ld: invalid JSON\n", argv[a], ln);
				continue;
			}
			check_act(ctx, act, &T);
			json_decref(act);
		}
		free(line);
		fclose(f);
	}
	dp_ctx_free(ctx);
	printf("corpus check: %ld acts, %ld quarantined, %ld party-name leaks in %ld acts "
	       "(%ld party name words checked; %ld forms shared with a kept person, %ld with other initials), "
	       "%ld errors\n", T.acts, T.quarantined, T.leaks, T.leak_acts, T.words_checked, T.shared,
	       T.other, T.errors);
	printf("corpus speed: %.2f MB in %.3f s = %.2f MB/s (dp_text_scrub alone, one thread)\n",
	       T.bytes / 1e6, T.sec, T.sec > 0 ? T.bytes / 1e6 / T.sec : 0.0);
	return T.quarantined || T.leaks || T.errors ? 1 : 0;
}
