/* idx_watch.c: the `indexer watch` daemon (see idx_watch.h). */
#include "idx_watch.h"

#include <errno.h>
#include <fcntl.h>
#include <getopt.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/inotify.h>
#include <time.h>
#include <unistd.h>

#include <jansson.h>

#include "depersonify.h"
#include "extract.h"
#include "idx_cli.h"
#include "idx_pipeline.h"
#include "ss_log.h"
#include "ss_mem.h"
#include "ss_spool.h"
#include "xw.h"

static volatile sig_atomic_t stop_requested;

static void on_stop(int sig)
{
	(void)sig;
	stop_requested = 1;
}

struct watch {
	const struct idx_watch_opts *o;
	struct xw_writer *writer;
	struct idx_pipeline *pipe;
	FILE *audit;
	unsigned long long indexed, withdrawn, failed;
};

/* One spool file's outcome, recorded after the commit. */
struct outcome {
	char *ticket;
	json_t *status;
	char *audit_json;
};

static json_t *failure(const char *kind, const struct ss_spool_item *it, const char *reason)
{
	return json_pack("{s:s,s:s?,s:s?,s:s?,s:s}", "status", kind, "op", it ? it->op : NULL,
			 "id", it ? it->id : NULL, "court", it ? it->court : NULL, "reason", reason);
}

/* The act as JSON text: the posted JSON, or the metadata plus the text
 * extracted from the posted file. */
static enum ss_status act_json(const struct ss_spool_item *it, char **out, size_t *len,
			       struct ss_err *err)
{
	if (!it->format || strcmp(it->format, "json") == 0) {
		*out = ss_xstrdup(it->body);
		*len = it->body_len;
		return SS_OK;
	}
	enum ex_format f = ex_format_parse(it->format);
	json_t *meta = json_object_get(it->hdr, "meta");
	if (f == EX_UNKNOWN || !json_is_object(meta))
		return ss_err_set(err, SS_ERR_INVAL, "damaged spool file: format '%s' without metadata", it->format);
	char *text;
	size_t tlen;
	enum ss_status st = ex_extract(f, it->body, it->body_len, &text, &tlen, err);
	if (st)
		return st;
	json_t *act = json_deep_copy(meta);
	json_object_set_new(act, "text", json_stringn(text, tlen));
	free(text);
	*out = json_dumps(act, JSON_COMPACT);
	json_decref(act);
	if (!*out)
		return ss_err_set(err, SS_ERR_INVAL, "the act cannot be encoded as JSON");
	*len = strlen(*out);
	return SS_OK;
}

static json_t *apply_put(struct watch *w, const struct ss_spool_item *it, char **audit)
{
	struct ss_err err;
	char *json = NULL;
	size_t len = 0;
	ss_err_clear(&err);
	if (act_json(it, &json, &len, &err) != SS_OK)
		return failure("failed", it, err.msg);
	struct idx_built b;
	enum ss_status st = idx_pipeline_build(w->pipe, json, len, &b, &err);
	free(json);
	if (st) {
		json_t *f = failure(b.quarantined ? "quarantined" : "failed", it, err.msg);
		*audit = b.audit_json;
		b.audit_json = NULL;
		idx_built_release(&b);
		return f;
	}
	/* searchd checked this; the indexer trusts the header, not the body. */
	if (strcmp(b.id, it->id) != 0) {
		idx_built_release(&b);
		return failure("failed", it, "damaged spool file: the act's id differs from its header");
	}
	char key[160];
	snprintf(key, sizeof(key), "withdrawn:%s", it->id);
	if (xw_writer_replace(w->writer, b.uid, b.doc, &err) != SS_OK ||
	    xw_writer_set_meta(w->writer, key, "", &err) != SS_OK) {
		idx_built_release(&b);
		return NULL; /* an index error: fatal */
	}
	*audit = b.audit_json;
	b.audit_json = NULL;
	idx_built_release(&b);
	return json_pack("{s:s,s:s,s:s,s:s}", "status", "indexed", "op", it->op, "id", it->id,
			 "court", it->court);
}

