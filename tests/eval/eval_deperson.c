/* eval_deperson.c: measures depersonify on the annotated set
 * (the .ann files in corpus-samples/deperson, format in docs/depersonify.md): entity
 * recall (an entity counts only if every mention is masked), mention recall,
 * over-redaction of must-keep names, share of passages with any unmasked
 * mention and with the leak scanner firing, recall per category; optionally
 * person-name recall on the factRuEval-2016 devset.  Two sets: "dev" = every
 * *.ann directly in DIR; "held-out" = every *.ann in DIR/heldout/ (written apart
 * from the rules, never tuned on), printed last, aggregates only: -v never lists
 * its misses, and --no-heldout does not open that directory at all;
 * --heldout-only prints the held-out block alone (eval-deperson.sh runs it
 * after the corpus check so the held-out block comes last).
 * Coverage is read from the JSON report.
 * usage: eval_deperson [-v [-v]] [--no-heldout|--heldout-only] DIR [FACTRUEVAL_DEVSET_DIR]
 * (-v -v also lists the factRuEval names left and the person masks on no person) */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "depersonify.h"
#include "ss_mem.h"

struct ment {
	size_t s, e;
	char tag[16];
	int keep;
};

static int verbose;

static char *slurp(const char *path, size_t *len)
{
	FILE *f = fopen(path, "rb");
	if (!f)
		return NULL;
	fseek(f, 0, SEEK_END);
	long n = ftell(f);
	fseek(f, 0, SEEK_SET);
	char *b = ss_xmalloc((size_t)n + 1);
	*len = fread(b, 1, (size_t)n, f);
	b[*len] = '\0';
	fclose(f);
	return b;
}

/* Replacement spans from a report. */
static size_t spans_of(const char *report, size_t **ss, size_t **ee)
{
	json_error_t je;
	json_t *r = json_loads(report, 0, &je);
	json_t *a = json_object_get(r, "replacements");
	size_t n = json_array_size(a);
	*ss = ss_xcalloc(n + 1, sizeof **ss);
	*ee = ss_xcalloc(n + 1, sizeof **ee);
	for (size_t i = 0; i < n; i++) {
		json_t *o = json_array_get(a, i);
		(*ss)[i] = (size_t)json_integer_value(json_object_get(o, "start"));
		(*ee)[i] = (size_t)json_integer_value(json_object_get(o, "end"));
	}
	json_decref(r);
	return n;
}

static int covered(const char *t, size_t s, size_t e, const size_t *ss, const size_t *ee, size_t n)
{
	for (size_t p = s; p < e; p++) {
		unsigned char c = (unsigned char)t[p];
		if (c == ' ' || c == ',' || c == '.' || c == '\n' || c == '-' || c == ':')
			continue;
		int in = 0;
		for (size_t k = 0; k < n && !in; k++)
			in = ss[k] <= p && p < ee[k];
		if (!in)
			return 0;
	}
	return 1;
}

static int overlapped(size_t s, size_t e, const size_t *ss, const size_t *ee, size_t n)
{
	for (size_t k = 0; k < n; k++)
		if (ss[k] < e && s < ee[k])
			return 1;
	return 0;
}

#define NCAT 12
static const char *const cat_names[NCAT] = {"PER", "ADDR", "DOB", "PIN", "DOC", "PHONE", "PLATE",
					    "ACCOUNT", "EMAIL", "REALESTATE", "NICK", "other"};

struct totals {
	long passages, ment, ment_ok, ent, ent_ok, keep, keep_hit, leakpass, scanner;
	long per_ent, per_ent_ok;
	long cat_ment[NCAT], cat_ment_ok[NCAT], cat_ent[NCAT], cat_ent_ok[NCAT];
};

/* Category of a tag: its letters without the entity number. */
static int cat_of(const char *tag)
{
	size_t l = strcspn(tag, "0123456789");
	for (int c = 0; c < NCAT - 1; c++)
		if (strlen(cat_names[c]) == l && !strncmp(tag, cat_names[c], l))
			return c;
	return NCAT - 1;
}

