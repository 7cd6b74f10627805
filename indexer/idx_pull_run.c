/* idx_pull_run.c: the pull engine (see idx_pull_run.h).  Cursor and hashes
 * live in index metadata:
 *   pull:cursor:<16 hex of the listing's identity>  {"page": last committed
 *       page of the pass in progress (0: no pass in progress), "newest",
 *       and the listing's URL and filters, for people}
 *   pull:sha:<act id>   SHA-256 of the act's mapped source record
 * Both change in the same commit as the documents they describe. */
#include "idx_pull_run.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <curl/curl.h>
#include <jansson.h>

#include "extract.h"
#include "idx_http.h"
#include "idx_pipeline.h"
#include "idx_pull_map.h"
#include "ss_buf.h"
#include "ss_hash.h"
#include "ss_log.h"
#include "ss_mem.h"
#include "xw.h"

/* Bump when the mapping changes what is indexed: every act is then
 * re-indexed once. */
#define MAP_VERSION "portal-map-1"

struct idx_pull {
	const struct idx_pull_opts *o;
	struct idx_http *http;
	struct idx_pipeline *pipe;
	FILE *audit;
	/* per pass */
	struct xw_writer *w;
	struct idx_pull_stats *stats;
	char newest[11];
};

enum ss_status idx_pull_new(const struct idx_pull_opts *o, struct idx_pull **out,
			    struct ss_err *err)
{
	*out = NULL;
	struct idx_pull *p = ss_xcalloc(1, sizeof(*p));
	p->o = o;
	struct idx_http_opts ho = {.timeout_s = o->timeout_s, .max_retries = o->max_retries,
				   .stop = o->stop, .quiet = o->quiet};
	enum ss_status st = idx_http_new(&ho, &p->http, err);
	if (!st)
		st = idx_pipeline_new(o->dp_policy, &p->pipe, err);
	if (!st && o->audit) {
		/* Offsets and categories only, but still private. */
		int fd = open(o->audit, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0600);
		p->audit = fd >= 0 ? fdopen(fd, "a") : NULL;
		if (!p->audit)
			st = ss_err_set(err, SS_ERR_IO, "cannot open audit file '%s': %s", o->audit, strerror(errno));
	}
	if (st) {
		idx_pull_free(p);
		return st;
	}
	*out = p;
	return SS_OK;
}

void idx_pull_free(struct idx_pull *p)
{
	if (!p)
		return;
	idx_http_free(p->http);
	idx_pipeline_free(p->pipe);
	if (p->audit)
		fclose(p->audit);
	free(p);
}

/* The listing's identity: URL, filters and page size (page numbers mean
 * nothing under another page size).  court < 0: no court filter. */
static void cursor_key(const struct idx_pull_opts *o, long court, char key[64])
{
	struct ss_buf id;
	char hex[65];
	ss_buf_init(&id, 0);
	ss_buf_addf(&id, "%s%ld\n%s\n%s\n%u\n", o->from, court, o->start_date ? o->start_date : "",
		    o->end_date ? o->end_date : "", o->per_page);
	ss_sha256_hex(id.data, id.len, hex);
	ss_buf_release(&id);
	snprintf(key, 64, "pull:cursor:%.16s", hex);
}

