/* sd_ingest.h: the ingest API: courts POST, PUT and DELETE acts; each is
 * answered 202 with a ticket once durably spooled (lib/ss_spool.h), and
 * GET /api/v1/ingest/{ticket} says what became of it. */
#ifndef SD_INGEST_H
#define SD_INGEST_H

#include <stdbool.h>

#include "sd_http.h"

/* Loads the tokens and prepares the spool when cfg enables ingest. */
enum ss_status sd_ingest_init(const struct sd_config *cfg, struct ss_err *err);
void sd_ingest_free(void);
bool sd_ingest_enabled(void);
/* Whether an Authorization header value holds a court's token (so a body
 * from anyone else need not be read at all). */
bool sd_ingest_authorized(const char *authorization);

/* POST /api/v1/acts (path_id NULL) and PUT /api/v1/acts/{id}. */
void sd_handle_ingest_put(struct sd_request *req, struct sd_reply *rep,
			  const char *path_id);
void sd_handle_ingest_delete(struct sd_request *req, struct sd_reply *rep,
			     const char *id);
void sd_handle_ingest_status(struct sd_request *req, struct sd_reply *rep,
			     const char *ticket);

#endif
