/* searchd: the search daemon.
 *   searchd --listen 127.0.0.1:PORT --index DIR [--threads N] [--config FILE]
 *           [--port-file FILE] [--log-level 0-3] [--web-dir DIR]
 * Flags override the config file.  Stops cleanly on SIGINT/SIGTERM. */
#include <getopt.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>

#include "sd_config.h"
#include "sd_http.h"
#include "sd_ingest.h"
#include "sd_static.h"
#include "ss_log.h"
#include "xw.h"

static void usage(FILE *f)
{
	fprintf(f,
		"usage: searchd --index DIR [--listen HOST:PORT] [--threads N] [--config FILE]\n"
		"               [--port-file FILE] [--log-level 0-3] [--web-dir DIR]\n"
		"               [--spool DIR --ingest-tokens FILE]\n"
		"  --listen         address to serve on (default 127.0.0.1:8080; port 0 = any free port)\n"
		"  --port-file      write the bound port there once listening\n"
		"  --spool          accept acts (POST/PUT/DELETE /api/v1/acts) into this private spool;\n"
		"                   `indexer watch` indexes them\n"
		"  --ingest-tokens  courts' tokens: one '<court-code> sha256:<hex>' per line\n");
}

static int write_port(const char *path, unsigned port)
{
	char tmp[1100];
	snprintf(tmp, sizeof(tmp), "%s.tmp", path);
	FILE *f = fopen(tmp, "w");
	if (!f || fprintf(f, "%u\n", port) < 0 || fclose(f) != 0 || rename(tmp, path) != 0) {
		ss_log(SS_LOG_ERROR, "cannot write port file '%s'", path);
		return -1;
	}
	return 0;
}

int main(int argc, char **argv)
{
	static const struct option longopts[] = {
		{"listen", required_argument, NULL, 'l'},
		{"index", required_argument, NULL, 'i'},
		{"threads", required_argument, NULL, 't'},
		{"config", required_argument, NULL, 'c'},
		{"port-file", required_argument, NULL, 'p'},
		{"log-level", required_argument, NULL, 'v'},
		{"web-dir", required_argument, NULL, 'w'},
		{"spool", required_argument, NULL, 's'},
		{"ingest-tokens", required_argument, NULL, 'T'},
		{"help", no_argument, NULL, 'h'},
		{NULL, 0, NULL, 0},
	};
	static const char *const keys[128] = {['l'] = "listen", ['i'] = "index", ['t'] = "threads",
					      ['p'] = "port_file", ['v'] = "log_level",
					      ['w'] = "web_dir", ['s'] = "spool",
					      ['T'] = "ingest_tokens"};
	struct sd_config cfg;
	struct ss_err err;
	const char *flag_vals[128] = {0};
	const char *config = NULL;
	int c;

	ss_log_set_prog("searchd");
	sd_config_defaults(&cfg);
	while ((c = getopt_long(argc, argv, "l:i:t:c:p:v:w:s:T:h", longopts, NULL)) != -1) {
		if (c == 'h') {
			usage(stdout);
			return 0;
		} else if (c == 'c') {
			config = optarg;
		} else if (c > 0 && c < 128 && keys[c]) {
			flag_vals[c] = optarg;
		} else {
			usage(stderr);
			return 2;
		}
	}
	if (optind < argc) {
		fprintf(stderr, "searchd: unexpected argument '%s'\n", argv[optind]);
		usage(stderr);
		return 2;
	}
	if (config && sd_config_load(&cfg, config, &err) != SS_OK) {
		ss_log(SS_LOG_ERROR, "%s", err.msg);
		return 2;
	}
	for (int k = 0; k < 128; k++) {
		if (flag_vals[k] && sd_config_set(&cfg, keys[k], flag_vals[k], &err) != SS_OK) {
			ss_log(SS_LOG_ERROR, "--%s: %s", keys[k], err.msg);
			return 2;
		}
	}
	ss_log_threshold = (enum ss_log_level)cfg.log_level;

	/* Fail early with a clear message when there is no index yet. */
	struct xw_db *probe = NULL;
	if (xw_db_open(cfg.index, &probe, &err) != SS_OK) {
		ss_log(SS_LOG_ERROR, "%s (build one with: indexer import --index %s FILES)", err.msg, cfg.index);
		return 1;
	}
	unsigned long long acts = (unsigned long long)xw_db_doccount(probe);
	xw_db_close(probe);

	/* Block the stop signals in every thread; main waits for them. */
	sigset_t stop;
	sigemptyset(&stop);
	sigaddset(&stop, SIGINT);
	sigaddset(&stop, SIGTERM);
	pthread_sigmask(SIG_BLOCK, &stop, NULL);
	signal(SIGPIPE, SIG_IGN);

	if (sd_ingest_init(&cfg, &err) != SS_OK) {
		ss_log(SS_LOG_ERROR, "%s", err.msg);
		return 2;
	}
	sd_static_load(cfg.web_dir);
	struct sd_server *srv = NULL;
	if (sd_server_start(&cfg, &srv, &err) != SS_OK) {
		sd_static_free();
		sd_ingest_free();
		ss_log(SS_LOG_ERROR, "%s", err.msg);
		return 1;
	}
	ss_log(SS_LOG_INFO, "serving %llu acts from '%s' on port %u with %ld threads", acts, cfg.index,
	       sd_server_port(srv), cfg.threads);
	if (cfg.port_file[0] && write_port(cfg.port_file, sd_server_port(srv)) != 0) {
		sd_server_stop(srv);
		return 1;
	}
	int sig = 0;
	sigwait(&stop, &sig);
	ss_log(SS_LOG_INFO, "stopping on signal %d", sig);
	sd_server_stop(srv);
	sd_static_free();
	sd_ingest_free();
	return 0;
}
