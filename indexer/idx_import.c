/* idx_import.c: the import command's engine (see idx_import.h). */
#include "idx_import.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "idx_pipeline.h"
#include "idx_workers.h"
#include "idx_progress.h"
#include "ss_act.h"
#include "ss_buf.h"
#include "ss_log.h"
#include "ss_mem.h"
#include "xw.h"

struct import_run {
	const struct idx_import_opts *o;
	struct idx_workers *workers;
	struct xw_writer *writer;
	struct idx_progress progress;
	struct idx_import_stats *stats;
	unsigned pending;
	FILE *audit;
};

static bool has_suffix(const char *s, const char *suf)
{
	size_t n = strlen(s), m = strlen(suf);
	return n >= m && strcmp(s + n - m, suf) == 0;
}

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Expands directories (one level, *.jsonl and *.json, sorted) into files. */
static enum ss_status collect(const char *path, char ***files, size_t *n,
			      uint64_t *bytes, struct ss_err *err)
{
	struct stat sb;
	if (strcmp(path, "-") == 0) {
		*files = ss_xrealloc(*files, (*n + 1) * sizeof(char *));
		(*files)[(*n)++] = ss_xstrdup(path);
		return SS_OK;
	}
	if (stat(path, &sb) != 0)
		return ss_err_set(err, SS_ERR_IO, "cannot read '%s': %s", path, strerror(errno));
	if (!S_ISDIR(sb.st_mode)) {
		*files = ss_xrealloc(*files, (*n + 1) * sizeof(char *));
		(*files)[(*n)++] = ss_xstrdup(path);
		*bytes += (uint64_t)sb.st_size;
		return SS_OK;
	}
	DIR *dir = opendir(path);
	if (!dir)
		return ss_err_set(err, SS_ERR_IO, "cannot open directory '%s': %s", path, strerror(errno));
	size_t first = *n;
	struct dirent *de;
	while ((de = readdir(dir))) {
		if (de->d_name[0] == '.' ||
		    !(has_suffix(de->d_name, ".jsonl") || has_suffix(de->d_name, ".json")))
			continue;
		struct ss_buf full;
		ss_buf_init(&full, 0);
		ss_buf_addf(&full, "%s/%s", path, de->d_name);
		if (stat(full.data, &sb) == 0 && S_ISREG(sb.st_mode)) {
			*files = ss_xrealloc(*files, (*n + 1) * sizeof(char *));
			(*files)[(*n)++] = ss_buf_detach(&full, NULL);
			*bytes += (uint64_t)sb.st_size;
		}
		ss_buf_release(&full);
	}
	closedir(dir);
	qsort(*files + first, *n - first, sizeof(char *), cmp_str);
	return SS_OK;
}

static enum ss_status commit(struct import_run *r, struct ss_err *err)
{
	if (!r->pending)
		return SS_OK;
	enum ss_status st = xw_writer_commit(r->writer, err);
	r->pending = 0;
	return st;
}

/* One analysed act, in input order: to the writer, or reported.  Only
 * writer failures are fatal; a bad act is counted and reported. */
static enum ss_status apply(struct import_run *r, struct idx_result *res,
			    struct ss_err *err)
{
	const char *where = res->where;
	unsigned long lineno = res->lineno;
	size_t len = res->len;
	struct idx_built b = res->built;
	struct ss_err aerr = res->err;
	enum ss_status st = res->st;
	memset(&res->built, 0, sizeof(res->built));
	if (r->audit && b.audit_json)
		fprintf(r->audit, "%s\n", b.audit_json);
	if (st) {
		r->stats->rejected++;
		r->stats->quarantined += b.quarantined;
		if (!r->o->quiet) {
			char line[32] = "";
			if (lineno)
				snprintf(line, sizeof(line), ":%lu", lineno);
			ss_log(SS_LOG_WARN, "%s%s: act%s%s%s %s: %s", where, line, b.id[0] ? " '" : "", b.id,
			       b.id[0] ? "'" : "", b.quarantined ? "quarantined" : "rejected", aerr.msg);
		}
		idx_built_release(&b);
		idx_progress_step(&r->progress, len, true);
		return SS_OK;
	}
	st = xw_writer_replace(r->writer, b.uid, b.doc, err);
	idx_built_release(&b);
	if (st)
		return st;
	r->stats->indexed++;
	idx_progress_step(&r->progress, len, false);
	if (++r->pending >= r->o->batch)
		return commit(r, err);
	return SS_OK;
}