/* The URL of one page: the endpoint with our parameters appended. */
static enum ss_status page_url(const struct idx_pull_opts *o, long court, long page,
			       char **out, struct ss_err *err)
{
	*out = NULL;
	CURLU *u = curl_url();
	char *scheme = NULL, *host = NULL, *url = NULL;
	enum ss_status st = SS_OK;
	if (!u || curl_url_set(u, CURLUPART_URL, o->from, 0) != CURLUE_OK ||
	    curl_url_get(u, CURLUPART_SCHEME, &scheme, 0) != CURLUE_OK ||
	    curl_url_get(u, CURLUPART_HOST, &host, 0) != CURLUE_OK ||
	    (strcmp(scheme, "http") != 0 && strcmp(scheme, "https") != 0)) {
		st = ss_err_set(err, SS_ERR_INVAL, "--from '%.200s' is not an http:// or https:// URL", o->from);
		goto done;
	}
	char q[128];
	snprintf(q, sizeof(q), "page=%ld", page);
	curl_url_set(u, CURLUPART_QUERY, q, CURLU_APPENDQUERY);
	snprintf(q, sizeof(q), "per_page=%u", o->per_page);
	curl_url_set(u, CURLUPART_QUERY, q, CURLU_APPENDQUERY);
	curl_url_set(u, CURLUPART_QUERY, "case_act_exist=true", CURLU_APPENDQUERY);
	if (court >= 0) {
		snprintf(q, sizeof(q), "court_id=%ld", court);
		curl_url_set(u, CURLUPART_QUERY, q, CURLU_APPENDQUERY);
	}
	if (o->start_date) {
		snprintf(q, sizeof(q), "start_date=%s", o->start_date);
		curl_url_set(u, CURLUPART_QUERY, q, CURLU_APPENDQUERY);
	}
	if (o->end_date) {
		snprintf(q, sizeof(q), "end_date=%s", o->end_date);
		curl_url_set(u, CURLUPART_QUERY, q, CURLU_APPENDQUERY);
	}
	if (curl_url_get(u, CURLUPART_URL, &url, 0) != CURLUE_OK) {
		st = ss_err_set(err, SS_ERR_INVAL, "cannot build a page URL from '%.200s'", o->from);
		goto done;
	}
	*out = ss_xstrdup(url);
done:
	curl_free(scheme);
	curl_free(host);
	curl_free(url);
	curl_url_cleanup(u);
	return st;
}

/* The last committed page of an unfinished pass (0: none), and the newest
 * act date recorded. */
static enum ss_status cursor_read(struct idx_pull *p, const char *key, long *page,
				  struct ss_err *err)
{
	char *val = NULL;
	*page = 0;
	enum ss_status st = xw_writer_get_meta(p->w, key, &val, err);
	if (st)
		return st;
	json_t *j = *val ? json_loads(val, 0, NULL) : NULL;
	json_t *pg = json_object_get(j, "page");
	if (json_is_integer(pg) && json_integer_value(pg) > 0)
		*page = (long)json_integer_value(pg);
	const char *newest = json_string_value(json_object_get(j, "newest"));
	if (newest && strlen(newest) == 10 && strcmp(newest, p->newest) > 0)
		memcpy(p->newest, newest, 11);
	json_decref(j);
	free(val);
	return SS_OK;
}

static enum ss_status cursor_write(struct idx_pull *p, const char *key, long court,
				   long page, struct ss_err *err)
{
	const struct idx_pull_opts *o = p->o;
	json_t *j = json_pack("{s:I,s:s,s:s,s:I}", "page", (json_int_t)page, "newest", p->newest,
			      "url", o->from, "per_page", (json_int_t)o->per_page);
	if (court >= 0)
		json_object_set_new(j, "court_id", json_integer(court));
	if (o->start_date)
		json_object_set_new(j, "start_date", json_string(o->start_date));
	if (o->end_date)
		json_object_set_new(j, "end_date", json_string(o->end_date));
	char *val = json_dumps(j, JSON_COMPACT | JSON_SORT_KEYS);
	json_decref(j);
	enum ss_status st = xw_writer_set_meta(p->w, key, val, err);
	free(val);
	return st;
}

static void report(struct idx_pull *p, const char *id, bool quarantined, const char *why)
{
	struct idx_pull_stats *s = p->stats;
	s->rejected++;
	s->quarantined += quarantined;
	if (!p->o->quiet)
		ss_log(SS_LOG_WARN, "act '%s' %s: %s", id, quarantined ? "quarantined" : "rejected", why);
}

/* Extracts, depersonifies and indexes one changed act; only writer errors
 * are returned. */
