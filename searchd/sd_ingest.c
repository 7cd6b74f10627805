/* sd_ingest.c: the ingest API (POST/PUT/DELETE /api/v1/acts, GET
 * /api/v1/ingest/{ticket}).  An accepted act is answered 202 only once it
 * is durably in the spool; the indexer takes it from there.  Validation
 * happens here too, so a court clerk learns at once what is wrong with an
 * act rather than from a ticket later. */
#include "sd_ingest.h"

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#include <microhttpd.h>

#include "extract.h"
#include "sd_auth.h"
#include "sd_index.h"
#include "ss_act.h"
#include "ss_buf.h"
#include "ss_log.h"
#include "ss_mem.h"
#include "ss_spool.h"
#include "ss_text.h"

#define REASON_MAX 1000

static struct {
	struct sd_tokens *tokens;
	const struct sd_config *cfg;
	pthread_mutex_t lock;		/* guards the usage estimate */
	double scanned_at;
	uint64_t bytes, files;
} ing = {.lock = PTHREAD_MUTEX_INITIALIZER};

enum ss_status sd_ingest_init(const struct sd_config *cfg, struct ss_err *err)
{
	ing.cfg = cfg;
	if (!cfg->spool[0] && !cfg->ingest_tokens[0])
		return SS_OK;
	if (!cfg->spool[0] || !cfg->ingest_tokens[0])
		return ss_err_set(err, SS_ERR_CONFIG, "the ingest API needs both --spool DIR and --ingest-tokens FILE");
	enum ss_status st = ss_spool_init(cfg->spool, err);
	if (st)
		return st;
	/* A searchd killed mid-write leaves a file in tmp/ that was never
	 * answered 202; an hour on, no writer can still own it. */
	ss_spool_prune(cfg->spool, "tmp", 3600);
	return sd_tokens_load(cfg->ingest_tokens, &ing.tokens, err);
}

void sd_ingest_free(void)
{
	sd_tokens_free(ing.tokens);
	ing.tokens = NULL;
}

bool sd_ingest_enabled(void)
{
	return ing.tokens != NULL;
}

bool sd_ingest_authorized(const char *authorization)
{
	return sd_tokens_court(ing.tokens, authorization) != NULL;
}

static double now_s(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* The court of the request's token; otherwise replies 401 (or 404 when
 * ingest is off) and returns NULL. */
static const char *authorize(struct sd_request *req, struct sd_reply *rep)
{
	if (!sd_ingest_enabled()) {
		sd_reply_error(rep, 404, "not_found",
			       "this server does not accept acts (start searchd with --spool DIR --ingest-tokens FILE)");
		return NULL;
	}
	const char *h = sd_header(req, "Authorization");
	const char *court = sd_tokens_court(ing.tokens, h);
	if (!court)
		sd_reply_error(rep, 401, "unauthorized",
			       h ? "the bearer token is not valid for any court; check the token your court was issued"
				 : "send your court's token: 'Authorization: Bearer <token>'");
	return court;
}

/* Backpressure: past the configured size the spool refuses new acts with
 * 503 and Retry-After rather than accept what it may not hold. */
static bool spool_full(struct sd_reply *rep, size_t incoming_len)
{
	pthread_mutex_lock(&ing.lock);
	double t = now_s();
	if (t - ing.scanned_at > 0.25) {
		struct ss_err err;
		if (ss_spool_usage(ing.cfg->spool, &ing.bytes, &ing.files, &err) == SS_OK)
			ing.scanned_at = t;
	}
	bool full = ing.bytes + incoming_len > (uint64_t)ing.cfg->spool_max_bytes ||
		    ing.files + 1 > (uint64_t)ing.cfg->spool_max_acts;
	if (!full) {
		ing.bytes += incoming_len;
		ing.files++;
	}
	pthread_mutex_unlock(&ing.lock);
	if (full) {
		sd_reply_error(rep, 503, "spool_full",
			       "the ingest queue is full (%ld acts or %ld bytes waiting); nothing was stored, send the act again later",
			       ing.cfg->spool_max_acts, ing.cfg->spool_max_bytes);
		rep->retry_after = 5;
	}
	return full;
}

