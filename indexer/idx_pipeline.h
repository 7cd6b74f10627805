/* idx_pipeline.h: one act in, one index document out.  Validates, prepares
 * the text (NFC, ё→е), decides the language, depersonifies (always: raw text
 * never reaches the index), and builds the document with its text terms,
 * filter terms, values and stored data.  Each thread owns its own pipeline;
 * the writer is elsewhere. */
#ifndef IDX_PIPELINE_H
#define IDX_PIPELINE_H

#include <stdbool.h>
#include <stddef.h>

#include "ss_status.h"
#include "xw.h"

struct idx_pipeline;
struct dp_ctx;

/* A built document, ready for the writer. */
struct idx_built {
	struct xw_doc *doc;
	char uid[160];		/* "Q<id>" */
	char id[132];		/* the act's id, also set for rejected acts when known */
	size_t text_bytes;	/* size of the act's text, for progress */
	bool quarantined;	/* rejected because personal data may remain */
	char *audit_json;	/* private redaction report (malloc'd, or NULL):
				   {"id", "report"}, never the removed text */
};

/* dp_policy: a depersonification policy file, or NULL for the built-in one. */
enum ss_status idx_pipeline_new(const char *dp_policy, struct idx_pipeline **out,
				struct ss_err *err);
void idx_pipeline_free(struct idx_pipeline *p);
/* The pipeline's depersonification context (read-only, shareable), for
 * other public text such as a withdrawal's reason. */
const struct dp_ctx *idx_pipeline_dp(const struct idx_pipeline *p);

/* Builds the document for one act given as JSON text.  A rejected act is
 * SS_ERR_INVAL (or SS_ERR_TOO_LARGE, SS_ERR_UTF8) with a message naming the
 * field; a quarantined one is SS_ERR_INVAL with out->quarantined set.
 * Release with idx_built_release(). */
enum ss_status idx_pipeline_build(struct idx_pipeline *p, const char *json,
				  size_t len, struct idx_built *out,
				  struct ss_err *err);

void idx_built_release(struct idx_built *b);

#endif
