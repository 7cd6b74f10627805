/* sd_http.c: libmicrohttpd plumbing (see sd_http.h).  Each request gets one
 * struct that owns everything it allocates, freed in the completion
 * callback.  Replies go out as one buffer so headers and body leave in as
 * few writes as the library allows. */
#include "sd_http.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <microhttpd.h>

#include "sd_index.h"
#include "sd_ingest.h"
#include "ss_buf.h"
#include "sd_routes.h"
#include "ss_log.h"
#include "ss_mem.h"
#include "ss_text.h"

#define SD_MAX_ARGS 64

struct sd_server {
	struct MHD_Daemon *mhd;
	const struct sd_config *cfg;
	unsigned port;
};

/* What one connection's request accumulates before it is answered. */
struct sd_conn {
	struct ss_buf body;		/* capped at cfg->max_body_bytes */
	int too_large;
	int keep_body;			/* only ingest calls take a body */
};

struct arg_check {
	int count;
	char bad[96];
};

static enum MHD_Result check_arg(void *cls, enum MHD_ValueKind kind,
				 const char *key, size_t key_size,
				 const char *value, size_t value_size)
{
	struct arg_check *c = cls;
	(void)kind;
	c->count++;
	if (!ss_utf8_valid(key, key_size, NULL)) {
		snprintf(c->bad, sizeof(c->bad), "a parameter name is not valid UTF-8");
		return MHD_NO;
	}
	if (value && !ss_utf8_valid(value, value_size, NULL)) {
		snprintf(c->bad, sizeof(c->bad), "parameter '%.40s' is not valid UTF-8 (or holds a NUL byte)", key);
		return MHD_NO;
	}
	return MHD_YES;
}

void sd_reply_json(struct sd_reply *rep, unsigned status, json_t *root)
{
	rep->status = status;
	rep->content_type = "application/json; charset=utf-8";
	rep->body = json_dumps(root, JSON_COMPACT);
	json_decref(root);
	if (!rep->body) {
		rep->status = 500;
		rep->body = ss_xstrdup("{\"error\":{\"code\":\"internal\",\"message\":\"cannot encode reply\"}}");
	}
	rep->len = strlen(rep->body);
}

void sd_reply_error(struct sd_reply *rep, unsigned status, const char *code,
		    const char *fmt, ...)
{
	char msg[512];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	/* Messages may quote user input cut at a byte limit; never emit a
	 * broken UTF-8 sequence (Jansson would refuse it). */
	size_t n = strlen(msg);
	while (n && !ss_utf8_valid(msg, n, NULL))
		msg[--n] = '\0';
	sd_reply_json(rep, status,
		      json_pack("{s:{s:s,s:s}}", "error", "code", code, "message", msg));
}

const char *sd_header(struct sd_request *req, const char *name)
{
	return MHD_lookup_connection_value(req->conn, MHD_HEADER_KIND, name);
}

const char *sd_arg(struct sd_request *req, const char *name)
{
	return MHD_lookup_connection_value(req->conn, MHD_GET_ARGUMENT_KIND, name);
}

struct collect {
	const char *name;
	const char **vals;
	size_t n, max;
};

static enum MHD_Result collect_arg(void *cls, enum MHD_ValueKind kind,
				   const char *key, const char *value)
{
	struct collect *c = cls;
	(void)kind;
	if (value && strcmp(key, c->name) == 0 && c->n < c->max)
		c->vals[c->n++] = value;
	return MHD_YES;
}

size_t sd_args(struct sd_request *req, const char *name, const char **vals,
	       size_t max)
{
	struct collect c = {name, vals, 0, max};
	MHD_get_connection_values(req->conn, MHD_GET_ARGUMENT_KIND, collect_arg, &c);
	return c.n;
}

static double now_ms(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec * 1e3 + (double)ts.tv_nsec / 1e6;
}

