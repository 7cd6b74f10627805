/* sd_auth.h: the ingest API's bearer tokens.  The tokens file holds one
 * court per line, "<court-code> sha256:<64 hex digits>", the hash of that
 * court's token; '#' starts a comment.  Only hashes are kept, and a
 * presented token is compared against every entry in constant time. */
#ifndef SD_AUTH_H
#define SD_AUTH_H

#include <stddef.h>

#include "ss_status.h"

struct sd_tokens;

/* Loads the file; a malformed line is an error naming it. */
enum ss_status sd_tokens_load(const char *path, struct sd_tokens **out,
			      struct ss_err *err);
void sd_tokens_free(struct sd_tokens *t);
size_t sd_tokens_count(const struct sd_tokens *t);

/* The court an Authorization header value ("Bearer <token>") belongs to,
 * or NULL when the header is missing, malformed or the token unknown. */
const char *sd_tokens_court(const struct sd_tokens *t, const char *authorization);

#endif
