/* test_xw.c: the Xapian wrapper from C — every failure comes back as a
 * status with a message (missing index, second writer, bad query), and a
 * small write/search/snippet/get round trip on a real on-disk index. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "xw.h"

static char dir[64];

static int setup(void **state)
{
	(void)state;
	snprintf(dir, sizeof(dir), "/tmp/xwtest.XXXXXX");
	return mkdtemp(dir) ? 0 : -1;
}

static int teardown(void **state)
{
	(void)state;
	char cmd[128];
	snprintf(cmd, sizeof(cmd), "rm -rf '%s'", dir);
	return system(cmd);
}

static void add(struct xw_writer *w, struct xw_analyzer *a, const char *id,
		const char *date, const char *text)
{
	struct ss_err err;
	struct xw_doc *d = xw_doc_new();
	char uid[64];
	assert_int_equal(xw_analyzer_index(a, d, text, strlen(text), "ru", 1, &err), SS_OK);
	xw_doc_add_term(d, "XTcriminal");
	xw_doc_set_value(d, XW_SLOT_DATE, date, 8);
	xw_doc_set_data(d, text, strlen(text));
	snprintf(uid, sizeof(uid), "Q%s", id);
	assert_int_equal(xw_writer_replace(w, uid, d, &err), SS_OK);
	xw_doc_free(d);
}

static void test_missing_index(void **state)
{
	(void)state;
	struct xw_db *db = (struct xw_db *)1;
	struct ss_err err;
	assert_int_equal(xw_db_open("/nonexistent/index", &db, &err), SS_ERR_NOTFOUND);
	assert_null(db);
	assert_non_null(strstr(err.msg, "/nonexistent/index"));
}

static void test_second_writer_is_locked(void **state)
{
	(void)state;
	struct xw_writer *w1 = NULL, *w2 = NULL;
	struct ss_err err;
	char path[96];
	snprintf(path, sizeof(path), "%s/lock", dir);
	assert_int_equal(xw_writer_open(path, &w1, &err), SS_OK);
	assert_int_equal(xw_writer_open(path, &w2, &err), SS_ERR_DB_LOCKED);
	assert_null(w2);
	assert_non_null(strstr(err.msg, "locked"));
	xw_writer_close(w1);
}

static void test_round_trip(void **state)
{
	(void)state;
	struct xw_writer *w = NULL;
	struct xw_analyzer *a = NULL;
	struct xw_db *db = NULL;
	struct xw_mset *m = NULL;
	struct ss_err err;
	char path[96];
	snprintf(path, sizeof(path), "%s/rt", dir);
	assert_int_equal(xw_writer_open(path, &w, &err), SS_OK);
	assert_int_equal(xw_analyzer_new(&a, &err), SS_OK);
	add(w, a, "1", "20200101", "Подсудимый совершил кражу <телефона>.");
	add(w, a, "2", "20210101", "Истец просит взыскать долг.");
	add(w, a, "1", "20200101", "Подсудимый совершил кражу <телефона> повторно.");
	assert_int_equal(xw_writer_commit(w, &err), SS_OK);
	xw_writer_close(w);
	xw_analyzer_free(a);

	assert_int_equal(xw_db_open(path, &db, &err), SS_OK);
	assert_int_equal(xw_db_doccount(db), 2); /* replaced, not duplicated */

	struct xw_search_req req = {.q = "кража", .limit = 10};
	assert_int_equal(xw_search(db, &req, &m, &err), SS_OK);
	assert_int_equal(xw_mset_size(m), 1);
	char *data = NULL, *snip = NULL;
	size_t len;
	assert_int_equal(xw_mset_data(m, 0, &data, &len, &err), SS_OK);
	assert_non_null(strstr(data, "повторно"));
	assert_int_equal(xw_mset_snippet(m, data, len, "ru", 200, &snip, &err), SS_OK);
	assert_non_null(strstr(snip, "<mark>кражу</mark>"));
	assert_non_null(strstr(snip, "&lt;телефона&gt;"));
	free(snip);
	free(data);
	xw_mset_free(m);

	req.q = "date:2021..";
	assert_int_equal(xw_search(db, &req, &m, &err), SS_OK);
	assert_int_equal(xw_mset_size(m), 1);
	xw_mset_free(m);

	req.q = "date:2021-99..abc";
	assert_int_equal(xw_search(db, &req, &m, &err), SS_ERR_INVAL);
	assert_null(m);
	assert_non_null(strstr(err.msg, "not a date"));

	assert_int_equal(xw_db_get(db, "Q2", &data, &len, &err), SS_OK);
	assert_string_equal(data, "Истец просит взыскать долг.");
	free(data);
	assert_int_equal(xw_db_get(db, "Q3", &data, &len, &err), SS_ERR_NOTFOUND);
	xw_db_close(db);
}

static void test_stem(void **state)
{
	(void)state;
	char *s = NULL;
	struct ss_err err;
	assert_int_equal(xw_stem("ru", "кражи", strlen("кражи"), &s, &err), SS_OK);
	assert_string_equal(s, "краж");
	free(s);
	assert_int_equal(xw_stem("klingon", "x", 1, &s, &err), SS_ERR_INVAL);
	assert_null(s);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_missing_index),
		cmocka_unit_test(test_second_writer_is_locked),
		cmocka_unit_test(test_round_trip),
		cmocka_unit_test(test_stem),
	};
	return cmocka_run_group_tests_name("xw", tests, setup, teardown);
}
