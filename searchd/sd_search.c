/* sd_search.c: GET /api/v1/search — parameters, filters, paging and the
 * reply with highlighted snippets.  Every bad parameter is a 400 that names
 * it; nothing a client sends can make this a 500. */
#include <stdlib.h>
#include <string.h>

#include "norm.h"
#include "sd_index.h"
#include "sd_query.h"
#include "sd_routes.h"
#include "ss_act.h"
#include "ss_key.h"
#include "ss_mem.h"

#define MAX_FILTERS 48
#define MAX_PER_PAGE 100
#define MAX_OFFSET 100000

struct filters {
	const char *terms[MAX_FILTERS];
	unsigned groups[MAX_FILTERS];
	char *owned[MAX_FILTERS];
	size_t n;
};

static void filters_release(struct filters *f)
{
	for (size_t i = 0; i < f->n; i++)
		free(f->owned[i]);
}

static void filters_add(struct filters *f, unsigned group, const char *prefix,
			const char *value)
{
	size_t n = strlen(prefix) + strlen(value) + 1;
	char *t = ss_xmalloc(n);
	snprintf(t, n, "%s%s", prefix, value);
	f->owned[f->n] = t;
	f->terms[f->n] = t;
	f->groups[f->n] = group;
	f->n++;
}

static bool one_of(const char *v, const char *const *allowed)
{
	for (; *allowed; allowed++)
		if (strcmp(v, *allowed) == 0)
			return true;
	return false;
}

/* Turns a parameter value into the key its terms are indexed under. */
typedef enum ss_status (*key_fn)(const char *s, size_t len, char **out, struct ss_err *err);

/* One filter parameter (repeatable: values OR'ed): each value, checked
 * against allowed (if given) and mapped through key (if given), becomes
 * prefix + value.  Returns false after filling rep with a 400. */
static bool add_param(struct sd_request *req, struct sd_reply *rep,
		      struct filters *f, unsigned group, const char *name,
		      const char *prefix, const char *const *allowed, key_fn key)
{
	const char *vals[8];
	size_t n = sd_args(req, name, vals, 8);
	for (size_t i = 0; i < n; i++) {
		if (!*vals[i])
			continue;
		if (allowed && !one_of(vals[i], allowed)) {
			sd_reply_error(rep, 400, "bad_request", "parameter '%s': '%.40s' is not an allowed value",
				       name, vals[i]);
			return false;
		}
		if (strlen(vals[i]) > 200 || f->n >= MAX_FILTERS) {
			sd_reply_error(rep, 400, "bad_request", "parameter '%s': too long or too many values", name);
			return false;
		}
		if (!key) {
			filters_add(f, group, prefix, vals[i]);
			continue;
		}
		char *k = NULL;
		struct ss_err err;
		if (key(vals[i], strlen(vals[i]), &k, &err) != SS_OK) {
			sd_reply_error(rep, 400, "bad_request", "parameter '%s': %s", name, err.msg);
			return false;
		}
		filters_add(f, group, prefix, k);
		free(k);
	}
	return true;
}

/* norm=: any human formulation or canonical id, parsed like norm: in q. */
static bool add_norm_param(struct sd_request *req, struct sd_reply *rep,
			   struct filters *f, unsigned group)
{
	const char *vals[8];
	size_t n = sd_args(req, "norm", vals, 8);
	for (size_t i = 0; i < n; i++) {
		struct norm_list l = {NULL, 0};
		struct ss_err err;
		if (!*vals[i])
			continue;
		if (strlen(vals[i]) > 500 || norm_parse_query(vals[i], strlen(vals[i]), &l, &err) != SS_OK ||
		    l.n == 0) {
			norm_list_release(&l);
			sd_reply_error(rep, 400, "bad_request",
				       "parameter 'norm': '%.80s' is not a reference to a norm of law "
				       "(try УК-166-2 or \"ч.2 ст.166 УК\")", vals[i]);
			return false;
		}
		for (size_t k = 0; k < l.n && f->n < MAX_FILTERS; k++)
			filters_add(f, group, "XN", l.refs[k].id);
		norm_list_release(&l);
	}
	return true;
}

static bool parse_uint(struct sd_request *req, struct sd_reply *rep,
		       const char *name, unsigned def, unsigned lo,
		       unsigned hi, unsigned *out)
{
	const char *v = sd_arg(req, name);
	*out = def;
	if (!v || !*v)
		return true;
	char *end;
	unsigned long x = strtoul(v, &end, 10);
	if (*end || *v == '-' || x < lo || x > hi) {
		sd_reply_error(rep, 400, "bad_request", "parameter '%s' must be a whole number from %u to %u",
			       name, lo, hi);
		return false;
	}
	*out = (unsigned)x;
	return true;
}

/* from/to: YYYY-MM-DD → yyyymmdd. */
static bool parse_date(struct sd_request *req, struct sd_reply *rep,
		       const char *name, char out[9], const char **ptr)
{
	const char *v = sd_arg(req, name);
	*ptr = NULL;
	if (!v || !*v)
		return true;
	if (!ss_date_valid(v)) {
		sd_reply_error(rep, 400, "bad_request", "parameter '%s': '%.20s' is not a date (YYYY-MM-DD)",
			       name, v);
		return false;
	}
	snprintf(out, 9, "%.4s%.2s%.2s", v, v + 5, v + 8);
	*ptr = out;
	return true;
}

