/* dp_scrub.c: the depersonify entry points: context and policy (a small
 * `key = value` file), the per-act pipeline (identifiers → tokens →
 * addresses → names → overlap resolution → labels → rendering), the private
 * JSON audit report (offsets, category, rule, label; never the removed text),
 * the residual-leak scan of the output, and the parties-file parser. */
#include "dp_int.h"
#include "dp_chars.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "ss_mem.h"
#include "ss_text.h"

#define DP_MAX_TEXT ((size_t)64 << 20)

static const char *const cat_code[DP_NCAT] = { "PER", "ADDR", "DOB", "PIN", "DOC", "PHONE",
	"PLATE", "ACCOUNT", "EMAIL", "REALESTATE" };
static const char *const cat_label[DP_NCAT] = { "ЛИЦО", "АДРЕС", "ДАТА РОЖДЕНИЯ", "ПИН",
	"ДОКУМЕНТ", "ТЕЛЕФОН", "НОМЕР ТС", "СЧЁТ", "EMAIL", "НЕДВИЖИМОСТЬ" };
static const char *const cat_policy[DP_NCAT] = { "name", "address", "birth_date", "pin",
	"document", "phone", "plate", "account", "email", "realestate" };
static const char *const role_policy[DP_NROLE] = { "", "judge", "secretary", "prosecutor",
	"advocate", "representative", "official", "party" };
static const char *const role_name[DP_NROLE] = { "none", "judge", "secretary", "prosecutor",
	"advocate", "representative", "official", "party" };
/* Priority when spans overlap (lower wins). */
static const int cat_prio[DP_NCAT] = { 9, 8, 7, 1, 5, 4, 6, 3, 0, 2 };

const char *dp_cat_code(enum dp_cat c)
{
	return cat_code[c];
}

void dp_span_add(struct dp_work *w, size_t s, size_t e, enum dp_cat cat, const char *rule,
		 int ent, enum dp_kycase kc)
{
	if (w->nsp == w->asp) {
		w->asp = w->asp ? w->asp * 2 : 32;
		w->sp = ss_xrealloc(w->sp, w->asp * sizeof *w->sp);
	}
	struct dp_span *p = &w->sp[w->nsp++];
	memset(p, 0, sizeof *p);
	p->start = s;
	p->end = e;
	p->cat = cat;
	p->rule = rule;
	p->ent = ent;
	p->kycase = kc;
}

void dp_kept_add(struct dp_work *w, size_t s, size_t e, enum dp_role role, const char *rule)
{
	if (w->nkept == w->akept) {
		w->akept = w->akept ? w->akept * 2 : 16;
		w->kept = ss_xrealloc(w->kept, w->akept * sizeof *w->kept);
	}
	struct dp_span *p = &w->kept[w->nkept++];
	memset(p, 0, sizeof *p);
	p->start = s;
	p->end = e;
	p->cat = DP_PER;
	p->rule = rule;
	p->ent = (int)role;
	if (e - s > w->kept_maxlen)
		w->kept_maxlen = e - s;
}

int dp_overlaps(const struct dp_work *w, size_t s, size_t e)
{
	for (size_t k = 0; k < w->nsp; k++)
		if (w->sp[k].start < e && s < w->sp[k].end)
			return 1;
	return 0;
}

/* ---------------------------------------------------------------- policy */

static void policy_default(struct dp_policy *p)
{
	p->keep_roles = (1u << DP_ROLE_JUDGE) | (1u << DP_ROLE_SECRETARY) |
			(1u << DP_ROLE_PROSECUTOR) | (1u << DP_ROLE_ADVOCATE) |
			(1u << DP_ROLE_REPRESENTATIVE);
	p->redact = (1u << DP_NCAT) - 1;
	p->keep_official_email = 1;
}

static char *trim(char *s)
{
	while (*s && isspace((unsigned char)*s))
		s++;
	char *e = s + strlen(s);
	while (e > s && isspace((unsigned char)e[-1]))
		*--e = '\0';
	return s;
}

