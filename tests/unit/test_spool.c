/* test_spool.c: the ingest spool (tickets, durable put, damage detection,
 * ticket status through its life) and the ingest tokens file. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cmocka.h>

#include "sd_auth.h"
#include "ss_hash.h"
#include "ss_spool.h"

static char dir[64];

static int make_spool(void **state)
{
	(void)state;
	snprintf(dir, sizeof(dir), "/tmp/sstest.XXXXXX");
	if (!mkdtemp(dir))
		return -1;
	struct ss_err err;
	return ss_spool_init(dir, &err) == SS_OK ? 0 : -1;
}

static int remove_spool(void **state)
{
	(void)state;
	char cmd[128];
	snprintf(cmd, sizeof(cmd), "rm -rf '%s'", dir);
	return system(cmd) == 0 ? 0 : -1;
}

static void test_tickets_sort_in_order(void **state)
{
	(void)state;
	char prev[SS_TICKET_LEN + 1] = "", t[SS_TICKET_LEN + 1];
	for (int i = 0; i < 5000; i++) {
		ss_spool_ticket(t);
		assert_true(ss_spool_ticket_valid(t));
		assert_true(strcmp(prev, t) < 0);
		strcpy(prev, t);
	}
	assert_false(ss_spool_ticket_valid("../../etc/passwd"));
	assert_false(ss_spool_ticket_valid("01a20814d358-000000-e0aaa05bc43C"));
	assert_false(ss_spool_ticket_valid("01a20814d358-000000-e0aaa05bc43"));
}

static void put(const char *ticket, const char *id, const char *body)
{
	struct ss_err err;
	json_t *hdr = json_pack("{s:s,s:s,s:s,s:s}", "op", "put", "court", "c", "id", id, "format", "json");
	assert_int_equal(ss_spool_put(dir, ticket, hdr, body, strlen(body), &err), SS_OK);
	json_decref(hdr);
}

static void test_put_read_roundtrip(void **state)
{
	(void)state;
	char t[SS_TICKET_LEN + 1], path[256];
	struct ss_spool_item it;
	struct ss_err err;
	ss_spool_ticket(t);
	put(t, "act-1", "{\"x\": \"текст\"}");
	snprintf(path, sizeof(path), "%s/incoming/%s", dir, t);
	struct stat sb;
	assert_int_equal(stat(path, &sb), 0);
	assert_int_equal(sb.st_mode & 0777, 0600);
	assert_int_equal(ss_spool_read(path, &it, &err), SS_OK);
	assert_string_equal(it.op, "put");
	assert_string_equal(it.id, "act-1");
	assert_string_equal(it.ticket, t);
	assert_string_equal(it.body, "{\"x\": \"текст\"}");
	ss_spool_item_release(&it);

	char **names;
	size_t n;
	uint64_t bytes, files;
	assert_int_equal(ss_spool_list(dir, 10, &names, &n, &err), SS_OK);
	assert_int_equal(n, 1);
	assert_string_equal(names[0], t);
	free(names[0]);
	free(names);
	assert_int_equal(ss_spool_usage(dir, &bytes, &files, &err), SS_OK);
	assert_int_equal(files, 1);
	assert_int_equal(bytes, (uint64_t)sb.st_size);
	/* nothing is left in tmp/ */
	snprintf(path, sizeof(path), "%s/tmp/%s", dir, t);
	assert_int_not_equal(access(path, F_OK), 0);
}

static void test_damage_is_detected(void **state)
{
	(void)state;
	char t[SS_TICKET_LEN + 1], path[256];
	struct ss_spool_item it;
	struct ss_err err;
	ss_spool_ticket(t);
	put(t, "act-2", "0123456789");
	snprintf(path, sizeof(path), "%s/incoming/%s", dir, t);
	/* truncated */
	struct stat sb;
	stat(path, &sb);
	assert_int_equal(truncate(path, sb.st_size - 3), 0);
	assert_int_equal(ss_spool_read(path, &it, &err), SS_ERR_INVAL);
	assert_non_null(strstr(err.msg, "truncated"));
	/* same length, one byte changed */
	FILE *f = fopen(path, "r+");
	fseek(f, 0, SEEK_END);
	fputs("xyz", f);
	fseek(f, -5, SEEK_END);
	fputc('#', f);
	fclose(f);
	assert_int_equal(ss_spool_read(path, &it, &err), SS_ERR_INVAL);
	assert_non_null(strstr(err.msg, "SHA-256"));
	/* no header line at all */
	f = fopen(path, "w");
	fputs("garbage without a newline", f);
	fclose(f);
	assert_int_equal(ss_spool_read(path, &it, &err), SS_ERR_INVAL);
	assert_non_null(strstr(err.msg, "header"));
	/* a header that is JSON but not ours */
	f = fopen(path, "w");
	fputs("[1,2]\nbody", f);
	fclose(f);
	assert_int_equal(ss_spool_read(path, &it, &err), SS_ERR_INVAL);
	unlink(path);
}