/* The court's reason, depersonified: it is shown to the public. */
static char *public_reason(struct watch *w, const char *reason)
{
	struct dp_result r = {0};
	struct ss_err err;
	if (dp_text_scrub(idx_pipeline_dp(w->pipe), reason, strlen(reason), NULL, NULL, 0, &r, &err) != SS_OK || r.leak) {
		dp_result_release(&r);
		return ss_xstrdup("(the reason is withheld: it may hold personal data)");
	}
	char *s = ss_xstrdup(r.text);
	dp_result_release(&r);
	return s;
}

static json_t *apply_delete(struct watch *w, const struct ss_spool_item *it)
{
	struct ss_err err;
	char uid[160], key[160], *prev = NULL;
	snprintf(uid, sizeof(uid), "Q%s", it->id);
	snprintf(key, sizeof(key), "withdrawn:%s", it->id);
	if (xw_writer_termfreq(w->writer, uid) == 0) {
		/* Already withdrawn (a replay after a crash) is success. */
		if (xw_writer_get_meta(w->writer, key, &prev, &err) != SS_OK)
			return NULL;
		bool was = prev[0] != '\0';
		free(prev);
		if (was)
			return json_pack("{s:s,s:s,s:s,s:s}", "status", "withdrawn", "op", "delete", "id",
					 it->id, "court", it->court);
		char msg[256];
		snprintf(msg, sizeof(msg), "no published act with id '%.128s' to withdraw", it->id);
		return failure("failed", it, msg);
	}
	json_t *r = json_object_get(it->hdr, "reason");
	char now[32];
	ss_utc_now(now);
	char *reason = public_reason(w, json_is_string(r) ? json_string_value(r) : "");
	json_t *rec = json_pack("{s:s,s:s,s:s}", "reason", reason, "at", now, "court", it->court);
	free(reason);
	char *val = json_dumps(rec, JSON_COMPACT);
	json_decref(rec);
	enum ss_status st = xw_writer_delete(w->writer, uid, &err);
	if (!st)
		st = xw_writer_set_meta(w->writer, key, val, &err);
	free(val);
	if (st)
		return NULL;
	return json_pack("{s:s,s:s,s:s,s:s}", "status", "withdrawn", "op", "delete", "id", it->id,
			 "court", it->court);
}

static json_t *apply(struct watch *w, const char *ticket, char **audit)
{
	char path[4096];
	struct ss_spool_item it;
	struct ss_err err;
	snprintf(path, sizeof(path), "%s/incoming/%s", w->o->spool, ticket);
	if (!ss_spool_ticket_valid(ticket))
		return failure("failed", NULL, "not a spool file: its name is not a ticket");
	enum ss_status st = ss_spool_read(path, &it, &err);
	if (st == SS_ERR_NOTFOUND)
		return json_null(); /* gone since we listed it */
	if (st)
		return failure("failed", NULL, err.msg);
	json_t *out;
	if (strcmp(it.ticket, ticket) != 0)
		out = failure("failed", &it, "damaged spool file: its header names another ticket");
	else if (strcmp(it.op, "put") == 0 || strcmp(it.op, "replace") == 0)
		out = apply_put(w, &it, audit);
	else if (strcmp(it.op, "delete") == 0)
		out = apply_delete(w, &it);
	else
		out = failure("failed", &it, "damaged spool file: unknown operation");
	ss_spool_item_release(&it);
	return out;
}

static void count(struct watch *w, json_t *status)
{
	const char *s = json_string_value(json_object_get(status, "status"));
	if (s && strcmp(s, "indexed") == 0)
		w->indexed++;
	else if (s && strcmp(s, "withdrawn") == 0)
		w->withdrawn++;
	else
		w->failed++;
}

/* One batch: apply, commit, then record outcomes.  Returns how many spool
 * files it took, or -1 on a fatal index error. */
