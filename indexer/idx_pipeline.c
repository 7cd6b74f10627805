/* idx_pipeline.c: act → index document (see idx_pipeline.h).  Schema in
 * ARCHITECTURE.md "Index schema". */
#include "idx_pipeline.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "depersonify.h"
#include "lang.h"
#include "norm.h"
#include "ss_act.h"
#include "ss_buf.h"
#include "ss_key.h"
#include "ss_mem.h"
#include "ss_text.h"

struct idx_pipeline {
	struct xw_analyzer *analyzer;
	struct dp_ctx *dp;
};

enum ss_status idx_pipeline_new(const char *dp_policy, struct idx_pipeline **out,
				struct ss_err *err)
{
	*out = NULL;
	struct idx_pipeline *p = ss_xcalloc(1, sizeof(*p));
	enum ss_status st = xw_analyzer_new(&p->analyzer, err);
	if (!st)
		st = dp_ctx_new(dp_policy, &p->dp, err);
	if (st) {
		idx_pipeline_free(p);
		return st;
	}
	*out = p;
	return SS_OK;
}

const struct dp_ctx *idx_pipeline_dp(const struct idx_pipeline *p)
{
	return p->dp;
}

void idx_pipeline_free(struct idx_pipeline *p)
{
	if (!p)
		return;
	xw_analyzer_free(p->analyzer);
	dp_ctx_free(p->dp);
	free(p);
}

void idx_built_release(struct idx_built *b)
{
	xw_doc_free(b->doc);
	free(b->audit_json);
	memset(b, 0, sizeof(*b));
}

/* Replaces the act's text by its depersonified form, guided by the court's
 * party list.  Fills b->audit_json; a leak quarantines the act. */
static enum ss_status depersonify(struct idx_pipeline *p, struct ss_act *act,
				  struct idx_built *b, struct ss_err *err)
{
	struct dp_party *parties = NULL;
	size_t n = 0;
	if (act->parties) {
		size_t i;
		json_t *e;
		parties = ss_xcalloc(json_array_size(act->parties) + 1, sizeof(*parties));
		json_array_foreach(act->parties, i, e) {
			parties[n].role = json_string_value(json_object_get(e, "role"));
			parties[n].name = json_string_value(json_object_get(e, "name"));
			n++;
		}
	}
	struct dp_result r;
	memset(&r, 0, sizeof(r));
	enum ss_status st = dp_text_scrub(p->dp, act->text, act->text_len, act->lang,
					  parties, n, &r, err);
	free(parties);
	if (st)
		return st;
	json_t *report = json_loads(r.report_json ? r.report_json : "null", 0, NULL);
	json_t *audit = json_pack("{s:s,s:b,s:o?}", "id", act->id, "quarantined", r.leak, "report", report);
	b->audit_json = json_dumps(audit, JSON_COMPACT);
	json_decref(audit);
	if (r.leak) {
		b->quarantined = true;
		st = ss_err_set(err, SS_ERR_INVAL, "personal data may remain after depersonification (%s)",
				r.leak_reason);
	} else {
		ss_act_set_text(act, r.text, r.len);
	}
	dp_result_release(&r);
	return st;
}

static void add_term(struct xw_doc *d, const char *prefix, const char *value)
{
	char term[256];
	int n = snprintf(term, sizeof(term), "%s%s", prefix, value);
	if (n > 0 && (size_t)n < sizeof(term))
		xw_doc_add_term(d, term);
}

/* Adds prefix + key(value) using one of the ss_key functions. */
static enum ss_status add_key_term(struct xw_doc *d, const char *prefix,
				   const char *value,
				   enum ss_status (*keyfn)(const char *, size_t, char **, struct ss_err *),
				   struct ss_err *err)
{
	char *k = NULL;
	enum ss_status st = keyfn(value, strlen(value), &k, err);
	if (st)
		return st;
	if (*k)
		add_term(d, prefix, k);
	free(k);
	return SS_OK;
}

static enum ss_status add_filters(struct xw_doc *d, const struct ss_act *a,
				  struct ss_err *err)
{
	char ymd[9], year[5], month[7];
	memcpy(year, a->date, 4);
	year[4] = '\0';
	snprintf(month, sizeof(month), "%.4s%.2s", a->date, a->date + 5);
	snprintf(ymd, sizeof(ymd), "%.4s%.2s%.2s", a->date, a->date + 5, a->date + 8);

	add_term(d, "XC", a->court);
	add_term(d, "XT", a->case_type);
	add_term(d, "XI", a->instance);
	add_term(d, "L", a->lang);
	add_term(d, "Y", year);
	add_term(d, "M", month);
	if (a->outcome)
		add_term(d, "XO", a->outcome);
	enum ss_status st = add_key_term(d, "XJ", a->judge, ss_key_name, err);
	if (!st)
		st = add_key_term(d, "XJ", a->judge, ss_key_surname, err);
	if (!st)
		st = add_key_term(d, "XA", a->act_type, ss_key_name, err);
	if (st)
		return st;

	xw_doc_set_value(d, XW_SLOT_DATE, ymd, 8);
	xw_doc_set_value(d, XW_SLOT_COURT, a->court, strlen(a->court));
	xw_doc_set_value(d, XW_SLOT_TYPE, a->case_type, strlen(a->case_type));
	xw_doc_set_value(d, XW_SLOT_YEAR, year, 4);
	if (a->outcome)
		xw_doc_set_value(d, XW_SLOT_OUTCOME, a->outcome, strlen(a->outcome));
	return SS_OK;
}

