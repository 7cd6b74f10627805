/* ss_spool.c: the ingest spool (see ss_spool.h).  Every step that a 202
 * or a removal from incoming/ depends on is followed by the fsync that
 * makes it survive a power cut: file data, then the directory entry. */
#include "ss_spool.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/random.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "ss_buf.h"
#include "ss_hash.h"
#include "ss_mem.h"

static const char *const subdirs[] = {"tmp", "incoming", "done", "failed"};

void ss_utc_now(char out[32])
{
	struct timespec ts;
	struct tm tm;
	char secs[24];
	clock_gettime(CLOCK_REALTIME, &ts);
	gmtime_r(&ts.tv_sec, &tm);
	strftime(secs, sizeof(secs), "%Y-%m-%dT%H:%M:%S", &tm);
	snprintf(out, 32, "%.20s.%03dZ", secs, (int)(ts.tv_nsec / 1000000));
}

static void path_of(char *out, size_t size, const char *dir, const char *sub,
		    const char *name, const char *ext)
{
	snprintf(out, size, "%s/%s/%s%s", dir, sub, name ? name : "", ext ? ext : "");
}

static int fsync_dir(const char *path)
{
	int fd = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	if (fd < 0)
		return -1;
	int rc = fsync(fd);
	close(fd);
	return rc;
}

enum ss_status ss_spool_init(const char *dir, struct ss_err *err)
{
	char p[4096];
	if (mkdir(dir, 0700) != 0 && errno != EEXIST)
		return ss_err_set(err, SS_ERR_IO, "cannot create spool '%s': %s", dir, strerror(errno));
	for (size_t i = 0; i < sizeof(subdirs) / sizeof(subdirs[0]); i++) {
		path_of(p, sizeof(p), dir, subdirs[i], NULL, NULL);
		if (mkdir(p, 0700) != 0 && errno != EEXIST)
			return ss_err_set(err, SS_ERR_IO, "cannot create '%s': %s", p, strerror(errno));
	}
	return SS_OK;
}

void ss_spool_ticket(char out[SS_TICKET_LEN + 1])
{
	static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
	static unsigned long long last_ms;
	static unsigned seq;
	struct timespec ts;
	unsigned long long rnd = 0;
	clock_gettime(CLOCK_REALTIME, &ts);
	unsigned long long ms = (unsigned long long)ts.tv_sec * 1000 + (unsigned long long)ts.tv_nsec / 1000000;
	if (getrandom(&rnd, sizeof(rnd), 0) != (ssize_t)sizeof(rnd))
		rnd = (unsigned long long)ts.tv_nsec * 2654435761u ^ (unsigned long long)getpid();
	pthread_mutex_lock(&lock);
	/* Never go back in time, even if the clock does. */
	if (ms <= last_ms) {
		ms = last_ms;
		seq++;
	} else {
		seq = 0;
	}
	if (seq > 0xffffff) {
		ms++;
		seq = 0;
	}
	last_ms = ms;
	unsigned s = seq;
	pthread_mutex_unlock(&lock);
	snprintf(out, SS_TICKET_LEN + 1, "%012llx-%06x-%012llx", ms & 0xffffffffffffull, s,
		 rnd & 0xffffffffffffull);
}

