/* test_searchd.c: searchd's pure parts — the config table (file and flag
 * values, errors naming line and key) and the query lint and preparation. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <cmocka.h>

#include "sd_config.h"
#include "sd_query.h"

static char *write_tmp(const char *content)
{
	static char path[64];
	snprintf(path, sizeof(path), "/tmp/sdconf.XXXXXX");
	int fd = mkstemp(path);
	assert_true(fd >= 0);
	assert_int_equal(write(fd, content, strlen(content)), (ssize_t)strlen(content));
	close(fd);
	return path;
}

static void test_config_defaults_and_file(void **state)
{
	(void)state;
	struct sd_config c;
	struct ss_err err;
	sd_config_defaults(&c);
	assert_string_equal(c.listen, "127.0.0.1:8080");
	assert_int_equal(c.threads, 4);
	char *p = write_tmp("# comment\nthreads = 8\nindex = /srv/idx\n");
	assert_int_equal(sd_config_load(&c, p, &err), SS_OK);
	unlink(p);
	assert_int_equal(c.threads, 8);
	assert_string_equal(c.index, "/srv/idx");
	/* A flag given afterwards overrides the file. */
	assert_int_equal(sd_config_set(&c, "threads", "2", &err), SS_OK);
	assert_int_equal(c.threads, 2);
}

static void test_config_errors(void **state)
{
	(void)state;
	struct sd_config c;
	struct ss_err err;
	sd_config_defaults(&c);
	char *p = write_tmp("threads = 2\nthredas = 3\n");
	assert_int_equal(sd_config_load(&c, p, &err), SS_ERR_CONFIG);
	unlink(p);
	assert_non_null(strstr(err.msg, "line 2"));
	assert_non_null(strstr(err.msg, "unknown setting 'thredas'"));
	assert_int_equal(sd_config_set(&c, "threads", "999", &err), SS_ERR_CONFIG);
	assert_non_null(strstr(err.msg, "from 1 to 256"));
	assert_int_equal(sd_config_set(&c, "threads", "4x", &err), SS_ERR_CONFIG);
	assert_int_equal(sd_config_load(&c, "/nonexistent/x.conf", &err), SS_ERR_CONFIG);
	assert_non_null(strstr(err.msg, "cannot open"));
}

static void lint_ok(const char *q)
{
	struct ss_err err;
	if (sd_query_check(q, strlen(q), &err) != SS_OK)
		fail_msg("'%s' rejected: %s", q, err.msg);
}

static void lint_bad(const char *q, const char *needle)
{
	struct ss_err err;
	assert_int_equal(sd_query_check(q, strlen(q), &err), SS_ERR_INVAL);
	if (!strstr(err.msg, needle))
		fail_msg("'%s': message '%s' lacks '%s'", q, err.msg, needle);
}

static void test_query_lint(void **state)
{
	(void)state;
	lint_ok("кража");
	lint_ok("(кража OR грабеж) AND NOT условно");
	lint_ok("\"особо крупном (размере\"");
	lint_ok("кража NEAR/5 имущества");
	lint_ok("NOT кража");
	lint_ok("");
	lint_bad("(кража", "no matching ')'");
	lint_bad("кража)", "no matching '('");
	lint_bad("\"кража", "phrase is not closed");
	lint_bad("кража AND", "'AND' has nothing after it");
	lint_bad("OR кража", "'OR' needs");
	lint_bad("кража AND OR грабеж", "'OR' needs");
	lint_bad("(кража OR)", "'OR' has nothing");
	lint_bad("кража ()", "empty parentheses");
}

static void prep(const char *in, const char *want)
{
	char *out = NULL;
	struct ss_err err;
	assert_int_equal(sd_query_prepare(in, strlen(in), &out, &err), SS_OK);
	assert_string_equal(out, want);
	free(out);
}

static void test_query_prepare(void **state)
{
	(void)state;
	prep("Кража AND Грабёж", "кража AND грабеж");
	prep("(Кража OR Соттун) NEAR/3 Иск", "(кража OR соттун) NEAR/3 иск");
	prep("court:Osh-City", "court:osh-city");
	prep("and or", "and or");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_config_defaults_and_file),
		cmocka_unit_test(test_config_errors),
		cmocka_unit_test(test_query_lint),
		cmocka_unit_test(test_query_prepare),
	};
	return cmocka_run_group_tests_name("searchd", tests, NULL, NULL);
}
