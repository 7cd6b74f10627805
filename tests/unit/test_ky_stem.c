/* test_ky_stem.c: unit tests of the Kyrgyz stemmer: every line of
 * tests/data/ky_stem.tsv (word<TAB>expected stem), required
 * non-conflations, and the edges of the contract (buffer too small, empty
 * word, non-Cyrillic, very long words, bytes that are not UTF-8). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "ky_stem.h"

static const char *stem_of(const char *w, char *buf, size_t cap)
{
	ky_stem(w, strlen(w), buf, cap);
	return buf;
}

static void test_tsv_file(void **state)
{
	(void)state;
	FILE *f = fopen("tests/data/ky_stem.tsv", "r");
	char line[1024], out[1024];
	unsigned lines = 0, failed = 0, lineno = 0;
	assert_non_null(f);
	while (fgets(line, sizeof line, f)) {
		lineno++;
		line[strcspn(line, "\r\n")] = '\0';
		if (line[0] == '#' || line[0] == '\0')
			continue;
		char *tab = strchr(line, '\t');
		if (!tab) {
			fprintf(stderr, "ky_stem.tsv:%u: no tab\n", lineno);
			failed++;
			continue;
		}
		*tab = '\0';
		lines++;
		size_t n = ky_stem(line, strlen(line), out, sizeof out);
		if (strcmp(out, tab + 1) != 0 || n != strlen(tab + 1)) {
			fprintf(stderr, "ky_stem.tsv:%u: %s: want '%s', got '%s'\n",
				lineno, line, tab + 1, out);
			failed++;
		}
	}
	fclose(f);
	fprintf(stderr, "ky_stem.tsv: %u lines, %u failed\n", lines, failed);
	assert_true(lines >= 300);
	assert_int_equal(failed, 0);
}

static void test_non_conflations(void **state)
{
	(void)state;
	static const char *const pairs[][2] = {
		{ "мыйзамсыз", "мыйзам" }, { "мыйзамдуу", "мыйзам" },
		{ "айыптуу", "айып" }, { "айыпкер", "айып" }, { "айып", "ай" },
		{ "кызматкер", "кызмат" }, { "күбөлүк", "күбө" },
		{ "тергөөчү", "тергөө" }, { "соттолгон", "сот" },
		{ "ат", "ата" }, { "доогер", "доо" },
	};
	char a[128], b[128];
	for (size_t k = 0; k < sizeof pairs / sizeof pairs[0]; k++) {
		stem_of(pairs[k][0], a, sizeof a);
		stem_of(pairs[k][1], b, sizeof b);
		if (strcmp(a, b) == 0)
			fprintf(stderr, "conflated: %s / %s → %s\n",
				pairs[k][0], pairs[k][1], a);
		assert_string_not_equal(a, b);
	}
}

static void test_buffer_too_small(void **state)
{
	(void)state;
	char out[8];
	const char *w = "соттордун";	/* stem сот: 6 bytes */
	memset(out, 'x', sizeof out);
	assert_int_equal(ky_stem(w, strlen(w), out, 7), 6);
	assert_string_equal(out, "сот");
	memset(out, 'x', sizeof out);
	assert_int_equal(ky_stem(w, strlen(w), out, 6), 6);	/* no room */
	assert_int_equal(out[0], '\0');
	assert_int_equal(out[1], 'x');
	assert_int_equal(ky_stem(w, strlen(w), NULL, 0), 6);
	/* unchanged words follow the same rule */
	assert_int_equal(ky_stem("сот", 6, out, 3), 6);
	assert_int_equal(out[0], '\0');
}

static void test_empty_and_odd(void **state)
{
	(void)state;
	char out[64];
	assert_int_equal(ky_stem("", 0, out, sizeof out), 0);
	assert_string_equal(out, "");
	assert_int_equal(ky_stem(NULL, 0, out, sizeof out), 0);
	assert_string_equal(stem_of("court", out, sizeof out), "court");
	assert_string_equal(stem_of("2024-жылы", out, sizeof out), "2024-жылы");
	assert_string_equal(stem_of("сот-", out, sizeof out), "сот-");
	/* length is honoured: no reading past len, NUL inside is not a word */
	assert_int_equal(ky_stem("соттор\0xx", 15, out, sizeof out), 15);
	assert_int_equal(ky_stem("соттордун", 12, out, sizeof out), 6);
	assert_string_equal(out, "сот");	/* соттор */
}

static void test_invalid_bytes(void **state)
{
	(void)state;
	char out[64];
	static const char *const bad[] = {
		"\xff\xfe", "\xd1", "\xd1\x81\xd0", "\xc0\xaf",
		"\xed\xa0\x80", "\xf4\x90\x80\x80", "сот\x80ко",
	};
	for (size_t k = 0; k < sizeof bad / sizeof bad[0]; k++) {
		size_t len = strlen(bad[k]);
		assert_int_equal(ky_stem(bad[k], len, out, sizeof out), len);
		assert_memory_equal(out, bad[k], len);
	}
}

static void test_long_word(void **state)
{
	(void)state;
	char word[4096], out[4096];
	size_t len = 0;
	while (len + 2 < 2000) {	/* 999 letters: unchanged */
		memcpy(word + len, "а", 2);
		len += 2;
	}
	assert_int_equal(ky_stem(word, len, out, sizeof out), len);
	assert_memory_equal(out, word, len);
	/* 60 letters + a plural: still stemmed */
	len = 0;
	for (int k = 0; k < 20; k++) {
		memcpy(word + len, "сот", 6);
		len += 6;
	}
	memcpy(word + len, "тор", 6);
	len += 6;
	assert_int_equal(ky_stem(word, len, out, sizeof out), len - 6);
}

static void test_never_longer(void **state)
{
	(void)state;
	static const char *const w[] = { "орду", "балдар", "мойну", "мага",
					 "аларды", "сиздин", "район" };
	char out[64];
	for (size_t k = 0; k < sizeof w / sizeof w[0]; k++)
		assert_true(ky_stem(w[k], strlen(w[k]), out, sizeof out) <=
			    strlen(w[k]));
}

static void test_idempotent_nouns(void **state)
{
	(void)state;
	static const char *const w[] = { "соттордун", "мыйзамдарга",
		"иштердин", "күбөлөрдүн", "укуктарынын", "чечиминде",
		"келишимдин", "арыздарды", "жазасына", "прокурордун" };
	char a[128], b[128];
	for (size_t k = 0; k < sizeof w / sizeof w[0]; k++) {
		stem_of(w[k], a, sizeof a);
		stem_of(a, b, sizeof b);
		assert_string_equal(a, b);
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_tsv_file),
		cmocka_unit_test(test_non_conflations),
		cmocka_unit_test(test_buffer_too_small),
		cmocka_unit_test(test_empty_and_odd),
		cmocka_unit_test(test_invalid_bytes),
		cmocka_unit_test(test_long_word),
		cmocka_unit_test(test_never_longer),
		cmocka_unit_test(test_idempotent_nouns),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