static enum MHD_Result send_reply(struct MHD_Connection *conn,
				  struct sd_reply *rep)
{
	struct MHD_Response *r = MHD_create_response_from_buffer(
		rep->len, rep->body, MHD_RESPMEM_MUST_FREE);
	rep->body = NULL;
	if (!r)
		return MHD_NO;
	MHD_add_response_header(r, "Content-Type", rep->content_type);
	MHD_add_response_header(r, "X-Content-Type-Options", "nosniff");
	if (rep->allow)
		MHD_add_response_header(r, "Allow", rep->allow);
	if (rep->retry_after) {
		char ra[16];
		snprintf(ra, sizeof(ra), "%u", rep->retry_after);
		MHD_add_response_header(r, "Retry-After", ra);
	}
	if (rep->page) {
		MHD_add_response_header(r, "Content-Security-Policy",
					"default-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'");
		MHD_add_response_header(r, "Cache-Control", "no-cache");
	}
	enum MHD_Result ret = MHD_queue_response(conn, rep->status, r);
	MHD_destroy_response(r);
	return ret;
}

static void body_too_large(struct sd_reply *rep, const struct sd_config *cfg)
{
	sd_reply_error(rep, 413, "payload_too_large",
		       "the request body is larger than %ld bytes; acts of more than 16 MiB of text are not accepted",
		       cfg->max_body_bytes);
}

static enum MHD_Result on_request(void *cls, struct MHD_Connection *conn,
				  const char *url, const char *method,
				  const char *version, const char *upload_data,
				  size_t *upload_data_size, void **con_cls)
{
	struct sd_server *srv = cls;
	struct sd_conn *c = *con_cls;
	(void)version;
	/* First call: headers only.  A body announced too large is refused
	 * before a byte of it is read. */
	if (!c) {
		c = ss_xcalloc(1, sizeof(*c));
		ss_buf_init(&c->body, (size_t)srv->cfg->max_body_bytes);
		*con_cls = c;
		c->keep_body = sd_ingest_enabled() && (strcmp(method, "POST") == 0 || strcmp(method, "PUT") == 0 ||
						       strcmp(method, "DELETE") == 0);
		if (!c->keep_body)
			return MHD_YES; /* any body is read and dropped */
		const char *cl = MHD_lookup_connection_value(conn, MHD_HEADER_KIND, "Content-Length");
		struct sd_reply rep = {0};
		if (!sd_ingest_authorized(MHD_lookup_connection_value(conn, MHD_HEADER_KIND, "Authorization"))) {
			/* Refuse before reading: the handler answers 401. */
			struct sd_request req = {conn, srv, srv->cfg, method, url, "", 0};
			c->too_large = 1;
			sd_route(&req, &rep);
			return send_reply(conn, &rep);
		}
		if (cl && strtoull(cl, NULL, 10) > (unsigned long long)srv->cfg->max_body_bytes) {
			c->too_large = 1;
			body_too_large(&rep, srv->cfg);
			return send_reply(conn, &rep);
		}
		return MHD_YES;
	}
	if (*upload_data_size) {
		if (c->keep_body && !c->too_large && ss_buf_add(&c->body, upload_data, *upload_data_size) != SS_OK) {
			c->too_large = 1;
			ss_buf_release(&c->body);
			ss_buf_init(&c->body, 1);
		}
		*upload_data_size = 0;
		return MHD_YES;
	}
	double t0 = now_ms();
	struct sd_reply rep = {0};
	struct sd_request req = {conn, srv, srv->cfg, method, url, c->body.data, c->body.len};
	struct arg_check chk = {0, ""};
	MHD_get_connection_values_n(conn, MHD_GET_ARGUMENT_KIND, check_arg, &chk);
	if (c->too_large)
		body_too_large(&rep, srv->cfg);
	else if (!ss_utf8_valid(url, strlen(url), NULL))
		sd_reply_error(&rep, 400, "bad_request", "the URL path is not valid UTF-8");
	else if (chk.bad[0])
		sd_reply_error(&rep, 400, "bad_request", "%s", chk.bad);
	else if (chk.count > SD_MAX_ARGS)
		sd_reply_error(&rep, 400, "bad_request", "more than %d query parameters", SD_MAX_ARGS);
	else
		sd_route(&req, &rep);
	/* Log the path only: query strings may hold names. */
	ss_log(SS_LOG_DEBUG, "%s %.200s %u %.1f ms", method, url, rep.status, now_ms() - t0);
	return send_reply(conn, &rep);
}