/* Norms of law the act cites: a filter term at every level (XNУК-166,
 * XNУК-166-2, ...), the distinct ids in a value for facet counting, and
 * the references with their offsets in the stored act so a page can link
 * them.  Runs on the depersonified text, whose offsets are the stored
 * ones. */
static enum ss_status add_norms(struct xw_doc *d, struct ss_act *a,
				struct ss_err *err)
{
	/* The case type settles abbreviations such as Kyrgyz ЖК (Жазык or
	 * Жарандык кодекси) when the text itself does not. */
	struct norm_list l = {0};
	struct norm_hint hint = {.case_type = a->case_type};
	enum ss_status st = norm_parse_hinted(a->text, a->text_len, &hint, &l, err);
	if (st)
		return st;
	json_t *arr = json_array();
	struct ss_buf ids;
	ss_buf_init(&ids, 0);
	ss_buf_addc(&ids, '\n');
	for (size_t i = 0; i < l.n; i++) {
		const struct norm_ref *r = &l.refs[i];
		char levels[4][NORM_ID_MAX];
		size_t n = norm_id_levels(r->id, levels, 4);
		for (size_t k = 0; k < n; k++)
			add_term(d, "XN", levels[k]);
		json_array_append_new(arr, json_pack("{s:s,s:I,s:I}", "id", r->id,
						     "start", (json_int_t)r->start, "end", (json_int_t)r->end));
		char key[NORM_ID_MAX + 2];
		snprintf(key, sizeof(key), "\n%s\n", r->id);
		if (!strstr(ids.data, key))
			ss_buf_addf(&ids, "%s\n", r->id);
	}
	json_object_set_new(a->json, "norms", arr);
	/* Stored without the framing newlines: "УК-166-2\nУПК-314". */
	if (ids.len > 2)
		xw_doc_set_value(d, XW_SLOT_NORMS, ids.data + 1, ids.len - 2);
	ss_buf_release(&ids);
	norm_list_release(&l);
	return SS_OK;
}

static enum ss_status index_text(struct idx_pipeline *p, struct xw_doc *d,
				 const struct ss_act *a, struct ss_err *err)
{
	struct ss_buf title;
	ss_buf_init(&title, 0);
	ss_buf_addf(&title, "%s %s", a->act_type, a->case_number);
	enum ss_status st = xw_analyzer_index(p->analyzer, d, title.data, title.len,
					      a->lang, 3, err);
	ss_buf_release(&title);
	if (!st)
		st = xw_analyzer_index(p->analyzer, d, a->court_name,
				       strlen(a->court_name), a->lang, 1, err);
	if (!st)
		st = xw_analyzer_index(p->analyzer, d, a->text, a->text_len,
				       a->lang, 1, err);
	return st;
}

enum ss_status idx_pipeline_build(struct idx_pipeline *p, const char *json,
				  size_t len, struct idx_built *out,
				  struct ss_err *err)
{
	struct ss_act act;
	memset(out, 0, sizeof(*out));
	enum ss_status st = ss_act_parse(json, len, &act, err);
	if (st) {
		/* Name the act in the rejection when its id is readable. */
		json_t *obj = json_loadb(json, len, 0, NULL);
		const char *id = json_string_value(json_object_get(obj, "id"));
		if (id && strlen(id) < sizeof(out->id))
			snprintf(out->id, sizeof(out->id), "%s", id);
		json_decref(obj);
		return st;
	}

	char *text = NULL;
	size_t text_len = 0;
	st = ss_text_prepare(act.text, act.text_len, &text, &text_len, err);
	if (st) {
		if (err) {
			char why[sizeof(err->msg)];
			memcpy(why, err->msg, sizeof(why));
			ss_err_set(err, st, "field 'text': %s", why);
		}
		goto done;
	}
	out->text_bytes = act.text_len;
	ss_act_set_text(&act, text, text_len);
	free(text);
	if (!act.lang)
		ss_act_set_lang(&act, lang_code_str(lang_detect_text(act.text, act.text_len)));
	snprintf(out->id, sizeof(out->id), "%s", act.id);

	st = depersonify(p, &act, out, err);
	if (st)
		goto done;
	/* Party lists name private persons: they guide depersonification and
	 * are never stored in the public index. */
	json_object_del(act.json, "parties");
	act.parties = NULL;

	out->doc = xw_doc_new();
	st = index_text(p, out->doc, &act, err);
	if (!st)
		st = add_filters(out->doc, &act, err);
	if (!st)
		st = add_norms(out->doc, &act, err);
	if (st)
		goto done;

	char *data = json_dumps(act.json, JSON_COMPACT);
	if (!data) {
		st = ss_err_set(err, SS_ERR_NOMEM, "cannot serialise act");
		goto done;
	}
	xw_doc_set_data(out->doc, data, strlen(data));
	free(data);
	snprintf(out->uid, sizeof(out->uid), "Q%s", act.id);
done:
	if (st && out->doc) {
		xw_doc_free(out->doc);
		out->doc = NULL;
	}
	ss_act_release(&act);
	return st;
}
