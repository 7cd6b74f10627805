/* test_norms.c: unit tests of the norm-of-law parser.  The table in
 * tests/data/norms.tsv (reference<TAB>ids[<TAB>case type hint], "\n" = line
 * break) carries most cases; the C tests here cover offsets, id levels,
 * queries, the code table, hinted parsing and the readings of ЖК / ЖПК,
 * empty, invalid, huge and concurrent input.  Run from the repo root. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "norm.h"
#include "ss_buf.h"

#define TSV "tests/data/norms.tsv"

/* Ids of text joined by spaces into out; case_type is the hint (text only). */
static void ids_hinted(const char *text, size_t len, char *out, size_t cap, int query,
		       const char *case_type)
{
	struct norm_list l;
	struct ss_err err;
	struct norm_hint hint = {case_type};
	enum ss_status st = query ? norm_parse_query(text, len, &l, &err)
			    : case_type ? norm_parse_hinted(text, len, &hint, &l, &err)
			    : norm_parse(text, len, &l, &err);
	assert_int_equal(st, SS_OK);
	out[0] = '\0';
	size_t n = 0;
	for (size_t i = 0; i < l.n; i++)
		n += (size_t)snprintf(out + n, cap - n, "%s%s", i ? " " : "", l.refs[i].id);
	norm_list_release(&l);
}

static void ids_of(const char *text, size_t len, char *out, size_t cap, int query)
{
	ids_hinted(text, len, out, cap, query, NULL);
}

static void test_table(void **state)
{
	(void)state;
	FILE *f = fopen(TSV, "r");
	assert_non_null(f);
	char *line = NULL;
	size_t cap = 0, lineno = 0, rows = 0, bad = 0;
	ssize_t got;
	while ((got = getline(&line, &cap, f)) >= 0) {
		lineno++;
		while (got && (line[got - 1] == '\n' || line[got - 1] == '\r'))
			line[--got] = '\0';
		if (!got || line[0] == '#')
			continue;
		char *tab = strchr(line, '\t');
		assert_non_null(tab);
		*tab = '\0';
		const char *want = tab + 1;
		char *tab2 = strchr(tab + 1, '\t');
		const char *case_type = NULL;
		if (tab2) {
			*tab2 = '\0';
			case_type = tab2 + 1;
		}
		/* unescape \n */
		char text[1024];
		size_t n = 0;
		for (const char *p = line; *p && n + 1 < sizeof(text); p++) {
			if (p[0] == '\\' && p[1] == 'n') {
				text[n++] = '\n';
				p++;
			} else {
				text[n++] = *p;
			}
		}
		text[n] = '\0';
		char have[4096];
		ids_hinted(text, n, have, sizeof(have), 0, case_type);
		rows++;
		if (strcmp(have, want) != 0) {
			print_error("%s:%zu: «%s» (case %s)\n  want: %s\n  have: %s\n", TSV, lineno,
				    line, case_type ? case_type : "-", want, have);
			bad++;
		}
	}
	free(line);
	fclose(f);
	assert_true(rows >= 150);
	assert_int_equal(bad, 0);
}

static void test_offsets(void **state)
{
	(void)state;
	const char *t = "Осужден по ч. 2 ст. 166 УК КР к 3 годам.";
	struct norm_list l;
	struct ss_err err;
	assert_int_equal(norm_parse(t, strlen(t), &l, &err), SS_OK);
	assert_int_equal(l.n, 1);
	const char *from = strstr(t, "ч. 2");
	const char *to = strstr(t, " к 3");
	assert_int_equal(l.refs[0].start, (size_t)(from - t));
	assert_int_equal(l.refs[0].end, (size_t)(to - t));
	assert_string_equal(l.refs[0].id, "УК-166-2");
	norm_list_release(&l);

	/* a list: every combination, all inside the written reference */
	t = "по ч. 1, 2 ст. 166 УК";
	assert_int_equal(norm_parse(t, strlen(t), &l, &err), SS_OK);
	assert_int_equal(l.n, 2);
	for (size_t i = 0; i < l.n; i++) {
		assert_true(l.refs[i].start >= 3);
		assert_int_equal(l.refs[i].end, strlen(t));
	}
	norm_list_release(&l);

	/* Kyrgyz: the code comes first */
	t = "Айыпталуучу КР КЖКнын 166-беренесинин 2-бөлүгү менен";
	assert_int_equal(norm_parse(t, strlen(t), &l, &err), SS_OK);
	assert_int_equal(l.n, 1);
	assert_int_equal(l.refs[0].start, (size_t)(strstr(t, "КР") - t));
	assert_int_equal(l.refs[0].end, (size_t)(strstr(t, " менен") - t));
	norm_list_release(&l);

	/* two references in one text, in text order */
	t = "ст. 5 ГК КР ... ч. 1 ст. 130 УК КР";
	assert_int_equal(norm_parse(t, strlen(t), &l, &err), SS_OK);
	assert_int_equal(l.n, 2);
	assert_string_equal(l.refs[0].id, "ГК-5");
	assert_string_equal(l.refs[1].id, "УК-130-1");
	assert_true(l.refs[0].end <= l.refs[1].start);
	norm_list_release(&l);
}