static long run_batch(struct watch *w, struct ss_err *err)
{
	char **names;
	size_t n;
	enum ss_status st = ss_spool_list(w->o->spool, w->o->batch, &names, &n, err);
	if (st)
		return -1;
	if (!n) {
		free(names);
		return 0;
	}
	struct outcome *out = ss_xcalloc(n, sizeof(*out));
	long taken = 0;
	for (size_t i = 0; i < n && st == SS_OK; i++) {
		out[i].ticket = names[i];
		out[i].status = apply(w, names[i], &out[i].audit_json);
		if (!out[i].status)
			st = ss_err_set(err, SS_ERR_XAPIAN, "cannot write the index while applying ticket %s", names[i]);
	}
	if (!st)
		st = xw_writer_commit(w->writer, err);
	/* Only now may a ticket leave incoming/. */
	for (size_t i = 0; i < n; i++) {
		if (!st && json_is_object(out[i].status)) {
			const char *s = json_string_value(json_object_get(out[i].status, "status"));
			const char *id = json_string_value(json_object_get(out[i].status, "id"));
			const char *why = json_string_value(json_object_get(out[i].status, "reason"));
			if (strcmp(s, "indexed") && strcmp(s, "withdrawn"))
				ss_log(SS_LOG_WARN, "ticket %s (act %s) %s: %s", out[i].ticket, id ? id : "?", s, why ? why : "");
			count(w, out[i].status);
			st = ss_spool_finish(w->o->spool, out[i].ticket, out[i].status, err);
			if (w->audit && out[i].audit_json)
				fprintf(w->audit, "%s\n", out[i].audit_json);
			taken++;
		}
		json_decref(out[i].status);
		free(out[i].audit_json);
		free(out[i].ticket);
	}
	free(out);
	free(names);
	if (!st)
		st = ss_spool_sync(w->o->spool, err);
	if (!st && w->audit && fflush(w->audit) != 0)
		st = ss_err_set(err, SS_ERR_IO, "cannot write the audit file: %s", strerror(errno));
	return st ? -1 : taken;
}

static void drain(int fd)
{
	char buf[4096] __attribute__((aligned(__alignof__(struct inotify_event))));
	while (read(fd, buf, sizeof(buf)) > 0)
		;
}

static enum ss_status watch_loop(struct watch *w, struct ss_err *err)
{
	char dir[4096];
	snprintf(dir, sizeof(dir), "%s/incoming", w->o->spool);
	int ino = inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
	if (ino < 0 || inotify_add_watch(ino, dir, IN_MOVED_TO | IN_CLOSE_WRITE) < 0)
		ss_log(SS_LOG_WARN, "inotify unavailable (%s): rescanning every %u ms", strerror(errno),
		       w->o->rescan_ms);
	time_t pruned = 0;
	enum ss_status st = SS_OK;
	while (!stop_requested) {
		long n = run_batch(w, err);
		if (n < 0) {
			st = err->code ? err->code : SS_ERR_INTERNAL;
			break;
		}
		if (n > 0) {
			ss_log(SS_LOG_DEBUG, "batch of %ld committed", n);
			continue; /* more may be waiting */
		}
		if (w->o->once)
			break;
		if (time(NULL) - pruned > 3600) {
			ss_spool_prune(w->o->spool, "done", w->o->keep_status_s);
			pruned = time(NULL);
		}
		/* Sleep until a file arrives or the rescan is due. */
		struct pollfd pfd = {ino, POLLIN, 0};
		if (poll(&pfd, ino >= 0 ? 1 : 0, (int)w->o->rescan_ms) > 0)
			drain(ino);
	}
	if (ino >= 0)
		close(ino);
	return st;
}

