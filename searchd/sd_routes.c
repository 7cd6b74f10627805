/* sd_routes.c: the router and the small handlers (act, health). */
#include "sd_routes.h"

#include <stdlib.h>
#include <string.h>

#include "sd_index.h"
#include "sd_ingest.h"
#include "sd_static.h"
#include "ss_buf.h"

#define API "/api/v1"

static void method_not_allowed(struct sd_reply *rep, const char *allow)
{
	sd_reply_error(rep, 405, "method_not_allowed", "use %s on this path", allow);
	rep->allow = allow;
}

void sd_route(struct sd_request *req, struct sd_reply *rep)
{
	const char *p = req->path;
	int get = strcmp(req->method, "GET") == 0 || strcmp(req->method, "HEAD") == 0;
	if (strcmp(p, "/healthz") == 0) {
		get ? sd_handle_health(req, rep) : method_not_allowed(rep, "GET");
	} else if (strcmp(p, API "/search") == 0) {
		get ? sd_handle_search(req, rep) : method_not_allowed(rep, "GET");
	} else if (strcmp(p, API "/norms/parse") == 0) {
		get ? sd_handle_norms_parse(req, rep) : method_not_allowed(rep, "GET");
	} else if (strncmp(p, API "/norms/", strlen(API "/norms/")) == 0 && p[strlen(API "/norms/")]) {
		get ? sd_handle_norm_stats(req, rep, p + strlen(API "/norms/"))
		    : method_not_allowed(rep, "GET");
	} else if (strcmp(p, API "/acts") == 0) {
		strcmp(req->method, "POST") == 0 ? sd_handle_ingest_put(req, rep, NULL)
						 : method_not_allowed(rep, "POST");
	} else if (strncmp(p, API "/acts/", strlen(API "/acts/")) == 0 &&
		   p[strlen(API "/acts/")] && !strchr(p + strlen(API "/acts/"), '/')) {
		const char *id = p + strlen(API "/acts/");
		if (get)
			sd_handle_act(req, rep, id);
		else if (strcmp(req->method, "PUT") == 0)
			sd_handle_ingest_put(req, rep, id);
		else if (strcmp(req->method, "DELETE") == 0)
			sd_handle_ingest_delete(req, rep, id);
		else
			method_not_allowed(rep, "GET, PUT, DELETE");
	} else if (strncmp(p, API "/ingest/", strlen(API "/ingest/")) == 0) {
		get ? sd_handle_ingest_status(req, rep, p + strlen(API "/ingest/"))
		    : method_not_allowed(rep, "GET");
	} else if (get && sd_static_serve(p, rep)) {
		return;
	} else {
		sd_reply_error(rep, 404, "not_found", "no such endpoint; see docs/api.md");
	}
}

/* Index errors a client can do nothing about are 503 (the index may be
 * missing or mid-replacement), never a crash. */
static void index_unavailable(struct sd_reply *rep, const struct ss_err *err)
{
	sd_reply_error(rep, 503, "index_unavailable", "the index cannot be read: %s", err->msg);
}

/* 404, or 410 with the court's reason for an act withdrawn from
 * publication (the indexer keeps "withdrawn:<id>" in the index). */
static void reply_missing(struct sd_reply *rep, struct xw_db *db, const char *id)
{
	char key[160], *val = NULL;
	struct ss_err err;
	snprintf(key, sizeof(key), "withdrawn:%s", id);
	json_t *w = NULL;
	if (xw_db_get_meta(db, key, &val, &err) == SS_OK && val[0])
		w = json_loads(val, 0, NULL);
	free(val);
	if (!json_is_object(w)) {
		json_decref(w);
		sd_reply_error(rep, 404, "not_found", "no act with id '%s'", id);
		return;
	}
	json_t *reason = json_object_get(w, "reason"), *at = json_object_get(w, "at");
	char msg[1400];
	snprintf(msg, sizeof(msg), "act '%s' was withdrawn from publication on %.10s: %s", id,
		 json_is_string(at) ? json_string_value(at) : "?",
		 json_is_string(reason) ? json_string_value(reason) : "no reason given");
	sd_reply_json(rep, 410, json_pack("{s:{s:s,s:s},s:O}", "error", "code", "withdrawn", "message",
					  msg, "withdrawn", w));
	json_decref(w);
}

void sd_handle_act(struct sd_request *req, struct sd_reply *rep, const char *id)
{
	struct xw_db *db;
	struct ss_err err;
	if (strlen(id) > 128) {
		sd_reply_error(rep, 404, "not_found", "no act with this id (ids are at most 128 characters)");
		return;
	}
	if (sd_index_get(req->cfg->index, &db, &err) != SS_OK) {
		index_unavailable(rep, &err);
		return;
	}
	char uid[160];
	snprintf(uid, sizeof(uid), "Q%s", id);
	char *data = NULL;
	size_t len = 0;
	enum ss_status st = xw_db_get(db, uid, &data, &len, &err);
	if (st == SS_ERR_NOTFOUND) {
		reply_missing(rep, db, id);
		return;
	}
	if (st) {
		index_unavailable(rep, &err);
		return;
	}
	/* The stored data is already the act as JSON. */
	rep->status = 200;
	rep->content_type = "application/json; charset=utf-8";
	rep->body = data;
	rep->len = len;
}

void sd_handle_health(struct sd_request *req, struct sd_reply *rep)
{
	struct xw_db *db;
	struct ss_err err;
	if (sd_index_get(req->cfg->index, &db, &err) != SS_OK) {
		index_unavailable(rep, &err);
		return;
	}
	sd_reply_json(rep, 200, json_pack("{s:s,s:I}", "status", "ok", "acts",
					  (json_int_t)xw_db_doccount(db)));
}
