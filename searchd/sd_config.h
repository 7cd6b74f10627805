/* sd_config.h: searchd's settings: one table of {name, type, default, min,
 * max}, read from a `key = value` file (libinih) and then overridden by
 * command-line flags, so tests never touch /etc. */
#ifndef SD_CONFIG_H
#define SD_CONFIG_H

#include "ss_status.h"

struct sd_config {
	char listen[128];	/* host:port; port 0 picks a free one */
	char index[1024];
	char port_file[1024];	/* where to write the bound port, or "" */
	char web_dir[1024];	/* the search page's files */
	long threads;
	long max_query_bytes;
	long snippet_chars;
	long log_level;		/* 0 error .. 3 debug */
	/* Ingest (off unless both are set). */
	char spool[1024];	/* the private spool directory */
	char ingest_tokens[1024];	/* "<court> sha256:<hex>" per line */
	long spool_max_bytes;	/* backpressure: 503 past these */
	long spool_max_acts;
	long max_body_bytes;	/* largest request body accepted */
};

void sd_config_defaults(struct sd_config *c);
/* Reads a config file; unknown keys and bad values are errors naming the
 * line. */
enum ss_status sd_config_load(struct sd_config *c, const char *path,
			      struct ss_err *err);
/* Sets one key from text (also used for command-line flags). */
enum ss_status sd_config_set(struct sd_config *c, const char *key,
			     const char *value, struct ss_err *err);

#endif