static void accepted(struct sd_reply *rep, const char *ticket, const char *id, const char *op)
{
	char url[96];
	snprintf(url, sizeof(url), "/api/v1/ingest/%s", ticket);
	sd_reply_json(rep, 202, json_pack("{s:s,s:s,s:s,s:s,s:s}", "ticket", ticket, "status",
					  "queued", "status_url", url, "id", id, "op", op));
}

/* Spools op for the act id with header extras in hdr (stolen). */
static void spool(struct sd_reply *rep, json_t *hdr, const char *op, const char *court,
		  const char *id, const void *body, size_t len)
{
	char ticket[SS_TICKET_LEN + 1];
	struct ss_err err;
	if (spool_full(rep, len)) {
		json_decref(hdr);
		return;
	}
	ss_spool_ticket(ticket);
	json_object_set_new(hdr, "op", json_string(op));
	json_object_set_new(hdr, "court", json_string(court));
	json_object_set_new(hdr, "id", json_string(id));
	if (ss_spool_put(ing.cfg->spool, ticket, hdr, body, len, &err) != SS_OK) {
		json_decref(hdr);
		ss_log(SS_LOG_ERROR, "ingest: %s", err.msg);
		sd_reply_error(rep, 503, "spool_unavailable",
			       "the act could not be stored (server disk problem); nothing was accepted, send it again later");
		rep->retry_after = 30;
		return;
	}
	json_decref(hdr);
	ss_log(SS_LOG_INFO, "ingest: %s %s from %s queued as %s", op, id, court, ticket);
	accepted(rep, ticket, id, op);
}

/* Checks the act's court against the token's; replies 403 when they
 * differ. */
static bool same_court(struct sd_reply *rep, const char *token_court, const char *act_court)
{
	if (strcmp(token_court, act_court) == 0)
		return true;
	sd_reply_error(rep, 403, "forbidden",
		       "your token is for court '%s' and cannot publish or change acts of court '%.128s'",
		       token_court, act_court);
	return false;
}

static bool path_id_matches(struct sd_reply *rep, const char *path_id, const char *act_id)
{
	if (!path_id || strcmp(path_id, act_id) == 0)
		return true;
	sd_reply_error(rep, 400, "invalid_act", "field 'id': '%.128s' differs from the id in the URL '%.128s'",
		       act_id, path_id);
	return false;
}

static void post_json(struct sd_request *req, struct sd_reply *rep, const char *court,
		      const char *path_id)
{
	struct ss_act act;
	struct ss_err err;
	if (ss_act_parse(req->body, req->body_len, &act, &err) != SS_OK) {
		sd_reply_error(rep, 400, "invalid_act", "%s", err.msg);
		return;
	}
	if (path_id_matches(rep, path_id, act.id) && same_court(rep, court, act.court))
		spool(rep, json_pack("{s:s}", "format", "json"), path_id ? "replace" : "put",
		      court, act.id, req->body, req->body_len);
	ss_act_release(&act);
}

/* ---- multipart: "meta" (the act without text, JSON) and "file" ---- */

struct form {
	struct ss_buf meta, file;
	char filename[256];
	char file_type[128];
	char unknown[64];
	int too_large;
};

static enum MHD_Result form_part(void *cls, enum MHD_ValueKind kind, const char *key,
				 const char *filename, const char *content_type,
				 const char *transfer_encoding, const char *data,
				 uint64_t off, size_t size)
{
	struct form *f = cls;
	(void)kind;
	(void)transfer_encoding;
	(void)off;
	struct ss_buf *b = NULL;
	if (strcmp(key, "meta") == 0) {
		b = &f->meta;
	} else if (strcmp(key, "file") == 0) {
		b = &f->file;
		if (filename && !f->filename[0])
			snprintf(f->filename, sizeof(f->filename), "%s", filename);
		if (content_type && !f->file_type[0])
			snprintf(f->file_type, sizeof(f->file_type), "%s", content_type);
	} else {
		if (!f->unknown[0])
			snprintf(f->unknown, sizeof(f->unknown), "%s", key);
		return MHD_YES;
	}
	if (size && ss_buf_add(b, data, size) != SS_OK)
		f->too_large = 1;
	return MHD_YES;
}