static enum ss_status index_act(struct idx_pull *p, struct idx_pull_act *m,
				const char *key, const char *hex, bool known,
				struct ss_err *err)
{
	struct ss_err aerr;
	ss_err_clear(&aerr);
	/* A JSON string is Unicode whatever the page's <meta charset> says
	 * (Word exports declare windows-1251): a UTF-8 BOM makes the extractor
	 * read the bytes as what they are. */
	json_t *html = json_object_get(m->act, "html");
	size_t hlen = json_string_length(html);
	char *bytes = ss_xmalloc(hlen + 4);
	memcpy(bytes, "\xEF\xBB\xBF", 3);
	memcpy(bytes + 3, json_string_value(html), hlen + 1);
	char *text = NULL;
	size_t text_len = 0;
	enum ss_status xst = ex_extract(EX_HTML, bytes, hlen + 3, &text, &text_len, &aerr);
	free(bytes);
	if (xst) {
		char why[sizeof(aerr.msg)];
		memcpy(why, aerr.msg, sizeof(why));
		ss_err_set(&aerr, SS_ERR_INVAL, "field 'file_html': %s", why);
		report(p, m->id, false, aerr.msg);
		return SS_OK;
	}
	json_object_set_new(m->act, "text", json_stringn_nocheck(text, text_len));
	free(text);
	json_object_del(m->act, "html");
	char *json = json_dumps(m->act, JSON_COMPACT);
	if (!json)
		return ss_err_set(err, SS_ERR_NOMEM, "cannot serialise act '%s'", m->id);
	struct idx_built b;
	enum ss_status st = idx_pipeline_build(p->pipe, json, strlen(json), &b, &aerr);
	free(json);
	if (p->audit && b.audit_json)
		fprintf(p->audit, "%s\n", b.audit_json);
	if (st) {
		report(p, m->id, b.quarantined, aerr.msg);
		idx_built_release(&b);
		return SS_OK;
	}
	st = xw_writer_replace(p->w, b.uid, b.doc, err);
	idx_built_release(&b);
	if (!st)
		st = xw_writer_set_meta(p->w, key, hex, err);
	if (!st) {
		if (known)
			p->stats->changed++;
		else
			p->stats->added++;
	}
	return st;
}

/* One case_act: mapped, hashed, and indexed unless unchanged. */
static enum ss_status one_act(struct idx_pull *p, json_t *c, json_t *a, size_t k,
			      struct ss_err *err)
{
	struct idx_pull_stats *s = p->stats;
	struct idx_pull_act m;
	struct ss_err aerr;
	ss_err_clear(&aerr);
	enum ss_status st = idx_pull_act_map(c, a, k, &m, &aerr);
	if (m.no_html) {
		s->no_text++;
		return SS_OK;
	}
	s->acts++;
	if (st) {
		if (!m.id[0]) {
			char b[64] = "?";
			json_t *cid = json_object_get(c, "id");
			if (json_is_integer(cid))
				snprintf(b, sizeof(b), "case %lld, act %zu", (long long)json_integer_value(cid), k);
			snprintf(m.id, sizeof(m.id), "%s", b);
		}
		report(p, m.id, false, aerr.msg);
		idx_pull_act_release(&m);
		return SS_OK;
	}
	const char *date = json_string_value(json_object_get(m.act, "date"));
	if (date && strcmp(date, p->newest) > 0)
		snprintf(p->newest, sizeof(p->newest), "%s", date);

	char *canon = json_dumps(m.act, JSON_COMPACT | JSON_SORT_KEYS);
	if (!canon) {
		idx_pull_act_release(&m);
		return ss_err_set(err, SS_ERR_NOMEM, "cannot serialise act '%s'", m.id);
	}
	/* The mapping's version is hashed too: a new mapping re-indexes. */
	char hex[65], key[200], *old = NULL;
	struct ss_buf rec;
	ss_buf_init(&rec, 0);
	ss_buf_addf(&rec, "%s\n%s", MAP_VERSION, canon);
	ss_sha256_hex(rec.data, rec.len, hex);
	ss_buf_release(&rec);
	free(canon);
	snprintf(key, sizeof(key), "pull:sha:%s", m.id);
	st = xw_writer_get_meta(p->w, key, &old, err);
	if (!st && strcmp(old, hex) == 0) {
		s->unchanged++;
	} else if (!st) {
		if (m.type_guessed) {
			s->type_guessed++;
			if (!p->o->quiet)
				ss_log(SS_LOG_WARN, "act '%s': case type not recognised; indexed as '%s'", m.id,
				       IDX_PULL_DEFAULT_TYPE);
		}
		st = index_act(p, &m, key, hex, old[0] != '\0', err);
	}
	free(old);
	idx_pull_act_release(&m);
	return st;
}

static enum ss_status one_page(struct idx_pull *p, json_t *cases, struct ss_err *err)
{
	size_t i, k;
	json_t *c, *a;
	enum ss_status st = SS_OK;
	json_array_foreach(cases, i, c) {
		json_t *acts = idx_pull_case_acts(c);
		if (!acts)
			continue;
		json_array_foreach(acts, k, a) {
			st = one_act(p, c, a, k, err);
			if (st)
				return st;
		}
	}
	return st;
}