bool ss_spool_ticket_valid(const char *s)
{
	if (strlen(s) != SS_TICKET_LEN)
		return false;
	for (int i = 0; i < SS_TICKET_LEN; i++) {
		char c = s[i];
		bool dash = i == 12 || i == 19;
		if (dash ? c != '-' : !((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f')))
			return false;
	}
	return true;
}

static enum ss_status write_all(int fd, const void *p, size_t len)
{
	const char *c = p;
	while (len) {
		ssize_t w = write(fd, c, len);
		if (w < 0) {
			if (errno == EINTR)
				continue;
			return SS_ERR_IO;
		}
		c += w;
		len -= (size_t)w;
	}
	return SS_OK;
}

/* Writes name durably into sub/ via tmp/: data fsynced before the rename,
 * the directory after it. */
static enum ss_status write_durable(const char *dir, const char *sub,
				    const char *name, const void *a, size_t alen,
				    const void *b, size_t blen, bool sync_dir,
				    struct ss_err *err)
{
	char tmp[4096], dst[4096], d[4096];
	path_of(tmp, sizeof(tmp), dir, "tmp", name, NULL);
	path_of(dst, sizeof(dst), dir, sub, name, NULL);
	int fd = open(tmp, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
	if (fd < 0)
		return ss_err_set(err, SS_ERR_IO, "cannot write spool file '%s': %s", tmp, strerror(errno));
	if (write_all(fd, a, alen) || (blen && write_all(fd, b, blen)) || fsync(fd) != 0) {
		int e = errno;
		close(fd);
		unlink(tmp);
		return ss_err_set(err, SS_ERR_IO, "cannot write spool file '%s': %s", tmp, strerror(e));
	}
	if (close(fd) != 0 || rename(tmp, dst) != 0) {
		int e = errno;
		unlink(tmp);
		return ss_err_set(err, SS_ERR_IO, "cannot move spool file into '%s': %s", dst, strerror(e));
	}
	path_of(d, sizeof(d), dir, sub, NULL, NULL);
	if (sync_dir && fsync_dir(d) != 0)
		return ss_err_set(err, SS_ERR_IO, "cannot sync spool directory '%s': %s", d, strerror(errno));
	return SS_OK;
}

enum ss_status ss_spool_put(const char *dir, const char *ticket, json_t *hdr,
			    const void *body, size_t len, struct ss_err *err)
{
	char sha[65], now[32];
	ss_sha256_hex(body, len, sha);
	ss_utc_now(now);
	json_object_set_new(hdr, "v", json_integer(1));
	json_object_set_new(hdr, "ticket", json_string(ticket));
	json_object_set_new(hdr, "received", json_string(now));
	json_object_set_new(hdr, "length", json_integer((json_int_t)len));
	json_object_set_new(hdr, "sha256", json_string(sha));
	char *line = json_dumps(hdr, JSON_COMPACT);
	if (!line)
		return ss_err_set(err, SS_ERR_INVAL, "cannot encode the spool header");
	size_t n = strlen(line);
	line = ss_xrealloc(line, n + 2);
	line[n++] = '\n';
	line[n] = '\0';
	enum ss_status st = write_durable(dir, "incoming", ticket, line, n, body, len, true, err);
	free(line);
	return st;
}

static const char *hdr_str(json_t *hdr, const char *key)
{
	json_t *v = json_object_get(hdr, key);
	return json_is_string(v) ? json_string_value(v) : NULL;
}

static enum ss_status read_file(const char *path, char **data, size_t *len,
				struct ss_err *err)
{
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return ss_err_set(err, errno == ENOENT ? SS_ERR_NOTFOUND : SS_ERR_IO,
				  "cannot read '%s': %s", path, strerror(errno));
	struct stat sb;
	if (fstat(fd, &sb) != 0 || !S_ISREG(sb.st_mode)) {
		close(fd);
		return ss_err_set(err, SS_ERR_INVAL, "'%s' is not a regular file", path);
	}
	size_t size = (size_t)sb.st_size;
	char *buf = ss_xmalloc(size + 1);
	size_t got = 0;
	while (got < size) {
		ssize_t r = read(fd, buf + got, size - got);
		if (r < 0 && errno == EINTR)
			continue;
		if (r <= 0)
			break;
		got += (size_t)r;
	}
	close(fd);
	buf[got] = '\0';
	*data = buf;
	*len = got;
	return SS_OK;
}

enum ss_status ss_spool_read(const char *path, struct ss_spool_item *it,
			     struct ss_err *err)
{
	memset(it, 0, sizeof(*it));
	char *data = NULL;
	size_t len = 0;
	enum ss_status st = read_file(path, &data, &len, err);
	if (st)
		return st;
	return ss_spool_parse(data, len, it, err);
}

enum ss_status ss_spool_parse(char *data, size_t len, struct ss_spool_item *it,
			      struct ss_err *err)
{
	memset(it, 0, sizeof(*it));
	const char *nl = memchr(data, '\n', len < SS_SPOOL_MAX_HEADER ? len : SS_SPOOL_MAX_HEADER);
	if (!nl) {
		free(data);
		return ss_err_set(err, SS_ERR_INVAL, "damaged spool file: no header line (truncated?)");
	}
	json_error_t je;
	json_t *hdr = json_loadb(data, (size_t)(nl - data), JSON_REJECT_DUPLICATES, &je);
	if (!json_is_object(hdr)) {
		json_decref(hdr);
		free(data);
		return ss_err_set(err, SS_ERR_INVAL, "damaged spool file: the header is not a JSON object");
	}
	size_t body_off = (size_t)(nl - data) + 1;
	json_t *jlen = json_object_get(hdr, "length");
	const char *sha = hdr_str(hdr, "sha256");
	const char *op = hdr_str(hdr, "op");
	if (!json_is_integer(jlen) || !sha || !op || !hdr_str(hdr, "ticket") ||
	    !hdr_str(hdr, "court") || !hdr_str(hdr, "id")) {
		json_decref(hdr);
		free(data);
		return ss_err_set(err, SS_ERR_INVAL, "damaged spool file: the header lacks op, ticket, court, id, length or sha256");
	}
	if ((json_int_t)(len - body_off) != json_integer_value(jlen)) {
		json_int_t want = json_integer_value(jlen);
		json_decref(hdr);
		free(data);
		return ss_err_set(err, SS_ERR_INVAL, "damaged spool file: %zu body bytes where the header says %lld (truncated or appended to)",
				  len - body_off, (long long)want);
	}
	char got[65];
	ss_sha256_hex(data + body_off, len - body_off, got);
	if (strcmp(got, sha) != 0) {
		json_decref(hdr);
		free(data);
		return ss_err_set(err, SS_ERR_INVAL, "damaged spool file: the body's SHA-256 does not match its header (corrupted on disk?)");
	}
	memmove(data, data + body_off, len - body_off);
	data[len - body_off] = '\0';
	it->hdr = hdr;
	it->op = op;
	it->ticket = hdr_str(hdr, "ticket");
	it->court = hdr_str(hdr, "court");
	it->id = hdr_str(hdr, "id");
	it->format = hdr_str(hdr, "format");
	it->body = data;
	it->body_len = len - body_off;
	return SS_OK;
}

void ss_spool_item_release(struct ss_spool_item *it)
{
	json_decref(it->hdr);
	free(it->body);
	memset(it, 0, sizeof(*it));
}

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

enum ss_status ss_spool_list(const char *dir, size_t max, char ***names,
			     size_t *n, struct ss_err *err)
{
	char p[4096];
	path_of(p, sizeof(p), dir, "incoming", NULL, NULL);
	*names = NULL;
	*n = 0;
	DIR *d = opendir(p);
	if (!d)
		return ss_err_set(err, SS_ERR_IO, "cannot read spool directory '%s': %s", p, strerror(errno));
	size_t cap = 0;
	struct dirent *de;
	while ((de = readdir(d))) {
		if (de->d_name[0] == '.')
			continue;
		if (*n == cap) {
			cap = cap ? cap * 2 : 64;
			*names = ss_xrealloc(*names, cap * sizeof(char *));
		}
		(*names)[(*n)++] = ss_xstrdup(de->d_name);
	}
	closedir(d);
	if (*n)
		qsort(*names, *n, sizeof(char *), cmp_str);
	while (*n > max)
		free((*names)[--*n]);
	return SS_OK;
}

enum ss_status ss_spool_usage(const char *dir, uint64_t *bytes, uint64_t *files,
			      struct ss_err *err)
{
	char p[4096];
	path_of(p, sizeof(p), dir, "incoming", NULL, NULL);
	*bytes = *files = 0;
	DIR *d = opendir(p);
	if (!d)
		return ss_err_set(err, SS_ERR_IO, "cannot read spool directory '%s': %s", p, strerror(errno));
	int dfd = dirfd(d);
	struct dirent *de;
	while ((de = readdir(d))) {
		struct stat sb;
		if (de->d_name[0] == '.' || fstatat(dfd, de->d_name, &sb, 0) != 0)
			continue;
		*bytes += (uint64_t)sb.st_size;
		(*files)++;
	}
	closedir(d);
	return SS_OK;
}

static bool is_done_status(const char *s)
{
	return s && (strcmp(s, "indexed") == 0 || strcmp(s, "withdrawn") == 0);
}

enum ss_status ss_spool_finish(const char *dir, const char *ticket,
			       json_t *status, struct ss_err *err)
{
	char now[32], src[4096], dst[4096], name[64];
	ss_utc_now(now);
	json_object_set_new(status, "ticket", json_string(ticket));
	json_object_set_new(status, "at", json_string(now));
	bool done = is_done_status(hdr_str(status, "status"));
	char *rec = json_dumps(status, JSON_COMPACT);
	if (!rec)
		return ss_err_set(err, SS_ERR_INVAL, "cannot encode a status record");
	snprintf(name, sizeof(name), "%s.json", ticket);
	enum ss_status st = write_durable(dir, done ? "done" : "failed", name, rec,
					  strlen(rec), NULL, 0, false, err);
	free(rec);
	if (st)
		return st;
	path_of(src, sizeof(src), dir, "incoming", ticket, NULL);
	if (done) {
		if (unlink(src) != 0 && errno != ENOENT)
			return ss_err_set(err, SS_ERR_IO, "cannot remove '%s': %s", src, strerror(errno));
	} else {
		/* The raw file stays private, beside its reason, for a person
		 * to look at; failed/ is never read by the indexer. */
		path_of(dst, sizeof(dst), dir, "failed", ticket, NULL);
		if (rename(src, dst) != 0 && errno != ENOENT)
			return ss_err_set(err, SS_ERR_IO, "cannot move '%s' to failed/: %s", src, strerror(errno));
	}
	return SS_OK;
}

enum ss_status ss_spool_sync(const char *dir, struct ss_err *err)
{
	static const char *const order[] = {"done", "failed", "incoming"};
	char p[4096];
	for (size_t i = 0; i < 3; i++) {
		path_of(p, sizeof(p), dir, order[i], NULL, NULL);
		if (fsync_dir(p) != 0)
			return ss_err_set(err, SS_ERR_IO, "cannot sync '%s': %s", p, strerror(errno));
	}
	return SS_OK;
}

/* The header line of a queued spool file. */
static json_t *queued_header(const char *path)
{
	FILE *f = fopen(path, "rb");
	if (!f)
		return NULL;
	struct ss_buf line;
	ss_buf_init(&line, SS_SPOOL_MAX_HEADER);
	int c;
	while ((c = getc(f)) != EOF && c != '\n')
		if (ss_buf_addc(&line, (char)c) != SS_OK)
			break;
	fclose(f);
	json_t *hdr = c == '\n' ? json_loadb(line.data, line.len, 0, NULL) : NULL;
	ss_buf_release(&line);
	return hdr;
}

enum ss_status ss_spool_status(const char *dir, const char *ticket,
			       json_t **out, struct ss_err *err)
{
	char p[4096], name[64];
	*out = NULL;
	if (!ss_spool_ticket_valid(ticket))
		return ss_err_set(err, SS_ERR_NOTFOUND, "no such ticket");
	snprintf(name, sizeof(name), "%s.json", ticket);
	const char *where[] = {"done", "failed"};
	for (int i = 0; i < 2; i++) {
		path_of(p, sizeof(p), dir, where[i], name, NULL);
		json_t *rec = json_load_file(p, 0, NULL);
		if (json_is_object(rec)) {
			*out = rec;
			return SS_OK;
		}
		json_decref(rec);
	}
	path_of(p, sizeof(p), dir, "incoming", ticket, NULL);
	json_t *hdr = queued_header(p);
	if (!json_is_object(hdr)) {
		json_decref(hdr);
		/* Finished between our two looks? */
		path_of(p, sizeof(p), dir, "done", name, NULL);
		json_t *rec = json_load_file(p, 0, NULL);
		if (json_is_object(rec)) {
			*out = rec;
			return SS_OK;
		}
		json_decref(rec);
		return ss_err_set(err, SS_ERR_NOTFOUND, "no such ticket");
	}
	*out = json_pack("{s:s,s:s,s:O?,s:O?,s:O?,s:O?}", "ticket", ticket, "status", "queued",
			 "op", json_object_get(hdr, "op"), "id", json_object_get(hdr, "id"),
			 "court", json_object_get(hdr, "court"), "received",
			 json_object_get(hdr, "received"));
	json_decref(hdr);
	return SS_OK;
}

void ss_spool_prune(const char *dir, const char *sub, long max_age_s)
{
	char p[4096];
	path_of(p, sizeof(p), dir, sub, NULL, NULL);
	DIR *d = opendir(p);
	if (!d)
		return;
	time_t now = time(NULL);
	int dfd = dirfd(d);
	struct dirent *de;
	while ((de = readdir(d))) {
		struct stat sb;
		if (de->d_name[0] != '.' && fstatat(dfd, de->d_name, &sb, 0) == 0 &&
		    now - sb.st_mtime > max_age_s)
			unlinkat(dfd, de->d_name, 0);
	}
	closedir(d);
}