static enum ss_status policy_list(const char *val, const char *const *names, int n,
				  unsigned *out, int line, struct ss_err *err)
{
	char buf[512];
	snprintf(buf, sizeof buf, "%s", val);
	*out = 0;
	for (char *save = NULL, *tok = strtok_r(buf, ", ", &save); tok; tok = strtok_r(NULL, ", ", &save)) {
		int found = 0;
		for (int i = 0; i < n; i++)
			if (names[i][0] && !strcmp(names[i], tok)) {
				*out |= 1u << i;
				found = 1;
			}
		if (!found)
			return ss_err_set(err, SS_ERR_CONFIG, "policy line %d: unknown value '%s'", line, tok);
	}
	return SS_OK;
}

static enum ss_status policy_parse(const char *text, struct dp_policy *p, struct ss_err *err)
{
	policy_default(p);
	int line = 0;
	const char *s = text;
	while (*s) {
		const char *nl = strchr(s, '\n');
		size_t l = nl ? (size_t)(nl - s) : strlen(s);
		char buf[600];
		line++;
		if (l >= sizeof buf)
			return ss_err_set(err, SS_ERR_CONFIG, "policy line %d: too long", line);
		memcpy(buf, s, l);
		buf[l] = '\0';
		s += l + (nl ? 1 : 0);
		char *hash = strchr(buf, '#');
		if (hash)
			*hash = '\0';
		char *t = trim(buf);
		if (!*t)
			continue;
		char *eq = strchr(t, '=');
		if (!eq)
			return ss_err_set(err, SS_ERR_CONFIG, "policy line %d: expected key = value", line);
		*eq = '\0';
		char *key = trim(t), *val = trim(eq + 1);
		enum ss_status st = SS_OK;
		if (!strcmp(key, "name")) {
			/* informational */
		} else if (!strcmp(key, "keep_roles")) {
			st = policy_list(val, role_policy, DP_NROLE, &p->keep_roles, line, err);
		} else if (!strcmp(key, "redact")) {
			st = policy_list(val, cat_policy, DP_NCAT, &p->redact, line, err);
		} else if (!strcmp(key, "keep_official_email")) {
			if (!strcmp(val, "yes") || !strcmp(val, "true") || !strcmp(val, "1"))
				p->keep_official_email = 1;
			else if (!strcmp(val, "no") || !strcmp(val, "false") || !strcmp(val, "0"))
				p->keep_official_email = 0;
			else
				st = ss_err_set(err, SS_ERR_CONFIG, "policy line %d: expected yes or no, got '%s'", line, val);
		} else {
			st = ss_err_set(err, SS_ERR_CONFIG, "policy line %d: unknown key '%s'", line, key);
		}
		if (st != SS_OK)
			return st;
	}
	return SS_OK;
}

enum ss_status dp_ctx_new_policy(const char *policy_text, struct dp_ctx **out, struct ss_err *err)
{
	*out = NULL;
	dp_chars_init();
	struct dp_ctx *ctx = ss_xcalloc(1, sizeof *ctx);
	enum ss_status st = SS_OK;
	if (policy_text)
		st = policy_parse(policy_text, &ctx->pol, err);
	else
		policy_default(&ctx->pol);
	if (st == SS_OK)
		st = dp_rx_compile(ctx, err);
	if (st != SS_OK) {
		dp_ctx_free(ctx);
		return st;
	}
	dp_lex_build(ctx);
	dp_set_build(&ctx->first, dp_gaz_first, dp_gaz_first_len);
	dp_set_build(&ctx->surname, dp_gaz_surname, dp_gaz_surname_len);
	*out = ctx;
	return SS_OK;
}

enum ss_status dp_ctx_new(const char *policy_file, struct dp_ctx **out, struct ss_err *err)
{
	*out = NULL;
	if (!policy_file)
		return dp_ctx_new_policy(NULL, out, err);
	FILE *f = fopen(policy_file, "rb");
	if (!f)
		return ss_err_set(err, SS_ERR_IO, "cannot open policy '%s'", policy_file);
	char buf[16384];
	size_t n = fread(buf, 1, sizeof buf - 1, f);
	int big = !feof(f);
	fclose(f);
	if (big)
		return ss_err_set(err, SS_ERR_TOO_LARGE, "policy '%s' is over 16 KiB", policy_file);
	buf[n] = '\0';
	if (!ss_utf8_valid(buf, n, NULL))
		return ss_err_set(err, SS_ERR_UTF8, "policy '%s' is not valid UTF-8", policy_file);
	return dp_ctx_new_policy(buf, out, err);
}