enum ss_status idx_watch_run(const struct idx_watch_opts *o, struct ss_err *err)
{
	struct watch w = {.o = o};
	enum ss_status st = ss_spool_init(o->spool, err);
	if (st)
		return st;
	st = xw_writer_open(o->index, &w.writer, err);
	if (!st)
		st = xw_writer_commit(w.writer, err); /* searchd may open it now */
	if (!st)
		st = idx_pipeline_new(o->dp_policy, &w.pipe, err);
	if (!st && o->audit) {
		int fd = open(o->audit, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0600);
		w.audit = fd >= 0 ? fdopen(fd, "a") : NULL;
		if (!w.audit)
			st = ss_err_set(err, SS_ERR_IO, "cannot open audit file '%s': %s", o->audit, strerror(errno));
	}
	if (!st) {
		xw_writer_set_spelling(w.writer, o->spelling);
		ss_log(SS_LOG_INFO, "watching '%s/incoming' for acts to index into '%s'", o->spool, o->index);
		st = watch_loop(&w, err);
		ss_log(SS_LOG_INFO, "%llu acts indexed, %llu withdrawn, %llu failed", w.indexed,
		       w.withdrawn, w.failed);
	}
	if (w.audit)
		fclose(w.audit);
	idx_pipeline_free(w.pipe);
	xw_writer_close(w.writer);
	return st;
}

static void usage(FILE *f)
{
	fprintf(f,
		"usage: indexer watch --index DIR --spool DIR [--batch N] [--rescan-ms N]\n"
		"                     [--keep-status-days N] [--once] [--no-spelling]\n"
		"                     [--audit FILE] [--dp-policy FILE]\n"
		"  indexes acts that searchd's ingest API spooled, in arrival order, until SIGTERM\n"
		"  --batch N          most acts per commit (default 256)\n"
		"  --rescan-ms N      rescan incoming/ at least every N ms (default 2000)\n"
		"  --once             index what is waiting, then exit\n");
}

int idx_watch_cli(int argc, char **argv)
{
	static const struct option longopts[] = {
		{"index", required_argument, NULL, 'i'},
		{"spool", required_argument, NULL, 's'},
		{"batch", required_argument, NULL, 'b'},
		{"rescan-ms", required_argument, NULL, 'r'},
		{"keep-status-days", required_argument, NULL, 'k'},
		{"once", no_argument, NULL, 'o'},
		{"no-spelling", no_argument, NULL, 'S'},
		{"audit", required_argument, NULL, 'a'},
		{"dp-policy", required_argument, NULL, 'P'},
		{"help", no_argument, NULL, 'h'},
		{NULL, 0, NULL, 0},
	};
	struct idx_watch_opts o = {.batch = 256, .rescan_ms = 2000, .keep_status_s = 30L * 86400,
				   .spelling = true};
	int c;
	long v;
	while ((c = getopt_long(argc, argv, "i:s:b:r:k:oSa:P:h", longopts, NULL)) != -1) {
		switch (c) {
		case 'i': o.index = optarg; break;
		case 's': o.spool = optarg; break;
		case 'b':
			if ((v = idx_parse_count("batch", optarg, 1, 100000)) < 0)
				return 2;
			o.batch = (unsigned)v;
			break;
		case 'r':
			if ((v = idx_parse_count("rescan-ms", optarg, 10, 3600000)) < 0)
				return 2;
			o.rescan_ms = (unsigned)v;
			break;
		case 'k':
			if ((v = idx_parse_count("keep-status-days", optarg, 1, 3650)) < 0)
				return 2;
			o.keep_status_s = v * 86400;
			break;
		case 'o': o.once = true; break;
		case 'S': o.spelling = false; break;
		case 'a': o.audit = optarg; break;
		case 'P': o.dp_policy = optarg; break;
		case 'h': usage(stdout); return 0;
		default: usage(stderr); return 2;
		}
	}
	if (!o.index || !o.spool || optind < argc) {
		fprintf(stderr, "indexer: watch needs --index DIR and --spool DIR, and no other arguments\n");
		usage(stderr);
		return 2;
	}
	struct sigaction sa = {0};
	sa.sa_handler = on_stop;
	sigaction(SIGTERM, &sa, NULL);
	sigaction(SIGINT, &sa, NULL);
	struct ss_err err;
	ss_err_clear(&err);
	if (idx_watch_run(&o, &err) != SS_OK) {
		ss_log(SS_LOG_ERROR, "%s", err.msg);
		return 1;
	}
	return 0;
}