/* The first and last case ids of a page, to notice a server that ignores
 * the page parameter and would keep us paging forever. */
static void page_mark(json_t *cases, char *out, size_t n)
{
	char a[64] = "", b[64] = "";
	size_t len = json_array_size(cases);
	json_t *f = json_object_get(json_array_get(cases, 0), "id");
	json_t *l = json_object_get(json_array_get(cases, len ? len - 1 : 0), "id");
	if (json_is_integer(f))
		snprintf(a, sizeof(a), "%lld", (long long)json_integer_value(f));
	if (json_is_integer(l))
		snprintf(b, sizeof(b), "%lld", (long long)json_integer_value(l));
	snprintf(out, n, "%zu:%s:%s", len, a, b);
}

/* Every page of one listing, from the cursor on. */
static enum ss_status one_listing(struct idx_pull *p, long court, struct ss_err *err)
{
	char key[64], mark[160] = "", prev[160] = "";
	cursor_key(p->o, court, key);
	long page;
	enum ss_status st = cursor_read(p, key, &page, err);
	if (st)
		return st;
	if (page > 0) {
		p->stats->resumed = true;
		ss_log(SS_LOG_INFO, "resuming '%s'%s after page %ld", p->o->from, court >= 0 ? " (one court)" : "",
		       page);
	}
	size_t max_n = 0;
	for (page++;; page++) {
		if (p->o->stop && *p->o->stop) {
			p->stats->stopped = true;
			return SS_OK;
		}
		char *url;
		json_t *root = NULL;
		st = page_url(p->o, court, page, &url, err);
		if (!st)
			st = idx_http_get_json(p->http, url, &root, err);
		free(url);
		if (st) {
			if (idx_http_stopped(p->http)) {
				p->stats->stopped = true;
				return SS_OK;
			}
			return st;
		}
		struct idx_pull_page pg;
		st = idx_pull_page_read(root, &pg, err);
		if (st) {
			char why[sizeof(err->msg)];
			memcpy(why, err->msg, sizeof(why));
			ss_err_set(err, st, "page %ld of '%s': %s", page, p->o->from, why);
			json_decref(root);
			return st;
		}
		size_t n = json_array_size(pg.cases);
		bool last = n == 0 || pg.next == 0;
		if (n > max_n)
			max_n = n;
		if (!last && pg.next < 0 && pg.total >= 0 && (long long)page * (long long)max_n >= pg.total)
			last = true;
		page_mark(pg.cases, mark, sizeof(mark));
		if (!last && strcmp(mark, prev) == 0) {
			ss_log(SS_LOG_WARN, "page %ld repeats page %ld: the server seems to ignore 'page'; pass ends",
			       page, page - 1);
			last = true;
		}
		memcpy(prev, mark, sizeof(prev));
		if (n > 0)
			p->stats->pages++;
		st = one_page(p, pg.cases, err);
		json_decref(root);
		/* The page's documents, its hashes and the cursor: one commit. */
		if (!st)
			st = cursor_write(p, key, court, last ? 0 : page, err);
		if (!st)
			st = xw_writer_commit(p->w, err);
		if (st || last)
			return st;
	}
}

enum ss_status idx_pull_pass(struct idx_pull *p, struct idx_pull_stats *stats,
			     struct ss_err *err)
{
	memset(stats, 0, sizeof(*stats));
	p->stats = stats;
	p->newest[0] = '\0';
	unsigned long retries0 = idx_http_retries(p->http);
	enum ss_status st = xw_writer_open(p->o->index, &p->w, err);
	size_t n = p->o->ncourts ? p->o->ncourts : 1;
	for (size_t i = 0; !st && i < n && !stats->stopped; i++)
		st = one_listing(p, p->o->ncourts ? p->o->court_ids[i] : -1, err);
	/* Closing commits what is pending: acts and their hashes agree, and
	 * the cursor still names the last complete page. */
	xw_writer_close(p->w);
	p->w = NULL;
	if (p->audit)
		fflush(p->audit);
	stats->retries = idx_http_retries(p->http) - retries0;
	return st;
}
