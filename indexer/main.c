/* indexer: the only process that writes the index.
 *   indexer import --index DIR [--batch N] [--threads N] [--no-spelling] [--quiet]
 *                  [--audit FILE] [--dp-policy FILE] PATH...
 *   indexer watch --index DIR --spool DIR [...]   (idx_watch.h)
 *   indexer pull --from URL --index DIR [...]     (idx_pull.h)
 * Every act is depersonified before it is indexed; an act where personal
 * data may remain is quarantined (not indexed).  Exit status: 0 all acts
 * indexed; 3 some acts rejected or quarantined (the rest indexed and
 * committed); 1 a fatal error; 2 usage. */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "idx_cli.h"
#include "idx_import.h"
#include "idx_pull.h"
#include "idx_watch.h"
#include "ss_log.h"

static void usage(FILE *f)
{
	fprintf(f,
		"usage: indexer import --index DIR [--batch N] [--threads N] [--no-spelling] [--quiet]\n"
		"                      [--audit FILE] [--dp-policy FILE] PATH...\n"
		"  PATH: a JSONL file (one act per line), a .json file (one act),\n"
		"        a directory of them, or - for JSONL on standard input\n"
		"  --threads N       analysis threads (default: cores - 1; the writer is one more)\n"
		"  --audit FILE      append the private redaction report (JSONL, mode 0600)\n"
		"  --dp-policy FILE  depersonification policy (docs/depersonify.md)\n"
		"exit: 0 all indexed, 3 some acts rejected or quarantined, 1 fatal error, 2 usage\n"
		"       indexer watch --index DIR --spool DIR [--once] ...   (indexer watch --help)\n"
		"       indexer pull --from URL --index DIR ...              (indexer pull --help)\n");
}

static int cmd_import(int argc, char **argv)
{
	static const struct option longopts[] = {
		{"index", required_argument, NULL, 'i'},
		{"batch", required_argument, NULL, 'b'},
		{"threads", required_argument, NULL, 't'},
		{"no-spelling", no_argument, NULL, 'S'},
		{"quiet", no_argument, NULL, 'q'},
		{"audit", required_argument, NULL, 'a'},
		{"dp-policy", required_argument, NULL, 'P'},
		{"help", no_argument, NULL, 'h'},
		{NULL, 0, NULL, 0},
	};
	/* The writer needs a core of its own: analysis gets the others. */
	long ncpu = sysconf(_SC_NPROCESSORS_ONLN);
	struct idx_import_opts o = {.batch = 2000, .spelling = true,
				    .threads = ncpu > 1 && ncpu < 64 ? (unsigned)ncpu - 1 : 1};
	int c;
	while ((c = getopt_long(argc, argv, "i:b:t:qh", longopts, NULL)) != -1) {
		switch (c) {
		case 'i':
			o.index = optarg;
			break;
		case 'b': {
			long v = idx_parse_count("batch", optarg, 1, 1000000);
			if (v < 0)
				return 2;
			o.batch = (unsigned)v;
			break;
		}
		case 't': {
			long v = idx_parse_count("threads", optarg, 1, 64);
			if (v < 0)
				return 2;
			o.threads = (unsigned)v;
			break;
		}
		case 'S':
			o.spelling = false;
			break;
		case 'q':
			o.quiet = true;
			break;
		case 'a':
			o.audit = optarg;
			break;
		case 'P':
			o.dp_policy = optarg;
			break;
		case 'h':
			usage(stdout);
			return 0;
		default:
			usage(stderr);
			return 2;
		}
	}
	if (!o.index || optind >= argc) {
		fprintf(stderr, "indexer: import needs --index DIR and at least one PATH\n");
		usage(stderr);
		return 2;
	}
	o.paths = (const char *const *)argv + optind;
	o.npaths = (size_t)(argc - optind);

	struct idx_import_stats stats;
	struct ss_err err;
	ss_err_clear(&err);
	if (idx_import(&o, &stats, &err) != SS_OK) {
		ss_log(SS_LOG_ERROR, "%s", err.msg);
		return 1;
	}
	if (stats.quarantined)
		ss_log(SS_LOG_WARN, "%llu acts quarantined: personal data may remain; see the messages above",
		       (unsigned long long)stats.quarantined);
	return stats.rejected ? 3 : 0;
}

int main(int argc, char **argv)
{
	ss_log_set_prog("indexer");
	if (argc < 2 || strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0) {
		usage(argc < 2 ? stderr : stdout);
		return argc < 2 ? 2 : 0;
	}
	if (strcmp(argv[1], "import") == 0)
		return cmd_import(argc - 1, argv + 1);
	if (strcmp(argv[1], "watch") == 0)
		return idx_watch_cli(argc - 1, argv + 1);
	if (strcmp(argv[1], "pull") == 0)
		return idx_pull_cli(argc - 1, argv + 1);
	fprintf(stderr, "indexer: unknown command '%s'\n", argv[1]);
	usage(stderr);
	return 2;
}