static void form_release(struct form *f)
{
	ss_buf_release(&f->meta);
	ss_buf_release(&f->file);
}

static void post_form(struct sd_request *req, struct sd_reply *rep, const char *court,
		      const char *path_id)
{
	struct form f = {0};
	ss_buf_init(&f.meta, 1 << 20);
	ss_buf_init(&f.file, (size_t)req->cfg->max_body_bytes);
	struct MHD_PostProcessor *pp = MHD_create_post_processor(req->conn, 64 * 1024, form_part, &f);
	if (!pp || MHD_post_process(pp, req->body, req->body_len) != MHD_YES) {
		if (pp)
			MHD_destroy_post_processor(pp);
		form_release(&f);
		sd_reply_error(rep, 400, "bad_request", "the multipart body cannot be read (boundary missing or body cut short?)");
		return;
	}
	MHD_destroy_post_processor(pp);
	struct ss_err err;
	json_error_t je;
	json_t *meta = NULL;
	char *text = NULL;
	size_t text_len = 0;
	enum ex_format fmt = EX_UNKNOWN;
	if (f.unknown[0]) {
		sd_reply_error(rep, 400, "bad_request", "unknown form field '%s': send 'meta' (the act as JSON, without text) and 'file'", f.unknown);
	} else if (f.too_large) {
		sd_reply_error(rep, 413, "payload_too_large", "a form field is too large");
	} else if (!f.meta.len || !f.file.len) {
		sd_reply_error(rep, 400, "bad_request", "send two form fields: 'meta' (the act as JSON, without text) and 'file' (DOCX, HTML, PDF or text)");
	} else if (!(meta = json_loadb(f.meta.data, f.meta.len, JSON_REJECT_DUPLICATES, &je)) ||
		   !json_is_object(meta)) {
		sd_reply_error(rep, 400, "invalid_act", "field 'meta' is not a JSON object (line %d: %s)", je.line, je.text);
	} else if (json_object_get(meta, "text")) {
		sd_reply_error(rep, 400, "invalid_act", "field 'meta' must not hold 'text' when a file is sent: the text comes from the file");
	} else if ((fmt = ex_detect(f.file.data, f.file.len, f.file_type[0] ? f.file_type : NULL,
				    f.filename[0] ? f.filename : NULL)) == EX_UNKNOWN) {
		sd_reply_error(rep, 415, "unsupported_format",
			       "the file '%.100s' is not DOCX, HTML, PDF with text, or plain text (old .doc and scans are not accepted)",
			       f.filename);
	} else if (ex_extract(fmt, f.file.data, f.file.len, &text, &text_len, &err) != SS_OK) {
		sd_reply_error(rep, err.code == SS_ERR_TOO_LARGE ? 413 : 400, "unreadable_file", "%s", err.msg);
	} else {
		/* Validate the act as the indexer will see it. */
		json_t *whole = json_deep_copy(meta);
		json_object_set_new(whole, "text", json_stringn(text, text_len));
		struct ss_act act;
		if (ss_act_from_json(whole, &act, &err) != SS_OK) {
			sd_reply_error(rep, 400, "invalid_act", "%s", err.msg);
		} else {
			if (path_id_matches(rep, path_id, act.id) && same_court(rep, court, act.court))
				spool(rep, json_pack("{s:s,s:O,s:s}", "format", ex_format_name(fmt), "meta",
						     meta, "filename", f.filename),
				      path_id ? "replace" : "put", court, act.id, f.file.data, f.file.len);
			ss_act_release(&act);
		}
		json_decref(whole);
	}
	free(text);
	json_decref(meta);
	form_release(&f);
}

