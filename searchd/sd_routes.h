/* sd_routes.h: the handlers behind each API path, and the router. */
#ifndef SD_ROUTES_H
#define SD_ROUTES_H

#include "sd_http.h"

/* Dispatches on method and path; always fills rep. */
void sd_route(struct sd_request *req, struct sd_reply *rep);

void sd_handle_search(struct sd_request *req, struct sd_reply *rep);
void sd_handle_act(struct sd_request *req, struct sd_reply *rep,
		   const char *id);
void sd_handle_health(struct sd_request *req, struct sd_reply *rep);
void sd_handle_norms_parse(struct sd_request *req, struct sd_reply *rep);
void sd_handle_norm_stats(struct sd_request *req, struct sd_reply *rep,
			  const char *id);

#endif
