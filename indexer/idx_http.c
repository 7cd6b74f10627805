/* idx_http.c: JSON over HTTP with timeouts, a size cap, same-host
 * redirects only, and retries with backoff (see idx_http.h). */
#include "idx_http.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>
#include <unistd.h>

#include <curl/curl.h>

#include "ss_buf.h"
#include "ss_log.h"
#include "ss_mem.h"

#define MAX_REDIRECTS 5
#define BACKOFF_CAP_MS 30000u
#define RETRY_AFTER_CAP_S 600

struct idx_http {
	CURL *c;
	struct idx_http_opts o;
	struct ss_buf body;
	bool too_big, stopped;
	unsigned long retries;
	uint64_t rng;
	char errbuf[CURL_ERROR_SIZE];
};

/* What one attempt came to. */
enum outcome { GOT_BODY, REDIRECT, RETRY, FATAL, TOO_BIG, STOPPED };

static size_t on_data(char *p, size_t size, size_t n, void *ud)
{
	struct idx_http *h = ud;
	if (ss_buf_add(&h->body, p, size * n) != SS_OK) {
		h->too_big = true;
		return 0;
	}
	return size * n;
}

static int on_progress(void *ud, curl_off_t dt, curl_off_t dn, curl_off_t ut, curl_off_t un)
{
	struct idx_http *h = ud;
	(void)dt, (void)dn, (void)ut, (void)un;
	return h->o.stop && *h->o.stop ? 1 : 0;
}

enum ss_status idx_http_new(const struct idx_http_opts *o, struct idx_http **out,
			    struct ss_err *err)
{
	*out = NULL;
	struct idx_http *h = ss_xcalloc(1, sizeof(*h));
	h->o = *o;
	if (!h->o.max_bytes)
		h->o.max_bytes = IDX_HTTP_MAX_BYTES;
	if (!h->o.backoff_ms)
		h->o.backoff_ms = 500;
	h->rng = (uint64_t)time(NULL) * 0x9E3779B97F4A7C15ull ^ (uint64_t)getpid();
	ss_buf_init(&h->body, h->o.max_bytes);
	h->c = curl_easy_init();
	if (!h->c) {
		idx_http_free(h);
		return ss_err_set(err, SS_ERR_INTERNAL, "cannot start libcurl");
	}
	CURL *c = h->c;
	long connect = h->o.timeout_s < 10 ? h->o.timeout_s : 10;
	curl_easy_setopt(c, CURLOPT_NOSIGNAL, 1L);
	curl_easy_setopt(c, CURLOPT_PROTOCOLS_STR, "http,https");
	curl_easy_setopt(c, CURLOPT_FOLLOWLOCATION, 0L);
	curl_easy_setopt(c, CURLOPT_CONNECTTIMEOUT, connect);
	curl_easy_setopt(c, CURLOPT_TIMEOUT, h->o.timeout_s);
	curl_easy_setopt(c, CURLOPT_MAXFILESIZE_LARGE, (curl_off_t)h->o.max_bytes);
	curl_easy_setopt(c, CURLOPT_ACCEPT_ENCODING, "");
	curl_easy_setopt(c, CURLOPT_USERAGENT, "sotsearch-indexer/1 (+pull)");
	curl_easy_setopt(c, CURLOPT_WRITEFUNCTION, on_data);
	curl_easy_setopt(c, CURLOPT_WRITEDATA, h);
	curl_easy_setopt(c, CURLOPT_XFERINFOFUNCTION, on_progress);
	curl_easy_setopt(c, CURLOPT_XFERINFODATA, h);
	curl_easy_setopt(c, CURLOPT_NOPROGRESS, 0L);
	curl_easy_setopt(c, CURLOPT_ERRORBUFFER, h->errbuf);
	*out = h;
	return SS_OK;
}

void idx_http_free(struct idx_http *h)
{
	if (!h)
		return;
	if (h->c)
		curl_easy_cleanup(h->c);
	ss_buf_release(&h->body);
	free(h);
}

bool idx_http_stopped(const struct idx_http *h)
{
	return h->stopped;
}

unsigned long idx_http_retries(const struct idx_http *h)
{
	return h->retries;
}