void dp_ctx_free(struct dp_ctx *ctx)
{
	if (!ctx)
		return;
	dp_rx_free(ctx);
	dp_set_free(&ctx->first);
	dp_set_free(&ctx->surname);
	dp_lex_free(ctx);
	free(ctx);
}

/* -------------------------------------------------------------- pipeline */

static int detect_ky(const char *s, size_t len)
{
	size_t ky = 0, cyr = 0, i = 0;
	size_t lim = len < 200000 ? len : 200000;
	while (i < lim) {
		int c = ss_utf8_next(s, len, &i);
		if (c < 0)
			break;
		if (c >= 0x400 && c <= 0x4FF) {
			cyr++;
			if (c == 0x4E9 || c == 0x4E8 || c == 0x4AF || c == 0x4AE || c == 0x4A3 || c == 0x4A2)
				ky++;
		}
	}
	return cyr > 0 && ky * 200 >= cyr;	/* ≥ 0.5 % of Cyrillic letters */
}

static void label_bases(struct dp_work *w)
{
	for (size_t i = 0; i + 1 < w->len; i++) {
		if (w->text[i] != '[')
			continue;
		for (int c = 0; c < DP_NCAT; c++) {
			size_t l = strlen(cat_label[c]);
			if (i + 1 + l + 2 < w->len && !memcmp(w->text + i + 1, cat_label[c], l) &&
			    w->text[i + 1 + l] == '-') {
				/* the text is not NUL-terminated: no atoi */
				int n = 0;
				for (size_t d = i + 2 + l; d < w->len && w->text[d] >= '0' && w->text[d] <= '9' &&
							   n < 100000; d++)
					n = n * 10 + (w->text[d] - '0');
				if (n > w->label_base[c] && n < 100000)
					w->label_base[c] = n;
			}
		}
	}
}

static int span_cmp_prio(const void *a, const void *b)
{
	const struct dp_span *x = a, *y = b;
	if (cat_prio[x->cat] != cat_prio[y->cat])
		return cat_prio[x->cat] - cat_prio[y->cat];
	if (x->start != y->start)
		return x->start < y->start ? -1 : 1;
	return (x->end > y->end) ? -1 : (x->end < y->end);
}

static int span_cmp_pos(const void *a, const void *b)
{
	const struct dp_span *x = a, *y = b;
	if (x->start != y->start)
		return x->start < y->start ? -1 : 1;
	return 0;
}

/* Keeps the non-overlapping spans, higher priority first; sorts by position.
 * Linear in the covered bytes: a bitmap marks the bytes of kept spans. */
static void resolve(struct dp_work *w)
{
	if (!w->nsp)
		return;
	qsort(w->sp, w->nsp, sizeof *w->sp, span_cmp_prio);
	uint64_t *bits = ss_xcalloc(w->len / 64 + 2, sizeof *bits);
	size_t n = 0;
	for (size_t k = 0; k < w->nsp; k++) {
		size_t s = w->sp[k].start, e = w->sp[k].end;
		int clash = 0;
		if (s < e) {
			for (size_t b = s; b < e && !clash; b++)
				clash = (bits[b >> 6] >> (b & 63)) & 1;
		} else {
			/* an empty span clashes only inside a kept one */
			for (size_t q = 0; q < n && !clash; q++)
				clash = w->sp[q].start < e && s < w->sp[q].end;
		}
		if (clash)
			continue;
		for (size_t b = s; b < e; b++)
			bits[b >> 6] |= (uint64_t)1 << (b & 63);
		w->sp[n++] = w->sp[k];
	}
	free(bits);
	w->nsp = n;
	qsort(w->sp, w->nsp, sizeof *w->sp, span_cmp_pos);
}

static uint32_t hash_span(const char *s, size_t len, int cat)
{
	uint32_t h = 2166136261u ^ (uint32_t)cat;
	for (size_t i = 0; i < len; i++)
		h = (h ^ (unsigned char)s[i]) * 16777619u;
	return h;
}