static void on_completed(void *cls, struct MHD_Connection *conn, void **con_cls,
			 enum MHD_RequestTerminationCode toe)
{
	struct sd_conn *c = *con_cls;
	(void)cls;
	(void)conn;
	(void)toe;
	if (c) {
		ss_buf_release(&c->body);
		free(c);
		*con_cls = NULL;
	}
}

static enum ss_status parse_listen(const char *listen, struct sockaddr_in *sa,
				   struct ss_err *err)
{
	char host[64];
	const char *colon = strrchr(listen, ':');
	memset(sa, 0, sizeof(*sa));
	sa->sin_family = AF_INET;
	if (!colon || (size_t)(colon - listen) >= sizeof(host))
		return ss_err_set(err, SS_ERR_CONFIG, "listen '%s' must be HOST:PORT, e.g. 127.0.0.1:8080", listen);
	memcpy(host, listen, (size_t)(colon - listen));
	host[colon - listen] = '\0';
	char *end;
	long port = strtol(colon + 1, &end, 10);
	if (*end || end == colon + 1 || port < 0 || port > 65535)
		return ss_err_set(err, SS_ERR_CONFIG, "listen '%s': port must be 0-65535", listen);
	if (inet_pton(AF_INET, host[0] ? host : "127.0.0.1", &sa->sin_addr) != 1)
		return ss_err_set(err, SS_ERR_CONFIG, "listen '%s': '%s' is not an IPv4 address", listen, host);
	sa->sin_port = htons((uint16_t)port);
	return SS_OK;
}

enum ss_status sd_server_start(const struct sd_config *cfg,
			       struct sd_server **out, struct ss_err *err)
{
	struct sockaddr_in sa;
	*out = NULL;
	enum ss_status st = parse_listen(cfg->listen, &sa, err);
	if (st)
		return st;
	struct sd_server *s = ss_xcalloc(1, sizeof(*s));
	s->cfg = cfg;
	s->mhd = MHD_start_daemon(
		MHD_USE_INTERNAL_POLLING_THREAD | MHD_USE_EPOLL_LINUX_ONLY | MHD_USE_ERROR_LOG,
		0, NULL, NULL, on_request, s,
		MHD_OPTION_SOCK_ADDR, (struct sockaddr *)&sa,
		MHD_OPTION_THREAD_POOL_SIZE, (unsigned)cfg->threads,
		MHD_OPTION_CONNECTION_TIMEOUT, (unsigned)30,
		MHD_OPTION_CONNECTION_LIMIT, (unsigned)1000,
		MHD_OPTION_CONNECTION_MEMORY_LIMIT, (size_t)(64 * 1024),
		MHD_OPTION_NOTIFY_COMPLETED, on_completed, NULL,
		MHD_OPTION_END);
	if (!s->mhd) {
		free(s);
		return ss_err_set(err, SS_ERR_IO, "cannot listen on %s (port in use or not permitted?)", cfg->listen);
	}
	const union MHD_DaemonInfo *info = MHD_get_daemon_info(s->mhd, MHD_DAEMON_INFO_BIND_PORT);
	s->port = info ? info->port : ntohs(sa.sin_port);
	*out = s;
	return SS_OK;
}

unsigned sd_server_port(const struct sd_server *s)
{
	return s->port;
}

void sd_server_stop(struct sd_server *s)
{
	if (!s)
		return;
	MHD_stop_daemon(s->mhd);
	free(s);
	sd_index_close_all();
}
