/* idx_pull_map.h: what portal.sot.kg's case listing means to sotsearch.
 * A listing page is read tolerantly (Django-REST {"count","next",
 * "results"}, the portal's {"total","items"}, {"data": ...} or a bare
 * array); each case_act with inline HTML becomes one act in the shape of
 * docs/act-schema.md, still holding the HTML (field "html") in place of
 * "text" so that its hash can be checked before any extraction work.
 * Field names the real portal uses are assumptions listed in docs/pull.md. */
#ifndef IDX_PULL_MAP_H
#define IDX_PULL_MAP_H

#include <stdbool.h>
#include <stddef.h>

#include <jansson.h>

#include "ss_status.h"

/* One listing page. */
struct idx_pull_page {
	json_t *cases;		/* the array of cases (borrowed from the root) */
	int next;		/* 1 "next" is a URL, 0 it is null, -1 absent */
	long long total;	/* "count"/"total", -1 when absent */
};

/* Finds the cases in a listing document.  SS_ERR_INVAL when the document
 * has no recognisable list of cases. */
enum ss_status idx_pull_page_read(json_t *root, struct idx_pull_page *pg,
				  struct ss_err *err);

/* The acts of a case: its case_act array (or "acts"), possibly empty. */
json_t *idx_pull_case_acts(json_t *c);

/* One mapped act. */
struct idx_pull_act {
	json_t *act;		/* act-schema fields plus "html"; owned */
	char id[160];		/* "portal-<case_act id>", set whenever known */
	bool no_html;		/* the case_act carries no text: not an act */
	bool type_guessed;	/* case type unknown: mapped to the default */
	bool act_type_default;	/* act type unknown: default name used */
};

/* Maps case_act a of case c.  SS_ERR_INVAL names the missing field.
 * Release with idx_pull_act_release(). */
enum ss_status idx_pull_act_map(json_t *c, json_t *a, size_t index,
				struct idx_pull_act *out, struct ss_err *err);
void idx_pull_act_release(struct idx_pull_act *m);

/* The case type given to cases whose type cannot be recognised. */
#define IDX_PULL_DEFAULT_TYPE "civil"
#define IDX_PULL_DEFAULT_ACT_TYPE "судебный акт"

#endif
