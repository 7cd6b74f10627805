/* test_lib.c: lib/ — buffer caps, UTF-8 validation, the normaliser (NFC,
 * case fold, ё→е, й and Kyrgyz letters intact), name keys, act validation. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "ss_act.h"
#include "ss_buf.h"
#include "ss_key.h"
#include "ss_text.h"

static void test_buf_grows_and_caps(void **state)
{
	(void)state;
	struct ss_buf b;
	ss_buf_init(&b, 10);
	assert_int_equal(ss_buf_adds(&b, "12345"), SS_OK);
	assert_int_equal(ss_buf_addf(&b, "%d", 6789), SS_OK);
	assert_string_equal(b.data, "123456789");
	assert_int_equal(ss_buf_adds(&b, "ab"), SS_ERR_TOO_LARGE);
	assert_string_equal(b.data, "123456789"); /* unchanged on refusal */
	assert_int_equal(ss_buf_addc(&b, 'x'), SS_OK);
	size_t n;
	char *p = ss_buf_detach(&b, &n);
	assert_int_equal(n, 10);
	assert_string_equal(p, "123456789x");
	free(p);
	assert_int_equal(b.len, 0);
	assert_string_equal(b.data, "");
	ss_buf_release(&b);
}

static void test_buf_html(void **state)
{
	(void)state;
	struct ss_buf b;
	ss_buf_init(&b, 0);
	const char *s = "<a href=\"x\">Альфа & 'Омега'</a>";
	ss_buf_add_html(&b, s, strlen(s));
	assert_string_equal(b.data, "&lt;a href=&quot;x&quot;&gt;Альфа &amp; &#39;Омега&#39;&lt;/a&gt;");
	ss_buf_release(&b);
}

static void test_utf8_valid(void **state)
{
	(void)state;
	size_t bad = 99;
	assert_true(ss_utf8_valid("суд ң ө ү", strlen("суд ң ө ү"), NULL));
	assert_false(ss_utf8_valid("ab\xff", 3, &bad));
	assert_int_equal(bad, 2);
	assert_false(ss_utf8_valid("\xc0\xaf", 2, NULL));	  /* overlong */
	assert_false(ss_utf8_valid("\xed\xa0\x80", 3, NULL)); /* surrogate */
	assert_false(ss_utf8_valid("a\0b", 3, NULL));	  /* NUL */
	assert_false(ss_utf8_valid("\xd0", 1, NULL));	  /* truncated */
}

static void check_fold(const char *in, const char *want)
{
	char *out = NULL;
	size_t n = 0;
	struct ss_err err;
	assert_int_equal(ss_text_fold(in, strlen(in), &out, &n, &err), SS_OK);
	assert_string_equal(out, want);
	assert_int_equal(n, strlen(want));
	free(out);
}

static void test_fold(void **state)
{
	(void)state;
	check_fold("ЁЛКА Ёж", "елка еж");
	check_fold("ЙОГУРТ", "йогурт");	/* й keeps its breve */
	check_fold("ҢӨҮ Соттун", "ңөү соттун");	/* Kyrgyz letters are letters */
	/* Decomposed й (и + combining breve) composes to й, never to и. */
	check_fold("\xd0\xb8\xcc\x86", "й");
}

static void test_prepare_keeps_case(void **state)
{
	(void)state;
	char *out = NULL;
	size_t n;
	struct ss_err err;
	const char *in = "Кража AND Грабёж";
	assert_int_equal(ss_text_prepare(in, strlen(in), &out, &n, &err), SS_OK);
	assert_string_equal(out, "Кража AND Грабеж");
	free(out);
	assert_int_equal(ss_text_prepare("\xff", 1, &out, &n, &err), SS_ERR_UTF8);
	assert_null(out);
	assert_non_null(strstr(err.msg, "byte 0"));
}