static void test_levels(void **state)
{
	(void)state;
	char lv[4][NORM_ID_MAX];
	assert_int_equal(norm_id_levels("УК-166-2-1", lv, 4), 3);
	assert_string_equal(lv[0], "УК-166");
	assert_string_equal(lv[1], "УК-166-2");
	assert_string_equal(lv[2], "УК-166-2-1");
	assert_int_equal(norm_id_levels("УК-166", lv, 4), 1);
	assert_string_equal(lv[0], "УК-166");
	assert_int_equal(norm_id_levels("УК-166.1-2-а", lv, 4), 3);
	assert_string_equal(lv[0], "УК-166.1");
	assert_int_equal(norm_id_levels("ЗАКОН:о_статусе_судей-6-3", lv, 4), 2);
	assert_string_equal(lv[0], "ЗАКОН:о_статусе_судей-6");
	assert_int_equal(norm_id_levels("УК-166-2-1", lv, 2), 2);
	assert_int_equal(norm_id_levels("УК", lv, 4), 0);
	assert_int_equal(norm_id_levels("УК-", lv, 4), 0);
	assert_int_equal(norm_id_levels("УК-1-2-3-4", lv, 4), 0);
	assert_int_equal(norm_id_levels("", lv, 4), 0);
	assert_int_equal(norm_id_levels(NULL, lv, 4), 0);
}

static void check_query(const char *q, const char *want)
{
	char have[1024];
	ids_of(q, strlen(q), have, sizeof(have), 1);
	if (strcmp(have, want) != 0)
		print_error("query «%s»: want «%s», have «%s»\n", q, want, have);
	assert_string_equal(have, want);
}

static void test_query(void **state)
{
	(void)state;
	check_query("УК-166-2", "УК-166-2");
	check_query("ук-166", "УК-166");
	check_query("  Ук-166-2-1 ", "УК-166-2-1");
	check_query("коао-252", "КоАО-252");
	check_query("КОП-18-1", "КоП-18-1");
	check_query("тамк-330", "ТамК-330");
	check_query("конст-16", "КОНСТ-16");
	check_query("УК-166.1-2-А", "УК-166.1-2-а");
	check_query("УК-166-2, ГК-5", "УК-166-2 ГК-5");
	check_query("ЗАКОН:о_статусе_судей-6", "ЗАКОН:о_статусе_судей-6");
	check_query("закон: О статусе судей - 6", "ЗАКОН:о_статусе_судей-6");
	check_query("ч.2 ст.166 УК", "УК-166-2");
	check_query("ч.2 ст.166 ук", "УК-166-2");
	check_query("ст. 198, 199 гпк", "ГПК-198 ГПК-199");
	check_query("166-берене КЖК", "УК-166");
	check_query("КЖКнын 166-беренесинин 2-бөлүгү", "УК-166-2");
	check_query("ч. 2 ст. 166 УК и ч. 2 ст. 166 УК", "УК-166-2");
	check_query("кража", "");
	check_query("XX-5", "");
	check_query("", "");

	struct norm_list l;
	struct ss_err err;
	assert_int_equal(norm_parse_query("\xff", 1, &l, &err), SS_ERR_UTF8);
	assert_int_equal(l.n, 0);
}

static void test_codes(void **state)
{
	(void)state;
	static const char *const codes[] = {"УК", "УПК", "УИК", "ГК", "ГПК", "АПК", "КоП",
					    "КоН", "КоАО", "ТК", "СК", "ЖК", "НК", "ЗК",
					    "ТамК", "КоД", "КОНСТ", NULL};
	for (const char *const *c = codes; *c; c++)
		assert_non_null(norm_code_name(*c));
	assert_string_equal(norm_code_name("УК"), "Уголовный кодекс Кыргызской Республики");
	assert_null(norm_code_name("XX"));
	assert_null(norm_code_name(NULL));
}