static void eval_passage(const struct dp_ctx *ctx, const char *id, const char *lang, const char *src,
			 struct totals *T)
{
	size_t sl = strlen(src);
	char *plain = ss_xmalloc(sl + 1);
	struct ment *m = ss_xcalloc(sl / 2 + 2, sizeof *m);
	size_t pl = 0, nm = 0;
	for (size_t i = 0; i < sl;) {
		if (src[i] == '{') {
			const char *bar = strchr(src + i, '|'), *close = strchr(src + i, '}');
			if (bar && close && bar < close && bar - (src + i) < 16) {
				struct ment *x = &m[nm++];
				memcpy(x->tag, src + i + 1, (size_t)(bar - src - i - 1));
				x->keep = !strcmp(x->tag, "KEEP");
				x->s = pl;
				memcpy(plain + pl, bar + 1, (size_t)(close - bar - 1));
				pl += (size_t)(close - bar - 1);
				x->e = pl;
				i = (size_t)(close - src) + 1;
				continue;
			}
		}
		plain[pl++] = src[i++];
	}
	plain[pl] = '\0';
	struct dp_result res;
	struct ss_err err;
	if (dp_text_scrub(ctx, plain, pl, lang, NULL, 0, &res, &err) != SS_OK) {
		fprintf(stderr, "%s: %s\n", id, err.msg);
		exit(1);
	}
	size_t *ss, *ee;
	size_t ns = spans_of(res.report_json, &ss, &ee);
	int leak = 0;
	T->passages++;
	T->scanner += res.leak;
	for (size_t k = 0; k < nm; k++) {
		struct ment *x = &m[k];
		if (x->keep) {
			T->keep++;
			if (overlapped(x->s, x->e, ss, ee, ns)) {
				T->keep_hit++;
				if (verbose)
					printf("  over-redacted %s: %.*s\n", id, (int)(x->e - x->s), plain + x->s);
			}
			continue;
		}
		T->ment++;
		T->cat_ment[cat_of(x->tag)]++;
		if (covered(plain, x->s, x->e, ss, ee, ns)) {
			T->ment_ok++;
			T->cat_ment_ok[cat_of(x->tag)]++;
		} else {
			leak = 1;
			if (verbose)
				printf("  missed %s %s: %.*s\n", id, x->tag, (int)(x->e - x->s), plain + x->s);
		}
	}
	/* entities: numbered tags group mentions; others stand alone */
	for (size_t k = 0; k < nm; k++) {
		if (m[k].keep)
			continue;
		int seen = 0, ok = 1;
		for (size_t q = 0; q < k && !seen; q++)
			seen = !m[q].keep && !strcmp(m[q].tag, m[k].tag) && strpbrk(m[k].tag, "0123456789");
		if (seen)
			continue;
		for (size_t q = k; q < nm; q++)
			if (!m[q].keep && (q == k || (!strcmp(m[q].tag, m[k].tag) && strpbrk(m[k].tag, "0123456789"))))
				ok &= covered(plain, m[q].s, m[q].e, ss, ee, ns);
		T->ent++;
		T->ent_ok += ok;
		T->cat_ent[cat_of(m[k].tag)]++;
		T->cat_ent_ok[cat_of(m[k].tag)] += ok;
		if (!strncmp(m[k].tag, "PER", 3)) {
			T->per_ent++;
			T->per_ent_ok += ok;
		}
	}
	T->leakpass += leak;
	if (verbose && res.leak)
		printf("  scanner %s: %s\n", id, res.leak_reason);
	free(ss);
	free(ee);
	dp_result_release(&res);
	free(plain);
	free(m);
}

static void eval_file(const struct dp_ctx *ctx, const char *path, struct totals *T)
{
	size_t len;
	char *b = slurp(path, &len);
	if (!b)
		return;
	char *p = b;
	while ((p = strstr(p, "@@ ")) != NULL) {
		char id[64] = "", lang[8] = "auto";
		sscanf(p + 3, "%63s %7s", id, lang);
		char *body = strchr(p, '\n');
		if (!body)
			break;
		body++;
		char *next = strstr(body, "\n@@ ");
		size_t bl = next ? (size_t)(next - body) : strlen(body);
		while (bl && body[bl - 1] == '\n')
			bl--;
		char *src = ss_xstrndup(body, bl);
		eval_passage(ctx, id, lang, src, T);
		free(src);
		p = next ? next + 1 : body + bl;
	}
	free(b);
}