void sd_handle_ingest_put(struct sd_request *req, struct sd_reply *rep, const char *path_id)
{
	const char *court = authorize(req, rep);
	if (!court)
		return;
	const char *ct = sd_header(req, "Content-Type");
	if (ct && strncasecmp(ct, "multipart/form-data", 19) == 0)
		post_form(req, rep, court, path_id);
	else if (!ct || strncasecmp(ct, "application/json", 16) == 0)
		post_json(req, rep, court, path_id);
	else
		sd_reply_error(rep, 415, "unsupported_media_type",
			       "send the act as application/json, or as multipart/form-data with fields 'meta' and 'file'");
}

/* The court of a published act, or "" when it is not in the index. */
static enum ss_status published_court(struct sd_request *req, const char *id, char *court,
				      size_t size, struct ss_err *err)
{
	struct xw_db *db;
	char uid[160], *data = NULL;
	size_t len;
	court[0] = '\0';
	enum ss_status st = sd_index_get(req->cfg->index, &db, err);
	if (st)
		return st;
	snprintf(uid, sizeof(uid), "Q%s", id);
	st = xw_db_get(db, uid, &data, &len, err);
	if (st == SS_ERR_NOTFOUND)
		return SS_OK;
	if (st)
		return st;
	json_t *act = json_loadb(data, len, 0, NULL);
	json_t *c = json_object_get(act, "court");
	if (json_is_string(c))
		snprintf(court, size, "%s", json_string_value(c));
	json_decref(act);
	free(data);
	return SS_OK;
}

void sd_handle_ingest_delete(struct sd_request *req, struct sd_reply *rep, const char *id)
{
	const char *court = authorize(req, rep);
	if (!court)
		return;
	const char *reason = sd_arg(req, "reason");
	json_t *body = NULL;
	if (!reason && req->body_len) {
		body = json_loadb(req->body, req->body_len, JSON_REJECT_DUPLICATES, NULL);
		json_t *r = json_object_get(body, "reason");
		if (!json_is_object(body) || (r && !json_is_string(r))) {
			json_decref(body);
			sd_reply_error(rep, 400, "bad_request", "the body must be a JSON object {\"reason\": \"...\"}");
			return;
		}
		reason = r ? json_string_value(r) : NULL;
	}
	char owner[160];
	struct ss_err err;
	size_t rlen = reason ? strlen(reason) : 0;
	if (!reason || !rlen) {
		sd_reply_error(rep, 400, "bad_request", "say why the act is withdrawn: {\"reason\": \"...\"} or ?reason=");
	} else if (rlen > REASON_MAX || !ss_utf8_valid(reason, rlen, NULL)) {
		sd_reply_error(rep, 400, "bad_request", "field 'reason': at most %d bytes of UTF-8", REASON_MAX);
	} else if (strlen(id) > 128) {
		sd_reply_error(rep, 404, "not_found", "no act with this id (ids are at most 128 characters)");
	} else if (published_court(req, id, owner, sizeof(owner), &err) != SS_OK) {
		sd_reply_error(rep, 503, "index_unavailable", "the index cannot be read: %s", err.msg);
	} else if (!owner[0] || same_court(rep, court, owner)) {
		/* An act not yet in the index may still be queued: the
		 * withdrawal is queued behind it and applied in order. */
		spool(rep, json_pack("{s:s,s:s}", "format", "none", "reason", reason), "delete", court, id, "", 0);
	}
	json_decref(body);
}

void sd_handle_ingest_status(struct sd_request *req, struct sd_reply *rep, const char *ticket)
{
	const char *court = authorize(req, rep);
	if (!court)
		return;
	json_t *st = NULL;
	struct ss_err err;
	if (ss_spool_status(ing.cfg->spool, ticket, &st, &err) != SS_OK) {
		sd_reply_error(rep, 404, "not_found", "no such ticket (tickets of indexed acts are kept for 30 days)");
		return;
	}
	json_t *c = json_object_get(st, "court");
	if (json_is_string(c) && strcmp(json_string_value(c), court) != 0) {
		json_decref(st);
		sd_reply_error(rep, 403, "forbidden", "this ticket belongs to another court");
		return;
	}
	sd_reply_json(rep, 200, st);
}
