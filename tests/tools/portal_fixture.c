/* portal_fixture.c: a stand-in for portal.sot.kg's case listing, for the
 * `indexer pull` tests.  Serves GET /api/v1/cc_court_case/ from a JSON file
 * of cases with paging (page, per_page) and filters (court_id, start_date,
 * end_date on the first act's date, case_act_exist), on 127.0.0.1 with a
 * free port written to --port-file, and misbehaves on request:
 *   --fail-every N   every Nth listing request answers 500
 *   --stall-page P   the first request for page P sleeps --stall-ms (5000)
 *   --429-once       the first request answers 429 with Retry-After: 1
 *   --delay-ms N     every answer waits N ms
 *   --shape S        portal ({"total","items"}, the default), drf
 *                    ({"count","next","previous","results"}) or array
 *   --log FILE       one line per listing request: "page=P status=S"
 * /redirect-here redirects to the listing (same host); /redirect-away to
 * another host.  Stops on SIGTERM or SIGINT. */
#include <arpa/inet.h>
#include <netinet/in.h>
#include <pthread.h>
#include <signal.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <jansson.h>
#include <microhttpd.h>

static json_t *cases;
static long fail_every, stall_page = -1, stall_ms = 5000, delay_ms;
static bool once_429;
static const char *shape = "portal";
static FILE *log_file;
static unsigned port;
static pthread_mutex_t mu = PTHREAD_MUTEX_INITIALIZER;
static long nrequests;
static bool stalled, sent_429;

static void sleep_ms(long ms)
{
	struct timespec ts = {ms / 1000, (ms % 1000) * 1000000L};
	while (nanosleep(&ts, &ts) != 0)
		;
}

static long qnum(struct MHD_Connection *c, const char *name, long dflt)
{
	const char *v = MHD_lookup_connection_value(c, MHD_GET_ARGUMENT_KIND, name);
	return v && *v ? strtol(v, NULL, 10) : dflt;
}

static enum MHD_Result send_text(struct MHD_Connection *c, unsigned status, const char *type,
				 const char *body, const char *hname, const char *hval)
{
	struct MHD_Response *r = MHD_create_response_from_buffer(strlen(body), (void *)body,
								 MHD_RESPMEM_MUST_COPY);
	MHD_add_response_header(r, "Content-Type", type);
	if (hname)
		MHD_add_response_header(r, hname, hval);
	enum MHD_Result ret = MHD_queue_response(c, status, r);
	MHD_destroy_response(r);
	return ret;
}

static const char *first_act_date(json_t *cs)
{
	json_t *acts = json_object_get(cs, "case_act");
	const char *d = json_string_value(json_object_get(json_array_get(acts, 0), "act_date"));
	return d ? d : "";
}

static bool has_text(json_t *cs)
{
	size_t i;
	json_t *a;
	json_array_foreach(json_object_get(cs, "case_act"), i, a) {
		const char *h = json_string_value(json_object_get(a, "file_html"));
		if (h && *h)
			return true;
	}
	return false;
}

static bool wanted(json_t *cs, long court, const char *from, const char *to, bool need_act)
{
	if (court >= 0) {
		json_t *ct = json_object_get(cs, "court");
		json_t *id = json_is_object(ct) ? json_object_get(ct, "id") : json_object_get(cs, "court_id");
		if (json_integer_value(id) != court)
			return false;
	}
	const char *d = first_act_date(cs);
	if (from && *from && strncmp(d, from, 10) < 0)
		return false;
	if (to && *to && strncmp(d, to, 10) > 0)
		return false;
	return !need_act || has_text(cs);
}

static void log_line(long page, unsigned status)
{
	if (!log_file)
		return;
	pthread_mutex_lock(&mu);
	fprintf(log_file, "page=%ld status=%u\n", page, status);
	fflush(log_file);
	pthread_mutex_unlock(&mu);
}