/* A header list asking for JSON, built once per request. */
static struct curl_slist *json_headers(void)
{
	return curl_slist_append(NULL, "Accept: application/json");
}

/* True when url and target name the same scheme family (http/https), host
 * and port: a portal may redirect within itself, never elsewhere. */
static bool same_host(const char *url, const char *target)
{
	CURLU *a = curl_url(), *b = curl_url();
	char *ha = NULL, *hb = NULL, *pa = NULL, *pb = NULL, *sb = NULL;
	bool same = a && b &&
		    curl_url_set(a, CURLUPART_URL, url, 0) == CURLUE_OK &&
		    curl_url_set(b, CURLUPART_URL, target, 0) == CURLUE_OK &&
		    curl_url_get(a, CURLUPART_HOST, &ha, 0) == CURLUE_OK &&
		    curl_url_get(b, CURLUPART_HOST, &hb, 0) == CURLUE_OK &&
		    curl_url_get(a, CURLUPART_PORT, &pa, CURLU_DEFAULT_PORT) == CURLUE_OK &&
		    curl_url_get(b, CURLUPART_PORT, &pb, CURLU_DEFAULT_PORT) == CURLUE_OK &&
		    curl_url_get(b, CURLUPART_SCHEME, &sb, 0) == CURLUE_OK &&
		    strcasecmp(ha, hb) == 0 && strcmp(pa, pb) == 0 &&
		    (strcmp(sb, "http") == 0 || strcmp(sb, "https") == 0);
	curl_free(ha), curl_free(hb), curl_free(pa), curl_free(pb), curl_free(sb);
	curl_url_cleanup(a);
	curl_url_cleanup(b);
	return same;
}

/* One GET.  why receives the reason for anything but GOT_BODY/REDIRECT;
 * *retry_after the server's Retry-After (seconds, 0 if none); *location
 * the redirect target (malloc'd). */
static enum outcome attempt(struct idx_http *h, const char *url, char *why,
			    size_t whylen, long *retry_after, char **location)
{
	*retry_after = 0;
	*location = NULL;
	ss_buf_reset(&h->body);
	h->too_big = false;
	h->errbuf[0] = '\0';
	struct curl_slist *hdrs = json_headers();
	curl_easy_setopt(h->c, CURLOPT_URL, url);
	curl_easy_setopt(h->c, CURLOPT_HTTPHEADER, hdrs);
	CURLcode rc = curl_easy_perform(h->c);
	curl_easy_setopt(h->c, CURLOPT_HTTPHEADER, NULL);
	curl_slist_free_all(hdrs);

	if (h->o.stop && *h->o.stop) {
		snprintf(why, whylen, "stopped");
		return STOPPED;
	}
	if (rc != CURLE_OK) {
		const char *msg = h->errbuf[0] ? h->errbuf : curl_easy_strerror(rc);
		snprintf(why, whylen, "%s", msg);
		switch (rc) {
		case CURLE_WRITE_ERROR:
			if (!h->too_big)
				return RETRY;
			/* fallthrough */
		case CURLE_FILESIZE_EXCEEDED:
			snprintf(why, whylen, "the response is larger than %zu bytes", h->o.max_bytes);
			return TOO_BIG;
		case CURLE_UNSUPPORTED_PROTOCOL:
		case CURLE_URL_MALFORMAT:
		case CURLE_NOT_BUILT_IN:
			return FATAL;
		default:
			return RETRY;
		}
	}
	long status = 0;
	curl_easy_getinfo(h->c, CURLINFO_RESPONSE_CODE, &status);
	if (status >= 200 && status < 300)
		return GOT_BODY;
	if (status >= 300 && status < 400) {
		char *target = NULL;
		curl_easy_getinfo(h->c, CURLINFO_REDIRECT_URL, &target);
		if (!target) {
			snprintf(why, whylen, "HTTP %ld without a Location", status);
			return FATAL;
		}
		if (!same_host(url, target)) {
			snprintf(why, whylen, "HTTP %ld redirect to another host refused: '%.120s'", status, target);
			return FATAL;
		}
		*location = ss_xstrdup(target);
		return REDIRECT;
	}
	snprintf(why, whylen, "HTTP %ld", status);
	if (status == 429 || status == 503) {
		curl_off_t ra = 0;
		if (curl_easy_getinfo(h->c, CURLINFO_RETRY_AFTER, &ra) == CURLE_OK && ra > 0)
			*retry_after = ra > RETRY_AFTER_CAP_S ? RETRY_AFTER_CAP_S : (long)ra;
	}
	if (status == 429 || status == 408 || status >= 500)
		return RETRY;
	return FATAL;
}