/* Applies every finished result, in order; with wait, all pending ones. */
static enum ss_status drain(struct import_run *r, bool wait, struct ss_err *err)
{
	struct idx_result res;
	enum ss_status st = SS_OK;
	while (idx_workers_next(r->workers, wait, &res)) {
		if (!st)
			st = apply(r, &res, err);
		idx_result_release(&res);
	}
	return st;
}

static enum ss_status one_act(struct import_run *r, const char *where,
			      unsigned long lineno, const char *json,
			      size_t len, struct ss_err *err)
{
	/* Apply what is finished; if the window is still full, wait for the
	 * oldest act (submit never waits: only this thread takes results). */
	enum ss_status st = drain(r, false, err);
	while (!st && idx_workers_full(r->workers)) {
		struct idx_result res;
		if (!idx_workers_next(r->workers, true, &res))
			break;
		st = apply(r, &res, err);
		idx_result_release(&res);
	}
	if (!st)
		idx_workers_submit(r->workers, where, lineno, json, len);
	return st;
}

static bool blank(const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (s[i] != ' ' && s[i] != '\t' && s[i] != '\r' && s[i] != '\n')
			return false;
	return true;
}

static enum ss_status import_file(struct import_run *r, const char *path,
				  struct ss_err *err)
{
	FILE *f = strcmp(path, "-") == 0 ? stdin : fopen(path, "rb");
	if (!f)
		return ss_err_set(err, SS_ERR_IO, "cannot open '%s': %s", path, strerror(errno));
	enum ss_status st = SS_OK;
	if (has_suffix(path, ".json")) {
		/* One act per .json file. */
		struct ss_buf all;
		char chunk[65536];
		size_t n;
		ss_buf_init(&all, 2 * (size_t)SS_ACT_MAX_TEXT);
		while ((n = fread(chunk, 1, sizeof(chunk), f)) > 0)
			if (ss_buf_add(&all, chunk, n) != SS_OK)
				break;
		if (ferror(f))
			st = ss_err_set(err, SS_ERR_IO, "cannot read '%s': %s", path, strerror(errno));
		else
			st = one_act(r, path, 0, all.data, all.len, err);
		ss_buf_release(&all);
	} else {
		char *line = NULL;
		size_t cap = 0;
		ssize_t n;
		unsigned long lineno = 0;
		while (!st && (n = getline(&line, &cap, f)) >= 0) {
			lineno++;
			if (blank(line, (size_t)n))
				continue;
			st = one_act(r, path, lineno, line, (size_t)n, err);
		}
		if (!st && ferror(f))
			st = ss_err_set(err, SS_ERR_IO, "cannot read '%s': %s", path, strerror(errno));
		free(line);
	}
	if (f != stdin)
		fclose(f);
	return st;
}

enum ss_status idx_import(const struct idx_import_opts *o,
			  struct idx_import_stats *stats, struct ss_err *err)
{
	struct import_run r = {.o = o, .stats = stats};
	char **files = NULL;
	size_t nfiles = 0;
	uint64_t total = 0;
	enum ss_status st = SS_OK;
	memset(stats, 0, sizeof(*stats));

	for (size_t i = 0; !st && i < o->npaths; i++)
		st = collect(o->paths[i], &files, &nfiles, &total, err);
	if (!st)
		st = idx_workers_new(o->threads, o->dp_policy, &r.workers, err);
	if (!st && o->audit) {
		/* The audit report is private: offsets and categories only, but
		 * still nobody else's business. */
		int fd = open(o->audit, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0600);
		r.audit = fd >= 0 ? fdopen(fd, "a") : NULL;
		if (!r.audit)
			st = ss_err_set(err, SS_ERR_IO, "cannot open audit file '%s': %s", o->audit, strerror(errno));
	}
	if (!st)
		st = xw_writer_open(o->index, &r.writer, err);
	if (!st) {
		xw_writer_set_spelling(r.writer, o->spelling);
		idx_progress_init(&r.progress, total);
		for (size_t i = 0; !st && i < nfiles; i++)
			st = import_file(&r, files[i], err);
		if (!st)
			st = drain(&r, true, err);
		if (!st)
			st = commit(&r, err);
		idx_progress_finish(&r.progress);
	}
	idx_workers_free(r.workers);
	xw_writer_close(r.writer);
	if (r.audit && fclose(r.audit) != 0 && !st)
		st = ss_err_set(err, SS_ERR_IO, "cannot write audit file '%s'", o->audit);
	for (size_t i = 0; i < nfiles; i++)
		free(files[i]);
	free(files);
	return st;
}
