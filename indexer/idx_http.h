/* idx_http.h: fetching a JSON document over HTTP for `indexer pull`, the way
 * a polite crawler of a fragile court portal must: connect and total
 * timeouts, a cap on the response size, no redirect to another host, and
 * retries with exponential backoff and jitter on 5xx, 429 (honouring
 * Retry-After), 408, timeouts and connection errors.  One handle per
 * thread (libcurl easy handle inside); curl_global_init is main()'s job. */
#ifndef IDX_HTTP_H
#define IDX_HTTP_H

#include <signal.h>
#include <stdbool.h>
#include <stddef.h>

#include <jansson.h>

#include "ss_status.h"

#define IDX_HTTP_MAX_BYTES (64u << 20)	/* default response cap */

struct idx_http_opts {
	long timeout_s;			/* whole request, connect included */
	unsigned max_retries;		/* retries per document after the first try */
	size_t max_bytes;		/* response cap; 0 = IDX_HTTP_MAX_BYTES */
	unsigned backoff_ms;		/* first backoff step; 0 = 500 */
	volatile sig_atomic_t *stop;	/* when set, transfers and waits end early */
	bool quiet;			/* no line per retry */
};

struct idx_http;

/* New handle.  Free with idx_http_free(). */
enum ss_status idx_http_new(const struct idx_http_opts *o, struct idx_http **out,
			    struct ss_err *err);
void idx_http_free(struct idx_http *h);

/* GETs url and parses the body as JSON into *out (new reference; release
 * with json_decref).  Transient failures are retried; the result is then
 * SS_ERR_IO "giving up on '<url>' after N attempts: <last error>".  A
 * client error (4xx other than 408/429), a malformed or non-HTTP URL, or a
 * redirect to another host is SS_ERR_INVAL at once; a body past the cap
 * SS_ERR_TOO_LARGE.  When *stop is set the call ends with SS_ERR_IO and
 * idx_http_stopped() is true. */
enum ss_status idx_http_get_json(struct idx_http *h, const char *url,
				 json_t **out, struct ss_err *err);
bool idx_http_stopped(const struct idx_http *h);
/* Retries made so far by this handle (for the summary). */
unsigned long idx_http_retries(const struct idx_http *h);

#endif