/* Entity numbers for non-person spans: same value, same label (a hash of
 * category and bytes finds the first span with the same value). */
static void number_values(struct dp_work *w)
{
	int next[DP_NCAT];
	for (int c = 0; c < DP_NCAT; c++)
		next[c] = w->label_base[c];
	size_t cap = 16;
	while (cap < w->nsp * 2 + 2)
		cap <<= 1;
	size_t *slot = ss_xcalloc(cap, sizeof *slot);	/* span index + 1 */
	for (size_t k = 0; k < w->nsp; k++) {
		struct dp_span *p = &w->sp[k];
		if (p->cat == DP_PER)
			continue;
		size_t l = p->end - p->start;
		size_t h = hash_span(w->text + p->start, l, (int)p->cat) & (cap - 1);
		p->ent = -1;
		while (slot[h]) {
			const struct dp_span *o = &w->sp[slot[h] - 1];
			if (o->cat == p->cat && o->end - o->start == l &&
			    !memcmp(w->text + o->start, w->text + p->start, l)) {
				p->ent = o->ent;
				break;
			}
			h = (h + 1) & (cap - 1);
		}
		if (p->ent < 0) {
			p->ent = next[p->cat]++;
			slot[h] = k + 1;
		}
	}
	free(slot);
}

/* The Kyrgyz case suffix after a label, by the label word's harmony: "ЛИЦО"
 * (back rounded vowel) and "АДРЕС" (front unrounded, final voiceless с); in
 * upper case when the word it replaces was ("А.Т.НЫН" → "[ЛИЦО-1]НУН"). */
static const char *ky_suffix(enum dp_cat cat, enum dp_kycase kc, int upper)
{
	static const char *const tab[][4] = {
		/* per lower, per upper, addr lower, addr upper */
		[DP_KY_NONE] = { "", "", "", "" },
		[DP_KY_GEN] = { "нун", "НУН", "тин", "ТИН" },
		[DP_KY_DAT] = { "го", "ГО", "ке", "КЕ" },
		[DP_KY_ACC] = { "ну", "НУ", "ти", "ТИ" },
		[DP_KY_LOC] = { "до", "ДО", "те", "ТЕ" },
		[DP_KY_ABL] = { "дон", "ДОН", "тен", "ТЕН" },
		[DP_KY_LOCREL] = { "догу", "ДОГУ", "теги", "ТЕГИ" },
	};
	if (cat != DP_PER && cat != DP_ADDR)
		return "";
	return tab[kc][(cat == DP_ADDR) * 2 + (upper != 0)];
}

/* The span's last two letters are capitals (Cyrillic А–Я in UTF-8). */
static int ends_upper(const char *t, size_t s, size_t e)
{
	return e >= s + 4 && (unsigned char)t[e - 2] == 0xD0 && (unsigned char)t[e - 1] >= 0x90 &&
	       (unsigned char)t[e - 1] <= 0xAF && (unsigned char)t[e - 4] == 0xD0 &&
	       (unsigned char)t[e - 3] >= 0x90 && (unsigned char)t[e - 3] <= 0xAF;
}

static void work_release(struct dp_work *w)
{
	free(w->tok);
	free(w->arena);
	free(w->num);
	free(w->sp);
	free(w->kept);
	memset(w, 0, sizeof *w);
}

/* Writes the output; kept_out_s/e get the output offsets of the kept names,
 * span_oe the output offset right after each span's label. */