static void test_keys(void **state)
{
	(void)state;
	char *k = NULL;
	struct ss_err err;
	assert_int_equal(ss_key_name("Асанова Г.Т.", strlen("Асанова Г.Т."), &k, &err), SS_OK);
	assert_string_equal(k, "асановагт");
	free(k);
	assert_int_equal(ss_key_name("асанова г. т.", strlen("асанова г. т."), &k, &err), SS_OK);
	assert_string_equal(k, "асановагт");
	free(k);
	assert_int_equal(ss_key_surname("Асанова Г.Т.", strlen("Асанова Г.Т."), &k, &err), SS_OK);
	assert_string_equal(k, "асанова");
	free(k);
}

#define GOOD_ACT                                                                              \
	"{\"id\":\"a-1\",\"court\":\"osh-city\",\"court_name\":\"Ошский городской суд\","      \
	"\"case_number\":\"ГД-1/20\",\"date\":\"2020-02-29\",\"case_type\":\"civil\","        \
	"\"instance\":\"first\",\"act_type\":\"решение\",\"judge\":\"Иманов К.\",\"text\":\"т\""

static void expect_reject(const char *json, const char *needle)
{
	struct ss_act act;
	struct ss_err err;
	ss_err_clear(&err);
	assert_int_not_equal(ss_act_parse(json, strlen(json), &act, &err), SS_OK);
	if (!strstr(err.msg, needle))
		fail_msg("message '%s' does not mention '%s'", err.msg, needle);
	assert_null(act.json);
}

static void test_act_valid(void **state)
{
	(void)state;
	struct ss_act act;
	struct ss_err err;
	const char *j = GOOD_ACT ",\"parties\":[{\"role\":\"plaintiff\",\"name\":\"Б. Т.\"}]}";
	assert_int_equal(ss_act_parse(j, strlen(j), &act, &err), SS_OK);
	assert_string_equal(act.id, "a-1");
	assert_string_equal(act.date, "2020-02-29");
	assert_null(act.lang);
	assert_non_null(act.parties);
	ss_act_set_lang(&act, "ru");
	assert_string_equal(act.lang, "ru");
	ss_act_release(&act);
}

static void test_act_rejects(void **state)
{
	(void)state;
	expect_reject("{", "malformed JSON");
	expect_reject("[1]", "JSON object");
	expect_reject("{\"id\":\"x\"}", "field 'court': missing");
	expect_reject(GOOD_ACT ",\"date\":\"2021-02-29\"}", "date");
	expect_reject(GOOD_ACT ",\"case_type\":\"criminal\",\"case_type\":\"x\"}", "duplicate");
	expect_reject("{\"id\":\"a b\",\"court\":\"c\"}", "field 'id'");
	expect_reject(GOOD_ACT ",\"lang\":\"en\"}", "field 'lang'");
	expect_reject(GOOD_ACT ",\"parties\":{}}", "field 'parties'");
	expect_reject(GOOD_ACT ",\"parties\":[{\"role\":\"x\"}]}", "parties[0]");
	/* Invalid UTF-8 inside a JSON string is refused by the decoder. */
	expect_reject("{\"id\":\"\xff\"}", "malformed JSON");
}

static void test_dates(void **state)
{
	(void)state;
	assert_true(ss_date_valid("2024-02-29"));
	assert_false(ss_date_valid("2023-02-29"));
	assert_false(ss_date_valid("1900-02-29"));
	assert_true(ss_date_valid("2000-02-29"));
	assert_false(ss_date_valid("2020-04-31"));
	assert_false(ss_date_valid("2020-4-30"));
	assert_false(ss_date_valid("2020-04-30x"));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_buf_grows_and_caps),
		cmocka_unit_test(test_buf_html),
		cmocka_unit_test(test_utf8_valid),
		cmocka_unit_test(test_fold),
		cmocka_unit_test(test_prepare_keeps_case),
		cmocka_unit_test(test_keys),
		cmocka_unit_test(test_act_valid),
		cmocka_unit_test(test_act_rejects),
		cmocka_unit_test(test_dates),
	};
	return cmocka_run_group_tests_name("lib", tests, NULL, NULL);
}
