/* idx_pull.c: the `indexer pull` command: options, signals, the --follow
 * loop and the summary line; the engine is idx_pull_run.c.  See
 * docs/pull.md. */
#include "idx_pull.h"

#include <getopt.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <curl/curl.h>

#include "idx_cli.h"
#include "idx_progress.h"
#include "idx_pull_run.h"
#include "ss_act.h"
#include "ss_log.h"

static volatile sig_atomic_t stop_flag;

static void on_signal(int sig)
{
	(void)sig;
	stop_flag = 1;
}

static void usage(FILE *f)
{
	fprintf(f,
		"usage: indexer pull --from URL --index DIR [--court-id N]... [--start-date YYYY-MM-DD]\n"
		"                    [--end-date YYYY-MM-DD] [--per-page N] [--timeout SEC] [--max-retries N]\n"
		"                    [--once | --follow SEC] [--audit FILE] [--dp-policy FILE] [--quiet]\n"
		"  --from URL        the case listing, e.g. https://portal.sot.kg/api/v1/cc_court_case/\n"
		"  --court-id N      one listing per court (repeatable; default: every court)\n"
		"  --per-page N      cases per page (default 50)\n"
		"  --timeout SEC     per request, connect included (default 30)\n"
		"  --max-retries N   retries per page on 5xx, 429, timeouts (default 5), then exit 1\n"
		"  --once            one pass, then exit (default)\n"
		"  --follow SEC      a pass every SEC seconds until SIGTERM or SIGINT\n"
		"exit: 0 done, 3 some acts rejected or quarantined, 1 fatal error, 2 usage\n");
}

static void summary(const struct idx_pull_stats *s, double secs)
{
	fprintf(stderr,
		"indexer: pull: %llu pages, %llu acts: %llu indexed (%llu new, %llu changed), %llu unchanged, "
		"%llu rejected (%llu quarantined), %llu without text, %llu of unknown case type, %lu retries, "
		"%.2f s%s%s\n",
		(unsigned long long)s->pages, (unsigned long long)s->acts,
		(unsigned long long)(s->added + s->changed), (unsigned long long)s->added,
		(unsigned long long)s->changed, (unsigned long long)s->unchanged,
		(unsigned long long)s->rejected, (unsigned long long)s->quarantined,
		(unsigned long long)s->no_text, (unsigned long long)s->type_guessed, s->retries, secs,
		s->resumed ? ", resumed" : "", s->stopped ? ", stopped" : "");
}

/* Sleeps between passes; false when told to stop. */
static bool wait_next(long secs)
{
	for (long i = 0; i < secs * 10; i++) {
		if (stop_flag)
			return false;
		struct timespec ts = {0, 100000000L};
		nanosleep(&ts, NULL);
	}
	return !stop_flag;
}

static int run(struct idx_pull_opts *o, long follow)
{
	struct ss_err err;
	ss_err_clear(&err);
	struct idx_pull *p;
	if (idx_pull_new(o, &p, &err) != SS_OK) {
		ss_log(SS_LOG_ERROR, "%s", err.msg);
		return 1;
	}
	int rc = 0;
	for (;;) {
		struct idx_pull_stats s;
		double t0 = idx_now();
		enum ss_status st = idx_pull_pass(p, &s, &err);
		summary(&s, idx_now() - t0);
		if (s.rejected)
			rc = 3;
		if (st) {
			ss_log(SS_LOG_ERROR, "%s", err.msg);
			ss_log(SS_LOG_ERROR, "pull stopped; every page before the failure is committed, "
					     "and a rerun resumes there");
			rc = 1;
			break;
		}
		if (s.quarantined)
			ss_log(SS_LOG_WARN, "%llu acts quarantined: personal data may remain; see the messages above",
			       (unsigned long long)s.quarantined);
		if (!follow || s.stopped || !wait_next(follow))
			break;
	}
	idx_pull_free(p);
	return rc;
}