/* Byte range of factRuEval span sid (from the .spans text); 0 when absent. */
static int factru_span(const char *spans, long sid, const size_t *c2b, size_t nc, size_t *bs, size_t *be)
{
	char key[32];
	snprintf(key, sizeof key, "\n%ld ", sid);
	const char *sp = strstr(spans, key);
	if (!sp && !strncmp(spans, key + 1, strlen(key + 1)))
		sp = spans - 1;
	long so, slen;
	if (!sp || sscanf(sp + 1, "%*d %*s %ld %ld", &so, &slen) != 2 || so < 0 || (size_t)(so + slen) > nc)
		return 0;
	*bs = c2b[so];
	*be = c2b[so + slen];
	return 1;
}

/* Precision on text written by others: where the person masks fall. */
struct factru_prec {
	long masks, on_person, on_place, other;
};

static void factru_precision(const char *text, const char *spans, const char *objs, const size_t *c2b, size_t nc,
			     const char *report, struct factru_prec *P)
{
	size_t cap = 64, n = 0;
	size_t *rs = ss_xcalloc(cap, sizeof *rs), *re = ss_xcalloc(cap, sizeof *re);
	int *person = ss_xcalloc(cap, sizeof *person);
	for (const char *line = objs; line && *line;) {
		const char *eol = strchr(line, '\n');
		char type[32];
		int n0 = 0;
		if (sscanf(line, "%*d %31s %n", type, &n0) == 1) {
			int isp = !strcmp(type, "Person");
			const char *q = line + n0;
			long sid;
			int adv;
			while ((!eol || q < eol) && sscanf(q, "%ld%n", &sid, &adv) == 1) {
				q += adv;
				size_t bs, be;
				if (!factru_span(spans, sid, c2b, nc, &bs, &be))
					continue;
				if (n == cap) {
					cap *= 2;
					rs = ss_xrealloc(rs, cap * sizeof *rs);
					re = ss_xrealloc(re, cap * sizeof *re);
					person = ss_xrealloc(person, cap * sizeof *person);
				}
				rs[n] = bs;
				re[n] = be;
				person[n] = isp;
				n++;
			}
		}
		line = eol ? eol + 1 : NULL;
	}
	json_error_t je;
	json_t *r = json_loads(report, 0, &je);
	json_t *a = json_object_get(r, "replacements");
	for (size_t i = 0; i < json_array_size(a); i++) {
		json_t *o = json_array_get(a, i);
		if (strcmp(json_string_value(json_object_get(o, "cat")) ? json_string_value(json_object_get(o, "cat")) : "",
			   "PER"))
			continue;
		size_t s = (size_t)json_integer_value(json_object_get(o, "start")),
		       e = (size_t)json_integer_value(json_object_get(o, "end"));
		int onp = 0, onl = 0;
		for (size_t k = 0; k < n; k++)
			if (rs[k] < e && s < re[k]) {
				onp |= person[k];
				onl |= !person[k];
			}
		P->masks++;
		if (onp)
			P->on_person++;
		else if (onl)
			P->on_place++;
		else
			P->other++;
		if (verbose > 1 && !onp)	/* -v -v: the masks that hit no person */
			printf("  factru %s: %.*s (%s)\n", onl ? "place/org" : "other", (int)(e - s), text + s,
			       json_string_value(json_object_get(o, "rule")));
	}
	json_decref(r);
	free(rs);
	free(re);
	free(person);
}

