/* sd_config.c: the settings table and its loaders (see sd_config.h). */
#include "sd_config.h"

#include <errno.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <ini.h>

enum opt_type { OPT_STR, OPT_LONG };

struct opt {
	const char *name;
	enum opt_type type;
	size_t offset, size;
	const char *def;
	long min, max;
};

#define STR(f, d) {#f, OPT_STR, offsetof(struct sd_config, f), sizeof(((struct sd_config *)0)->f), d, 0, 0}
#define NUM(f, d, lo, hi) {#f, OPT_LONG, offsetof(struct sd_config, f), 0, d, lo, hi}
static const struct opt opts[] = {
	STR(listen, "127.0.0.1:8080"),
	STR(index, "var/index"),
	STR(port_file, ""),
	STR(web_dir, "web"),
	NUM(threads, "4", 1, 256),
	NUM(max_query_bytes, "2000", 16, 65536),
	NUM(snippet_chars, "300", 40, 5000),
	NUM(log_level, "2", 0, 3),
	STR(spool, ""),
	STR(ingest_tokens, ""),
	NUM(spool_max_bytes, "2147483648", 4096, 1L << 50),
	NUM(spool_max_acts, "20000", 1, 100000000),
	NUM(max_body_bytes, "67108864", 4096, 1L << 30),
};

enum ss_status sd_config_set(struct sd_config *c, const char *key,
			     const char *value, struct ss_err *err)
{
	for (size_t i = 0; i < sizeof(opts) / sizeof(opts[0]); i++) {
		const struct opt *o = &opts[i];
		if (strcmp(o->name, key) != 0)
			continue;
		char *field = (char *)c + o->offset;
		if (o->type == OPT_STR) {
			if (strlen(value) >= o->size)
				return ss_err_set(err, SS_ERR_CONFIG, "'%s' is longer than %zu bytes", key, o->size - 1);
			strcpy(field, value);
			return SS_OK;
		}
		char *end;
		errno = 0;
		long v = strtol(value, &end, 10);
		if (errno || end == value || *end || v < o->min || v > o->max)
			return ss_err_set(err, SS_ERR_CONFIG, "'%s' must be a number from %ld to %ld, not '%s'",
					  key, o->min, o->max, value);
		*(long *)field = v;
		return SS_OK;
	}
	return ss_err_set(err, SS_ERR_CONFIG, "unknown setting '%s'", key);
}

void sd_config_defaults(struct sd_config *c)
{
	memset(c, 0, sizeof(*c));
	for (size_t i = 0; i < sizeof(opts) / sizeof(opts[0]); i++)
		sd_config_set(c, opts[i].name, opts[i].def, NULL);
}

struct load_ctx {
	struct sd_config *c;
	struct ss_err first;	/* the first bad entry; inih reports its line */
};

static int on_entry(void *user, const char *section, const char *name,
		    const char *value)
{
	struct load_ctx *l = user;
	struct ss_err e;
	(void)section;
	if (sd_config_set(l->c, name, value, &e) != SS_OK) {
		if (l->first.code == SS_OK)
			l->first = e;
		return 0;
	}
	return 1;
}

enum ss_status sd_config_load(struct sd_config *c, const char *path,
			      struct ss_err *err)
{
	struct load_ctx l = {c, {SS_OK, ""}};
	int r = ini_parse(path, on_entry, &l);
	if (r == -1)
		return ss_err_set(err, SS_ERR_CONFIG, "cannot open config '%s': %s", path, strerror(errno));
	if (r == -2)
		return ss_err_set(err, SS_ERR_NOMEM, "out of memory reading config '%s'", path);
	if (r > 0 && l.first.code != SS_OK)
		return ss_err_set(err, SS_ERR_CONFIG, "config '%s' line %d: %s", path, r, l.first.msg);
	if (r > 0)
		return ss_err_set(err, SS_ERR_CONFIG, "config '%s' line %d: not 'key = value'", path, r);
	return SS_OK;
}
