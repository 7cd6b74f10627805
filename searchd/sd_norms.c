/* sd_norms.c: the norm-of-law endpoints: /api/v1/norms/parse (what the
 * parser makes of a text) and /api/v1/norms/{id} (how practice applies a
 * norm: counts by year, court, case type, outcome, and co-cited norms). */
#include <string.h>

#include "norm.h"
#include "sd_index.h"
#include "sd_routes.h"

#define MAX_PARSE_BYTES 65536

void sd_handle_norms_parse(struct sd_request *req, struct sd_reply *rep)
{
	const char *text = sd_arg(req, "text");
	if (!text) {
		sd_reply_error(rep, 400, "bad_request", "parameter 'text' is required");
		return;
	}
	size_t len = strlen(text);
	if (len > MAX_PARSE_BYTES) {
		sd_reply_error(rep, 400, "bad_request", "parameter 'text' is longer than %d bytes",
			       MAX_PARSE_BYTES);
		return;
	}
	struct norm_list l = {NULL, 0};
	struct ss_err err;
	if (norm_parse(text, len, &l, &err) != SS_OK) {
		sd_reply_error(rep, 400, "bad_request", "parameter 'text': %s", err.msg);
		return;
	}
	json_t *arr = json_array();
	for (size_t i = 0; i < l.n; i++) {
		const struct norm_ref *r = &l.refs[i];
		json_array_append_new(arr, json_pack("{s:s,s:I,s:I,s:s%}", "id", r->id,
						     "start", (json_int_t)r->start, "end", (json_int_t)r->end,
						     "text", text + r->start, r->end - r->start));
	}
	norm_list_release(&l);
	sd_reply_json(rep, 200, json_pack("{s:o}", "norms", arr));
}

/* Turns facet counts into {"value": count, ...} keeping the order. */
static json_t *counts_object(const struct xw_facet *f)
{
	json_t *o = json_object();
	for (size_t i = 0; i < f->n; i++)
		json_object_set_new(o, f->counts[i].value, json_integer((json_int_t)f->counts[i].count));
	return o;
}

/* GET /api/v1/norms/{id}: how judicial practice applies a norm — acts by
 * year, court, case type and outcome, and the norms most often cited with
 * it.  {id} is a canonical id or any human formulation the parser knows. */
void sd_handle_norm_stats(struct sd_request *req, struct sd_reply *rep,
			  const char *text)
{
	struct norm_list l = {NULL, 0};
	struct ss_err err;
	if (strlen(text) > 500 || norm_parse_query(text, strlen(text), &l, &err) != SS_OK || l.n != 1) {
		norm_list_release(&l);
		sd_reply_error(rep, 404, "not_found",
			       "'%.80s' is not one norm of law (try /api/v1/norms/УК-166-2)", text);
		return;
	}
	char id[NORM_ID_MAX], term[NORM_ID_MAX + 2];
	snprintf(id, sizeof(id), "%s", l.refs[0].id);
	norm_list_release(&l);
	snprintf(term, sizeof(term), "XN%s", id);

	struct xw_db *db;
	if (sd_index_get(req->cfg->index, &db, &err) != SS_OK) {
		sd_reply_error(rep, 503, "index_unavailable", "the index cannot be read: %s", err.msg);
		return;
	}
	static const enum xw_slot slots[] = {XW_SLOT_YEAR, XW_SLOT_COURT, XW_SLOT_TYPE,
					     XW_SLOT_OUTCOME, XW_SLOT_NORMS};
	enum { NSLOTS = sizeof(slots) / sizeof(slots[0]) };
	const char *filters[] = {term};
	const unsigned groups[] = {0};
	struct xw_search_req sr = {.q = "", .filters = filters, .filter_groups = groups, .n_filters = 1};
	struct xw_facet f[NSLOTS];
	uint64_t total = 0;
	if (xw_facets(db, &sr, slots, NSLOTS, 1000, &total, f, &err) != SS_OK) {
		sd_reply_error(rep, 503, "index_unavailable", "cannot count: %s", err.msg);
		return;
	}
	/* Co-cited norms: every other id, not the norm itself nor its own
	 * finer levels (УК-166-2-1 says nothing new about УК-166-2). */
	json_t *with = json_array();
	size_t idlen = strlen(id);
	for (size_t i = 0; i < f[4].n && json_array_size(with) < 20; i++) {
		const char *v = f[4].counts[i].value;
		if (strncmp(v, id, idlen) == 0 && (v[idlen] == '\0' || v[idlen] == '-'))
			continue;
		json_array_append_new(with, json_pack("{s:s,s:I}", "id", v, "acts",
						      (json_int_t)f[4].counts[i].count));
	}
	char code[NORM_ID_MAX];
	snprintf(code, sizeof(code), "%s", id);
	char *dash = strchr(code, '-');
	if (dash)
		*dash = '\0';
	const char *code_name = norm_code_name(code);
	json_t *root = json_pack("{s:s,s:s?,s:I,s:o,s:o,s:o,s:o,s:o}", "id", id, "code_name", code_name,
				 "acts", (json_int_t)total, "by_year", counts_object(&f[0]),
				 "by_court", counts_object(&f[1]), "by_case_type", counts_object(&f[2]),
				 "by_outcome", counts_object(&f[3]), "cited_with", with);
	xw_facets_release(f, NSLOTS);
	sd_reply_json(rep, 200, root);
}
