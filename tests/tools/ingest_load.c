/* ingest_load: drives searchd's ingest API for the crash tests and the
 * latency benchmark.
 *
 *   ingest_load post --url URL --token T --court C --count N [--prefix P]
 *                    [--start K] [--rate R] [--out FILE] [--latency FILE]
 *       POSTs N small acts, ids P-K..; every id answered 202 is appended
 *       to FILE (flushed at once, so a killed run still lists them).
 *       Connection errors (searchd being killed) and 503s are counted and
 *       skipped, never retried: only a 202 is a promise.  With --rate the
 *       acts go out at a steady R per second; with --latency each act is
 *       then searched for until found, and the POST-to-searchable times
 *       (ms) are written to that file.
 *   ingest_load verify --url URL --ids FILE --prefix P
 *       Checks each listed act: GET /api/v1/acts/{id} has its marker, and
 *       a search for the marker finds exactly that act, once.
 * Each act's text carries a marker word unique to it. */
#include <errno.h>
#include <getopt.h>
#include <pthread.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <curl/curl.h>
#include <jansson.h>

#include "ss_buf.h"

struct opts {
	const char *url, *token, *court, *prefix, *out, *ids, *latency;
	long count, start;
	double rate;
};

static double now_s(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static size_t on_body(char *p, size_t size, size_t n, void *cls)
{
	struct ss_buf *b = cls;
	return ss_buf_add(b, p, size * n) == SS_OK ? size * n : 0;
}

/* One HTTP exchange; returns the status (0 on a connection error). */
static long http(CURL *c, const char *method, const char *url, const char *token,
		 const char *body, struct ss_buf *resp)
{
	struct curl_slist *h = NULL;
	char auth[512];
	ss_buf_reset(resp);
	curl_easy_reset(c);
	curl_easy_setopt(c, CURLOPT_URL, url);
	curl_easy_setopt(c, CURLOPT_CUSTOMREQUEST, method);
	curl_easy_setopt(c, CURLOPT_WRITEFUNCTION, on_body);
	curl_easy_setopt(c, CURLOPT_WRITEDATA, resp);
	curl_easy_setopt(c, CURLOPT_TIMEOUT, 20L);
	if (token) {
		snprintf(auth, sizeof(auth), "Authorization: Bearer %s", token);
		h = curl_slist_append(h, auth);
	}
	if (body) {
		h = curl_slist_append(h, "Content-Type: application/json");
		curl_easy_setopt(c, CURLOPT_POSTFIELDS, body);
	}
	curl_easy_setopt(c, CURLOPT_HTTPHEADER, h);
	long status = 0;
	if (curl_easy_perform(c) == CURLE_OK)
		curl_easy_getinfo(c, CURLINFO_RESPONSE_CODE, &status);
	curl_slist_free_all(h);
	return status;
}

static void marker(char *out, size_t size, const char *prefix, long k)
{
	snprintf(out, size, "mk%s%06ldz", prefix, k);
}

static char *make_act(const struct opts *o, long k)
{
	char id[128], mk[128], text[1024];
	snprintf(id, sizeof(id), "%s-%06ld", o->prefix, k);
	marker(mk, sizeof(mk), o->prefix, k);
	snprintf(text, sizeof(text),
		 "Суд рассмотрел в открытом судебном заседании дело № %ld о взыскании задолженности по договору займа. "
		 "Контрольное слово %s. Руководствуясь ст. 200 ГПК КР, суд решил иск удовлетворить.",
		 k, mk);
	json_t *act = json_pack("{s:s,s:s,s:s,s:s,s:s,s:s,s:s,s:s,s:s,s:s}", "id", id, "court", o->court,
				"court_name", "Тестовый районный суд", "case_number", id, "date",
				"2026-11-23", "case_type", "civil", "instance", "first", "act_type",
				"решение", "judge", "Судья Т.Т.", "text", text);
	char *s = json_dumps(act, JSON_COMPACT);
	json_decref(act);
	return s;
}

/* ---- latency: a second thread searches for each posted act ---- */

struct lat {
	const struct opts *o;
	pthread_mutex_t lock;
	long posted;			/* acts posted so far (by index) */
	long *accepted;			/* k of each 202, in order */
	double *sent_at;
	bool done;
	FILE *out;
	long found;
};

static long search_total(CURL *c, const char *base, const char *mk, struct ss_buf *resp)
{
	char url[1024];
	snprintf(url, sizeof(url), "%s/api/v1/search?q=%s&per_page=1", base, mk);
	if (http(c, "GET", url, NULL, NULL, resp) != 200)
		return -1;
	json_t *r = json_loads(resp->data, 0, NULL);
	long t = (long)json_integer_value(json_object_get(r, "total"));
	json_decref(r);
	return t;
}

static void *poll_searchable(void *cls)
{
	struct lat *l = cls;
	CURL *c = curl_easy_init();
	struct ss_buf resp;
	ss_buf_init(&resp, 1 << 24);
	long next = 0;
	for (;;) {
		pthread_mutex_lock(&l->lock);
		long have = l->posted;
		bool done = l->done;
		long k = next < have ? l->accepted[next] : -1;
		double t0 = next < have ? l->sent_at[next] : 0;
		pthread_mutex_unlock(&l->lock);
		if (k < 0) {
			if (done)
				break;
			usleep(2000);
			continue;
		}
		char mk[128];
		marker(mk, sizeof(mk), l->o->prefix, k);
		if (search_total(c, l->o->url, mk, &resp) == 1) {
			fprintf(l->out, "%.1f\n", (now_s() - t0) * 1e3);
			next++;
			l->found++;
		} else {
			usleep(5000);
			if (now_s() - t0 > 60) { /* never found: report and move on */
				fprintf(stderr, "ingest_load: act %ld not searchable after 60 s\n", k);
				next++;
			}
		}
	}
	ss_buf_release(&resp);
	curl_easy_cleanup(c);
	return NULL;
}

static int cmd_post(const struct opts *o)
{
	FILE *out = o->out ? fopen(o->out, "a") : NULL;
	if (o->out && !out) {
		fprintf(stderr, "ingest_load: cannot open %s: %s\n", o->out, strerror(errno));
		return 2;
	}
	CURL *c = curl_easy_init();
	struct ss_buf resp;
	ss_buf_init(&resp, 1 << 20);
	char url[1024];
	snprintf(url, sizeof(url), "%s/api/v1/acts", o->url);
	struct lat l = {.o = o, .lock = PTHREAD_MUTEX_INITIALIZER};
	pthread_t poller;
	if (o->latency) {
		l.accepted = calloc((size_t)o->count, sizeof(long));
		l.sent_at = calloc((size_t)o->count, sizeof(double));
		l.out = fopen(o->latency, "w");
		if (!l.out || !l.accepted || !l.sent_at)
			return 2;
		pthread_create(&poller, NULL, poll_searchable, &l);
	}
	long ok = 0, refused = 0, busy = 0, other = 0;
	double t_start = now_s();
	for (long i = 0; i < o->count; i++) {
		long k = o->start + i;
		if (o->rate > 0) {
			double due = t_start + (double)i / o->rate;
			double wait = due - now_s();
			if (wait > 0)
				usleep((useconds_t)(wait * 1e6));
		}
		char *act = make_act(o, k);
		double t0 = now_s();
		long st = http(c, "POST", url, o->token, act, &resp);
		free(act);
		if (st == 202) {
			ok++;
			if (out) {
				fprintf(out, "%s-%06ld\n", o->prefix, k);
				fflush(out);
			}
			if (o->latency) {
				pthread_mutex_lock(&l.lock);
				l.accepted[l.posted] = k;
				l.sent_at[l.posted] = t0;
				l.posted++;
				pthread_mutex_unlock(&l.lock);
			}
		} else if (st == 0) {
			refused++;
			usleep(20000);
		} else if (st == 503) {
			busy++;
		} else {
			other++;
			if (other <= 3)
				fprintf(stderr, "ingest_load: act %ld: HTTP %ld %s\n", k, st, resp.data);
		}
	}
	if (o->latency) {
		pthread_mutex_lock(&l.lock);
		l.done = true;
		pthread_mutex_unlock(&l.lock);
		pthread_join(poller, NULL);
		fclose(l.out);
		free(l.accepted);
		free(l.sent_at);
	}
	double secs = now_s() - t_start;
	printf("posted %ld: %ld accepted, %ld connection errors, %ld busy (503), %ld other, in %.1f s\n",
	       o->count, ok, refused, busy, other, secs);
	if (out)
		fclose(out);
	ss_buf_release(&resp);
	curl_easy_cleanup(c);
	return other ? 1 : 0;
}

static int cmd_verify(const struct opts *o)
{
	FILE *f = fopen(o->ids, "r");
	if (!f) {
		fprintf(stderr, "ingest_load: cannot open %s\n", o->ids);
		return 2;
	}
	CURL *c = curl_easy_init();
	struct ss_buf resp;
	ss_buf_init(&resp, 1 << 24);
	char line[256], url[1024], mk[128];
	long checked = 0, missing = 0, wrong = 0, dup = 0;
	size_t plen = strlen(o->prefix);
	while (fgets(line, sizeof(line), f)) {
		line[strcspn(line, "\n")] = '\0';
		if (strncmp(line, o->prefix, plen) != 0 || line[plen] != '-')
			continue;
		long k = strtol(line + plen + 1, NULL, 10);
		marker(mk, sizeof(mk), o->prefix, k);
		checked++;
		snprintf(url, sizeof(url), "%s/api/v1/acts/%s", o->url, line);
		if (http(c, "GET", url, NULL, NULL, &resp) != 200) {
			if (++missing <= 5)
				fprintf(stderr, "missing: %s\n", line);
			continue;
		}
		if (!strstr(resp.data, mk)) {
			if (++wrong <= 5)
				fprintf(stderr, "wrong content: %s\n", line);
			continue;
		}
		long t = search_total(c, o->url, mk, &resp);
		if (t != 1 && ++dup <= 5)
			fprintf(stderr, "search for %s's marker found %ld acts\n", line, t);
	}
	fclose(f);
	printf("verified %ld acts: %ld missing, %ld with wrong content, %ld not found exactly once\n",
	       checked, missing, wrong, dup);
	ss_buf_release(&resp);
	curl_easy_cleanup(c);
	return missing || wrong || dup ? 1 : 0;
}

int main(int argc, char **argv)
{
	static const struct option longopts[] = {
		{"url", required_argument, NULL, 'u'},	{"token", required_argument, NULL, 't'},
		{"court", required_argument, NULL, 'c'},	{"count", required_argument, NULL, 'n'},
		{"prefix", required_argument, NULL, 'p'},	{"start", required_argument, NULL, 's'},
		{"rate", required_argument, NULL, 'r'},	{"out", required_argument, NULL, 'o'},
		{"ids", required_argument, NULL, 'i'},	{"latency", required_argument, NULL, 'l'},
		{NULL, 0, NULL, 0},
	};
	struct opts o = {.prefix = "load", .court = "test-court", .count = 100};
	if (argc < 2) {
		fprintf(stderr, "usage: ingest_load post|verify --url URL ...\n");
		return 2;
	}
	const char *cmd = argv[1];
	int c;
	optind = 2;
	while ((c = getopt_long(argc, argv, "", longopts, NULL)) != -1) {
		switch (c) {
		case 'u': o.url = optarg; break;
		case 't': o.token = optarg; break;
		case 'c': o.court = optarg; break;
		case 'n': o.count = atol(optarg); break;
		case 'p': o.prefix = optarg; break;
		case 's': o.start = atol(optarg); break;
		case 'r': o.rate = atof(optarg); break;
		case 'o': o.out = optarg; break;
		case 'i': o.ids = optarg; break;
		case 'l': o.latency = optarg; break;
		default: return 2;
		}
	}
	if (!o.url || o.count < 1)
		return 2;
	curl_global_init(CURL_GLOBAL_DEFAULT);
	int rc = 2;
	if (strcmp(cmd, "post") == 0 && o.token)
		rc = cmd_post(&o);
	else if (strcmp(cmd, "verify") == 0 && o.ids)
		rc = cmd_verify(&o);
	curl_global_cleanup();
	return rc;
}