static uint64_t next_rand(struct idx_http *h)
{
	/* splitmix64: jitter only, no need for more. */
	uint64_t z = (h->rng += 0x9E3779B97F4A7C15ull);
	z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
	z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
	return z ^ (z >> 31);
}

/* Sleeps ms in short slices; false when told to stop meanwhile. */
static bool nap(struct idx_http *h, unsigned long ms)
{
	while (ms > 0) {
		if (h->o.stop && *h->o.stop)
			return false;
		unsigned long step = ms < 50 ? ms : 50;
		struct timespec ts = {0, (long)step * 1000000L};
		nanosleep(&ts, NULL);
		ms -= step;
	}
	return !(h->o.stop && *h->o.stop);
}

/* Full-jitter exponential backoff: half the step plus a random half. */
static unsigned long backoff_ms(struct idx_http *h, unsigned tries, long retry_after)
{
	unsigned long step = h->o.backoff_ms;
	for (unsigned i = 0; i < tries && step < BACKOFF_CAP_MS; i++)
		step *= 2;
	if (step > BACKOFF_CAP_MS)
		step = BACKOFF_CAP_MS;
	unsigned long ms = step / 2 + next_rand(h) % (step / 2 + 1);
	if (retry_after > 0 && (unsigned long)retry_after * 1000 > ms)
		ms = (unsigned long)retry_after * 1000;
	return ms;
}

enum ss_status idx_http_get_json(struct idx_http *h, const char *url,
				 json_t **out, struct ss_err *err)
{
	*out = NULL;
	h->stopped = false;
	char *cur = ss_xstrdup(url);
	char why[300] = "";
	unsigned tries = 0, redirects = 0;
	enum ss_status st = SS_OK;
	for (;;) {
		long retry_after;
		char *location;
		enum outcome oc = attempt(h, cur, why, sizeof(why), &retry_after, &location);
		if (oc == REDIRECT) {
			free(cur);
			cur = location;
			if (++redirects > MAX_REDIRECTS) {
				st = ss_err_set(err, SS_ERR_INVAL, "GET '%s': more than %d redirects", url, MAX_REDIRECTS);
				break;
			}
			continue;
		}
		if (oc == GOT_BODY) {
			json_error_t jerr;
			*out = json_loadb(h->body.data, h->body.len, 0, &jerr);
			if (*out)
				break;
			snprintf(why, sizeof(why), "the response is not JSON (line %d: %s)", jerr.line, jerr.text);
			oc = RETRY;
		}
		if (oc == STOPPED) {
			h->stopped = true;
			st = ss_err_set(err, SS_ERR_IO, "GET '%s': stopped", url);
			break;
		}
		if (oc == FATAL) {
			st = ss_err_set(err, SS_ERR_INVAL, "GET '%s': %s", cur, why);
			break;
		}
		if (oc == TOO_BIG) {
			st = ss_err_set(err, SS_ERR_TOO_LARGE, "GET '%s': %s", cur, why);
			break;
		}
		if (tries >= h->o.max_retries) {
			st = ss_err_set(err, SS_ERR_IO, "giving up on '%s' after %u attempts: %s", cur, tries + 1, why);
			break;
		}
		unsigned long ms = backoff_ms(h, tries, retry_after);
		tries++;
		h->retries++;
		if (!h->o.quiet)
			ss_log(SS_LOG_WARN, "GET '%s': %s; retry %u of %u in %.1f s", cur, why, tries,
			       h->o.max_retries, (double)ms / 1000.0);
		if (!nap(h, ms)) {
			h->stopped = true;
			st = ss_err_set(err, SS_ERR_IO, "GET '%s': stopped", url);
			break;
		}
	}
	free(cur);
	return st;
}
