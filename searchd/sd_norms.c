/* sd_norms.c: GET /api/v1/norms/parse — what the norm parser makes of a
 * text, so pages and people can see how a reference is understood. */
#include <string.h>

#include "norm.h"
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