static void render(struct dp_work *w, struct ss_buf *out, size_t *kept_out_s, size_t *kept_out_e,
		   size_t *span_oe)
{
	size_t pos = 0, kk = 0;
	/* kept spans are sorted by start so their output offsets can be mapped */
	if (w->nkept)
		qsort(w->kept, w->nkept, sizeof *w->kept, span_cmp_pos);
	for (size_t k = 0; k <= w->nsp; k++) {
		size_t upto = k < w->nsp ? w->sp[k].start : w->len;
		while (kk < w->nkept && w->kept[kk].start < upto) {
			if (w->kept[kk].start >= pos) {
				kept_out_s[kk] = out->len + (w->kept[kk].start - pos);
				kept_out_e[kk] = kept_out_s[kk] + (w->kept[kk].end - w->kept[kk].start);
			}
			kk++;
		}
		ss_buf_add(out, w->text + pos, upto - pos);
		if (k == w->nsp)
			break;
		const struct dp_span *p = &w->sp[k];
		if (p->cat == DP_DOB)
			ss_buf_addf(out, "[%s]", cat_label[p->cat]);
		else
			ss_buf_addf(out, "[%s-%d]%s", cat_label[p->cat], p->ent + 1,
				    ky_suffix(p->cat, p->kycase, ends_upper(w->text, p->start, p->end)));
		span_oe[k] = out->len;
		pos = p->end;
	}
}

static char *report(const struct dp_work *w, const char *lang, int leak, const char *reason)
{
	json_t *root = json_object();
	json_object_set_new(root, "engine", json_string("depersonify 0.1"));
	json_object_set_new(root, "lang", json_string(lang));
	json_t *reps = json_array();
	for (size_t k = 0; k < w->nsp; k++) {
		const struct dp_span *p = &w->sp[k];
		char label[64];
		if (p->cat == DP_DOB)
			snprintf(label, sizeof label, "[%s]", cat_label[p->cat]);
		else
			snprintf(label, sizeof label, "[%s-%d]", cat_label[p->cat], p->ent + 1);
		json_t *r = json_object();
		json_object_set_new(r, "start", json_integer((json_int_t)p->start));
		json_object_set_new(r, "end", json_integer((json_int_t)p->end));
		json_object_set_new(r, "cat", json_string(cat_code[p->cat]));
		json_object_set_new(r, "rule", json_string(p->rule));
		json_object_set_new(r, "label", json_string(label));
		json_array_append_new(reps, r);
	}
	json_object_set_new(root, "replacements", reps);
	json_t *kept = json_array();
	for (size_t k = 0; k < w->nkept; k++) {
		const struct dp_span *p = &w->kept[k];
		json_t *r = json_object();
		json_object_set_new(r, "start", json_integer((json_int_t)p->start));
		json_object_set_new(r, "end", json_integer((json_int_t)p->end));
		json_object_set_new(r, "role", json_string(role_name[p->ent]));
		json_object_set_new(r, "rule", json_string(p->rule));
		json_array_append_new(kept, r);
	}
	json_object_set_new(root, "kept", kept);
	json_object_set_new(root, "leak", json_boolean(leak));
	json_object_set_new(root, "leak_reason", json_string(reason));
	char *s = json_dumps(root, JSON_COMPACT | JSON_ENSURE_ASCII);
	json_decref(root);
	if (!s)
		abort();
	return s;
}

enum ss_status dp_text_scrub(const struct dp_ctx *ctx, const char *text, size_t len,
			     const char *lang, const struct dp_party *parties, size_t nparties,
			     struct dp_result *out, struct ss_err *err)
{
	memset(out, 0, sizeof *out);
	if (!ctx || (!text && len))
		return ss_err_set(err, SS_ERR_INVAL, "no context or text");
	if (len > DP_MAX_TEXT)
		return ss_err_set(err, SS_ERR_TOO_LARGE, "text of %zu bytes is over the 64 MiB limit", len);
	size_t bad;
	if (!ss_utf8_valid(text ? text : "", len, &bad))
		return ss_err_set(err, SS_ERR_UTF8, "invalid UTF-8 or NUL byte at offset %zu", bad);
	int ky;
	if (!lang || !strcmp(lang, "auto") || !*lang)
		ky = detect_ky(text, len);
	else if (!strcmp(lang, "ru"))
		ky = 0;
	else if (!strcmp(lang, "ky"))
		ky = 1;
	else
		return ss_err_set(err, SS_ERR_INVAL, "unknown language '%s' (ru, ky or auto)", lang);