/* factRuEval-2016: Person objects' name/surname/patronymic spans. */
static void eval_factru(const struct dp_ctx *ctx, const char *dir)
{
	DIR *d = opendir(dir);
	if (!d) {
		printf("factRuEval-2016 devset: not present, skipped\n");
		return;
	}
	long total = 0, ok = 0, docs = 0;
	struct factru_prec P = { 0, 0, 0, 0 };
	struct dirent *de;
	while ((de = readdir(d)) != NULL) {
		size_t nl = strlen(de->d_name);
		if (nl < 5 || strcmp(de->d_name + nl - 4, ".txt"))
			continue;
		char base[512], path[1024];
		snprintf(base, sizeof base, "%s/%.*s", dir, (int)(nl - 4), de->d_name);
		size_t tl, sl, ol;
		snprintf(path, sizeof path, "%s.txt", base);
		char *text = slurp(path, &tl);
		snprintf(path, sizeof path, "%s.spans", base);
		char *spans = slurp(path, &sl);
		snprintf(path, sizeof path, "%s.objects", base);
		char *objs = slurp(path, &ol);
		if (!text || !spans || !objs) {
			free(text); free(spans); free(objs);
			continue;
		}
		/* char offset -> byte offset */
		size_t *c2b = ss_xcalloc(tl + 2, sizeof *c2b);
		size_t nc = 0;
		for (size_t i = 0; i < tl; i++)
			if (((unsigned char)text[i] & 0xC0) != 0x80)
				c2b[nc++] = i;
		c2b[nc] = tl;
		struct dp_result res;
		struct ss_err err;
		if (dp_text_scrub(ctx, text, tl, "ru", NULL, 0, &res, &err) != SS_OK) {
			free(text); free(spans); free(objs); free(c2b);
			continue;
		}
		docs++;
		size_t *ss, *ee;
		size_t ns = spans_of(res.report_json, &ss, &ee);
		factru_precision(text, spans, objs, c2b, nc, res.report_json, &P);
		/* span ids of Person objects */
		for (char *line = objs; line && *line;) {
			char *eol = strchr(line, '\n');
			if (eol)
				*eol = '\0';
			char type[32];
			int n0 = 0;
			if (sscanf(line, "%*d %31s %n", type, &n0) == 1 && !strcmp(type, "Person")) {
				char *q = line + n0;
				long sid;
				int adv;
				while (sscanf(q, "%ld%n", &sid, &adv) == 1) {
					q += adv;
					/* find the span */
					char key[32];
					snprintf(key, sizeof key, "\n%ld ", sid);
					char *sp = strstr(spans, key);
					if (!sp && !strncmp(spans, key + 1, strlen(key + 1)))
						sp = spans - 1;
					if (sp) {
						char stype[32];
						long so, slen;
						if (sscanf(sp + 1, "%*d %31s %ld %ld", stype, &so, &slen) == 3 &&
						    (!strcmp(stype, "name") || !strcmp(stype, "surname") ||
						     !strcmp(stype, "patronymic")) && (size_t)(so + slen) <= nc) {
							total++;
							int got = covered(text, c2b[so], c2b[so + slen], ss, ee, ns);
							ok += got;
							if (!got && verbose > 1)	/* -v -v: the names left */
								printf("  factru missed: %.*s\n", (int)(c2b[so + slen] - c2b[so]),
								       text + c2b[so]);
						}
					}
				}
			}
			line = eol ? eol + 1 : NULL;
		}
		free(ss);
		free(ee);
		dp_result_release(&res);
		free(text); free(spans); free(objs); free(c2b);
	}
	closedir(d);
	printf("factRuEval-2016 devset: %ld documents, person-name spans %ld, recall %.1f%% (news, no role context)\n",
	       docs, total, total ? 100.0 * (double)ok / (double)total : 0.0);
	printf("factRuEval-2016 person masks: %ld; on a gold person %.1f%%, on a place or organisation only %.1f%% (%ld), "
	       "on other text %.1f%% (%ld)\n", P.masks, P.masks ? 100.0 * (double)P.on_person / (double)P.masks : 0.0,
	       P.masks ? 100.0 * (double)P.on_place / (double)P.masks : 0.0, P.on_place,
	       P.masks ? 100.0 * (double)P.other / (double)P.masks : 0.0, P.other);
}