static const char *status_of(const char *t)
{
	static char s[32];
	json_t *st;
	struct ss_err err;
	if (ss_spool_status(dir, t, &st, &err) != SS_OK)
		return "unknown";
	snprintf(s, sizeof(s), "%s", json_string_value(json_object_get(st, "status")));
	json_decref(st);
	return s;
}

static void test_ticket_life(void **state)
{
	(void)state;
	char a[SS_TICKET_LEN + 1], b[SS_TICKET_LEN + 1], path[256];
	struct ss_err err;
	ss_spool_ticket(a);
	ss_spool_ticket(b);
	assert_string_equal(status_of(a), "unknown");
	put(a, "act-a", "{}");
	put(b, "act-b", "{}");
	assert_string_equal(status_of(a), "queued");
	json_t *ok = json_pack("{s:s,s:s}", "status", "indexed", "id", "act-a");
	json_t *bad = json_pack("{s:s,s:s}", "status", "failed", "reason", "field 'date': bad");
	assert_int_equal(ss_spool_finish(dir, a, ok, &err), SS_OK);
	assert_int_equal(ss_spool_finish(dir, b, bad, &err), SS_OK);
	assert_int_equal(ss_spool_sync(dir, &err), SS_OK);
	json_decref(ok);
	json_decref(bad);
	assert_string_equal(status_of(a), "indexed");
	assert_string_equal(status_of(b), "failed");
	snprintf(path, sizeof(path), "%s/incoming/%s", dir, a);
	assert_int_not_equal(access(path, F_OK), 0);
	/* a failed file is kept beside its reason */
	snprintf(path, sizeof(path), "%s/failed/%s", dir, b);
	assert_int_equal(access(path, F_OK), 0);
	/* pruning keeps young records */
	ss_spool_prune(dir, "done", 3600);
	assert_string_equal(status_of(a), "indexed");
}

static char *write_tokens(const char *content)
{
	static char path[64];
	snprintf(path, sizeof(path), "/tmp/sstok.XXXXXX");
	int fd = mkstemp(path);
	assert_true(fd >= 0);
	assert_int_equal(write(fd, content, strlen(content)), (ssize_t)strlen(content));
	close(fd);
	return path;
}

static void test_tokens(void **state)
{
	(void)state;
	struct sd_tokens *t;
	struct ss_err err;
	char h1[65], h2[65], file[512];
	ss_sha256_hex("secret-one", 10, h1);
	ss_sha256_hex("secret-two", 10, h2);
	snprintf(file, sizeof(file), "# courts\n\nbishkek-leninsky sha256:%s\nosh_city  sha256:%s  \n", h1, h2);
	char *p = write_tokens(file);
	assert_int_equal(sd_tokens_load(p, &t, &err), SS_OK);
	unlink(p);
	assert_int_equal(sd_tokens_count(t), 2);
	assert_string_equal(sd_tokens_court(t, "Bearer secret-one"), "bishkek-leninsky");
	assert_string_equal(sd_tokens_court(t, "bearer  secret-two "), "osh_city");
	assert_null(sd_tokens_court(t, "Bearer secret-on"));
	assert_null(sd_tokens_court(t, "secret-one"));
	assert_null(sd_tokens_court(t, "Basic c2VjcmV0"));
	assert_null(sd_tokens_court(t, "Bearer "));
	assert_null(sd_tokens_court(t, NULL));
	sd_tokens_free(t);

	const char *bad[] = {"Court sha256:00\n", "court md5:abc\n", "court sha256:zz\n", "# only comments\n"};
	for (size_t i = 0; i < 4; i++) {
		p = write_tokens(bad[i]);
		assert_int_equal(sd_tokens_load(p, &t, &err), SS_ERR_CONFIG);
		unlink(p);
	}
	assert_int_equal(sd_tokens_load("/nonexistent/tokens", &t, &err), SS_ERR_CONFIG);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_tickets_sort_in_order),
		cmocka_unit_test_setup_teardown(test_put_read_roundtrip, make_spool, remove_spool),
		cmocka_unit_test_setup_teardown(test_damage_is_detected, make_spool, remove_spool),
		cmocka_unit_test_setup_teardown(test_ticket_life, make_spool, remove_spool),
		cmocka_unit_test(test_tokens),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
