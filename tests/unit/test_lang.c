/* test_lang.c: unit tests of Russian/Kyrgyz language detection
 * (stemmers/lang.c): code names, whole-text detection on typical act
 * fragments, mixed texts, and per-word Kyrgyz evidence with Russian words
 * that must not be taken for Kyrgyz. */
#include <setjmp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "lang.h"

static enum lang_code detect(const char *s)
{
	return lang_detect_text(s, strlen(s));
}

static bool word_ky(const char *s)
{
	return lang_word_is_kyrgyz(s, strlen(s));
}

static void test_codes(void **state)
{
	(void)state;
	assert_string_equal(lang_code_str(LANG_RU), "ru");
	assert_string_equal(lang_code_str(LANG_KY), "ky");
	assert_string_equal(lang_code_str(LANG_UNKNOWN), "");
	assert_int_equal(lang_code_parse("ru"), LANG_RU);
	assert_int_equal(lang_code_parse("ky"), LANG_KY);
	assert_int_equal(lang_code_parse("kg"), LANG_UNKNOWN);
	assert_int_equal(lang_code_parse("RU"), LANG_UNKNOWN);
	assert_int_equal(lang_code_parse(""), LANG_UNKNOWN);
	assert_int_equal(lang_code_parse(NULL), LANG_UNKNOWN);
}

static void test_detect_text(void **state)
{
	(void)state;
	assert_int_equal(detect("Бишкек шаарынын Биринчи май райондук соту "
		"айыпталуучу Н.-нын ишин карап чыгып, Кыргыз Республикасынын "
		"Кылмыш-жаза кодексинин 166-беренесинин 2-бөлүгү боюнча "
		"күнөөлүү деп тапты."), LANG_KY);
	assert_int_equal(detect("Суд, рассмотрев в открытом судебном заседании "
		"уголовное дело по обвинению Н. в совершении преступления, "
		"предусмотренного ч. 2 ст. 166 УК Кыргызской Республики, "
		"установил следующее."), LANG_RU);
	/* Kyrgyz without ң ө ү: function words decide */
	assert_int_equal(detect("Иш жана арыз боюнча токтом кабыл алынды деп"),
			 LANG_KY);
	/* a Russian act quoting one Kyrgyz phrase stays Russian */
	assert_int_equal(detect("Истец просит взыскать с ответчика долг. В "
		"расписке указано «карыз төлөнөт», что не оспаривается и "
		"подтверждено в суде."), LANG_RU);
	/* defaults */
	assert_int_equal(detect(""), LANG_RU);
	assert_int_equal(lang_detect_text(NULL, 0), LANG_RU);
	assert_int_equal(detect("12345 ... !!!"), LANG_RU);
	assert_int_equal(detect("court decision"), LANG_RU);
	/* upper case Kyrgyz letters count */
	assert_int_equal(detect("ӨКҮМ ЖАНА ЧЕЧИМ ҮЧҮН"), LANG_KY);
	/* invalid bytes do not stop detection */
	assert_int_equal(detect("\xff сотко \xfe жана күбөнүн \xc0"), LANG_KY);
}

static void test_word(void **state)
{
	(void)state;
	/* Kyrgyz letters, any case */
	assert_true(word_ky("күбө"));
	assert_true(word_ky("Өкүм"));
	assert_true(word_ky("ҮЧҮН"));
	assert_true(word_ky("таӊ"));	/* look-alike en with tail */
	/* spellings Russian never has */
	assert_true(word_ky("жылы"));
	assert_true(word_ky("кылмышы"));	/* шы */
	assert_true(word_ky("маалымат"));
	assert_true(word_ky("жазуу"));
	assert_true(word_ky("ылайык"));
	/* function words and Kyrgyz endings */
	assert_true(word_ky("жана"));
	assert_true(word_ky("боюнча"));
	assert_true(word_ky("мыйзамдын"));
	assert_true(word_ky("шаардагы"));
	/* Russian words, including legal ones and those near the rules */
	static const char *const ru[] = {
		"суд", "прокурор", "кодекса", "Кыргызской", "Кыргызстана",
		"решение", "жалоба", "шина", "жизнь", "участок", "сын",
		"Бишкек", "статьи", "районного", "вакансия", "ответчика",
		"гражданин", "кооператив", "зоопарк", "взыскать", "истец",
	};
	for (size_t k = 0; k < sizeof ru / sizeof ru[0]; k++) {
		if (word_ky(ru[k]))
			fprintf(stderr, "taken for Kyrgyz: %s\n", ru[k]);
		assert_false(word_ky(ru[k]));
	}
	/* not words */
	assert_false(word_ky(""));
	assert_false(lang_word_is_kyrgyz(NULL, 0));
	assert_false(word_ky("123"));
	assert_false(word_ky("gün"));
	assert_false(word_ky("\xd2"));	/* truncated ң */
	assert_false(word_ky("күбө\xff"));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_codes),
		cmocka_unit_test(test_detect_text),
		cmocka_unit_test(test_word),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
