/* sd_auth.c: bearer tokens for the ingest API (see sd_auth.h). */
#include "sd_auth.h"

#include <ctype.h>
#include <errno.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "ss_mem.h"
#include "ss_hash.h"

#define COURT_MAX 128

struct token_entry {
	char court[COURT_MAX + 1];
	char hash[65];			/* lower-case hex */
};

struct sd_tokens {
	struct token_entry *v;
	size_t n;
};

static bool court_code_ok(const char *s, size_t n)
{
	if (n == 0 || n > COURT_MAX)
		return false;
	for (size_t i = 0; i < n; i++)
		if (!(islower((unsigned char)s[i]) || isdigit((unsigned char)s[i]) || s[i] == '-' || s[i] == '_'))
			return false;
	return true;
}

static enum ss_status parse_line(char *line, struct token_entry *e, bool *blank)
{
	char *p = line;
	*blank = false;
	while (*p == ' ' || *p == '\t')
		p++;
	if (*p == '\0' || *p == '#' || *p == '\n') {
		*blank = true;
		return SS_OK;
	}
	size_t n = strcspn(p, " \t");
	if (!court_code_ok(p, n))
		return SS_ERR_INVAL;
	memcpy(e->court, p, n);
	e->court[n] = '\0';
	p += n;
	while (*p == ' ' || *p == '\t')
		p++;
	if (strncmp(p, "sha256:", 7) != 0)
		return SS_ERR_INVAL;
	p += 7;
	for (int i = 0; i < 64; i++) {
		if (!isxdigit((unsigned char)p[i]))
			return SS_ERR_INVAL;
		e->hash[i] = (char)tolower((unsigned char)p[i]);
	}
	e->hash[64] = '\0';
	p += 64;
	while (*p == ' ' || *p == '\t' || *p == '\r' || *p == '\n')
		p++;
	return *p ? SS_ERR_INVAL : SS_OK;
}

enum ss_status sd_tokens_load(const char *path, struct sd_tokens **out,
			      struct ss_err *err)
{
	*out = NULL;
	FILE *f = fopen(path, "r");
	if (!f)
		return ss_err_set(err, SS_ERR_CONFIG, "cannot read tokens file '%s': %s", path, strerror(errno));
	struct sd_tokens *t = ss_xcalloc(1, sizeof(*t));
	char line[512];
	unsigned lineno = 0;
	while (fgets(line, sizeof(line), f)) {
		lineno++;
		struct token_entry e;
		bool blank;
		if (parse_line(line, &e, &blank) != SS_OK) {
			fclose(f);
			sd_tokens_free(t);
			return ss_err_set(err, SS_ERR_CONFIG,
					  "%s:%u: expected '<court-code> sha256:<64 hex digits>' (court codes: a-z 0-9 - _)",
					  path, lineno);
		}
		if (blank)
			continue;
		t->v = ss_xrealloc(t->v, (t->n + 1) * sizeof(*t->v));
		t->v[t->n++] = e;
	}
	fclose(f);
	if (!t->n) {
		sd_tokens_free(t);
		return ss_err_set(err, SS_ERR_CONFIG, "tokens file '%s' has no tokens", path);
	}
	*out = t;
	return SS_OK;
}

void sd_tokens_free(struct sd_tokens *t)
{
	if (!t)
		return;
	free(t->v);
	free(t);
}

size_t sd_tokens_count(const struct sd_tokens *t)
{
	return t ? t->n : 0;
}

const char *sd_tokens_court(const struct sd_tokens *t, const char *authorization)
{
	if (!t || !authorization || strncasecmp(authorization, "Bearer ", 7) != 0)
		return NULL;
	const char *tok = authorization + 7;
	while (*tok == ' ')
		tok++;
	size_t n = strlen(tok);
	while (n && (tok[n - 1] == ' ' || tok[n - 1] == '\t'))
		n--;
	if (n == 0 || n > 4096)
		return NULL;
	char hash[65];
	ss_sha256_hex(tok, n, hash);
	/* Every entry is compared, match or not, so the time taken says
	 * nothing about which court (if any) a token belongs to. */
	const char *court = NULL;
	for (size_t i = 0; i < t->n; i++)
		if (ss_const_eq(hash, t->v[i].hash, 64) && !court)
			court = t->v[i].court;
	return court;
}
