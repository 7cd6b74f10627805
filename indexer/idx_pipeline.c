/* idx_pipeline.c: act → index document (see idx_pipeline.h).  Schema in
 * ARCHITECTURE.md "Index schema". */
#include "idx_pipeline.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lang.h"
#include "ss_act.h"
#include "ss_buf.h"
#include "ss_key.h"
#include "ss_mem.h"
#include "ss_text.h"

struct idx_pipeline {
	struct xw_analyzer *analyzer;
};

enum ss_status idx_pipeline_new(struct idx_pipeline **out, struct ss_err *err)
{
	*out = NULL;
	struct idx_pipeline *p = ss_xcalloc(1, sizeof(*p));
	enum ss_status st = xw_analyzer_new(&p->analyzer, err);
	if (st) {
		free(p);
		return st;
	}
	*out = p;
	return SS_OK;
}

void idx_pipeline_free(struct idx_pipeline *p)
{
	if (!p)
		return;
	xw_analyzer_free(p->analyzer);
	free(p);
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
	if (st)
		return st;

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

	/* Party lists name private persons: they guide depersonification and
	 * are never stored in the public index. */
	json_object_del(act.json, "parties");
	act.parties = NULL;

	out->doc = xw_doc_new();
	st = index_text(p, out->doc, &act, err);
	if (!st)
		st = add_filters(out->doc, &act, err);
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