static void check_hinted(const char *text, const char *case_type, const char *want)
{
	char have[1024];
	ids_hinted(text, strlen(text), have, sizeof(have), 0, case_type);
	if (strcmp(have, want) != 0)
		print_error("«%s» (case %s): want «%s», have «%s»\n", text,
			    case_type ? case_type : "-", want, have);
	assert_string_equal(have, want);
}

/* norm_parse_hinted: the case type settles ЖК / ЖПК only when the text names
 * neither code in full; Russian ЖК stays the Housing Code; NULL hints are
 * norm_parse; offsets do not depend on the reading. */
static void test_hinted(void **state)
{
	(void)state;
	const char *ky = "Айыпталуучу КР ЖКнын 130-беренесинин 1-бөлүгү менен айыпталган.";
	check_hinted(ky, NULL, "ГК-130-1");
	check_hinted(ky, "criminal", "УК-130-1");
	check_hinted(ky, "civil", "ГК-130-1");
	check_hinted(ky, "economic", "ГК-130-1");
	check_hinted(ky, "offence", "ГК-130-1");
	check_hinted(ky, "administrative", "ГК-130-1");
	check_hinted(ky, "", "ГК-130-1");
	check_hinted("КР ЖПКнын 313-беренесин жетекчиликке алып", "criminal", "УПК-313");
	check_hinted("КР ЖПКнын 198-беренесин жетекчиликке алып", "civil", "ГПК-198");
	check_hinted("Руководствуясь ст. 85 ЖК КР, суд", "criminal", "ЖК-85");
	check_hinted("Руководствуясь ст. 85 ЖК КР, суд", "civil", "ЖК-85");
	check_hinted("КР СКнын 59-беренесине ылайык", "criminal", "НК-59");
	/* a full name in the text beats the hint */
	check_hinted("КР Жазык кодексинин 201-беренеси; КР ЖКнын 202-беренеси", "civil",
		     "УК-201 УК-202");
	check_hinted("КР Жарандык кодексинин 299-беренеси; КР ЖКнын 358-беренеси", "criminal",
		     "ГК-299 ГК-358");

	/* NULL hint, hint with NULL case type and norm_parse agree */
	struct norm_list a, b, c;
	struct ss_err err;
	struct norm_hint none = {NULL}, crim = {"criminal"};
	assert_int_equal(norm_parse(ky, strlen(ky), &a, &err), SS_OK);
	assert_int_equal(norm_parse_hinted(ky, strlen(ky), NULL, &b, &err), SS_OK);
	assert_int_equal(norm_parse_hinted(ky, strlen(ky), &none, &c, &err), SS_OK);
	assert_int_equal(a.n, 1);
	assert_int_equal(b.n, 1);
	assert_int_equal(c.n, 1);
	assert_string_equal(a.refs[0].id, b.refs[0].id);
	assert_string_equal(a.refs[0].id, c.refs[0].id);
	norm_list_release(&b);
	norm_list_release(&c);
	/* the reading changes the id only, not the offsets */
	assert_int_equal(norm_parse_hinted(ky, strlen(ky), &crim, &b, &err), SS_OK);
	assert_int_equal(b.n, 1);
	assert_string_equal(b.refs[0].id, "УК-130-1");
	assert_int_equal(b.refs[0].start, a.refs[0].start);
	assert_int_equal(b.refs[0].end, a.refs[0].end);
	assert_int_equal(a.refs[0].start, (size_t)(strstr(ky, "КР") - ky));
	norm_list_release(&a);
	norm_list_release(&b);
	/* invalid input is refused with a hint too */
	assert_int_equal(norm_parse_hinted("\xff", 1, &crim, &a, &err), SS_ERR_UTF8);
	assert_int_equal(a.n, 0);
}

/* The evidence is the whole text: a full name far after the abbreviation,
 * beyond the parser's 64K-token flush, still settles it. */
static void test_clash_whole_text(void **state)
{
	(void)state;
	struct ss_buf t;
	ss_buf_init(&t, 0);
	ss_buf_adds(&t, "Айыпталуучу КР ЖКнын 202-беренесинин 2-бөлүгү менен айыпталат.\n\n");
	for (int i = 0; i < 20000; i++)
		ss_buf_adds(&t, "Күбө сотто көрсөтмө берди, 5 күн. Ал 12 жаштагы баласы.\n\n");
	ss_buf_adds(&t, "Сот КР Жазык кодексинин 202-беренесинин 2-бөлүгү боюнча өкүм чыгарды.");
	struct norm_list l;
	struct ss_err err;
	assert_int_equal(norm_parse(t.data, t.len, &l, &err), SS_OK);
	assert_int_equal(l.n, 2);
	assert_string_equal(l.refs[0].id, "УК-202-2");
	assert_string_equal(l.refs[1].id, "УК-202-2");
	norm_list_release(&l);
	ss_buf_release(&t);
}