int idx_pull_cli(int argc, char **argv)
{
	static const struct option longopts[] = {
		{"from", required_argument, NULL, 'f'},
		{"index", required_argument, NULL, 'i'},
		{"court-id", required_argument, NULL, 'c'},
		{"start-date", required_argument, NULL, 's'},
		{"end-date", required_argument, NULL, 'e'},
		{"per-page", required_argument, NULL, 'n'},
		{"timeout", required_argument, NULL, 't'},
		{"max-retries", required_argument, NULL, 'r'},
		{"once", no_argument, NULL, 'o'},
		{"follow", required_argument, NULL, 'F'},
		{"audit", required_argument, NULL, 'a'},
		{"dp-policy", required_argument, NULL, 'P'},
		{"quiet", no_argument, NULL, 'q'},
		{"help", no_argument, NULL, 'h'},
		{NULL, 0, NULL, 0},
	};
	long courts[IDX_PULL_MAX_COURTS];
	struct idx_pull_opts o = {.per_page = 50, .timeout_s = 30, .max_retries = 5,
				  .court_ids = courts, .stop = &stop_flag};
	long follow = 0, v;
	bool once = false;
	int c;
	optind = 1;
	while ((c = getopt_long(argc, argv, "qh", longopts, NULL)) != -1) {
		switch (c) {
		case 'f':
			o.from = optarg;
			break;
		case 'i':
			o.index = optarg;
			break;
		case 'c':
			if (o.ncourts == IDX_PULL_MAX_COURTS) {
				fprintf(stderr, "indexer: at most %d --court-id\n", IDX_PULL_MAX_COURTS);
				return 2;
			}
			if ((v = idx_parse_count("court-id", optarg, 0, 1000000000L)) < 0)
				return 2;
			courts[o.ncourts++] = v;
			break;
		case 's':
		case 'e':
			if (!ss_date_valid(optarg)) {
				fprintf(stderr, "indexer: --%s '%s' is not a date (YYYY-MM-DD)\n",
					c == 's' ? "start-date" : "end-date", optarg);
				return 2;
			}
			*(c == 's' ? &o.start_date : &o.end_date) = optarg;
			break;
		case 'n':
			if ((v = idx_parse_count("per-page", optarg, 1, 1000)) < 0)
				return 2;
			o.per_page = (unsigned)v;
			break;
		case 't':
			if ((v = idx_parse_count("timeout", optarg, 1, 3600)) < 0)
				return 2;
			o.timeout_s = v;
			break;
		case 'r':
			if ((v = idx_parse_count("max-retries", optarg, 0, 100)) < 0)
				return 2;
			o.max_retries = (unsigned)v;
			break;
		case 'o':
			once = true;
			break;
		case 'F':
			if ((follow = idx_parse_count("follow", optarg, 1, 86400)) < 0)
				return 2;
			break;
		case 'a':
			o.audit = optarg;
			break;
		case 'P':
			o.dp_policy = optarg;
			break;
		case 'q':
			o.quiet = true;
			break;
		case 'h':
			usage(stdout);
			return 0;
		default:
			usage(stderr);
			return 2;
		}
	}
	if (!o.from || !o.index || optind < argc) {
		fprintf(stderr, "indexer: pull needs --from URL and --index DIR, and no other arguments\n");
		usage(stderr);
		return 2;
	}
	if (once && follow) {
		fprintf(stderr, "indexer: --once and --follow exclude each other\n");
		return 2;
	}
	if (o.start_date && o.end_date && strcmp(o.start_date, o.end_date) > 0) {
		fprintf(stderr, "indexer: --start-date is after --end-date\n");
		return 2;
	}

	struct sigaction sa;
	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_signal;
	sigemptyset(&sa.sa_mask);
	sigaction(SIGTERM, &sa, NULL);
	sigaction(SIGINT, &sa, NULL);
	signal(SIGPIPE, SIG_IGN);
	if (curl_global_init(CURL_GLOBAL_DEFAULT) != CURLE_OK) {
		ss_log(SS_LOG_ERROR, "cannot initialise libcurl");
		return 1;
	}
	int rc = run(&o, follow);
	curl_global_cleanup();
	return rc;
}
