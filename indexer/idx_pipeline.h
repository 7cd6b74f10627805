/* idx_pipeline.h: one act in, one index document out.  Validates, prepares
 * the text (NFC, ё→е), decides the language, and builds the document with
 * its text terms, filter terms, values and stored data.  Each thread owns
 * its own pipeline; the writer is elsewhere. */
#ifndef IDX_PIPELINE_H
#define IDX_PIPELINE_H

#include <stddef.h>

#include "ss_status.h"
#include "xw.h"

struct idx_pipeline;

/* A built document, ready for the writer. */
struct idx_built {
	struct xw_doc *doc;
	char uid[160];		/* "Q<id>" */
	size_t text_bytes;	/* size of the act's text, for progress */
};

enum ss_status idx_pipeline_new(struct idx_pipeline **out, struct ss_err *err);
void idx_pipeline_free(struct idx_pipeline *p);

/* Builds the document for one act given as JSON text.  A rejected act is
 * SS_ERR_INVAL (or SS_ERR_TOO_LARGE, SS_ERR_UTF8) with a message naming the
 * field.  Free out->doc with xw_doc_free(). */
enum ss_status idx_pipeline_build(struct idx_pipeline *p, const char *json,
				  size_t len, struct idx_built *out,
				  struct ss_err *err);

#endif