static enum MHD_Result listing(struct MHD_Connection *c)
{
	long page = qnum(c, "page", 1), per_page = qnum(c, "per_page", 10), court = qnum(c, "court_id", -1);
	const char *from = MHD_lookup_connection_value(c, MHD_GET_ARGUMENT_KIND, "start_date");
	const char *to = MHD_lookup_connection_value(c, MHD_GET_ARGUMENT_KIND, "end_date");
	const char *exist = MHD_lookup_connection_value(c, MHD_GET_ARGUMENT_KIND, "case_act_exist");
	bool fail = false, stall = false, too_many = false;
	pthread_mutex_lock(&mu);
	long n = ++nrequests;
	if (once_429 && !sent_429)
		too_many = sent_429 = true;
	else if (fail_every > 0 && n % fail_every == 0)
		fail = true;
	else if (page == stall_page && !stalled)
		stall = stalled = true;
	pthread_mutex_unlock(&mu);

	if (delay_ms > 0)
		sleep_ms(delay_ms);
	if (too_many) {
		log_line(page, 429);
		return send_text(c, 429, "application/json", "{\"detail\":\"slow down\"}", "Retry-After", "1");
	}
	if (fail) {
		log_line(page, 500);
		return send_text(c, 500, "text/html", "<h1>Server Error (500)</h1>", NULL, NULL);
	}
	if (stall) {
		log_line(page, 0);
		sleep_ms(stall_ms);
	}
	if (page < 1 || per_page < 1) {
		log_line(page, 400);
		return send_text(c, 400, "application/json", "{\"detail\":\"bad page\"}", NULL, NULL);
	}
	if (per_page > 100)
		per_page = 100;
	json_t *all = json_array(), *items = json_array();
	size_t i;
	json_t *cs;
	json_array_foreach(cases, i, cs)
		if (wanted(cs, court, from, to, exist && strcmp(exist, "true") == 0))
			json_array_append(all, cs);
	size_t total = json_array_size(all);
	for (size_t k = (size_t)(page - 1) * (size_t)per_page; k < total && k < (size_t)page * (size_t)per_page; k++)
		json_array_append(items, json_array_get(all, k));
	json_decref(all);
	json_t *root;
	if (strcmp(shape, "array") == 0) {
		root = items;
	} else if (strcmp(shape, "drf") == 0) {
		char next[256];
		snprintf(next, sizeof(next), "http://127.0.0.1:%u/api/v1/cc_court_case/?page=%ld&per_page=%ld", port,
			 page + 1, per_page);
		root = json_pack("{s:I,s:s?,s:n,s:o}", "count", (json_int_t)total, "next",
				 (size_t)page * (size_t)per_page < total ? next : NULL, "previous", "results", items);
	} else {
		root = json_pack("{s:I,s:I,s:I,s:o}", "total", (json_int_t)total, "page", (json_int_t)page,
				 "per_page", (json_int_t)per_page, "items", items);
	}
	char *body = json_dumps(root, JSON_COMPACT);
	json_decref(root);
	log_line(page, 200);
	enum MHD_Result ret = send_text(c, 200, "application/json; charset=utf-8", body, NULL, NULL);
	free(body);
	return ret;
}

static enum MHD_Result on_request(void *cls, struct MHD_Connection *c, const char *url,
				  const char *method, const char *version, const char *upload,
				  size_t *upload_size, void **state)
{
	static int first;
	(void)cls, (void)version, (void)upload, (void)upload_size;
	if (!*state) {
		*state = &first;
		return MHD_YES;
	}
	if (strcmp(method, "GET") != 0)
		return send_text(c, 405, "text/plain", "GET only", NULL, NULL);
	if (strcmp(url, "/api/v1/cc_court_case/") == 0)
		return listing(c);
	if (strcmp(url, "/redirect-here") == 0) {
		char loc[256];
		snprintf(loc, sizeof(loc), "http://127.0.0.1:%u/api/v1/cc_court_case/?page=%ld&per_page=%ld", port,
			 qnum(c, "page", 1), qnum(c, "per_page", 10));
		return send_text(c, 302, "text/plain", "moved", "Location", loc);
	}
	if (strcmp(url, "/redirect-away") == 0)
		return send_text(c, 302, "text/plain", "moved", "Location", "http://elsewhere.invalid/api/v1/");
	return send_text(c, 404, "application/json", "{\"detail\":\"Not found.\"}", NULL, NULL);
}

