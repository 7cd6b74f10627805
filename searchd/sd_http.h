/* sd_http.h: searchd's HTTP layer over libmicrohttpd: the daemon, the
 * per-request struct that owns what a request allocates, query-argument
 * access with UTF-8 validation, and JSON replies (errors included). */
#ifndef SD_HTTP_H
#define SD_HTTP_H

#include <stdarg.h>
#include <stddef.h>

#include <jansson.h>

#include "sd_config.h"
#include "ss_status.h"

struct MHD_Connection;
struct sd_server;

struct sd_request {
	struct MHD_Connection *conn;
	struct sd_server *srv;
	const struct sd_config *cfg;
	const char *method;
	const char *path;		/* decoded URL path, no query string */
	const char *body;		/* the request body (NUL-terminated), or "" */
	size_t body_len;
};

struct sd_reply {
	unsigned status;
	char *body;			/* malloc'd; owned by the reply */
	size_t len;
	const char *content_type;
	const char *allow;		/* Allow header for 405, or NULL */
	int page;			/* a web page file: add the page's CSP */
	unsigned retry_after;		/* seconds, for 503: Retry-After header */
};

/* Starts the daemon on cfg->listen with cfg->threads worker threads. */
enum ss_status sd_server_start(const struct sd_config *cfg,
			       struct sd_server **out, struct ss_err *err);
/* The port actually bound (useful with port 0). */
unsigned sd_server_port(const struct sd_server *s);
void sd_server_stop(struct sd_server *s);

/* Replies with root as JSON (steals the reference). */
void sd_reply_json(struct sd_reply *rep, unsigned status, json_t *root);
/* Replies {"error": {"code": code, "message": ...}}. */
void sd_reply_error(struct sd_reply *rep, unsigned status, const char *code,
		    const char *fmt, ...) __attribute__((format(printf, 4, 5)));

/* The first value of query argument name, or NULL.  Arguments that are not
 * valid UTF-8 never reach handlers (the request gets a 400 first). */
const char *sd_arg(struct sd_request *req, const char *name);
/* A request header's value, or NULL. */
const char *sd_header(struct sd_request *req, const char *name);

/* All values of a repeated argument (court=a&court=b); returns the count
 * (at most max). */
size_t sd_args(struct sd_request *req, const char *name, const char **vals,
	       size_t max);

#endif