#define PCT(x, y) ((y) ? 100.0 * (double)(x) / (double)(y) : 100.0)
static void print_totals(const char *set, const struct totals *T)
{
	printf("[%s] deperson eval: %ld passages, %ld entities (%ld persons), %ld mentions, %ld must-keep names\n",
	       set, T->passages, T->ent, T->per_ent, T->ment, T->keep);
	printf("[%s] entity recall      %.1f%% (%ld/%ld); persons %.1f%% (%ld/%ld)\n", set,
	       PCT(T->ent_ok, T->ent), T->ent_ok, T->ent, PCT(T->per_ent_ok, T->per_ent), T->per_ent_ok,
	       T->per_ent);
	printf("[%s] mention recall     %.1f%% (%ld/%ld)\n", set, PCT(T->ment_ok, T->ment), T->ment_ok,
	       T->ment);
	printf("[%s] over-redaction     %.1f%% (%ld/%ld must-keep names masked)\n", set,
	       PCT(T->keep_hit, T->keep), T->keep_hit, T->keep);
	printf("[%s] passages with leak %.1f%% (%ld/%ld); leak scanner fired on %.1f%%\n", set,
	       PCT(T->leakpass, T->passages), T->leakpass, T->passages, PCT(T->scanner, T->passages));
	printf("[%s] per category (entities; mentions):", set);
	for (int c = 0; c < NCAT; c++)
		if (T->cat_ment[c])
			printf("%s %s %.1f%% (%ld/%ld; %ld/%ld)", c ? "," : "", cat_names[c],
			       PCT(T->cat_ent_ok[c], T->cat_ent[c]), T->cat_ent_ok[c], T->cat_ent[c],
			       T->cat_ment_ok[c], T->cat_ment[c]);
	printf("\n");
}

static int name_cmp(const void *x, const void *y)
{
	return strcmp(*(char *const *)x, *(char *const *)y);
}

/* Evaluates every *.ann directly in dir (sorted by name) into T; quiet turns
 * -v off for this set.  Returns the number of files, -1 if dir is missing. */
static int eval_dir(const struct dp_ctx *ctx, const char *dir, struct totals *T, int quiet)
{
	DIR *d = opendir(dir);
	if (!d)
		return -1;
	struct dirent *de;
	char *names[256];
	int nn = 0;
	while ((de = readdir(d)) != NULL && nn < 256) {
		size_t l = strlen(de->d_name);
		if (l > 4 && !strcmp(de->d_name + l - 4, ".ann"))
			names[nn++] = ss_xstrdup(de->d_name);
	}
	closedir(d);
	qsort(names, (size_t)nn, sizeof *names, name_cmp);
	int v = verbose;
	if (quiet)
		verbose = 0;
	for (int i = 0; i < nn; i++) {
		char path[1024];
		snprintf(path, sizeof path, "%s/%s", dir, names[i]);
		eval_file(ctx, path, T);
		free(names[i]);
	}
	verbose = v;
	return nn;
}

int main(int argc, char **argv)
{
	int a = 1, no_heldout = 0, heldout_only = 0;
	for (; a < argc && argv[a][0] == '-'; a++) {
		if (!strcmp(argv[a], "-v"))
			verbose++;
		else if (!strcmp(argv[a], "--no-heldout"))
			no_heldout = 1;
		else if (!strcmp(argv[a], "--heldout-only"))
			heldout_only = 1;
		else
			break;
	}
	if (a >= argc || argv[a][0] == '-') {
		fprintf(stderr, "usage: eval_deperson [-v] [--no-heldout|--heldout-only] DIR [FACTRUEVAL_DEVSET_DIR]\n");
		return 2;
	}
	struct dp_ctx *ctx;
	struct ss_err err;
	if (dp_ctx_new(NULL, &ctx, &err) != SS_OK) {
		fprintf(stderr, "eval_deperson: %s\n", err.msg);
		return 1;
	}
	struct totals dev, held;
	memset(&dev, 0, sizeof dev);
	memset(&held, 0, sizeof held);
	if (!heldout_only) {
		if (eval_dir(ctx, argv[a], &dev, 0) < 0) {
			fprintf(stderr, "eval_deperson: cannot open '%s'\n", argv[a]);
			dp_ctx_free(ctx);
			return 2;
		}
		print_totals("dev", &dev);
		if (a + 1 < argc)
			eval_factru(ctx, argv[a + 1]);
	}
	/* held-out last: aggregates only, never its passages (quiet even with -v) */
	if (no_heldout) {
		printf("held-out: skipped (--no-heldout)\n");
	} else {
		char hdir[1024];
		snprintf(hdir, sizeof hdir, "%s/heldout", argv[a]);
		if (eval_dir(ctx, hdir, &held, 1) > 0 && held.passages)
			print_totals("held-out", &held);
		else
			printf("held-out: no *.ann in %s, skipped\n", hdir);
	}
	dp_ctx_free(ctx);
	return 0;
}