static json_t *hit_json(struct xw_mset *m, size_t i, size_t snippet_chars)
{
	static const char *const fields[] = {"id", "court", "court_name", "case_number", "date",
					     "case_type", "instance", "act_type", "judge", "lang", "outcome"};
	char *data = NULL;
	size_t len = 0;
	struct ss_err err;
	if (xw_mset_data(m, i, &data, &len, &err) != SS_OK)
		return NULL;
	json_t *act = json_loadb(data, len, 0, NULL);
	free(data);
	if (!act)
		return NULL;
	json_t *hit = json_object();
	for (size_t k = 0; k < sizeof(fields) / sizeof(fields[0]); k++) {
		json_t *v = json_object_get(act, fields[k]);
		if (v)
			json_object_set(hit, fields[k], v);
	}
	json_t *text = json_object_get(act, "text");
	const char *lang = json_string_value(json_object_get(act, "lang"));
	char *snip = NULL;
	if (json_is_string(text) &&
	    xw_mset_snippet(m, json_string_value(text), json_string_length(text), lang,
			    snippet_chars, &snip, &err) == SS_OK) {
		json_object_set_new(hit, "snippet", json_string(snip));
		free(snip);
	}
	json_decref(act);
	return hit;
}

static bool parse_sort(struct sd_request *req, struct sd_reply *rep,
		       bool has_query, enum xw_sort *out)
{
	const char *v = sd_arg(req, "sort");
	*out = has_query ? XW_SORT_RELEVANCE : XW_SORT_DATE_DESC;
	if (!v || !*v)
		return true;
	if (strcmp(v, "relevance") == 0)
		*out = XW_SORT_RELEVANCE;
	else if (strcmp(v, "date_desc") == 0)
		*out = XW_SORT_DATE_DESC;
	else if (strcmp(v, "date_asc") == 0)
		*out = XW_SORT_DATE_ASC;
	else {
		sd_reply_error(rep, 400, "bad_request",
			       "parameter 'sort' must be relevance, date_desc or date_asc");
		return false;
	}
	return true;
}

void sd_handle_search(struct sd_request *req, struct sd_reply *rep)
{
	static const char *const types[] = {"criminal", "civil", "administrative", "economic", "offence", NULL};
	static const char *const instances[] = {"first", "appeal", "cassation", "supervisory", NULL};
	static const char *const langs[] = {"ru", "ky", NULL};
	struct filters f = {.n = 0};
	struct xw_search_req sr = {0};
	struct xw_mset *m = NULL;
	struct xw_db *db;
	struct ss_err err;
	char *q = NULL, from[9], to[9];
	unsigned page, per_page;

	const char *raw = sd_arg(req, "q");
	if (raw && strlen(raw) > (size_t)req->cfg->max_query_bytes) {
		sd_reply_error(rep, 400, "bad_request", "parameter 'q' is longer than %ld bytes",
			       req->cfg->max_query_bytes);
		return;
	}
	if (!parse_uint(req, rep, "page", 1, 1, 100000, &page) ||
	    !parse_uint(req, rep, "per_page", 20, 1, MAX_PER_PAGE, &per_page) ||
	    !parse_date(req, rep, "from", from, &sr.date_from) ||
	    !parse_date(req, rep, "to", to, &sr.date_to) ||
	    !add_param(req, rep, &f, 0, "court", "XC", NULL, NULL) ||
	    !add_param(req, rep, &f, 1, "type", "XT", types, NULL) ||
	    !add_param(req, rep, &f, 2, "instance", "XI", instances, NULL) ||
	    !add_param(req, rep, &f, 3, "lang", "L", langs, NULL) ||
	    !add_param(req, rep, &f, 4, "judge", "XJ", NULL, ss_key_name) ||
	    !add_norm_param(req, rep, &f, 5) ||
	    !parse_sort(req, rep, raw && *raw, &sr.sort))
		goto out;
	if ((unsigned long)(page - 1) * per_page > MAX_OFFSET) {
		sd_reply_error(rep, 400, "bad_request", "results past %d cannot be paged; narrow the query or use sort",
			       MAX_OFFSET);
		goto out;
	}
	if (raw && (sd_query_check(raw, strlen(raw), &err) != SS_OK ||
		    sd_query_prepare(raw, strlen(raw), &q, &err) != SS_OK)) {
		sd_reply_error(rep, 400, "bad_query", "%s", err.msg);
		goto out;
	}
	if (sd_index_get(req->cfg->index, &db, &err) != SS_OK) {
		sd_reply_error(rep, 503, "index_unavailable", "the index cannot be read: %s", err.msg);
		goto out;
	}
	sr.q = q ? q : "";
	sr.filters = f.terms;
	sr.filter_groups = f.groups;
	sr.n_filters = f.n;
	sr.offset = (page - 1) * per_page;
	sr.limit = per_page;
	sr.spelling = q && *q;
	enum ss_status st = xw_search(db, &sr, &m, &err);
	if (st == SS_ERR_INVAL) {
		sd_reply_error(rep, 400, "bad_query", "%s", err.msg);
		goto out;
	} else if (st) {
		sd_reply_error(rep, 503, "index_unavailable", "search failed: %s", err.msg);
		goto out;
	}

	uint64_t est, lo, hi;
	xw_mset_totals(m, &est, &lo, &hi);
	json_t *hits = json_array();
	for (size_t i = 0; i < xw_mset_size(m); i++) {
		json_t *h = hit_json(m, i, (size_t)req->cfg->snippet_chars);
		if (h)
			json_array_append_new(hits, h);
	}
	const char *sugg = xw_mset_suggestion(m);
	json_t *root = json_pack("{s:I,s:b,s:I,s:I,s:o}", "total", (json_int_t)est,
				 "total_exact", lo == hi, "page", (json_int_t)page,
				 "per_page", (json_int_t)per_page, "hits", hits);
	json_object_set_new(root, "suggestion", sugg ? json_string(sugg) : json_null());
	sd_reply_json(rep, 200, root);
out:
	xw_mset_free(m);
	free(q);
	filters_release(&f);
}