static void usage(void)
{
	fprintf(stderr, "usage: portal_fixture --data FILE --port-file FILE [--fail-every N] [--stall-page P]\n"
			"                      [--stall-ms MS] [--429-once] [--delay-ms MS]\n"
			"                      [--shape portal|drf|array] [--log FILE]\n");
}

int main(int argc, char **argv)
{
	const char *data = NULL, *port_file = NULL, *log_path = NULL;
	for (int i = 1; i < argc; i++) {
		const char *a = argv[i], *v = i + 1 < argc ? argv[i + 1] : NULL;
		if (strcmp(a, "--429-once") == 0) {
			once_429 = true;
			continue;
		}
		if (!v) {
			usage();
			return 2;
		}
		i++;
		if (strcmp(a, "--data") == 0)
			data = v;
		else if (strcmp(a, "--port-file") == 0)
			port_file = v;
		else if (strcmp(a, "--fail-every") == 0)
			fail_every = atol(v);
		else if (strcmp(a, "--stall-page") == 0)
			stall_page = atol(v);
		else if (strcmp(a, "--stall-ms") == 0)
			stall_ms = atol(v);
		else if (strcmp(a, "--delay-ms") == 0)
			delay_ms = atol(v);
		else if (strcmp(a, "--shape") == 0)
			shape = v;
		else if (strcmp(a, "--log") == 0)
			log_path = v;
		else {
			usage();
			return 2;
		}
	}
	if (!data || !port_file) {
		usage();
		return 2;
	}
	json_error_t jerr;
	json_t *root = json_load_file(data, 0, &jerr);
	cases = json_is_object(root) ? json_object_get(root, "cases") : root;
	if (!json_is_array(cases)) {
		fprintf(stderr, "portal_fixture: %s: not an array of cases (%s)\n", data, jerr.text);
		json_decref(root);
		return 1;
	}
	if (log_path && !(log_file = fopen(log_path, "a"))) {
		perror(log_path);
		json_decref(root);
		return 1;
	}

	sigset_t set;
	sigemptyset(&set);
	sigaddset(&set, SIGTERM);
	sigaddset(&set, SIGINT);
	pthread_sigmask(SIG_BLOCK, &set, NULL);

	struct sockaddr_in sa;
	memset(&sa, 0, sizeof(sa));
	sa.sin_family = AF_INET;
	sa.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	struct MHD_Daemon *d = MHD_start_daemon(
		MHD_USE_THREAD_PER_CONNECTION | MHD_USE_INTERNAL_POLLING_THREAD | MHD_USE_ERROR_LOG, 0, NULL,
		NULL, on_request, NULL, MHD_OPTION_SOCK_ADDR, (struct sockaddr *)&sa,
		MHD_OPTION_CONNECTION_TIMEOUT, (unsigned)30, MHD_OPTION_END);
	if (!d) {
		fprintf(stderr, "portal_fixture: cannot listen on 127.0.0.1\n");
		json_decref(root);
		return 1;
	}
	const union MHD_DaemonInfo *info = MHD_get_daemon_info(d, MHD_DAEMON_INFO_BIND_PORT);
	port = info ? info->port : 0;
	char tmp[4096];
	snprintf(tmp, sizeof(tmp), "%s.tmp", port_file);
	FILE *pf = fopen(tmp, "w");
	if (!pf || fprintf(pf, "%u\n", port) < 0 || fclose(pf) != 0 || rename(tmp, port_file) != 0) {
		perror(port_file);
		MHD_stop_daemon(d);
		json_decref(root);
		return 1;
	}
	int sig;
	sigwait(&set, &sig);
	MHD_stop_daemon(d);
	if (log_file)
		fclose(log_file);
	json_decref(root);
	return 0;
}