	struct dp_work w;
	memset(&w, 0, sizeof w);
	w.ctx = ctx;
	w.text = text ? text : "";
	w.len = len;
	w.ky = ky;
	label_bases(&w);
	enum ss_status st = dp_rx_scan(&w, err);
	if (st != SS_OK) {
		work_release(&w);
		return st;
	}
	resolve(&w);
	dp_tokenize(&w);
	for (size_t k = 0, s = 0; k < w.ntok; k++) {
		while (s < w.nsp && w.sp[s].end <= w.tok[k].s)
			s++;
		if (s < w.nsp && w.sp[s].start < w.tok[k].e)
			w.tok[k].flags |= DP_F_TAKEN;
	}
	dp_addr_scan(&w);
	dp_names_scan(&w, parties, nparties);
	resolve(&w);
	number_values(&w);

	struct ss_buf ob;
	ss_buf_init(&ob, 0);
	size_t *ks = ss_xcalloc(w.nkept + 1, sizeof *ks), *ke = ss_xcalloc(w.nkept + 1, sizeof *ke);
	size_t *oe = ss_xcalloc(w.nsp + 1, sizeof *oe);
	render(&w, &ob, ks, ke, oe);

	/* residual-leak scan over the output */
	struct dp_work lw;
	memset(&lw, 0, sizeof lw);
	lw.ctx = ctx;
	lw.text = ob.data;
	lw.len = ob.len;
	lw.ky = ky;
	lw.src = &w;	/* words left as they were keep their classes */
	lw.src_oe = oe;
	for (size_t k = 0; k < w.nkept; k++)
		if (ke[k] > ks[k])
			dp_kept_add(&lw, ks[k], ke[k], (enum dp_role)w.kept[k].ent, w.kept[k].rule);
	dp_tokenize(&lw);
	out->leak = dp_leak_scan(&lw, out->leak_reason, sizeof out->leak_reason);
	work_release(&lw);
	free(ks);
	free(ke);
	free(oe);

	out->report_json = report(&w, ky ? "ky" : "ru", out->leak, out->leak_reason);
	out->nreplaced = w.nsp;
	out->text = ss_buf_detach(&ob, &out->len);
	work_release(&w);
	return SS_OK;
}

void dp_result_release(struct dp_result *r)
{
	if (!r)
		return;
	free(r->text);
	free(r->report_json);
	memset(r, 0, sizeof *r);
}

/* --------------------------------------------------------------- parties */

enum ss_status dp_parties_parse(const char *json, size_t len, struct dp_party **out, size_t *n,
				struct ss_err *err)
{
	*out = NULL;
	*n = 0;
	json_error_t je;
	json_t *root = json_loadb(json, len, 0, &je);
	if (!root)
		return ss_err_set(err, SS_ERR_INVAL, "parties: invalid JSON at line %d: %s", je.line, je.text);
	json_t *arr = json_is_array(root) ? root : json_object_get(root, "parties");
	if (!json_is_array(arr)) {
		json_decref(root);
		return ss_err_set(err, SS_ERR_INVAL, "parties: expected an array of {role, name}");
	}
	size_t cnt = json_array_size(arr), bytes = 0;
	for (size_t i = 0; i < cnt; i++) {
		json_t *o = json_array_get(arr, i);
		const char *nm = json_string_value(json_object_get(o, "name"));
		const char *rl = json_string_value(json_object_get(o, "role"));
		if (!nm) {
			json_decref(root);
			return ss_err_set(err, SS_ERR_INVAL, "parties: entry %zu has no string \"name\"", i);
		}
		bytes += strlen(nm) + 1 + (rl ? strlen(rl) + 1 : 0);
	}
	struct dp_party *p = ss_xmalloc(cnt * sizeof *p + bytes + 1);
	char *heap = (char *)(p + cnt);
	for (size_t i = 0; i < cnt; i++) {
		json_t *o = json_array_get(arr, i);
		const char *nm = json_string_value(json_object_get(o, "name"));
		const char *rl = json_string_value(json_object_get(o, "role"));
		size_t l = strlen(nm) + 1;
		memcpy(heap, nm, l);
		p[i].name = heap;
		heap += l;
		p[i].role = NULL;
		if (rl) {
			l = strlen(rl) + 1;
			memcpy(heap, rl, l);
			p[i].role = heap;
			heap += l;
		}
	}
	json_decref(root);
	*out = p;
	*n = cnt;
	return SS_OK;
}