static void test_empty_and_invalid(void **state)
{
	(void)state;
	struct norm_list l = {(struct norm_ref *)1, 7};
	struct ss_err err;
	assert_int_equal(norm_parse("", 0, &l, &err), SS_OK);
	assert_int_equal(l.n, 0);
	assert_null(l.refs);
	assert_int_equal(norm_parse(NULL, 0, &l, &err), SS_OK);
	assert_int_equal(l.n, 0);
	const char bad[] = "ч. 2 ст. 166 УК \xd0";
	assert_int_equal(norm_parse(bad, sizeof(bad) - 1, &l, &err), SS_ERR_UTF8);
	assert_int_equal(l.n, 0);
	assert_non_null(strstr(err.msg, "UTF-8"));
	const char nul[] = "ст. 5 ГК\0ст. 6 ГК";
	assert_int_equal(norm_parse(nul, sizeof(nul) - 1, &l, &err), SS_ERR_UTF8);
	norm_list_release(&l);
	norm_list_release(NULL);
}

/* Several megabytes of act-like text: every reference found once, memory
 * freed, blank lines give the parser its flush points. */
static void test_huge(void **state)
{
	(void)state;
	static const char *const para[] = {
		"Суд, исследовав материалы дела, установил следующее. Подсудимый "
		"совершил преступление, предусмотренное п. 1 ч. 2 ст. 166 УК КР, при "
		"следующих обстоятельствах: 12 марта 2019 года около 14 ч. 30 мин.\n",
		"Айыпталуучу КР КЖКнын 168-беренесинин 2-бөлүгү менен айыпталат, "
		"бирок ал күнөөсүн мойнуна алган жок.\n\n",
		"Руководствуясь ст.ст. 299-303 УПК КР, суд приговорил: признать "
		"виновным и назначить наказание, не превышающее 5 лет.\n",
	};
	const size_t per_round = 1 + 1 + 5;
	struct ss_buf b;
	ss_buf_init(&b, 0);
	size_t rounds = 0;
	while (b.len < 8u * 1024 * 1024) {
		for (size_t i = 0; i < 3; i++)
			ss_buf_adds(&b, para[i]);
		rounds++;
	}
	struct norm_list l;
	struct ss_err err;
	assert_int_equal(norm_parse(b.data, b.len, &l, &err), SS_OK);
	assert_int_equal(l.n, rounds * per_round);
	for (size_t i = 1; i < l.n; i++)
		assert_true(l.refs[i].start >= l.refs[i - 1].start);
	norm_list_release(&l);

	/* one enormous line of numbers and markers: no crash, bounded output */
	ss_buf_reset(&b);
	for (int i = 0; i < 200000; i++)
		ss_buf_adds(&b, "ст. 1, 2, 3-5, ч. ");
	ss_buf_adds(&b, "УК");
	assert_int_equal(norm_parse(b.data, b.len, &l, &err), SS_OK);
	norm_list_release(&l);
	ss_buf_release(&b);
}

static void *worker(void *arg)
{
	const char *t = arg;
	for (int i = 0; i < 200; i++) {
		struct norm_list l;
		struct ss_err err;
		if (norm_parse(t, strlen(t), &l, &err) || l.n != 2)
			return (void *)1;
		norm_list_release(&l);
		if (norm_parse_query("УК-166-2", 8, &l, &err) || l.n != 1)
			return (void *)1;
		norm_list_release(&l);
	}
	return NULL;
}

static void test_threads(void **state)
{
	(void)state;
	const char *t = "по ч. 2 ст. 166 УК КР и КР КЖПКнын 250-беренеси";
	pthread_t th[4];
	for (int i = 0; i < 4; i++)
		assert_int_equal(pthread_create(&th[i], NULL, worker, (void *)t), 0);
	for (int i = 0; i < 4; i++) {
		void *rv;
		pthread_join(th[i], &rv);
		assert_null(rv);
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_table),
		cmocka_unit_test(test_offsets),
		cmocka_unit_test(test_levels),
		cmocka_unit_test(test_query),
		cmocka_unit_test(test_codes),
		cmocka_unit_test(test_hinted),
		cmocka_unit_test(test_clash_whole_text),
		cmocka_unit_test(test_empty_and_invalid),
		cmocka_unit_test(test_huge),
		cmocka_unit_test(test_threads),
	};
	return cmocka_run_group_tests_name("norms", tests, NULL, NULL);
}
