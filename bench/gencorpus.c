/* gencorpus.c: deterministic generator of synthetic court decisions of the
 * Kyrgyz Republic (Russian, Kyrgyz and mixed), one JSON act per line on
 * stdout.  It feeds both the committed corpus samples and the benchmark, so
 * it is fast (200,000 acts in seconds) and fully reproducible: every act is
 * built from its own splitmix64 stream seeded by (--seed, index), so act N is
 * the same whatever --count is.  Texts are assembled from phrase templates
 * with a small markup ({D.s0} = defendant, short form, nominative; {%a|b} =
 * random alternative; see tpl_marker) so names, dates, addresses, ПИН and
 * phones land naturally in the narrative where the depersonifier must find
 * them.  Article numbers follow one mapping per period, documented in
 * corpus-samples/README.md; the word "контрафакт*" is never produced (tests
 * rely on it being unique to a handwritten act). */
#include <errno.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ss_buf.h"
#include "ss_mem.h"

/* ---------------------------------------------------------------- PRNG */

struct rng {
	uint64_t s;
};

static uint64_t rng_next(struct rng *r)
{
	uint64_t z = (r->s += 0x9E3779B97F4A7C15ULL);
	z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
	z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
	return z ^ (z >> 31);
}

/* Uniform in [0, n); n > 0.  Multiply-shift avoids modulo bias that matters. */
static unsigned rng_below(struct rng *r, unsigned n)
{
	return (unsigned)(((rng_next(r) >> 32) * (uint64_t)n) >> 32);
}

static int rng_range(struct rng *r, int lo, int hi)
{
	return lo + (int)rng_below(r, (unsigned)(hi - lo + 1));
}

static double rng_unit(struct rng *r)
{
	return (double)(rng_next(r) >> 11) * 0x1.0p-53;
}

static int rng_chance(struct rng *r, double p)
{
	return rng_unit(r) < p;
}

#define NELEM(a) (sizeof(a) / sizeof((a)[0]))
#define PICK(r, a) ((a)[rng_below((r), (unsigned)NELEM(a))])

/* NULL-terminated phrase pools. */
static unsigned pool_len(const char *const *p)
{
	unsigned n = 0;
	while (p[n])
		n++;
	return n;
}

static const char *pool_pick(struct rng *r, const char *const *p)
{
	return p[rng_below(r, pool_len(p))];
}

/* ------------------------------------------------------------- courts */

enum court_kind { CK_DISTRICT, CK_INTER, CK_REGIONAL, CK_SUPREME };

struct court {
	const char *code;
	const char *ru;		/* nominative */
	const char *ru_gen;
	const char *ky;		/* always ends in "соту" */
	const char *city_ru;
	const char *city_ky;
	const char *area_ru;	/* prosecutor's office: "прокурора <area>" */
	const char *tag;	/* case number suffix */
	enum court_kind kind;
	int appeal;		/* index of the appellate court */
	int weight;		/* relative case load */
};

static const struct court courts[] = {
	{"bishkek-pervomaisky", "Первомайский районный суд города Бишкек", "Первомайского районного суда города Бишкек",
	 "Бишкек шаарынын Биринчи май райондук соту", "г. Бишкек", "Бишкек шаары", "Первомайского района г. Бишкек", "Б1", CK_DISTRICT, 4, 9},
	{"bishkek-leninsky", "Ленинский районный суд города Бишкек", "Ленинского районного суда города Бишкек",
	 "Бишкек шаарынын Ленин райондук соту", "г. Бишкек", "Бишкек шаары", "Ленинского района г. Бишкек", "Б2", CK_DISTRICT, 4, 9},
	{"bishkek-oktyabrsky", "Октябрьский районный суд города Бишкек", "Октябрьского районного суда города Бишкек",
	 "Бишкек шаарынын Октябрь райондук соту", "г. Бишкек", "Бишкек шаары", "Октябрьского района г. Бишкек", "Б3", CK_DISTRICT, 4, 8},
	{"bishkek-sverdlovsky", "Свердловский районный суд города Бишкек", "Свердловского районного суда города Бишкек",
	 "Бишкек шаарынын Свердлов райондук соту", "г. Бишкек", "Бишкек шаары", "Свердловского района г. Бишкек", "Б4", CK_DISTRICT, 4, 8},
	{"bishkek-city", "Бишкекский городской суд", "Бишкекского городского суда",
	 "Бишкек шаардык соту", "г. Бишкек", "Бишкек шаары", "г. Бишкек", "БГС", CK_REGIONAL, 22, 6},
	{"osh-city", "Ошский городской суд", "Ошского городского суда",
	 "Ош шаардык соту", "г. Ош", "Ош шаары", "г. Ош", "О1", CK_DISTRICT, 6, 8},
	{"osh-oblast", "Ошский областной суд", "Ошского областного суда",
	 "Ош облустук соту", "г. Ош", "Ош шаары", "Ошской области", "ООС", CK_REGIONAL, 22, 4},
	{"chui-oblast", "Чуйский областной суд", "Чуйского областного суда",
	 "Чүй облустук соту", "г. Бишкек", "Бишкек шаары", "Чуйской области", "ЧОС", CK_REGIONAL, 22, 4},
	{"alamudun", "Аламудунский районный суд Чуйской области", "Аламудунского районного суда Чуйской области",
	 "Чүй облусунун Аламүдүн райондук соту", "с. Лебединовка", "Лебединовка айылы", "Аламудунского района", "Ч1", CK_DISTRICT, 7, 6},
	{"jalal-abad-oblast", "Жалал-Абадский областной суд", "Жалал-Абадского областного суда",
	 "Жалал-Абад облустук соту", "г. Жалал-Абад", "Жалал-Абад шаары", "Жалал-Абадской области", "ЖОС", CK_REGIONAL, 22, 3},
	{"jalal-abad-city", "Жалал-Абадский городской суд", "Жалал-Абадского городского суда",
	 "Жалал-Абад шаардык соту", "г. Жалал-Абад", "Жалал-Абад шаары", "г. Жалал-Абад", "Ж1", CK_DISTRICT, 9, 5},
	{"issyk-kul-oblast", "Иссык-Кульский областной суд", "Иссык-Кульского областного суда",
	 "Ысык-Көл облустук соту", "г. Каракол", "Каракол шаары", "Иссык-Кульской области", "ИОС", CK_REGIONAL, 22, 3},
	{"karakol-city", "Каракольский городской суд", "Каракольского городского суда",
	 "Каракол шаардык соту", "г. Каракол", "Каракол шаары", "г. Каракол", "И1", CK_DISTRICT, 11, 4},
	{"naryn-district", "Нарынский районный суд Нарынской области", "Нарынского районного суда Нарынской области",
	 "Нарын облусунун Нарын райондук соту", "г. Нарын", "Нарын шаары", "Нарынского района", "Н1", CK_DISTRICT, 14, 3},
	{"naryn-oblast", "Нарынский областной суд", "Нарынского областного суда",
	 "Нарын облустук соту", "г. Нарын", "Нарын шаары", "Нарынской области", "НОС", CK_REGIONAL, 22, 2},
	{"talas-oblast", "Таласский областной суд", "Таласского областного суда",
	 "Талас облустук соту", "г. Талас", "Талас шаары", "Таласской области", "ТОС", CK_REGIONAL, 22, 2},
	{"talas-city", "Таласский городской суд", "Таласского городского суда",
	 "Талас шаардык соту", "г. Талас", "Талас шаары", "г. Талас", "Т1", CK_DISTRICT, 15, 3},
	{"batken-district", "Баткенский районный суд Баткенской области", "Баткенского районного суда Баткенской области",
	 "Баткен облусунун Баткен райондук соту", "г. Баткен", "Баткен шаары", "Баткенского района", "БТ1", CK_DISTRICT, 18, 3},
	{"batken-oblast", "Баткенский областной суд", "Баткенского областного суда",
	 "Баткен облустук соту", "г. Баткен", "Баткен шаары", "Баткенской области", "БОС", CK_REGIONAL, 22, 2},
	{"chui-interdistrict", "Межрайонный суд Чуйской области", "Межрайонного суда Чуйской области",
	 "Чүй облусунун райондор аралык соту", "г. Бишкек", "Бишкек шаары", "Чуйской области", "ЧМС", CK_INTER, 7, 3},
	{"bishkek-interdistrict", "Бишкекский межрайонный суд", "Бишкекского межрайонного суда",
	 "Бишкек шаарынын райондор аралык соту", "г. Бишкек", "Бишкек шаары", "г. Бишкек", "БМС", CK_INTER, 4, 5},
	{"osh-interdistrict", "Ошский межрайонный суд", "Ошского межрайонного суда",
	 "Ош облусунун райондор аралык соту", "г. Ош", "Ош шаары", "Ошской области", "ОМС", CK_INTER, 6, 3},
	{"supreme", "Верховный суд Кыргызской Республики", "Верховного суда Кыргызской Республики",
	 "Кыргыз Республикасынын Жогорку соту", "г. Бишкек", "Бишкек шаары", "Кыргызской Республики", "ВС", CK_SUPREME, 22, 0},
	{"sokuluk", "Сокулукский районный суд Чуйской области", "Сокулукского районного суда Чуйской области",
	 "Чүй облусунун Сокулук райондук соту", "с. Сокулук", "Сокулук айылы", "Сокулукского района", "Ч2", CK_DISTRICT, 7, 5},
};

/* -------------------------------------------------------------- names */

static const char *const male_first[] = {
	"Бакыт", "Нурлан", "Азамат", "Эрлан", "Улан", "Талант", "Мирлан", "Алмаз", "Данияр", "Максат",
	"Бекболот", "Канат", "Адилет", "Эмил", "Жыргалбек", "Темирлан", "Айбек", "Нурбек", "Элдияр",
	"Чынгыз", "Урмат", "Бактыбек", "Жаныбек", "Санжар", "Александр", "Виктор", "Олег", "Иван",
	"Роман", "Денис", "Максим", "Сергей", "Дмитрий", "Игорь", "Рустам", "Фарход", "Шерзод",
};
static const char *const female_first[] = {
	"Айгерим", "Гульнара", "Жылдыз", "Асель", "Нургуль", "Айзада", "Бермет", "Чолпон", "Динара",
	"Айпери", "Назира", "Гулмира", "Мээрим", "Жазгуль", "Айнура", "Салтанат", "Бурул", "Камила",
	"Елена", "Ольга", "Наталья", "Светлана", "Татьяна", "Ирина", "Анна", "Юлия", "Екатерина",
	"Дилноза", "Зарина",
};
/* father's given name, and the stem its patronymic is built on */
static const char *const fathers[][2] = {
	{"Жумабек", "Жумабеков"}, {"Асанбек", "Асанбеков"}, {"Токтогул", "Токтогулов"},
	{"Садыр", "Садыров"}, {"Мамат", "Маматов"}, {"Орозбек", "Орозбеков"},
	{"Турдубай", "Турдубаев"}, {"Кубанычбек", "Кубанычбеков"}, {"Абдыкадыр", "Абдыкадыров"},
	{"Эсенбек", "Эсенбеков"}, {"Шаршен", "Шаршенов"}, {"Бейшен", "Бейшенов"}, {"Сапар", "Сапаров"},
	{"Кадыр", "Кадыров"}, {"Токтосун", "Токтосунов"}, {"Алымбек", "Алымбеков"},
	{"Александр", "Александров"}, {"Виктор", "Викторов"}, {"Сергей", "Сергеев"},
	{"Николай", "Николаев"}, {"Владимир", "Владимиров"}, {"Юрий", "Юрьев"}, {"Рахим", "Рахимов"},
};
/* male surnames; all end in -ов/-ев/-ин so they decline regularly */
static const char *const surnames[] = {
	"Асанов", "Жумабеков", "Токтогулов", "Садыков", "Мамытов", "Орозбеков", "Исаков", "Усенов",
	"Бекмуратов", "Абдыкеримов", "Сыдыков", "Касымов", "Алиев", "Маматов", "Иманалиев", "Джумалиев",
	"Осмонов", "Турдубаев", "Шаршеналиев", "Эсенов", "Калыков", "Бакиров", "Султанов", "Нурматов",
	"Кадыров", "Абдраимов", "Темиров", "Мукашев", "Омурзаков", "Бообеков", "Чотонов", "Байсалов",
	"Юсупов", "Рахимов", "Умаров", "Каримов", "Иванов", "Петров", "Смирнов", "Кузнецов", "Попов",
	"Волков", "Федоров", "Никитин", "Лебедев", "Соколов", "Морозов", "Ильин",
};
static const char *const streets_ru[] = {
	"ул. Токтогула", "ул. Манаса", "ул. Ахунбаева", "пр. Чуй", "ул. Московская", "ул. Киевская",
	"ул. Боконбаева", "ул. Ибраимова", "пр. Жибек Жолу", "ул. Курманжан Датка", "ул. Ленина",
	"ул. Масалиева", "ул. Абдрахманова", "ул. Исанова", "ул. Фрунзе", "ул. Горького",
	"ул. Байтик Баатыра", "ул. Жукеева-Пудовкина", "ул. Тоголок Молдо", "ул. Кулатова",
};
static const char *const streets_ky[] = {
	"Токтогул", "Манас", "Ахунбаев", "Чүй", "Москва", "Киев", "Боконбаев", "Ибраимов",
	"Жибек Жолу", "Курманжан Датка", "Ленин", "Масалиев", "Абдрахманов", "Исанов", "Фрунзе",
	"Горький", "Байтик Баатыр", "Жукеев-Пудовкин", "Тоголок Молдо", "Кулатов",
};
static const char *const micro_ru[] = {
	"мкр. Джал", "мкр. Асанбай", "мкр. Аламедин-1", "мкр. Восток-5", "ж/м Ак-Орго", "ж/м Арча-Бешик",
	"ж/м Кок-Жар", "мкр. Тунгуч", "мкр. Анар", "ж/м Калыс-Ордо",
};
static const char *const birthplaces_ru[] = {
	"г. Бишкек", "г. Ош", "г. Кара-Балта", "г. Токмок", "с. Беловодское Московского района",
	"г. Жалал-Абад", "г. Каракол", "г. Нарын", "с. Кара-Суу", "г. Талас", "г. Баткен",
	"с. Кочкор-Ата Ноокенского района", "г. Узген", "с. Ат-Башы", "с. Чолпон-Ата",
};
static const char *const birthplaces_ky[] = {
	"Бишкек шаарында", "Ош шаарында", "Кара-Балта шаарында", "Токмок шаарында", "Жалал-Абад шаарында",
	"Каракол шаарында", "Нарын шаарында", "Кара-Суу айылында", "Талас шаарында", "Баткен шаарында",
	"Өзгөн шаарында", "Ат-Башы айылында", "Кочкор айылында",
};
static const char *const months_gen[] = {
	"января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября",
	"октября", "ноября", "декабря",
};
/* Kyrgyz dates: "2020-жылдын 12-марты" and the locative "12-мартында". */
static const char *const months_ky[] = {
	"январы", "февралы", "марты", "апрели", "майы", "июну", "июлу", "августу", "сентябры",
	"октябры", "ноябры", "декабры",
};
static const char *const months_ky_loc[] = {
	"январында", "февралында", "мартында", "апрелинде", "майында", "июнунда", "июлунда",
	"августунда", "сентябрында", "октябрында", "ноябрында", "декабрында",
};

struct person {
	char last[64];		/* male form; feminised on output */
	char first[40];
	char father[40];
	char patr[48];		/* patronymic stem */
	int female;
	int kstyle;		/* "Жумабек уулу Бакыт" instead of surname + patronymic */
	int dob_y, dob_m, dob_d;
	char addr_ru[160];
	char addr_ky[160];
	char pin[16];
	char phone[24];
	const char *role;	/* parties role, NULL for officials */
};

static int ends_with(const char *s, const char *suf)
{
	size_t a = strlen(s), b = strlen(suf);
	return a >= b && memcmp(s + a - b, suf, b) == 0;
}

/* Appends s with its last n bytes replaced by rep. */
static void put_stem(struct ss_buf *b, const char *s, size_t cut, const char *rep)
{
	ss_buf_add(b, s, strlen(s) - cut);
	ss_buf_adds(b, rep);
}

/* Russian cases: 0 nom, 1 gen, 2 dat, 3 acc, 4 instr. */
static void put_surname(struct ss_buf *b, const struct person *p, int c)
{
	static const char *const m[] = {"", "а", "у", "а", "ым"};
	static const char *const f[] = {"а", "ой", "ой", "у", "ой"};
	ss_buf_adds(b, p->last);
	ss_buf_adds(b, p->female ? f[c] : m[c]);
}

static void put_first(struct ss_buf *b, const char *n, int female, int c)
{
	if (c == 0) {
		ss_buf_adds(b, n);
	} else if (!female) {
		static const char *const ij[] = {"", "я", "ю", "я", "ем"};
		static const char *const cons[] = {"", "а", "у", "а", "ом"};
		if (ends_with(n, "й") || ends_with(n, "ь"))
			put_stem(b, n, 2, ij[c]);
		else
			put_stem(b, n, 0, cons[c]);
	} else if (ends_with(n, "ия")) {
		static const char *const e[] = {"ия", "ии", "ии", "ию", "ией"};
		put_stem(b, n, 4, e[c]);
	} else if (ends_with(n, "ья")) {
		static const char *const e[] = {"ья", "ьи", "ье", "ью", "ьей"};
		put_stem(b, n, 4, e[c]);
	} else if (ends_with(n, "а")) {
		static const char *const hard[] = {"а", "ы", "е", "у", "ой"};
		static const char *const soft[] = {"а", "и", "е", "у", "ой"};
		int k = ends_with(n, "га") || ends_with(n, "ка") || ends_with(n, "ха") ||
			ends_with(n, "жа") || ends_with(n, "ша") || ends_with(n, "ча");
		put_stem(b, n, 2, (k ? soft : hard)[c]);
	} else if (ends_with(n, "ь")) {
		static const char *const e[] = {"ь", "и", "и", "ь", "ью"};
		put_stem(b, n, 2, e[c]);
	} else {
		ss_buf_adds(b, n);	/* Айгерим, Жылдыз: indeclinable */
	}
}

static void put_patr(struct ss_buf *b, const struct person *p, int c)
{
	static const char *const m[] = {"ич", "ича", "ичу", "ича", "ичем"};
	static const char *const f[] = {"на", "ны", "не", "ну", "ной"};
	ss_buf_adds(b, p->patr);
	ss_buf_adds(b, p->female ? f[c] : m[c]);
}

static void put_initial(struct ss_buf *b, const char *s)
{
	unsigned char c = (unsigned char)s[0];
	size_t n = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
	ss_buf_add(b, s, n);
	ss_buf_addc(b, '.');
}

/* form: 'f' full, 's' "Асанов Б.Ж.", 'r' "Б.Ж. Асанов", 'l' surname only. */
static void put_name(struct ss_buf *b, const struct person *p, char form, int c)
{
	if (p->kstyle) {
		const char *rel = p->female ? " кызы " : " уулу ";
		switch (form) {
		case 'f':
			ss_buf_adds(b, p->father);
			ss_buf_adds(b, rel);
			put_first(b, p->first, p->female, c);
			break;
		case 'r':
			put_initial(b, p->first);
			ss_buf_addc(b, ' ');
			ss_buf_adds(b, p->father);
			ss_buf_adds(b, rel + 0);
			b->len--;	/* drop the trailing space of rel */
			b->data[b->len] = '\0';
			break;
		default:
			ss_buf_adds(b, p->father);
			ss_buf_adds(b, rel);
			put_initial(b, p->first);
			break;
		}
		return;
	}
	switch (form) {
	case 'f':
		put_surname(b, p, c);
		ss_buf_addc(b, ' ');
		put_first(b, p->first, p->female, c);
		ss_buf_addc(b, ' ');
		put_patr(b, p, c);
		break;
	case 'r':
		put_initial(b, p->first);
		put_initial(b, p->patr);
		ss_buf_addc(b, ' ');
		put_surname(b, p, c);
		break;
	case 'l':
		put_surname(b, p, c);
		break;
	default:
		put_surname(b, p, c);
		ss_buf_addc(b, ' ');
		put_initial(b, p->first);
		put_initial(b, p->patr);
		break;
	}
}

/* Kyrgyz vowel harmony for a case suffix after a name.  kind: 1 genitive,
 * 2 dative, 3 accusative, 4 ablative.  Looks at the last vowel and the last
 * letter of s, which is all Kyrgyz suffix choice depends on. */
static const char *ky_suffix(const char *s, int kind)
{
	/* vowel classes: 0 а/ы/у(back), 1 о, 2 е/и/э, 3 ө/ү; 'у' narrows to у */
	int cls = 0, narrow_u = 0;
	const char *last = s;
	for (const char *q = s; *q; ) {
		unsigned char c = (unsigned char)*q;
		size_t n = c < 0x80 ? 1 : c < 0xE0 ? 2 : 3;
		if (!memcmp(q, "а", 2) || !memcmp(q, "ы", 2) || !memcmp(q, "я", 2)) {
			cls = 0; narrow_u = 0;
		} else if (!memcmp(q, "у", 2) || !memcmp(q, "ю", 2)) {
			cls = 0; narrow_u = 1;
		} else if (!memcmp(q, "о", 2)) {
			cls = 1; narrow_u = 1;
		} else if (!memcmp(q, "е", 2) || !memcmp(q, "и", 2) || !memcmp(q, "э", 2)) {
			cls = 2; narrow_u = 0;
		} else if (!memcmp(q, "ө", 2) || !memcmp(q, "ү", 2)) {
			cls = 3; narrow_u = 0;
		}
		last = q;
		q += n;
	}
	int vowel_end = (!memcmp(last, "а", 2) || !memcmp(last, "о", 2) ||
		!memcmp(last, "у", 2) || !memcmp(last, "ы", 2) || !memcmp(last, "е", 2) ||
		!memcmp(last, "и", 2) || !memcmp(last, "ө", 2) || !memcmp(last, "ү", 2) ||
		!memcmp(last, "я", 2) || !memcmp(last, "э", 2));
	int voiceless = !memcmp(last, "т", 2) || !memcmp(last, "к", 2) || !memcmp(last, "п", 2) ||
		!memcmp(last, "с", 2) || !memcmp(last, "ш", 2) || !memcmp(last, "ч", 2) ||
		!memcmp(last, "ф", 2) || !memcmp(last, "х", 2) || !memcmp(last, "ц", 2);
	/* high vowel: ы, у, и, ү; low: а, о, е, ө */
	static const char *const hi[] = {"ы", "у", "и", "ү"};
	static const char *const lo[] = {"а", "о", "е", "ө"};
	int hv = cls == 0 && narrow_u ? 1 : cls == 0 ? 0 : cls == 1 ? 1 : cls == 2 ? 2 : 3;
	int lv = cls;
	static char out[16];
	const char *cons;
	switch (kind) {
	case 1: cons = vowel_end ? "н" : voiceless ? "т" : "д";
		snprintf(out, sizeof out, "%s%sн", cons, hi[hv]);
		break;
	case 2: cons = voiceless ? "к" : "г";
		snprintf(out, sizeof out, "%s%s", cons, lo[lv]);
		break;
	case 3: cons = vowel_end ? "н" : voiceless ? "т" : "д";
		snprintf(out, sizeof out, "%s%s", cons, hi[hv]);
		break;
	default: cons = voiceless ? "т" : "д";
		snprintf(out, sizeof out, "%s%sн", cons, lo[lv]);
		break;
	}
	return out;
}

/* ----------------------------------------------------------- subjects */

enum ctype { CT_CRIMINAL, CT_CIVIL, CT_ADMIN, CT_ECON, CT_OFFENCE };
static const char *const ctype_name[] = {"criminal", "civil", "administrative", "economic", "offence"};
enum inst { IN_FIRST, IN_APPEAL, IN_CASSATION, IN_SUPERVISORY };
static const char *const inst_name[] = {"first", "appeal", "cassation", "supervisory"};

/* A norm of law: code key, article, part, item (0 = absent). */
struct norm {
	int code;
	int art, part, item;
};

enum code {
	C_UK, C_UPK, C_GK, C_GPK, C_SK, C_TK, C_APK, C_KOP, C_KOAO, C_NK, C_ZPP
};
/* Russian short and long (genitive) names; Kyrgyz genitive forms. */
static const char *const code_short[] = {"УК КР", "УПК КР", "ГК КР", "ГПК КР", "СК КР", "ТК КР",
	"АПК КР", "Кодекса о правонарушениях", "КоАО КР", "НК КР", "Закона КР «О защите прав потребителей»"};
static const char *const code_long[] = {"Уголовного кодекса Кыргызской Республики",
	"Уголовно-процессуального кодекса Кыргызской Республики",
	"Гражданского кодекса Кыргызской Республики",
	"Гражданского процессуального кодекса Кыргызской Республики",
	"Семейного кодекса Кыргызской Республики", "Трудового кодекса Кыргызской Республики",
	"Административно-процессуального кодекса Кыргызской Республики",
	"Кодекса Кыргызской Республики о правонарушениях",
	"Кодекса Кыргызской Республики об административной ответственности",
	"Налогового кодекса Кыргызской Республики",
	"Закона Кыргызской Республики «О защите прав потребителей»"};
static const char *const code_ky[] = {"Кылмыш-жаза кодексинин", "Кылмыш-жаза процесстик кодексинин",
	"Жарандык кодексинин", "Жарандык процесстик кодексинин", "Үй-бүлө кодексинин",
	"Эмгек кодексинин", "Административдик-процесстик кодексинин", "Укук бузуулар жөнүндө кодексинин",
	"Административдик жоопкерчилик жөнүндө кодексинин", "Салык кодексинин",
	"«Керектөөчүлөрдүн укуктарын коргоо жөнүндө» Мыйзамынын"};

struct crime {
	const char *n, *g, *d, *a, *i, *p;	/* Russian case forms */
	const char *ky_n, *ky_a;
	int art_old, art_new;			/* УК 1997 (2013-2018) / УК 2017-2021 (2019-2025) */
	int property;				/* uses value qualifiers */
	const char *const *ep_ru;
	const char *const *ep_ky;
};

/* ------------------------------------------------- the act being built */

#define MAX_PERSONS 96

struct gen {
	struct rng r;
	struct ss_buf t;	/* text */
	struct ss_buf o;	/* the JSON line */
	int ky, mixed, yo;
	int year, month, day;
	enum ctype type;
	enum inst inst;
	int court, lower;	/* court index; court of the act under review */
	int judge_idx;
	const struct crime *crime;
	int subj;		/* non-criminal subject index */
	struct norm main;	/* main article */
	int qual;		/* qualifier index */
	int ev_y, ev_m, ev_d;	/* event date of the current episode */
	int date_style;
	long long sum;
	const char *act_ru, *act_ky;
	const char *outcome;
	char case_no[48];
	struct person pers[MAX_PERSONS];
	int npers;
	int role_idx[26];	/* 'A'..'Z' -> person index, -1 if none */
	char org_ru[96], org_ky[96];
};

static struct person *role(struct gen *g, char c)
{
	int i = g->role_idx[c - 'A'];
	return i < 0 ? &g->pers[0] : &g->pers[i];
}

static int days_in(int y, int m)
{
	static const int d[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
	return m == 2 && (y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)) ? 29 : d[m - 1];
}

static void person_make(struct gen *g, struct person *p, const char *prole, int official)
{
	struct rng *r = &g->r;
	memset(p, 0, sizeof *p);
	p->female = rng_chance(r, official ? 0.5 : 0.3);
	p->kstyle = !official && rng_chance(r, 0.12);
	snprintf(p->last, sizeof p->last, "%s", PICK(r, surnames));
	snprintf(p->first, sizeof p->first, "%s", p->female ? PICK(r, female_first) : PICK(r, male_first));
	unsigned f = rng_below(r, NELEM(fathers));
	snprintf(p->father, sizeof p->father, "%s", fathers[f][0]);
	snprintf(p->patr, sizeof p->patr, "%s", fathers[f][1]);
	p->dob_y = g->year - rng_range(r, 18, 70);
	p->dob_m = rng_range(r, 1, 12);
	p->dob_d = rng_range(r, 1, days_in(p->dob_y, p->dob_m));
	const struct court *c = &courts[g->court];
	int house = rng_range(r, 1, 240), flat = rng_range(r, 1, 160);
	unsigned st = rng_below(r, NELEM(streets_ru));
	const char *city = c->kind == CK_SUPREME ? "г. Бишкек" : c->city_ru;
	switch (rng_below(r, 4)) {
	case 0:
		snprintf(p->addr_ru, sizeof p->addr_ru, "%s, %s, д. %d, кв. %d", city, streets_ru[st], house, flat);
		break;
	case 1:
		snprintf(p->addr_ru, sizeof p->addr_ru, "%s, %s, д. %d", city, streets_ru[st], house);
		break;
	case 2:
		snprintf(p->addr_ru, sizeof p->addr_ru, "%s, %s, д. %d, кв. %d", city, PICK(r, micro_ru), rng_range(r, 1, 60), flat);
		break;
	default:
		snprintf(p->addr_ru, sizeof p->addr_ru, "%s, %s, %d-%d", city, streets_ru[st], house, flat);
		break;
	}
	const char *kcity = c->kind == CK_SUPREME ? "Бишкек шаары" : c->city_ky;
	snprintf(p->addr_ky, sizeof p->addr_ky, "%s, %s көчөсү, %d-үй, %d-батир", kcity, streets_ky[st], house, flat);
	snprintf(p->pin, sizeof p->pin, "%d%02d%02d%04d%05d", p->female ? 1 : 2, p->dob_d, p->dob_m,
		 p->dob_y, rng_range(r, 0, 99999));
	static const char *const ops[] = {"555", "700", "707", "772", "777", "550", "505", "999", "559", "702"};
	const char *op = PICK(r, ops);
	int a = rng_range(r, 100, 999), b2 = rng_range(r, 10, 99), c2 = rng_range(r, 10, 99);
	switch (rng_below(r, 3)) {
	case 0: snprintf(p->phone, sizeof p->phone, "+996 %s %d %d %d", op, a, b2, c2); break;
	case 1: snprintf(p->phone, sizeof p->phone, "+996 (%s) %d-%02d%d", op, a, b2 % 100, c2 % 10); break;
	default: snprintf(p->phone, sizeof p->phone, "0%s %d %02d%02d", op, a, b2, c2); break;
	}
	p->role = prole;
}

/* Adds a person with a role letter; returns its index. */
static int person_add(struct gen *g, char letter, const char *prole, int official)
{
	int i;
	if (g->npers < MAX_PERSONS) {
		i = g->npers++;
		person_make(g, &g->pers[i], prole, official);
	} else {
		i = 1 + (int)rng_below(&g->r, (unsigned)g->npers - 1);	/* reuse someone already named */
	}
	if (letter)
		g->role_idx[letter - 'A'] = i;
	return i;
}

/* --------------------------------------------------------- templates */

static void tpl(struct gen *g, const char *s);
static void tpl_n(struct gen *g, const char *s, size_t n);

/* Finds the k-th top-level '|' alternative of s[0..n); returns its start. */
static const char *alt_nth(const char *s, size_t n, unsigned k, size_t *len, unsigned *count)
{
	unsigned idx = 0;
	int depth = 0;
	const char *start = s, *res = NULL;
	size_t reslen = 0;
	for (size_t i = 0; i <= n; i++) {
		if (i == n || (s[i] == '|' && depth == 0)) {
			if (idx == k) {
				res = start;
				reslen = (size_t)(s + i - start);
			}
			idx++;
			start = s + i + 1;
		} else if (s[i] == '{') {
			depth++;
		} else if (s[i] == '}') {
			depth--;
		}
	}
	if (count)
		*count = idx;
	*len = reslen;
	return res;
}

static void put_date_ru(struct gen *g, int y, int m, int d, int style)
{
	switch (style) {
	case 0: ss_buf_addf(&g->t, "%d %s %d года", d, months_gen[m - 1], y); break;
	case 1: ss_buf_addf(&g->t, "%02d.%02d.%d г.", d, m, y); break;
	default: ss_buf_addf(&g->t, "«%02d» %s %d года", d, months_gen[m - 1], y); break;
	}
}

static void put_money(struct gen *g, long long v)
{
	char digits[32];
	int n = snprintf(digits, sizeof digits, "%lld", v);
	for (int i = 0; i < n; i++) {
		if (i && (n - i) % 3 == 0)
			ss_buf_addc(&g->t, ' ');
		ss_buf_addc(&g->t, digits[i]);
	}
}

static const char *const num_words[] = {"", "один", "два", "три", "четыре", "пять", "шесть",
	"семь", "восемь", "девять", "десять"};
static const char *const num_words_ky[] = {"", "бир", "эки", "үч", "төрт", "беш", "алты", "жети",
	"сегиз", "тогуз", "он"};

/* Renders the act's main norm, or n, in one of the styles found in real acts. */
static void put_norm_ru(struct gen *g, const struct norm *n, int longform)
{
	struct ss_buf *b = &g->t;
	const char *code = code_short[n->code];
	if (longform) {
		if (n->item)
			ss_buf_addf(b, "пунктом %d ", n->item);
		if (n->part)
			ss_buf_addf(b, "частью %d ", n->part);
		ss_buf_addf(b, "статьи %d %s", n->art, code_long[n->code]);
		return;
	}
	unsigned style = rng_below(&g->r, 6);
	if (style == 5 && n->code == C_UK && !n->item)
		style = 0;
	switch (style) {
	case 0: case 1:
		if (n->item)
			ss_buf_addf(b, "п. %d ", n->item);
		if (n->part)
			ss_buf_addf(b, "ч. %d ", n->part);
		ss_buf_addf(b, "ст. %d %s", n->art, code);
		break;
	case 2:
		if (n->item)
			ss_buf_addf(b, "п.%d ", n->item);
		if (n->part)
			ss_buf_addf(b, "ч.%d ", n->part);
		ss_buf_addf(b, "ст.%d %s", n->art, code);
		break;
	case 3:
		ss_buf_addf(b, "ст.%d", n->art);
		if (n->part)
			ss_buf_addf(b, " ч.%d", n->part);
		if (n->item)
			ss_buf_addf(b, " п.%d", n->item);
		ss_buf_addf(b, " %s", code);
		break;
	case 4:
		if (n->item)
			ss_buf_addf(b, "п. %d ", n->item);
		if (n->part)
			ss_buf_addf(b, "ч. %d ", n->part);
		ss_buf_addf(b, "ст. %d %s", n->art, code_long[n->code]);
		break;
	default:
		if (n->item)
			ss_buf_addf(b, "п. %d ", n->item);
		if (n->part)
			ss_buf_addf(b, "ч. %d ", n->part);
		ss_buf_addf(b, "ст. %d %s", n->art,
			    n->code == C_UK ? "УК Кыргызской Республики" : code);
		break;
	}
}

/* Kyrgyz: "КР Кылмыш-жаза кодексинин 164-беренесинин 2-бөлүгүнүн 3-пункту";
 * loc adds the locative ("…-пунктунда") for "каралган". */
static void put_norm_ky(struct gen *g, const struct norm *n, int loc)
{
	struct ss_buf *b = &g->t;
	const char *code = code_ky[n->code];
	if (n->code == C_UK && g->year >= 2019)
		code = rng_chance(&g->r, 0.5) ? "Жазык кодексинин" : "ЖКнын";
	else if (n->code == C_UPK && g->year >= 2019)
		code = "Жазык-процесстик кодексинин";
	else if (n->code == C_GPK && rng_chance(&g->r, 0.5))
		code = "ЖПКнын";
	ss_buf_addf(b, "%s %s %d-", rng_chance(&g->r, 0.7) ? "КР" : "Кыргыз Республикасынын", code, n->art);
	if (!n->part) {
		ss_buf_adds(b, loc ? "беренесинде" : "беренеси");
		return;
	}
	ss_buf_addf(b, "беренесинин %d-", n->part);
	if (!n->item) {
		ss_buf_adds(b, loc ? "бөлүгүндө" : "бөлүгү");
		return;
	}
	ss_buf_addf(b, "бөлүгүнүн %d-%s", n->item, loc ? "пунктунда" : "пункту");
}

/* property-crime qualifiers: part, item, Russian phrase, Kyrgyz phrase */
static const struct {
	int part, item;
	const char *ru, *ky;
} quals[] = {
	{1, 0, "", ""},
	{2, 2, "группой лиц по предварительному сговору", "алдын ала сүйлөшүү боюнча адамдардын тобу менен"},
	{2, 3, "с незаконным проникновением в жилище", "турак жайга мыйзамсыз кирүү менен"},
	{2, 4, "с причинением значительного ущерба гражданину", "жаранга олуттуу зыян келтирүү менен"},
	{3, 1, "в крупном размере", "ири өлчөмдө"},
	{4, 1, "в особо крупном размере", "өзгөчө ири өлчөмдө"},
};

static const char *const items_ru[] = {
	"мобильный телефон марки «Samsung Galaxy A52»", "мобильный телефон марки «iPhone 11»",
	"ноутбук марки «Lenovo IdeaPad»", "золотое кольцо 585 пробы", "золотые серьги с камнями",
	"денежные средства", "велосипед марки «Stels»", "телевизор марки «LG»", "планшет марки «Huawei»",
	"сумку с документами и банковской картой", "автомагнитолу марки «Pioneer»", "электроинструменты",
	"барана курдючной породы", "двух овец", "кошелек с деньгами", "часы марки «Casio»",
};
static const char *const items_ky[] = {
	"«Samsung Galaxy A52» маркасындагы уюлдук телефонун", "«iPhone 11» маркасындагы уюлдук телефонун",
	"«Lenovo» маркасындагы ноутбугун", "585-пробадагы алтын шакегин", "акча каражатын",
	"«Stels» маркасындагы велосипедин", "«LG» маркасындагы телевизорун", "эки койун",
	"капчыгын", "сөйкөлөрүн",
};

static const char *const item_loc_ru[] = {"в квартире", "в частном доме", "во дворе дома",
	"в салоне автомобиля", "на рабочем месте", "в помещении кафе", "на рынке «Дордой»",
	"в магазине", "в общежитии", "на автобусной остановке"};

static const char *const pun_ru[] = {
	"лишения свободы сроком на {#2-8} ({NW}) {YRS} с отбыванием наказания в исправительной колонии {%общего|усиленного} режима",
	"лишения свободы сроком на {#2-5} ({NW}) {YRS}; на основании ст. 63 УК КР назначенное наказание считать условным с испытательным сроком {#1-3} ({NW}) {YRS}",
	"штрафа в размере {#20-100} 000 сом",
	"пробационного надзора сроком на {#1-3} ({NW}) {YRS}",
	"общественных работ сроком {#100-240} часов",
};
static const char *const pun_ky[] = {
	"{#2-8} ({NK}) жыл мөөнөткө жалпы режимдеги түзөтүү колониясында эркинен ажыратуу",
	"{#2-5} ({NK}) жыл мөөнөткө эркинен ажыратуу, аны шарттуу деп эсептеп, {#1-3} жыл сыноо мөөнөтү",
	"{#20-100} 000 сом өлчөмүндө айып пул",
	"{#1-3} ({NK}) жыл мөөнөткө пробациялык көзөмөл",
	"{#100-240} саат мөөнөткө коомдук жумуштар",
};

static const char *const mixed_ky[] = {
	"Допрошенный в судебном заседании с участием переводчика свидетель {W.s0} на кыргызском языке пояснил{W?|а}: «Мен ошол күнү саат болжол менен {#18-22}лерде үйдүн жанында турган элем. {D.s0} менен мурдатан тааныштыгым бар, ал мага эч нерсе айткан жок. Кийин милиция келгенде гана окуяны билдим».",
	"Из протокола допроса, составленного на государственном языке, следует: «Мен, {W.f0}, {W.kdob} туулгам, {W.kaddr} дарегинде жашайм. Мага жалган көрсөтмө бергендиги үчүн жоопкерчилик түшүндүрүлдү. Окуя тууралуу төмөнкүлөрдү айта алам: {D.s0} менин коңшум, ал ичимдик ичип жүргөнүн бир нече жолу көргөм».",
	"В заявлении, поданном на кыргызском языке, {V.s0} указал{V?|а}: «Менин укугум бузулду, ушул иш боюнча мыйзамдуу чечим чыгарууну суранам. Келтирилген зыянды толук өндүрүп берүүңүздөрдү өтүнөм».",
	"Свидетель {W.s0} в суде пояснил{W?|а} на родном языке: «Мен {D.k3} жакшы билем, ал тынч адам, эч качан чыр чыгарган эмес. Ошол күнү ал менин үйүмө келип, акча сурады, мен бербедим».",
	"Согласно объяснению, написанному собственноручно на кыргызском языке: «Мен кылган ишиме өкүнөм, келтирилген зыянды толугу менен төлөп берем, сурак учурунда эч кандай басым көрсөтүлгөн жок».",
};


/* ------------------------------------------------ criminal templates */

static const char *const ep_theft_ru[] = {
	"{EV}, примерно в {TIME}, {D.s0}, находясь {IPLACE} по адресу: {V.addr}, воспользовавшись тем, что за {D?его|её} действиями никто не наблюдает, {%путем свободного доступа|через незапертую дверь|разбив стекло окна} тайно похитил{D?|а} имущество {V.s1}, а именно {ITEM} стоимостью {SUM} сом, после чего с места совершения преступления скрыл{D?ся|ась} и распорядил{D?ся|ась} похищенным по своему усмотрению, причинив потерпевше{V?му|й} материальный ущерб на указанную сумму.",
	"{EV} около {TIME} {D.s0}, имея умысел на кражу чужого имущества, {QUAL}, прибыл{D?|а} к дому {V.s1}, расположенному по адресу: {V.addr}, где, убедившись в отсутствии хозяев, проник{D?|ла} внутрь и тайно похитил{D?|а} {ITEM} на общую сумму {SUM} сом. Похищенное {D.s0} впоследствии сбыл{D?|а} неустановленному лицу на рынке.",
	"Кроме того, {EV} {D.s0}, находясь в гостях у {V.s1} по адресу: {V.addr}, в ходе распития спиртных напитков, дождавшись, когда хозя{V?ин|йка} уснет, совершил{D?|а} кражу {ITEM} стоимостью {SUM} сом. О краже потерпевш{V?ий|ая} сообщил{V?|а} в милицию по телефону {V.ph} на следующий день.",
	NULL,
};
static const char *const ep_theft_ky[] = {
	"Айыпталуучу {D.s0} {KEV} саат {#8-22}:{MIN} чамасында {V.kaddr} дарегинде жайгашкан үйгө {%эшиги ачык турганынан пайдаланып|терезе аркылуу|эч ким жок экенин билип} кирип, жабырлануучу {V.f0} таандык болгон {KITEM} жашыруун уурдап алып, жабырлануучуга {SUM} сом өлчөмүндө материалдык зыян келтирген.",
	"Мындан тышкары, {D.s0} {KEV} {KQUAL} бөтөн мүлктү уурдоо максатында {V.kaddr} дарегиндеги батирге кирип, {KITEM} уурдап кеткен. Уурдалган мүлктүн наркы {SUM} сомду түзөт.",
	NULL,
};
static const char *const ep_rob_ru[] = {
	"{EV}, около {TIME}, {D.s0}, находясь возле дома по адресу: {V.addr}, подош{D?ел|ла} к ранее незнакомо{V?му|й} {V.s2} и, осознавая, что {D?его|её} действия носят открытый характер, вырвал{D?|а} из рук потерпевше{V?го|й} {ITEM} стоимостью {SUM} сом, после чего, не реагируя на требования вернуть имущество, скрыл{D?ся|ась} с места происшествия. Открытое хищение чужого имущества квалифицировано органом следствия как {CRa}.",
	"{EV} в {TIME} {D.s0} {QUAL}, находясь в подземном переходе {%на пересечении пр. Чуй и ул. Советской|у ЦУМа|возле Ошского базара}, открыто похитил{D?|а} у {V.s1} {ITEM} на сумму {SUM} сом, применив насилие, не опасное для жизни и здоровья, – толкнул{D?|а} потерпевше{V?го|ю} и удерживал{D?|а} за руки.",
	NULL,
};
static const char *const ep_rob_ky[] = {
	"{KEV} саат {#8-22}:{MIN} чамасында айыпталуучу {D.s0} {V.kaddr} дарегиндеги үйдүн жанында жабырлануучу {V.f0} колунан {KITEM} ачык тартып алып, окуя болгон жерден качып кеткен, натыйжада жабырлануучуга {SUM} сом зыян келтирилген.",
	NULL,
};
static const char *const ep_raz_ru[] = {
	"{EV}, примерно в {TIME}, {D.s0} совместно с неустановленным лицом, действуя {QUAL}, с целью хищения чужого имущества ворвал{D?ся|ась} в квартиру {V.s1} по адресу: {V.addr} и, угрожая ножом, то есть применяя предмет, используемый в качестве оружия, потребовал{D?|а} передать деньги. Под угрозой применения насилия, опасного для жизни и здоровья, потерпевш{V?ий|ая} передал{V?|а} {SUM} сом и {ITEM}.",
	"{EV} около {TIME} {D.s0}, находясь на безлюдном участке {%ул. Горького|ж/м Ак-Орго|трассы Бишкек – Ош}, напал{D?|а} на {V.s3} в целях хищения {D?его|её} имущества, нанес{D?|ла} несколько ударов кулаком по лицу и завладел{D?|а} {ITEM} стоимостью {SUM} сом. Разбойное нападение причинило потерпевше{V?му|й} легкий вред здоровью.",
	NULL,
};
static const char *const ep_raz_ky[] = {
	"{KEV} айыпталуучу {D.s0} {KQUAL} {V.kaddr} дарегиндеги батирге бычак менен кирип, жабырлануучу {V.f0} өмүрүнө жана ден соолугуна коркунучтуу зомбулук колдонуу менен коркутуп, {SUM} сом акчаны жана {KITEM} тартып алган.",
	NULL,
};
static const char *const ep_fraud_ru[] = {
	"{EV} {D.s0}, имея умысел на хищение чужого имущества путем обмана и злоупотребления доверием, {QUAL}, пообещал{D?|а} {V.s2} оказать содействие в {%трудоустройстве в Российской Федерации|оформлении земельного участка|получении кредита в банке|поступлении в вуз} и получил{D?|а} от не{V?го|ё} денежные средства в сумме {SUM} сом, которые присвоил{D?|а}, заранее не намереваясь выполнять взятые на себя обязательства.",
	"{EV} {D.s0}, разместив в сети Интернет объявление о продаже автомобиля марки «Toyota Camry», ввел{D?|а} в заблуждение {V.s3}, который{V?|} перечислил{V?|а} на указанный {D?им|ею} счет через систему «Элсом» с номера {V.ph} предоплату в размере {SUM} сом. Автомобиль передан не был, мошенничество было выявлено после обращения потерпевше{V?го|й} в ОВД.",
	NULL,
};
static const char *const ep_fraud_ky[] = {
	"{KEV} айыпталуучу {D.s0} жабырлануучу {V.f0} Россия Федерациясына жумушка орноштуруп берем деп алдап, андан {SUM} сом акча алган жана ал акчаны өз пайдасына жумшаган. Ушундай жол менен ал {KQUAL} алдамчылык кылган.",
	NULL,
};
static const char *const ep_hool_ru[] = {
	"{EV}, примерно в {TIME}, {D.s0}, находясь в состоянии алкогольного опьянения в помещении кафе «{%Нават|Арзу|Фаиза}» по адресу: {V.addr}, грубо нарушая общественный порядок и выражая явное неуважение к обществу, беспричинно выражал{D?ся|ась} нецензурной бранью, опрокидывал{D?|а} столы, разбил{D?|а} витрину, а на замечания {V.s1} нанес{D?|ла} последне{V?му|й} удар стулом, причинив телесные повреждения.",
	NULL,
};
static const char *const ep_hool_ky[] = {
	"{KEV} саат {#18-23}:{MIN} чамасында {D.s0} мас абалында {V.kaddr} дарегиндеги дүкөндүн алдында коомдук тартипти одоно бузуп, адепсиз сөздөр менен сөгүнүп, жабырлануучу {V.f0} бир нече жолу урган. Анын бул аракеттери бейбаштык катары бааланат.",
	NULL,
};
static const char *const ep_harm_ru[] = {
	"{EV} около {TIME} {D.s0} на почве внезапно возникших личных неприязненных отношений в ходе ссоры с {V.s4} по адресу: {V.addr} умышленно нанес{D?|ла} последне{V?му|й} несколько ударов {%кулаком по голове|деревянной палкой по телу|ногами по туловищу}, причинив, согласно заключению судебно-медицинской экспертизы № {#100-999}, {%закрытую черепно-мозговую травму|перелом ребер|ушиб головного мозга}, которые относятся к тяжкому вреду здоровью по признаку опасности для жизни.",
	NULL,
};
static const char *const ep_harm_ky[] = {
	"{KEV} {D.s0} {V.kaddr} дарегинде жабырлануучу {V.f0} менен уруш чыгып, ага атайылап бир нече жолу муштум менен уруп, соттук-медициналык эксперттин корутундусуна ылайык ден соолугуна оор зыян келтирген.",
	NULL,
};
static const char *const ep_drug_ru[] = {
	"{EV} в {TIME} сотрудниками СБНОН ГУВД {CITY} в ходе оперативно-профилактического мероприятия у {D.s1}, задержанно{D?го|й} возле дома по адресу: {D.addr}, в ходе личного досмотра из правого кармана куртки было изъято наркотическое средство – {%гашиш|марихуана|героин} массой {#5-950},{#10-99} грамма, что {%относится к крупному размеру|является особо крупным размером}. Согласно заключению эксперта № {#100-999}, изъятое вещество является наркотическим средством, которое {D.s0} незаконно приобрел{D?|а} и хранил{D?|а} без цели сбыта.",
	"Кроме того, {EV} при обыске в жилище {D.s1} по адресу: {D.addr} были обнаружены и изъяты {#2-14} свертков с наркотическим средством и электронные весы. Понятые {W.s0} и {V.s0} подтвердили ход и результаты обыска.",
	NULL,
};
static const char *const ep_drug_ky[] = {
	"{KEV} ИИБнын кызматкерлери тарабынан {D.s0} кармалып, жеке тинтүү учурунда анын чөнтөгүнөн {#5-950} грамм баңгизат (марихуана) табылып алынган. Эксперттин корутундусуна ылайык, алынган зат баңгизат болуп саналат, аны {D.s0} сатуу максатысыз мыйзамсыз сактап жүргөн.",
	NULL,
};

static const struct crime crimes[] = {
	{"кража", "кражи", "краже", "кражу", "кражей", "краже", "уурулук", "уурулукту", 164, 201, 1, ep_theft_ru, ep_theft_ky},
	{"грабеж", "грабежа", "грабежу", "грабеж", "грабежом", "грабеже", "тоноо", "тоноону", 167, 202, 1, ep_rob_ru, ep_rob_ky},
	{"разбой", "разбоя", "разбою", "разбой", "разбоем", "разбое", "каракчылык", "каракчылыкты", 168, 204, 1, ep_raz_ru, ep_raz_ky},
	{"мошенничество", "мошенничества", "мошенничеству", "мошенничество", "мошенничеством", "мошенничестве", "алдамчылык", "алдамчылыкты", 166, 209, 1, ep_fraud_ru, ep_fraud_ky},
	{"хулиганство", "хулиганства", "хулиганству", "хулиганство", "хулиганством", "хулиганстве", "бейбаштык", "бейбаштыкты", 234, 282, 0, ep_hool_ru, ep_hool_ky},
	{"умышленное причинение тяжкого вреда здоровью", "умышленного причинения тяжкого вреда здоровью", "умышленному причинению тяжкого вреда здоровью", "умышленное причинение тяжкого вреда здоровью", "умышленным причинением тяжкого вреда здоровью", "умышленном причинении тяжкого вреда здоровью", "ден соолукка атайылап оор зыян келтирүү", "ден соолукка атайылап оор зыян келтирүүнү", 104, 130, 0, ep_harm_ru, ep_harm_ky},
	{"незаконный оборот наркотических средств", "незаконного оборота наркотических средств", "незаконному обороту наркотических средств", "незаконный оборот наркотических средств", "незаконным оборотом наркотических средств", "незаконном обороте наркотических средств", "баңгизаттарды мыйзамсыз жүгүртүү", "баңгизаттарды мыйзамсыз жүгүртүүнү", 247, 283, 0, ep_drug_ru, ep_drug_ky},
};

static const char *const crim_evid_ru[] = {
	"Допрошенн{W?ый|ая} в судебном заседании свидетель {W.f0}, {W.dob} г.р., проживающ{W?ий|ая} по адресу: {W.addr}, показал{W?|а}, что {EV} {W?он|она} находил{W?ся|ась} возле дома и видел{W?|а}, как {D.s0} {%выходил{D?|а} из подъезда с пакетом в руках|садил{D?ся|ась} в такси марки «Хонда Фит»|разговаривал{D?|а} с потерпевшим на повышенных тонах}. Позже от сотрудников милиции {W?он|она} узнал{W?|а} о {CRp}. С подсудим{D?ым|ой} {W?он|она} знаком{W?|а} около {#2-10} лет, неприязненных отношений не имеет.",
	"$Потерпевш{V?ий|ая} {V.s0} суду показал{V?|а}, что {EV} {%вернувшись домой с работы|проснувшись утром|придя на рынок} обнаружил{V?|а} пропажу имущества и сразу позвонил{V?|а} в милицию с телефона {V.ph}. Причиненный ущерб в размере {SUM} сом является для не{V?го|ё} значительным, так как {V?он|она} {%не работает|является пенсионером|воспитывает троих детей}. Гражданский иск заявлять не желает, так как ущерб частично возмещен.",
	"Вина подсудим{D?ого|ой} в совершении {CRg} подтверждается также письменными доказательствами, исследованными в судебном заседании: заявлением {V.s1} от {EV}; протоколом осмотра места происшествия с фототаблицей; протоколом выемки; заключением эксперта № {#100-999} от {EV} о стоимости похищенного имущества; протоколом проверки показаний на месте, в ходе которой {D.s0} добровольно указал{D?|а} место и способ совершения преступления.",
	"$Оглашенными в порядке ст. {%291|292} УПК КР с согласия сторон показаниями свидетеля {W.s1}, данными в ходе предварительного следствия, установлено, что {EV} к {W?нему|ней} по месту жительства: {W.addr} приш{D?ел|ла} {D.s0} и предложил{D?|а} купить {ITEM} за {#1-9} 000 сом, пояснив, что вещь принадлежит {D?ему|ей}. О том, что имущество было похищено, свидетель не знал{W?|а}.",
	"Подсудим{D?ый|ая} {D.s0} в судебном заседании вину в {CRp} признал{D?|а} {%полностью|частично}, в содеянном раскаял{D?ся|ась} и показал{D?|а}, что {EV} {D?он|она} находил{D?ся|ась} в трудном материальном положении, {%нигде не работал{D?|а}|имел{D?|а} долги перед знакомыми|нуждал{D?ся|ась} в деньгах на лечение матери}. Обстоятельства, изложенные в обвинительном заключении, подтвердил{D?|а}, с суммой ущерба согласил{D?ся|ась}.",
	"Из протокола очной ставки между {D.s4} и свидетелем {W.s4} следует, что свидетель подтвердил{W?|а} свои показания, а подсудим{D?ый|ая} их не оспаривал{D?|а}. Согласно справке-характеристике участкового инспектора, {D.s0} по месту жительства характеризуется {%удовлетворительно|положительно|отрицательно}, на учете у нарколога и психиатра не состоит.",
	NULL,
};
static const char *const crim_reason_ru[] = {
	"Оценив собранные по делу доказательства в их совокупности, суд находит вину подсудим{D?ого|ой} {D.s1} в совершении {CRg} доказанной, а {D?его|её} действия органом следствия правильно квалифицированными по {ART} как {CRa}{QUALC}.",
	"Доводы защиты о том, что {D.s0} не имел{D?|а} умысла на совершение {CRg}, суд признает несостоятельными, поскольку они опровергаются последовательными показаниями потерпевше{V?го|й} и свидетелей, согласующимися между собой и с письменными материалами дела.",
	"При назначении наказания суд в соответствии со ст. {%58|60|61} УК КР учитывает характер и степень общественной опасности совершенного преступления, личность виновно{D?го|й}, обстоятельства, смягчающие и отягчающие наказание. Смягчающими обстоятельствами суд признает чистосердечное раскаяние, активное способствование раскрытию преступления, {%наличие на иждивении малолетних детей|добровольное возмещение ущерба|положительную характеристику}. Отягчающих наказание обстоятельств судом не установлено.",
	"$Материальный ущерб, причиненный {CRi}, подсудим{D?ый|ая} {%не возместил{D?|а}|возместил{D?|а} частично|возместил{D?|а} в полном объеме до судебного заседания}, что суд учитывает при назначении наказания.",
	"С учетом изложенного суд приходит к выводу, что исправление {D.s1} возможно {%только в условиях изоляции от общества|без изоляции от общества|с применением пробационного надзора}. Оснований для применения положений ст. {%65|66} УК КР суд не усматривает.",
	NULL,
};
static const char *const crim_evid_ky[] = {
	"Сот отурумунда күбө {W.f0} {W?өзүнүн|өзүнүн} {W.kaddr} дарегинде жашай турганын билдирип, {KEV} айыпталуучу {D.s0} үйдөн пакет көтөрүп чыкканын көргөнүн айтты. Кийин ал милиция кызматкерлеринен окуя тууралуу билген. Күбөнүн айыпталуучуга карата кастык мамилеси жок.",
	"$Жабырлануучу {V.f0} сотто берген көрсөтмөсүндө {KEV} үйүнө келгенде мүлкү жок экенин байкап, дароо {V.ph} телефонунан милицияга кабарлаганын айтты. Ага келтирилген зыян {SUM} сомду түзөт, бул ал үчүн олуттуу зыян болуп саналат, анткени ал {%жумушсуз|пенсионер|үч баланы жалгыз багат}.",
	"Айыпталуучунун күнөөсү иштин материалдарындагы далилдер менен, атап айтканда: жабырлануучунун арызы, окуя болгон жерди кароо протоколу, алып коюу протоколу, уурдалган мүлктүн наркы жөнүндө эксперттин № {#100-999} корутундусу, көрсөтмөлөрдү окуя болгон жерде текшерүү протоколу менен тастыкталат.",
	"Сот отурумунда айыпталуучу {D.s0} өзүнө тагылган айыпты толугу менен мойнуна алып, кылган ишине өкүнөрүн билдирди жана иштин жагдайларын ырастады. Ал {%жумушсуз болгондуктан|карызга батып калгандыктан|энесинин дарылануусуна акча керек болгондуктан} мындай аракетке барганын айтты.",
	"Участкалык инспектордун мүнөздөмөсүнө ылайык, {D.s0} жашаган жери боюнча {%канааттандырарлык|оң} мүнөздөлөт, нарколог менен психиатрдын каттоосунда турбайт. Ишке тиешелүү башка далилдер сот тарабынан изилденип, мыйзамдуу жана жетиштүү деп табылды.",
	NULL,
};
static const char *const crim_reason_ky[] = {
	"Иште чогултулган далилдерди жыйынтыгында баалап, сот айыпталуучу {D.f0} {KCRa} жасагандыгы толук далилденди деп эсептейт жана анын аракеттерин {KART} боюнча туура квалификацияланган деп табат.",
	"Жаза дайындоодо сот кылмыштын мүнөзүн жана коомдук коркунучтуулугунун даражасын, айыпталуучунун инсандыгын, жазаны жеңилдетүүчү жана оордотуучу жагдайларды эске алат. Жазаны жеңилдетүүчү жагдай катары сот айыпталуучунун чын жүрөктөн өкүнгөнүн жана келтирилген зыянды ордуна толтурганын эсептейт. Жазаны оордотуучу жагдайлар аныкталган жок.",
	"Жактоочунун айыпталуучуда кылмыш жасоого ниет болгон эмес деген жүйөлөрү иштин материалдары жана күбөлөрдүн көрсөтмөлөрү менен четке кагылат, ошондуктан сот аларды негизсиз деп табат.",
	NULL,
};

/* ------------------------------------------------ civil and the rest */

struct subject {
	enum ctype type;
	const char *claim_ru;	/* "о взыскании ..." */
	const char *claim_ky;	/* "... жөнүндө" */
	struct norm norm_old, norm_new;
	const char *const *intro_ru;
	const char *const *intro_ky;
};

static const char *const in_loan_ru[] = {
	"{P.s0} обратил{P?ся|ась} в суд с иском к {R.s2} о взыскании долга по договору займа, указав, что {EV} между сторонами был заключен договор займа, по условиям которого истец передал{P?|а} ответчику денежные средства в размере {SUM} сом сроком на {#3-12} месяцев, что подтверждается распиской. В установленный срок ответчик долг не вернул{R?|а}, на неоднократные требования и звонки на номер {R.ph} не реагирует. Истец просит взыскать с ответчика сумму займа, проценты за пользование чужими денежными средствами и расходы по оплате государственной пошлины.",
	"Истец {P.f0}, проживающ{P?ий|ая} по адресу: {P.addr}, в исковом заявлении указал{P?|а}, что {EV} передал{P?|а} {R.s2} взаем {SUM} сом под {#2-5}% в месяц. Ответчик, проживающ{R?ий|ая} по адресу: {R.addr}, частично погасил{R?|а} задолженность, однако оставшуюся сумму возвращать отказывается, ссылаясь на отсутствие денег.",
	NULL,
};
static const char *const in_loan_ky[] = {
	"Доогер {P.f0} жоопкер {R.k2} карата карызды өндүрүү жөнүндө сотко доо арыз менен кайрылып, анда {KEV} ал жоопкерге {SUM} сом өлчөмүндө акчаны {#3-12} ай мөөнөткө карызга бергенин, бул тууралуу тараптардын ортосунда жазуу жүзүндө карыз келишими түзүлүп, тил кат жазылганын көрсөткөн. Белгиленген мөөнөт өткөндөн кийин жоопкер карызды кайтарган жок, {R.ph} телефонуна чалганда жооп бербейт.",
	NULL,
};
static const char *const in_div_ru[] = {
	"{P.f0} обратил{P?ся|ась} в суд с иском к {R.f2} о расторжении брака, указав, что брак между ними зарегистрирован {EV} в {%Управлении ЗАГС г. Бишкек|айыл окмоту|отделе ЗАГС}, от брака имеют {#1-3} несовершеннолетних детей. Совместная жизнь не сложилась из-за разных взглядов на жизнь, ответчик{R?|} {%злоупотребляет спиртными напитками|длительное время находится на заработках в Российской Федерации|не участвует в содержании семьи}, брачные отношения фактически прекращены более года назад, сохранение семьи невозможно.",
	NULL,
};
static const char *const in_div_ky[] = {
	"Доогер {P.f0} жоопкер {R.k2} карата никени бузуу жөнүндө сотко доо арыз менен кайрылып, алардын никеси {KEV} катталганын, никеден {#1-3} балалуу болушканын, бирок үй-бүлөлүк турмушу ийгиликсиз болгонун, жоопкер {%ичкиликке берилип кеткенин|Россияда иштеп, үйгө келбей калганын|үй-бүлөнү багууга катышпай калганын} көрсөткөн. Тараптар бир жылдан бери чогуу жашашпайт, үй-бүлөнү сактап калуу мүмкүн эмес.",
	NULL,
};
static const char *const in_prop_ru[] = {
	"{P.s0} обратил{P?ся|ась} в суд с иском к {R.s2} о разделе совместно нажитого имущества, указав, что в период брака с {EV} сторонами приобретены квартира по адресу: {P.addr}, автомобиль марки «Toyota Corolla» и земельный участок площадью {#4-12} соток. Общая стоимость имущества составляет {SUM} сом. Истец просит признать за {P?ним|ней} право собственности на 1/2 долю указанного имущества.",
	NULL,
};
static const char *const in_prop_ky[] = {
	"Доогер {P.f0} жоопкер {R.k2} карата никеде турганда чогуу табылган мүлктү бөлүштүрүү жөнүндө доо арыз менен кайрылып, нике мезгилинде {P.kaddr} дарегиндеги батир, «Toyota Corolla» маркасындагы автоунаа жана жер участогу сатылып алынганын, мүлктүн жалпы наркы {SUM} сомду түзөрүн көрсөткөн. Ал мүлктүн 1/2 үлүшүнө менчик укугун таанууну суранат.",
	NULL,
};
static const char *const in_dtp_ru[] = {
	"{P.s0} обратил{P?ся|ась} в суд с иском к {R.s2} о возмещении ущерба, причиненного в результате дорожно-транспортного происшествия, указав, что {EV} около {TIME} на пересечении {%ул. Ахунбаева и ул. Токтоналиева|пр. Мира и ул. Горького|ул. Исанова и пр. Чуй} по вине ответчика, управлявшего автомобилем марки «Lexus RX 350», произошло ДТП, в результате которого автомобилю истца марки «Honda Fit» причинены механические повреждения. Согласно заключению независимого эксперта стоимость восстановительного ремонта составляет {SUM} сом. Вина ответчика установлена постановлением УПСМ ГУВД.",
	NULL,
};
static const char *const in_dtp_ky[] = {
	"Доогер {P.f0} жоопкер {R.k2} карата жол кырсыгынан келтирилген зыянды өндүрүү жөнүндө доо арыз менен кайрылып, {KEV} жоопкердин күнөөсү менен жол кырсыгы болуп, анын «Honda Fit» маркасындагы унаасы бузулганын, эксперттин корутундусу боюнча калыбына келтирүү наркы {SUM} сомду түзөрүн көрсөткөн.",
	NULL,
};
static const char *const in_lab_ru[] = {
	"{P.f0} обратил{P?ся|ась} в суд с иском к {ORG} о восстановлении на работе, взыскании заработной платы за время вынужденного прогула и компенсации морального вреда, указав, что работал{P?|а} у ответчика в должности {%бухгалтера|водителя|менеджера по продажам|инженера} с {EV}. Приказом работодателя {P?он|она} был{P?|а} уволен{P?|а} по п. {#3-6} ч. 1 ст. 83 ТК КР, однако увольнение считает незаконным, поскольку дисциплинарных проступков не совершал{P?|а}, с приказом ознакомлен{P?|а} не был{P?|а}, объяснение у не{P?го|ё} не истребовано.",
	NULL,
};
static const char *const in_lab_ky[] = {
	"Доогер {P.f0} {KORGD} карата жумушка калыбына келтирүү жана аргасыз жумуш көрбөгөн убакыт үчүн эмгек акыны өндүрүү жөнүндө доо арыз менен кайрылып, ал {KEV} ишке кабыл алынып, жоопкердин мекемесинде иштегенин, иш берүүчүнүн буйругу менен мыйзамсыз бошотулганын, эмгек келишиминин шарттары бузулганын көрсөткөн.",
	NULL,
};
static const char *const in_alim_ru[] = {
	"{P.f0} обратил{P?ся|ась} в суд с иском к {R.f2} о взыскании алиментов на содержание несовершеннолетних детей, указав, что от совместной жизни стороны имеют {#1-3} детей, которые проживают с истцом по адресу: {P.addr}. Ответчик материальной помощи на содержание детей не оказывает, работает {%таксистом|на стройке в г. Москве|в ОсОО «Бишкек Курулуш»} и имеет постоянный доход. Истец просит взыскать алименты в размере 1/4 части всех видов заработка ежемесячно.",
	NULL,
};
static const char *const in_alim_ky[] = {
	"Доогер {P.f0} жоопкер {R.k2} карата жашы жете элек балдарды багуу үчүн алимент өндүрүү жөнүндө доо арыз менен кайрылып, балдар аны менен {P.kaddr} дарегинде жашай турганын, жоопкер балдарга эч кандай жардам бербей турганын көрсөтүп, ай сайын эмгек акысынын 1/4 бөлүгү өлчөмүндө алимент өндүрүүнү суранган.",
	NULL,
};
static const char *const in_adm_ru[] = {
	"{P.f0} обратил{P?ся|ась} в суд с административным иском к {AGENCY} о признании незаконным и отмене решения от {EV} № {#10-999}, указав, что оспариваемым решением {P?ему|ей} {%отказано в выдаче разрешения на строительство индивидуального жилого дома|доначислены налоги и финансовые санкции на сумму {SUM} сом|отказано в государственной регистрации права собственности на земельный участок}. Истец считает решение незаконным, принятым с нарушением административной процедуры, без заслушивания {P?его|её} позиции.",
	NULL,
};
static const char *const in_adm_ky[] = {
	"Доогер {P.f0} {KORGD} карата {KEV} чыгарылган № {#10-999} чечимди мыйзамсыз деп таануу жана жокко чыгаруу жөнүндө административдик доо арыз менен кайрылып, ал чечим менен ага {%жеке турак үй курууга уруксат берүүдөн баш тартылганын|{SUM} сом салык кошумча эсептелгенин|жер участогуна менчик укугун каттоодон баш тартылганын} көрсөткөн. Доогер чечим административдик жол-жобону бузуу менен кабыл алынган деп эсептейт.",
	NULL,
};
static const char *const in_econ_ru[] = {
	"{ORG} обратилось в суд с иском к ОсОО \"{%Ак Жол Строй|Нур Логистик|Тенир Трейд|Эко Продукт|Азия Агро}\" о взыскании задолженности по договору поставки № {#1-99}/{#13-25} от {EV} в размере {SUM} сом и неустойки, указав, что истец свои обязательства выполнил в полном объеме, поставив товар согласно накладным, однако ответчик оплату произвел лишь частично. Претензия истца оставлена без ответа. Интересы истца по доверенности представляет {P.s0}, тел. {P.ph}.",
	"{ORG} предъявило иск к индивидуальному предпринимателю {R.f2} (ИНН {R.pin}) о взыскании арендной платы по договору аренды нежилого помещения по адресу: {R.addr} за период с {EV} в сумме {SUM} сом и о расторжении договора аренды.",
	NULL,
};
static const char *const in_econ_ky[] = {
	"{KORG} жоопкер \"{%Ак Жол Строй|Нур Логистик|Тенир Трейд}\" ЖЧКсына карата {KEV} түзүлгөн жеткирүү келишими боюнча {SUM} сом карызды жана айыпты өндүрүү жөнүндө доо арыз менен кайрылып, доогер өз милдеттенмелерин толук аткарганын, ал эми жоопкер товардын акысын жарым-жартылай гана төлөгөнүн көрсөткөн. Доогердин өкүлү {P.f0}.",
	NULL,
};
static const char *const in_off_ru[] = {
	"Согласно протоколу о правонарушении от {EV}, {D.f0}, {D.dob} г.р., проживающ{D?ий|ая} по адресу: {D.addr}, тел. {D.ph}, {EV} в {TIME} {%находясь в общественном месте возле ТЦ «Ала-Арча», выражал{D?ся|ась} нецензурной бранью, на замечания граждан не реагировал{D?|а}|управлял{D?|а} транспортным средством марки «Mercedes-Benz E-240» в состоянии алкогольного опьянения, что подтверждается актом медицинского освидетельствования|осуществлял{D?|а} торговлю на рынке «Ош» без патента и регистрации в налоговом органе}.",
	NULL,
};
static const char *const in_off_ky[] = {
	"Укук бузуу жөнүндө {KEV} түзүлгөн протоколго ылайык, {D.f0}, {D.kaddr} дарегинде жашаган, {%коомдук жайда адепсиз сөздөр менен сөгүнүп, жарандардын эскертүүсүнө көңүл бурган эмес|мас абалында «Mercedes-Benz» маркасындагы унааны башкарган|патентсиз жана салык органында катталбастан базарда соода кылган}.",
	NULL,
};

static const struct subject subjects[] = {
	{CT_CIVIL, "о взыскании долга по договору займа", "карызды өндүрүү жөнүндө", {C_GK, 727, 0, 0}, {C_GK, 727, 1, 0}, in_loan_ru, in_loan_ky},
	{CT_CIVIL, "о расторжении брака", "никени бузуу жөнүндө", {C_SK, 22, 0, 0}, {C_SK, 22, 2, 0}, in_div_ru, in_div_ky},
	{CT_CIVIL, "о разделе совместно нажитого имущества", "мүлктү бөлүштүрүү жөнүндө", {C_SK, 38, 0, 0}, {C_SK, 38, 1, 0}, in_prop_ru, in_prop_ky},
	{CT_CIVIL, "о возмещении ущерба, причиненного в результате ДТП", "жол кырсыгынан келтирилген зыянды өндүрүү жөнүндө", {C_GK, 1000, 0, 0}, {C_GK, 1000, 1, 0}, in_dtp_ru, in_dtp_ky},
	{CT_CIVIL, "о восстановлении на работе и взыскании заработной платы", "жумушка калыбына келтирүү жөнүндө", {C_TK, 83, 1, 0}, {C_TK, 83, 1, 0}, in_lab_ru, in_lab_ky},
	{CT_CIVIL, "о взыскании алиментов", "алимент өндүрүү жөнүндө", {C_SK, 81, 0, 0}, {C_SK, 81, 1, 0}, in_alim_ru, in_alim_ky},
	{CT_ADMIN, "о признании незаконным решения государственного органа", "мамлекеттик органдын чечимин мыйзамсыз деп таануу жөнүндө", {C_APK, 3, 0, 0}, {C_APK, 3, 0, 0}, in_adm_ru, in_adm_ky},
	{CT_ECON, "о взыскании задолженности по договору", "келишим боюнча карызды өндүрүү жөнүндө", {C_GK, 299, 0, 0}, {C_GK, 299, 0, 0}, in_econ_ru, in_econ_ky},
	{CT_OFFENCE, "о правонарушении", "укук бузуу жөнүндө", {C_KOAO, 364, 1, 0}, {C_KOP, 76, 1, 0}, in_off_ru, in_off_ky},
};

static const char *const civ_evid_ru[] = {
	"В судебном заседании истец {P.s0} исковые требования поддержал{P?|а} в полном объеме и просил{P?|а} их удовлетворить по основаниям, изложенным в иске. Дополнительно пояснил{P?|а}, что {EV} пытал{P?ся|ась} урегулировать спор мирным путем, направил{P?|а} претензию по адресу: {R.addr}, однако ответа не получил{P?|а}.",
	"Ответчик {R.s0} в судебном заседании иск признал{R?|а} частично, пояснив, что {%не оспаривает сам факт возникновения обязательства, но не согласен с размером|готов{R?|а} заключить мировое соглашение на иных условиях|в настоящее время не имеет постоянного дохода}. Ходатайство о назначении экспертизы не заявлял{R?|а}.",
	"Допрошенн{W?ый|ая} в качестве свидетеля {W.f0}, проживающ{W?ий|ая} по адресу: {W.addr}, показал{W?|а}, что знает обе стороны с {#2005-2015} года, {EV} присутствовал{W?|а} при {%передаче денег|разговоре сторон|подписании документов} и подтверждает доводы истца.",
	"Из материалов дела следует, что факт {%передачи денежных средств|заключения договора|причинения ущерба} подтверждается {%распиской от {EV}|выпиской по банковскому счету|заключением эксперта № {#100-999}|справкой с места работы}, копия которой приобщена к материалам дела. Доказательств, опровергающих указанные обстоятельства, ответчиком в соответствии со ст. {%65|59} ГПК КР суду не представлено.",
	"Ответчик {R.s0}, надлежаще извещенн{R?ый|ая} о времени и месте судебного заседания по адресу: {R.addr} и по телефону {R.ph}, в суд не явил{R?ся|ась}, о причинах неявки не сообщил{R?|а}, в связи с чем суд с согласия истца рассмотрел дело в {%отсутствие ответчика|порядке заочного производства}.",
	NULL,
};
static const char *const civ_reason_ru[] = {
	"Выслушав стороны, исследовав материалы дела, суд приходит к следующему. В соответствии с {NORM} {%обязательства должны исполняться надлежащим образом в соответствии с условиями обязательства и требованиями законодательства|односторонний отказ от исполнения обязательства не допускается|лицо, право которого нарушено, может требовать полного возмещения причиненных ему убытков}.",
	"Согласно {NORMW} суд разрешает дело в пределах заявленных требований на основании доказательств, представленных сторонами и исследованных в судебном заседании. Каждая сторона должна доказать те обстоятельства, на которые она ссылается как на основания своих требований и возражений.",
	"Оценив представленные доказательства по своему внутреннему убеждению, суд находит исковые требования {%обоснованными и подлежащими удовлетворению|подлежащими частичному удовлетворению|не основанными на законе}. Судебные расходы распределяются в соответствии со ст. {%111|112} ГПК КР пропорционально удовлетворенной части требований.",
	NULL,
};
static const char *const civ_evid_ky[] = {
	"Сот отурумунда доогер {P.f0} доо талабын толугу менен колдоп, аны канааттандырууну суранды. Ал {KEV} талашты тынч жол менен чечүүгө аракет кылганын, жоопкерге {R.kaddr} дареги боюнча доомат жибергенин, бирок жооп албаганын кошумчалады.",
	"Жоопкер {R.f0} сот отурумунда доо талабын жарым-жартылай тааныды, {%азыркы учурда туруктуу кирешеси жок экенин|карыздын суммасы менен макул эмес экенин|тынчтык келишимин түзүүгө даяр экенин} билдирди.",
	"Күбө {W.f0} сотко берген көрсөтмөсүндө тараптарды көп жылдан бери билерин, {KEV} {%акча берилип жатканда|тараптардын сүйлөшүүсүндө|документтерге кол коюлуп жатканда} катышканын жана доогердин жүйөлөрүн ырастаганын айтты.",
	"Жоопкер {R.f0} соттук отурумдун убактысы жана орду тууралуу {R.kaddr} дареги жана {R.ph} телефону аркылуу тийиштүү түрдө кабарландырылганына карабастан, сотко келген жок, келбей калуусунун себептерин билдирген жок. Ошондуктан сот ишти анын катышуусуз кароону туура деп тапты.",
	NULL,
};
static const char *const civ_reason_ky[] = {
	"Тараптардын түшүндүрмөлөрүн угуп, иштин материалдарын изилдеп, сот төмөнкүлөргө келди. {KNORM} ылайык, милдеттенмелер милдеттенменин шарттарына жана мыйзамдын талаптарына ылайык тийиштүү түрдө аткарылууга тийиш, милдеттенмени аткаруудан бир тараптуу баш тартууга жол берилбейт.",
	"КР ЖПКнын 65-беренесине ылайык, ар бир тарап өзүнүн талаптарынын жана каршы пикирлеринин негизи катары шилтеме кылган жагдайларды далилдөөгө тийиш. Жоопкер доогердин жүйөлөрүн четке каккан далилдерди сотко берген жок.",
	"Иштин жагдайларын жана мыйзамдын талаптарын эске алып, сот доогердин укугу бузулган деп эсептейт жана доо талабын {%негиздүү деп таап, канааттандырууга|жарым-жартылай канааттандырууга} тийиш деп табат. Соттук чыгымдар ЖПКнын талаптарына ылайык бөлүштүрүлөт.",
	NULL,
};

/* Organisations whose legal-form abbreviation keeps them indeclinable. */
static const char *const orgs_ru[] = {
	"ОсОО «Бишкек Курулуш»", "ОАО «Кыргызтелеком»", "ОсОО \"Мега Трейд\"", "ОАО «Северэлектро»",
	"ЗАО «Банк Бай-Түшүм»", "ОсОО \"Альфа Телеком\"", "ОсОО «Ош Сүт»", "ГП «Кыргызалтын»",
};
/* State bodies, dative ("с иском к ..."). */
static const char *const agencies_ru[] = {
	"Государственной налоговой службе при Министерстве финансов КР", "мэрии города Бишкек",
	"ГУ «Кадастр»", "Управлению архитектуры и строительства мэрии г. Ош",
	"Государственной службе регистрации прав на недвижимое имущество", "Таможенной службе КР",
};
static const char *const orgs_ky[] = {
	"«Бишкек Курулуш» ЖЧКсы", "«Кыргызтелеком» ААКсы", "«Мега Трейд» ЖЧКсы", "Бишкек шаарынын мэриясы",
	"Мамлекеттик салык кызматы", "«Кадастр» мамлекеттик мекемеси", "«Түндүкэлектр» ААКсы",
	"«Бай-Түшүм Банк» ЖАКсы",
};

/* ------------------------------------------------------ the expander */

static int g_lastnum;	/* last {#a-b} value, for {NW}, {NK}, {YRS} */

static void put_person_marker(struct gen *g, const char *s, size_t n)
{
	struct person *p = role(g, s[0]);
	struct ss_buf *b = &g->t;
	if (n >= 2 && s[1] == '?') {
		size_t len;
		const char *alt = alt_nth(s + 2, n - 2, p->female ? 1 : 0, &len, NULL);
		if (alt)
			tpl_n(g, alt, len);
		return;
	}
	const char *f = s + 2;
	size_t fl = n - 2;
#define IS(lit) (fl == sizeof(lit) - 1 && memcmp(f, lit, fl) == 0)
	if (IS("dob")) {
		ss_buf_addf(b, "%02d.%02d.%d", p->dob_d, p->dob_m, p->dob_y);
	} else if (IS("kdob")) {
		ss_buf_addf(b, "%d-жылдын %d-%s", p->dob_y, p->dob_d, months_ky_loc[p->dob_m - 1]);
	} else if (IS("addr")) {
		ss_buf_adds(b, p->addr_ru);
	} else if (IS("kaddr")) {
		ss_buf_adds(b, p->addr_ky);
	} else if (IS("pin")) {
		ss_buf_adds(b, p->pin);
	} else if (IS("ph")) {
		ss_buf_adds(b, p->phone);
	} else if (fl == 2 && f[0] == 'k') {
		size_t at = b->len;
		put_name(b, p, 'f', 0);
		if (f[1] != '0') {
			char *word = ss_xstrdup(b->data + at);
			ss_buf_adds(b, ky_suffix(word, f[1] - '0'));
			free(word);
		}
	} else if (fl == 2) {
		put_name(b, p, f[0], f[1] - '0');
	} else {
		ss_buf_add(b, s, n);	/* unknown: leave visible so tests catch it */
	}
#undef IS
}

static void put_ev_ky(struct gen *g, int loc)
{
	ss_buf_addf(&g->t, "%d-жылдын %d-%s", g->ev_y, g->ev_d,
		    (loc ? months_ky_loc : months_ky)[(unsigned)(g->ev_m - 1) % 12]);
}

static void tpl_marker(struct gen *g, const char *s, size_t n)
{
	struct ss_buf *b = &g->t;
	struct rng *r = &g->r;
	const struct court *c = &courts[g->court];
	if (n == 0)
		return;
	if (s[0] == '%') {
		unsigned cnt;
		size_t len;
		alt_nth(s + 1, n - 1, 0, &len, &cnt);
		const char *alt = alt_nth(s + 1, n - 1, rng_below(r, cnt), &len, NULL);
		tpl_n(g, alt, len);
		return;
	}
	if (s[0] == '#') {
		int lo = atoi(s + 1);
		const char *dash = memchr(s + 1, '-', n - 1);
		int hi = dash ? atoi(dash + 1) : lo;
		g_lastnum = rng_range(r, lo, hi);
		ss_buf_addf(b, "%d", g_lastnum);
		return;
	}
	if (s[0] >= 'A' && s[0] <= 'Z' && n >= 2 && (s[1] == '?' || s[1] == '.')) {
		put_person_marker(g, s, n);
		return;
	}
#define K(lit) (n == sizeof(lit) - 1 && memcmp(s, lit, n) == 0)
	if (K("EV")) {
		put_date_ru(g, g->ev_y, g->ev_m, g->ev_d, g->date_style);
	} else if (K("KEV")) {
		put_ev_ky(g, 1);
	} else if (K("TIME")) {
		int h = rng_range(r, 7, 23), m = rng_range(r, 0, 11) * 5;
		if (rng_chance(r, 0.5))
			ss_buf_addf(b, "%d часов %d минут", h, m);
		else
			ss_buf_addf(b, "%02d:%02d", h, m);
	} else if (K("MIN")) {
		ss_buf_addf(b, "%02d", rng_range(r, 0, 11) * 5);
	} else if (K("SUM")) {
		put_money(g, g->sum);
	} else if (K("ITEM")) {
		ss_buf_adds(b, PICK(r, items_ru));
	} else if (K("KITEM")) {
		ss_buf_adds(b, PICK(r, items_ky));
	} else if (K("IPLACE")) {
		ss_buf_adds(b, PICK(r, item_loc_ru));
	} else if (K("ART")) {
		put_norm_ru(g, &g->main, 0);
	} else if (K("ARTW")) {
		put_norm_ru(g, &g->main, 1);
	} else if (K("KART")) {
		put_norm_ky(g, &g->main, 0);
	} else if (K("KARTL")) {
		put_norm_ky(g, &g->main, 1);
	} else if (K("NORM")) {
		ss_buf_adds(b, rng_chance(r, 0.5) ? "ст. " : "статьей ");
		ss_buf_addf(b, "%d %s", g->main.art, code_short[g->main.code]);
	} else if (K("NORMW")) {
		static const int gpk_art[] = {4, 59, 65, 193};
		struct norm nn = {C_GPK, PICK(r, gpk_art), 0, 0};
		if (g->type == CT_ADMIN)
			nn.code = C_APK;
		put_norm_ru(g, &nn, 0);
	} else if (K("KNORM")) {
		put_norm_ky(g, &g->main, 0);
		ss_buf_adds(b, "не");
	} else if (K("QUAL")) {
		ss_buf_adds(b, quals[g->qual].ru);
	} else if (K("QUALC")) {
		if (quals[g->qual].ru[0])
			ss_buf_addf(b, ", совершенн%s %s", ends_with(g->crime->n, "о") ? "ое" :
				    ends_with(g->crime->n, "а") ? "ую" : "ый", quals[g->qual].ru);
	} else if (K("KQUAL")) {
		ss_buf_adds(b, quals[g->qual].ky);
	} else if (K("CRn") || K("CRg") || K("CRd") || K("CRa") || K("CRi") || K("CRp")) {
		const struct crime *cr = g->crime;
		const char *w = s[2] == 'n' ? cr->n : s[2] == 'g' ? cr->g : s[2] == 'd' ? cr->d :
			s[2] == 'a' ? cr->a : s[2] == 'i' ? cr->i : cr->p;
		if (g->yo && strncmp(w, "грабеж", strlen("грабеж")) == 0) {
			ss_buf_adds(b, "грабёж");
			ss_buf_adds(b, w + strlen("грабеж"));
		} else {
			ss_buf_adds(b, w);
		}
	} else if (K("KCRn")) {
		ss_buf_adds(b, g->crime->ky_n);
	} else if (K("KCRa")) {
		ss_buf_adds(b, g->crime->ky_a);
	} else if (K("CITY")) {
		ss_buf_adds(b, c->city_ru);
	} else if (K("KCITY")) {
		ss_buf_adds(b, c->city_ky);
	} else if (K("COURT")) {
		ss_buf_adds(b, c->ru);
	} else if (K("COURTG")) {
		ss_buf_adds(b, c->ru_gen);
	} else if (K("KCOURT")) {
		ss_buf_adds(b, c->ky);
	} else if (K("LCOURTG")) {
		ss_buf_adds(b, courts[g->lower].ru_gen);
	} else if (K("KLCOURTG")) {
		ss_buf_addf(b, "%sнун", courts[g->lower].ky);
	} else if (K("APPC")) {
		ss_buf_adds(b, courts[c->appeal].ru);
	} else if (K("KAPPC")) {
		ss_buf_addf(b, "%sна", courts[c->appeal].ky);
	} else if (K("ADATE")) {
		put_date_ru(g, g->year, g->month, g->day, g->date_style);
	} else if (K("KADATE")) {
		ss_buf_addf(b, "%d-жылдын %d-%s", g->year, g->day, months_ky[g->month - 1]);
	} else if (K("LDATE") || K("KLDATE")) {
		/* the reviewed act: 2-8 months before this one */
		int m = g->month - 2 - (g->day % 6), y = g->year;
		while (m < 1) {
			m += 12;
			y--;
		}
		int d = 1 + (g->day * 7) % 28;
		if (s[0] == 'K')
			ss_buf_addf(b, "%d-жылдын %d-%s", y, d, months_ky[m - 1]);
		else
			put_date_ru(g, y, m, d, g->date_style);
	} else if (K("CASENO")) {
		ss_buf_adds(b, g->case_no);
	} else if (K("PROS")) {
		static const char *const rank[] = {"прокурора", "помощника прокурора", "старшего помощника прокурора"};
		ss_buf_addf(b, "%s %s", PICK(r, rank), c->area_ru);
	} else if (K("ORG")) {
		ss_buf_adds(b, g->org_ru);
	} else if (K("KORG")) {
		ss_buf_adds(b, g->org_ky);
	} else if (K("KORGD")) {
		ss_buf_adds(b, g->org_ky);
		ss_buf_adds(b, ends_with(g->org_ky, "и") ? "не" : "на");
	} else if (K("PLAINT")) {
		if (g->type == CT_ECON)
			tpl(g, "представителя истца {ORG} по доверенности {P.s1}");
		else
			tpl(g, "истца {P.s1}");
	} else if (K("PLAINTG")) {
		tpl(g, g->type == CT_ECON ? "{ORG}" : "{P.f1}");
	} else if (K("AGENCY")) {
		ss_buf_adds(b, PICK(r, agencies_ru));
	} else if (K("UPK")) {
		static const char *const v[] = {"ст.ст. 313-316 УПК КР", "статьями 314-316 УПК КР",
			"ст. 311, 313, 316 УПК Кыргызской Республики", "ст.ст.314-316 УПК КР"};
		ss_buf_adds(b, PICK(r, v));
	} else if (K("GPK")) {
		static const char *const v[] = {"ст.ст. 198, 199 ГПК КР", "статьями 198-200 ГПК КР",
			"ст.ст.198-201 ГПК Кыргызской Республики", "ст. 198, 199, 200 ГПК КР"};
		ss_buf_adds(b, PICK(r, v));
	} else if (K("PUN")) {
		tpl(g, PICK(r, pun_ru));
	} else if (K("KPUN")) {
		tpl(g, PICK(r, pun_ky));
	} else if (K("NW")) {
		ss_buf_adds(b, g_lastnum >= 1 && g_lastnum <= 10 ? num_words[g_lastnum] : "");
	} else if (K("NK")) {
		ss_buf_adds(b, g_lastnum >= 1 && g_lastnum <= 10 ? num_words_ky[g_lastnum] : "");
	} else if (K("YRS")) {
		ss_buf_adds(b, g_lastnum == 1 ? "год" : g_lastnum <= 4 ? "года" : "лет");
	} else if (K("BIRTH")) {
		ss_buf_adds(b, PICK(r, birthplaces_ru));
	} else if (K("KBIRTH")) {
		ss_buf_adds(b, PICK(r, birthplaces_ky));
	} else if (K("CLAIM")) {
		ss_buf_adds(b, subjects[g->subj].claim_ru);
	} else if (K("KCLAIM")) {
		ss_buf_adds(b, subjects[g->subj].claim_ky);
	} else {
		ss_buf_addc(b, '{');
		ss_buf_add(b, s, n);
		ss_buf_addc(b, '}');
	}
#undef K
}

static void tpl_n(struct gen *g, const char *s, size_t n)
{
	size_t i = 0;
	while (i < n) {
		const char *open = memchr(s + i, '{', n - i);
		if (!open) {
			ss_buf_add(&g->t, s + i, n - i);
			return;
		}
		ss_buf_add(&g->t, s + i, (size_t)(open - (s + i)));
		size_t j = (size_t)(open - s) + 1, k = j;
		int depth = 1;
		while (k < n && depth) {
			if (s[k] == '{')
				depth++;
			else if (s[k] == '}')
				depth--;
			k++;
		}
		tpl_marker(g, s + j, k - 1 - j);
		i = k;
	}
}

static void tpl(struct gen *g, const char *s)
{
	tpl_n(g, s, strlen(s));
}

/* A paragraph: template then a blank line. */
static void para(struct gen *g, const char *s)
{
	tpl(g, s);
	ss_buf_adds(&g->t, "\n\n");
}

/* --------------------------------------------------------- act parts */

static long days_from_civil(int y, int m, int d)
{
	y -= m <= 2;
	long era = (y >= 0 ? y : y - 399) / 400;
	long yoe = y - era * 400;
	long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
	long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + doe - 719468;
}

static void civil_from_days(long z, int *y, int *m, int *d)
{
	z += 719468;
	long era = (z >= 0 ? z : z - 146096) / 146097;
	long doe = z - era * 146097;
	long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	long mp = (5 * doy + 2) / 153;
	*d = (int)(doy - (153 * mp + 2) / 5 + 1);
	*m = (int)(mp < 10 ? mp + 3 : mp - 9);
	*y = (int)(yoe + era * 400 + (*m <= 2));
}

/* Starts a new episode: an earlier event date and a sum matching the
 * qualifier (значительный, крупный, особо крупный размер). */
static void new_episode(struct gen *g)
{
	struct rng *r = &g->r;
	long day = days_from_civil(g->year, g->month, g->day) - rng_range(r, 20, 540);
	civil_from_days(day, &g->ev_y, &g->ev_m, &g->ev_d);
	int q = g->type == CT_CRIMINAL ? g->qual : 0;
	long long lo = 3000, hi = 90000;
	if (q == 4) {
		lo = 150000;
		hi = 900000;
	} else if (q == 5) {
		lo = 1200000;
		hi = 9000000;
	} else if (g->type == CT_CIVIL || g->type == CT_ECON || g->type == CT_ADMIN) {
		lo = 20000;
		hi = 2500000;
	}
	g->sum = (lo + (long long)(rng_unit(r) * (double)(hi - lo))) / 100 * 100;
}

/* Picks a witness for the next paragraph: often a new one, else a known one. */
static void next_witness(struct gen *g)
{
	if (g->role_idx['W' - 'A'] < 0 || rng_chance(&g->r, 0.45))
		person_add(g, 'W', "witness", 0);
}

static void next_victim(struct gen *g)
{
	person_add(g, 'V', g->type == CT_CRIMINAL ? "victim" : "plaintiff", 0);
}

static const char *const *evid_pool(struct gen *g)
{
	if (g->type == CT_CRIMINAL)
		return g->ky ? crim_evid_ky : crim_evid_ru;
	return g->ky ? civ_evid_ky : civ_evid_ru;
}

/* Evidence paragraphs are dealt from a shuffled deck so a text repeats a
 * template only after using them all; '$' marks property-crime-only ones. */
static const char *deal(struct gen *g, const char *const *pool, unsigned *deck, unsigned *left)
{
	unsigned n = pool_len(pool);
	for (int tries = 0; tries < 64; tries++) {
		if (*left == 0) {
			for (unsigned i = 0; i < n; i++)
				deck[i] = i;
			for (unsigned i = n; i > 1; i--) {
				unsigned k = rng_below(&g->r, i), t = deck[i - 1];
				deck[i - 1] = deck[k];
				deck[k] = t;
			}
			*left = n;
			if (g->type != CT_CRIMINAL && tries == 0 && g->t.len > 2000)
				new_episode(g);	/* later hearings, later dates */
		}
		const char *s = pool[deck[--*left]];
		if (s[0] != '$')
			return s;
		if (g->crime && g->crime->property)
			return s + 1;
	}
	return pool[0][0] == '$' ? pool[0] + 1 : pool[0];
}

/* Body between the narrative heading and the operative part, grown until the
 * text reaches target bytes (reasoning and operative part add ~3 KB). */
static void body(struct gen *g, size_t target)
{
	struct rng *r = &g->r;
	const struct subject *sj = &subjects[g->subj];
	int mixed_left = g->mixed ? rng_range(r, 1, 3) : 0;
	unsigned deck[32], left = 0;
	int episode = 1;
	int multi = g->crime && (g->crime->property || g->crime->ep_ru == ep_drug_ru);
	if (g->type == CT_CRIMINAL) {
		para(g, pool_pick(r, g->ky ? g->crime->ep_ky : g->crime->ep_ru));
	} else {
		para(g, pool_pick(r, g->ky ? sj->intro_ky : sj->intro_ru));
	}
	int round = 0;
	while (g->t.len + 3000 < target || round < 1) {
		round++;
		if (multi && rng_chance(r, 0.25)) {
			if (rng_chance(r, 0.6))
				next_victim(g);
			new_episode(g);
			episode++;
			if (!g->ky)
				ss_buf_addf(&g->t, "Эпизод %d. ", episode);
			para(g, pool_pick(r, g->ky ? g->crime->ep_ky : g->crime->ep_ru));
			continue;
		}
		next_witness(g);
		if (mixed_left && rng_chance(r, 0.35)) {
			mixed_left--;
			para(g, PICK(r, mixed_ky));
			continue;
		}
		para(g, deal(g, evid_pool(g), deck, &left));
	}
	while (mixed_left-- > 0)
		para(g, PICK(r, mixed_ky));
}

static const char *const *reason_pool(struct gen *g)
{
	if (g->type == CT_CRIMINAL)
		return g->ky ? crim_reason_ky : crim_reason_ru;
	return g->ky ? civ_reason_ky : civ_reason_ru;
}

static void reasoning(struct gen *g)
{
	const char *const *p = reason_pool(g);
	unsigned n = pool_len(p), k = (unsigned)rng_range(&g->r, g->t.len < 2500 ? 1 : 2, (int)n);
	unsigned start = rng_below(&g->r, n);
	for (unsigned i = 0; i < k; i++) {
		const char *t = p[(start + i) % n];
		if (t[0] == '$' && !(g->crime && g->crime->property))
			continue;
		para(g, t[0] == '$' ? t + 1 : t);
	}
}

static const char *const col_ru[] = {"уголовным", "гражданским", "административным", "экономическим", "административным"};
static const char *const col_ky[] = {"кылмыш", "жарандык", "административдик", "экономикалык", "административдик"};

/* Russian act, all types and instances. */
static void build_ru(struct gen *g, size_t target)
{
	struct rng *r = &g->r;
	int crim = g->type == CT_CRIMINAL, off = g->type == CT_OFFENCE;
	char who = crim || off ? 'D' : 'P';
	const char *title = g->act_ru;
	char up[64];
	size_t i, j;
	/* upper-case the act title: Cyrillic а-я are d0b0-d18f */
	for (i = j = 0; title[i] && j + 2 < sizeof up; ) {
		unsigned char a = (unsigned char)title[i], b2 = (unsigned char)title[i + 1];
		if (a == 0xD0 && b2 >= 0xB0) {
			up[j++] = (char)0xD0;
			up[j++] = (char)(b2 - 0x20);
		} else if (a == 0xD1 && b2 >= 0x80 && b2 <= 0x8F) {
			up[j++] = (char)0xD0;
			up[j++] = (char)(b2 + 0x20);
		} else {
			up[j++] = (char)a;
			up[j++] = (char)b2;
		}
		i += 2;
	}
	up[j] = '\0';

	if (g->inst == IN_FIRST) {
		ss_buf_addf(&g->t, "%s\nИМЕНЕМ КЫРГЫЗСКОЙ РЕСПУБЛИКИ\n\n", up);
		tpl(g, "{CITY}\t\t\t\t{ADATE}\n\n");
		if (crim) {
			tpl(g, "{COURT} в составе председательствующего судьи {J.s1}, с участием секретаря судебного заседания {S.s1}, государственного обвинителя – {PROS} {O.s1}, подсудим{D?ого|ой} {D.s1}, защитника – адвоката {A.s1}, потерпевше{V?го|й} {V.s1}, рассмотрев в открытом судебном заседании уголовное дело № {CASENO} по обвинению\n"
			       "{D.f1}, {D.dob} года рождения, урожен{D?ца|ки} {BIRTH}, граждан{D?ина|ки} Кыргызской Республики, {%со средним образованием|с высшим образованием|со средне-специальным образованием}, {%{D?холостого|незамужней}|{D?женатого|замужней}|разведенн{D?ого|ой}}, {%не работающ{D?его|ей}|работающ{D?его|ей} разнорабочим|временно не работающ{D?его|ей}}, зарегистрированн{D?ого|ой} и проживающ{D?его|ей} по адресу: {D.addr}, ПИН {D.pin}, {%ранее не судим{D?ого|ой}|ранее судим{D?ого|ой}}, –\n"
			       "в совершении преступления, предусмотренного {ART} ({CRn}),\n\nУСТАНОВИЛ:\n\n");
		} else if (off) {
			tpl(g, "Судья {COURTG} {J.s0}, с участием секретаря {S.s1}, рассмотрев материалы дела о правонарушении № {CASENO} в отношении {D.f1}, {D.dob} г.р., ПИН {D.pin}, проживающ{D?его|ей} по адресу: {D.addr}, по {ART},\n\nУСТАНОВИЛ:\n\n");
		} else {
			tpl(g, "{COURT} в составе председательствующего судьи {J.s1}, с участием секретаря судебного заседания {S.s1}, {PLAINT}, {%представителя ответчика по доверенности {A.s1}|представителя истца – адвоката {A.s1}}, рассмотрев в открытом судебном заседании {%гражданское|административное|} дело № {CASENO} по иску {PLAINTG} {CLAIM},\n\nУСТАНОВИЛ:\n\n");
		}
		body(g, target);
		reasoning(g);
		if (crim && strcmp(g->act_ru, "приговор") == 0) {
			tpl(g, "На основании изложенного, руководствуясь {UPK}, суд\n\nПРИГОВОРИЛ:\n\n");
			if (strcmp(g->outcome, "acquitted") == 0) {
				para(g, "{D.f3} по предъявленному обвинению в совершении преступления, предусмотренного {ART}, оправдать за отсутствием в {D?его|её} действиях состава преступления.");
				para(g, "Признать за {D.s4} право на реабилитацию и возмещение вреда, причиненного незаконным уголовным преследованием.");
			} else {
				para(g, "{D.f3} признать виновн{D?ым|ой} в совершении преступления, предусмотренного {ART}, и назначить {D?ему|ей} наказание в виде {PUN}.");
				para(g, "Меру пресечения в отношении {D.s1} – {%подписку о невыезде и надлежащем поведении|домашний арест|содержание под стражей} – оставить без изменения до вступления приговора в законную силу.");
				para(g, "Вещественные доказательства: {ITEM} – возвратить по принадлежности потерпевше{V?му|й} {V.s2}.");
			}
			para(g, "Приговор может быть обжалован в апелляционном порядке в {APPC} в течение 15 суток со дня провозглашения.");
		} else if (crim) {
			tpl(g, "Руководствуясь {UPK}, суд\n\nПОСТАНОВИЛ:\n\n");
			if (strcmp(g->outcome, "returned") == 0)
				para(g, "Уголовное дело по обвинению {D.s1} в совершении преступления, предусмотренного {ART}, возвратить прокурору {%Первомайского района|Ленинского района|г. Ош|Чуйской области} для устранения препятствий его рассмотрения судом.");
			else
				para(g, "Уголовное дело в отношении {D.s1}, обвиняем{D?ого|ой} в совершении преступления, предусмотренного {ART}, прекратить в связи с примирением с потерпевш{V?им|ей} {V.s4}.");
			para(g, "Постановление может быть обжаловано в {APPC} в течение 15 суток.");
		} else if (off) {
			tpl(g, "Руководствуясь {%ст. 510|ст.ст. 509-511|ст. 512} {%Кодекса о правонарушениях|КоАО КР}, судья\n\nПОСТАНОВИЛ:\n\n");
			if (strcmp(g->outcome, "terminated") == 0)
				para(g, "Производство по делу о правонарушении в отношении {D.s1} прекратить за отсутствием состава правонарушения.");
			else
				para(g, "{D.f3} признать виновн{D?ым|ой} в совершении правонарушения, предусмотренного {ART}, и наложить на {D?него|неё} взыскание в виде штрафа в размере {#10-230} расчетных показателей, что составляет {#1-23} 000 сом.");
			para(g, "Постановление может быть обжаловано в {APPC} в течение 10 дней со дня вручения копии.");
		} else {
			if (strcmp(g->act_ru, "определение") == 0) {
				tpl(g, "Руководствуясь {GPK}, суд\n\nОПРЕДЕЛИЛ:\n\n");
				para(g, "Утвердить мировое соглашение, заключенное между {P.f4} и {R.f4}, по условиям которого ответчик выплачивает истцу {SUM} сом в срок до {EV}. Производство по делу прекратить.");
			} else {
				tpl(g, "Руководствуясь {GPK}, суд\n\nРЕШИЛ:\n\n");
				if (strcmp(g->outcome, "dismissed") == 0)
					para(g, "В удовлетворении исковых требований {P.s1} {CLAIM} отказать.");
				else if (g->subj == 1)
					para(g, "Брак, зарегистрированный между {P.f4} и {R.f4}, расторгнуть. Несовершеннолетних детей оставить на воспитании истца.");
				else if (g->subj == 5)
					para(g, "Взыскать с {R.f1}, {R.dob} г.р., в пользу {P.f1} алименты на содержание несовершеннолетних детей в размере 1/4 части всех видов заработка ежемесячно, начиная с {EV} и до совершеннолетия детей.");
				else
					para(g, "Исковые требования {%удовлетворить|удовлетворить частично}. Взыскать с {R.f1} в пользу {P.f1} {SUM} сом, а также расходы по оплате государственной пошлины в размере {#500-9000} сом.");
			}
			para(g, "Решение может быть обжаловано в апелляционном порядке в {APPC} в течение 30 дней со дня изготовления в окончательной форме.");
		}
		tpl(g, "Председательствующий, судья\t\t\t{J.s0}\n");
		return;
	}
	/* review instances: a college of three judges */
	const char *kind = g->inst == IN_APPEAL ? "апелляционн" : g->inst == IN_CASSATION ? "кассационн" : "надзорн";
	ss_buf_addf(&g->t, "%s\n\n", up);
	tpl(g, "{CITY}\t\t\t\t{ADATE}\n\n");
	ss_buf_addf(&g->t, "Судебная коллегия по %s делам ", col_ru[g->type]);
	tpl(g, "{COURTG} в составе: председательствующего {J.s1}, судей {X.s1} и {Y.s1}, с участием секретаря {S.s1}, ");
	if (crim)
		tpl(g, "прокурора {O.s1}, адвоката {A.s1}, осужденн{D?ого|ой} {D.s1}, ");
	ss_buf_addf(&g->t, "рассмотрев в открытом судебном заседании %sую жалобу ", kind);
	tpl(g, crim || off ? "{%адвоката {A.s1} в интересах {D.s1}|осужденн{D?ого|ой} {D.s1}}" : "{%{P.s1}|{R.s1}|представителя ответчика {A.s1}}");
	tpl(g, crim ? " на приговор {LCOURTG} от {LDATE} по делу № {CASENO},\n\nУСТАНОВИЛА:\n\n"
		    : " на решение {LCOURTG} от {LDATE} по делу № {CASENO} {CLAIM},\n\nУСТАНОВИЛА:\n\n");
	if (crim)
		para(g, "Приговором {LCOURTG} от {LDATE} {D.f0}, {D.dob} г.р., осужден{D?|а} по {ART} к наказанию в виде {PUN}. Согласно приговору, преступление совершено при следующих обстоятельствах.");
	else
		para(g, "Решением {LCOURTG} от {LDATE} исковые требования {P.s1} {%удовлетворены|удовлетворены частично|оставлены без удовлетворения}. Из материалов дела следует:");
	body(g, target);
	ss_buf_addf(&g->t, "В %sой жалобе ", kind);
	tpl(g, "{%заявитель|апеллянт|жалобщик} просит {%отменить судебный акт и вынести новое решение|изменить приговор, смягчив назначенное наказание|направить дело на новое рассмотрение}, указывая, что суд неправильно применил нормы материального права, {%не дал оценки доводам стороны защиты|неверно оценил представленные доказательства|допустил существенные нарушения процессуального закона}.\n\n");
	reasoning(g);
	para(g, "Проверив материалы дела, обсудив доводы жалобы, выслушав участников процесса, судебная коллегия {%находит|считает} выводы суда первой инстанции {%соответствующими фактическим обстоятельствам дела|основанными на всесторонне исследованных доказательствах|частично не соответствующими материалам дела}.");
	tpl(g, crim || off || g->type == CT_ADMIN ? "Руководствуясь {UPK}, судебная коллегия\n\nПОСТАНОВИЛА:\n\n" : "Руководствуясь {GPK}, судебная коллегия\n\nОПРЕДЕЛИЛА:\n\n");
	if (strcmp(g->outcome, "upheld") == 0)
		para(g, crim ? "Приговор {LCOURTG} от {LDATE} в отношении {D.s1} оставить без изменения, жалобу – без удовлетворения." : "Решение {LCOURTG} от {LDATE} оставить без изменения, жалобу – без удовлетворения.");
	else if (strcmp(g->outcome, "returned") == 0)
		para(g, "Судебный акт {LCOURTG} от {LDATE} отменить, дело направить на новое рассмотрение в тот же суд в ином составе судей.");
	else
		para(g, crim ? "Приговор {LCOURTG} от {LDATE} в отношении {D.s1} отменить и вынести новый приговор, назначив {D.s2} наказание в виде {PUN}." : "Решение {LCOURTG} от {LDATE} отменить и вынести новое решение, которым исковые требования {P.s1} {CLAIM} удовлетворить.");
	para(g, g->inst == IN_APPEAL ? "Постановление вступает в законную силу с момента провозглашения и может быть обжаловано в кассационном порядке в Верховный суд Кыргызской Республики." : "Постановление окончательное и обжалованию не подлежит.");
	tpl(g, "Председательствующий\t\t\t{J.s0}\nСудьи\t\t\t\t{X.s0}\n\t\t\t\t{Y.s0}\n");
	(void)who;
	(void)r;
}

/* Kyrgyz act, all types and instances. */
static void build_ky(struct gen *g, size_t target)
{
	int crim = g->type == CT_CRIMINAL, off = g->type == CT_OFFENCE;
	const char *act = g->act_ky;
	const char *head = strcmp(act, "өкүм") == 0 ? "ӨКҮМ" : strcmp(act, "чечим") == 0 ? "ЧЕЧИМ" :
		strcmp(act, "аныктама") == 0 ? "АНЫКТАМА" : "ТОКТОМ";
	const char *oper = strcmp(act, "өкүм") == 0 ? "ӨКҮМ КЫЛДЫ" : strcmp(act, "чечим") == 0 ? "ЧЕЧТИ" :
		strcmp(act, "аныктама") == 0 ? "АНЫКТАДЫ" : "ТОКТОМ КЫЛДЫ";
	ss_buf_addf(&g->t, "%s\nКЫРГЫЗ РЕСПУБЛИКАСЫНЫН АТЫНАН\n\n", head);
	tpl(g, "{KADATE}\t\t\t\t{KCITY}\n\n");
	if (g->inst == IN_FIRST) {
		if (crim)
			tpl(g, "{KCOURT} төмөнкү курамда: төрагалык кылуучу судья {J.s0}, сот отурумунун катчысы {S.s0}, мамлекеттик айыптоочу – прокурор {O.s0}, жактоочу – адвокат {A.s0}, жабырлануучу {V.s0} катышуусу менен, ачык сот отурумунда {D.f0}, {D.kdob} {KBIRTH} туулган, Кыргыз Республикасынын жараны, {%орто билимдүү|жогорку билимдүү}, {%үйлөнгөн|үйлөнбөгөн|ажырашкан}, {%иштебейт|убактылуу иштебейт|жумушчу}, {D.kaddr} дарегинде жашаган, ПИН {D.pin}, {%мурда соттолбогон|мурда соттолгон}, {KART} менен айыпталган № {CASENO} кылмыш ишин карап чыгып,\n\nТАПТЫ:\n\n");
		else if (off)
			tpl(g, "{KCOURT} судьясы {J.s0}, катчы {S.s0} катышуусу менен, {D.f0}, {D.kdob} туулган, ПИН {D.pin}, {D.kaddr} дарегинде жашаган, тарабынан {KART} менен каралган укук бузуу жөнүндө № {CASENO} ишти карап чыгып,\n\nТАПТЫ:\n\n");
		else
			tpl(g, "{KCOURT} төмөнкү курамда: төрагалык кылуучу судья {J.s0}, сот отурумунун катчысы {S.s0}, доогер {P.f0}, {%доогердин өкүлү адвокат {A.s0}|жоопкердин өкүлү {A.s0}} катышуусу менен, ачык сот отурумунда {KCLAIM} № {CASENO} жарандык ишти карап чыгып,\n\nТАПТЫ:\n\n");
		body(g, target);
		reasoning(g);
		if (crim && strcmp(act, "өкүм") == 0) {
			tpl(g, "Баяндалгандардын негизинде, КР Жазык-процесстик кодексинин {#313-316}-беренелерин жетекчиликке алып, сот\n\n");
			ss_buf_addf(&g->t, "%s:\n\n", oper);
			if (strcmp(g->outcome, "acquitted") == 0)
				para(g, "{D.f0} {KART} боюнча тагылган айыптан анын аракеттеринде кылмыштын курамы жок болгондугу үчүн акталсын. Ага реабилитациялоо укугу таанылсын.");
			else
				para(g, "{D.f0} {KART} боюнча күнөөлүү деп табылсын жана ага {KPUN} түрүндө жаза дайындалсын.");
			para(g, "Өкүм мыйзамдуу күчүнө киргенге чейин {D.k2} карата бөгөт коюу чарасы – {%кетпей турганы жөнүндө кол тил кат|үй камагы|камакка алуу} өзгөртүүсүз калтырылсын.");
			para(g, "Өкүмгө жарыяланган күндөн тартып 15 күндүн ичинде {KAPPC} апелляциялык даттануу же сунуштама берилиши мүмкүн.");
		} else if (crim) {
			tpl(g, "КР Жазык-процесстик кодексин жетекчиликке алып, сот\n\n");
			ss_buf_addf(&g->t, "%s:\n\n", oper);
			para(g, strcmp(g->outcome, "returned") == 0 ? "{D.k1} айыптоосу боюнча кылмыш иши соттун кароосуна тоскоолдуктарды четтетүү үчүн прокурорго кайтарылсын." : "{D.k1} карата кылмыш иши жабырлануучу менен элдешкендигине байланыштуу токтотулсун.");
			para(g, "Токтомго 15 күндүн ичинде {KAPPC} даттануу берилиши мүмкүн.");
		} else if (off) {
			tpl(g, "Жоруктар жөнүндө кодексти жетекчиликке алып, судья\n\n");
			ss_buf_addf(&g->t, "%s:\n\n", oper);
			para(g, strcmp(g->outcome, "terminated") == 0 ? "{D.k2} карата укук бузуу жөнүндө иш укук бузуунун курамы жок болгондугу үчүн токтотулсун." : "{D.f0} {KART} боюнча укук бузууга күнөөлүү деп табылсын жана ага {#10-230} эсептик көрсөткүч өлчөмүндө айып пул салынсын.");
			para(g, "Токтомго 10 күндүн ичинде {KAPPC} даттануу берилиши мүмкүн.");
		} else {
			tpl(g, "КР ЖПКнын {%198-200|198, 199|198-201}-беренелерин жетекчиликке алып, сот\n\n");
			ss_buf_addf(&g->t, "%s:\n\n", oper);
			if (strcmp(act, "аныктама") == 0)
				para(g, "Тараптардын ортосунда түзүлгөн тынчтык келишими бекитилсин, иш боюнча өндүрүш токтотулсун.");
			else if (strcmp(g->outcome, "dismissed") == 0)
				para(g, "Доогердин доо талабын канааттандыруудан баш тартылсын.");
			else if (g->subj == 1)
				para(g, "{P.f0} менен {R.f0} ортосундагы нике бузулсун. Жашы жете элек балдар доогердин тарбиясында калтырылсын.");
			else
				para(g, "Доогердин доо талабы {%канааттандырылсын|жарым-жартылай канааттандырылсын}. Жоопкер {R.k4} доогер {P.k1} пайдасына {SUM} сом жана {#500-9000} сом мамлекеттик алым өндүрүлсүн.");
			para(g, "Чечимге ал акыркы түрдө чыгарылган күндөн тартып 30 күндүн ичинде {KAPPC} апелляциялык тартипте даттанылышы мүмкүн.");
		}
		tpl(g, "Төрагалык кылуучу, судья\t\t\t{J.s0}\n");
		return;
	}
	const char *kind = g->inst == IN_APPEAL ? "апелляциялык" : g->inst == IN_CASSATION ? "кассациялык" : "көзөмөл тартибиндеги";
	tpl(g, "{KCOURT}нун ");
	ss_buf_addf(&g->t, "%s иштер боюнча соттук коллегиясы ", col_ky[g->type]);
	tpl(g, "төмөнкү курамда: төрагалык кылуучу {J.s0}, судьялар {X.s0}, {Y.s0}, катчы {S.s0}, ");
	ss_buf_addf(&g->t, "%s даттанууну ", kind);
	tpl(g, crim ? "{KLCOURTG} {KLDATE} өкүмүнө карата № {CASENO} кылмыш иши боюнча карап чыгып,\n\nТАПТЫ:\n\n"
		    : "{KLCOURTG} {KLDATE} чечимине карата {KCLAIM} № {CASENO} иш боюнча карап чыгып,\n\nТАПТЫ:\n\n");
	para(g, crim ? "{KLCOURTG} {KLDATE} өкүмү менен {D.f0} {KART} боюнча күнөөлүү деп табылып, ага {KPUN} түрүндө жаза дайындалган. Өкүм боюнча кылмыш төмөнкүдөй жагдайларда жасалган." : "{KLCOURTG} {KLDATE} чечими менен доогердин доо талабы {%канааттандырылган|жарым-жартылай канааттандырылган|канааттандыруудан баш тартылган}. Иштин материалдарынан төмөнкүлөр көрүнөт.");
	body(g, target);
	para(g, "Даттанууда {%арыздануучу|жактоочу} соттун актысын жокко чыгарууну суранып, биринчи инстанциядагы сот материалдык укуктун ченемдерин туура эмес колдонгонун, {%далилдерге туура баа бербегенин|процесстик мыйзамды олуттуу бузганын} көрсөтөт.");
	reasoning(g);
	para(g, "Иштин материалдарын текшерип, даттануунун жүйөлөрүн талкуулап, соттук коллегия биринчи инстанциядагы соттун тыянактары {%иштин иш жүзүндөгү жагдайларына дал келет|толук изилденген далилдерге негизделген|иштин материалдарына жарым-жартылай дал келбейт} деп эсептейт.");
	tpl(g, "Баяндалгандардын негизинде соттук коллегия\n\n");
	ss_buf_addf(&g->t, "%s:\n\n", oper);
	if (strcmp(g->outcome, "upheld") == 0)
		para(g, "{KLCOURTG} {KLDATE} соттук актысы өзгөртүүсүз калтырылсын, даттануу канааттандырылбасын.");
	else if (strcmp(g->outcome, "returned") == 0)
		para(g, "{KLCOURTG} {KLDATE} соттук актысы жокко чыгарылып, иш ошол эле сотко башка курамда жаңыдан кароого жөнөтүлсүн.");
	else
		para(g, "{KLCOURTG} {KLDATE} соттук актысы жокко чыгарылып, иш боюнча жаңы соттук акт чыгарылсын.");
	para(g, g->inst == IN_APPEAL ? "Токтом жарыяланган учурдан тартып мыйзамдуу күчүнө кирет жана Кыргыз Республикасынын Жогорку сотуна кассациялык тартипте даттанылышы мүмкүн." : "Токтом акыркы болуп саналат жана даттанууга жатпайт.");
	tpl(g, "Төрагалык кылуучу\t\t\t{J.s0}\nСудьялар\t\t\t{X.s0}\n\t\t\t\t{Y.s0}\n");
}

/* ------------------------------------------------------- act set-up */

static void judge_make(struct person *p, int court, int k)
{
	struct rng jr = {0x5EED0000ULL + (uint64_t)court * 131 + (uint64_t)k};
	memset(p, 0, sizeof *p);
	p->female = rng_chance(&jr, 0.45);
	snprintf(p->last, sizeof p->last, "%s", PICK(&jr, surnames));
	snprintf(p->first, sizeof p->first, "%s", p->female ? PICK(&jr, female_first) : PICK(&jr, male_first));
	snprintf(p->patr, sizeof p->patr, "%s", fathers[rng_below(&jr, NELEM(fathers))][1]);
}

static int pick_court(struct gen *g)
{
	struct rng *r = &g->r;
	if (g->inst == IN_CASSATION || g->inst == IN_SUPERVISORY)
		return 22;
	enum court_kind want = (g->type == CT_ADMIN || g->type == CT_ECON) ? CK_INTER : CK_DISTRICT;
	int total = 0;
	for (unsigned i = 0; i < NELEM(courts); i++)
		if (courts[i].kind == want)
			total += courts[i].weight;
	int x = rng_range(r, 0, total - 1);
	for (unsigned i = 0; i < NELEM(courts); i++) {
		if (courts[i].kind != want)
			continue;
		if (x < courts[i].weight)
			return (int)i;
		x -= courts[i].weight;
	}
	return 0;
}

static size_t pick_size(struct gen *g)
{
	struct rng *r = &g->r;
	if (rng_below(r, 500) == 0)
		return (size_t)rng_range(r, 180000, 220000);
	/* log-normal around 5 KB: mean ~6 KB, clipped to 1..30 KB */
	double u1 = rng_unit(r) + 1e-12, u2 = rng_unit(r);
	double z = sqrt(-2.0 * log(u1)) * cos(6.283185307179586 * u2);
	double v = exp(log(4400.0) + 0.6 * z);
	if (v < 1000)
		v = 1000;
	if (v > 30000)
		v = 30000;
	return (size_t)v;
}

static void act_setup(struct gen *g, double ky_share, double mixed_share)
{
	struct rng *r = &g->r;
	g->npers = 0;
	for (int i = 0; i < 26; i++)
		g->role_idx[i] = -1;
	g->ky = rng_chance(r, ky_share);
	g->mixed = !g->ky && rng_chance(r, mixed_share / (1.0 - ky_share));
	g->yo = rng_chance(r, 0.4);
	g->year = rng_range(r, 2013, 2025);
	g->month = rng_range(r, 1, 12);
	g->day = rng_range(r, 1, days_in(g->year, g->month));
	g->date_style = (int)rng_below(r, 3);
	static const int tw[] = {36, 34, 8, 8, 14};	/* criminal, civil, admin, econ, offence */
	int x = rng_range(r, 0, 99), t = 0;
	while (x >= tw[t]) {
		x -= tw[t];
		t++;
	}
	g->type = (enum ctype)t;
	x = rng_range(r, 0, 99);
	g->inst = x < 68 ? IN_FIRST : x < 88 ? IN_APPEAL : x < 96 ? IN_CASSATION : IN_SUPERVISORY;
	if (g->inst == IN_FIRST) {
		g->court = pick_court(g);
		g->lower = g->court;
	} else {
		enum inst keep = g->inst;
		g->inst = IN_FIRST;
		g->lower = pick_court(g);
		g->inst = keep;
		g->court = keep == IN_APPEAL ? courts[g->lower].appeal : 22;
		if (keep != IN_APPEAL && rng_chance(r, 0.5))
			g->lower = courts[g->lower].appeal;	/* Supreme Court reviews the appeal act */
	}

	/* subject and norm */
	g->crime = NULL;
	g->subj = 0;
	g->qual = 0;
	if (g->type == CT_CRIMINAL) {
		g->crime = &PICK(r, crimes);
		g->main.code = C_UK;
		g->main.art = g->year >= 2019 ? g->crime->art_new : g->crime->art_old;
		g->main.item = 0;
		if (g->crime->property) {
			g->qual = (int)rng_below(r, NELEM(quals));
			g->main.part = quals[g->qual].part;
			if (g->main.part == 2)
				g->main.item = quals[g->qual].item;
		} else {
			g->main.part = rng_range(r, 1, 2);
		}
		g->subj = 0;
	} else {
		unsigned cand[NELEM(subjects)], nc = 0;
		for (unsigned i = 0; i < NELEM(subjects); i++)
			if (subjects[i].type == g->type)
				cand[nc++] = i;
		g->subj = (int)cand[rng_below(r, nc)];
		g->main = g->year >= 2019 ? subjects[g->subj].norm_new : subjects[g->subj].norm_old;
	}
	snprintf(g->org_ru, sizeof g->org_ru, "%s", PICK(r, orgs_ru));
	snprintf(g->org_ky, sizeof g->org_ky, "%s", PICK(r, orgs_ky));

	/* act type and outcome */
	int crim = g->type == CT_CRIMINAL, civ = g->type == CT_CIVIL || g->type == CT_ECON;
	if (g->inst == IN_FIRST) {
		if (crim) {
			if (rng_chance(r, 0.82)) {
				g->act_ru = "приговор";
				g->outcome = rng_chance(r, 0.93) ? "convicted" : "acquitted";
			} else {
				g->act_ru = "постановление";
				g->outcome = rng_chance(r, 0.6) ? "terminated" : "returned";
			}
		} else if (g->type == CT_OFFENCE) {
			g->act_ru = "постановление";
			g->outcome = rng_chance(r, 0.85) ? "convicted" : "terminated";
		} else if (civ && rng_chance(r, 0.12)) {
			g->act_ru = "определение";
			g->outcome = "terminated";
		} else {
			static const char *const oc[] = {"granted", "granted", "partially_granted", "dismissed"};
			g->act_ru = "решение";
			g->outcome = PICK(r, oc);
		}
	} else {
		static const char *const oc[] = {"upheld", "upheld", "upheld", "overturned", "returned"};
		g->act_ru = civ ? "определение" : "постановление";
		g->outcome = PICK(r, oc);
	}
	g->act_ky = strcmp(g->act_ru, "приговор") == 0 ? "өкүм" : strcmp(g->act_ru, "решение") == 0 ? "чечим" :
		strcmp(g->act_ru, "определение") == 0 ? "аныктама" : "токтом";

	static const char *const pre[] = {"УД", "ГД", "АД", "ЭД", "ДП"};
	static const char *const ipre[] = {"", "А", "К", "Н"};
	if (rng_chance(r, 0.7))
		snprintf(g->case_no, sizeof g->case_no, "%s%s-%d/%02d.%s", pre[g->type], ipre[g->inst],
			 rng_range(r, 1, 2999), g->year % 100, courts[g->court].tag);
	else
		snprintf(g->case_no, sizeof g->case_no, "%s%s-%d/%02d", pre[g->type], ipre[g->inst],
			 rng_range(r, 1, 2999), g->year % 100);

	/* people: officials first (no parties role), then the private persons */
	g->judge_idx = rng_range(r, 0, 5);
	int j = g->npers++;
	judge_make(&g->pers[j], g->court, g->judge_idx);
	g->role_idx['J' - 'A'] = j;
	j = g->npers++;
	judge_make(&g->pers[j], g->court, (g->judge_idx + 1) % 6);
	g->role_idx['X' - 'A'] = j;
	j = g->npers++;
	judge_make(&g->pers[j], g->court, (g->judge_idx + 2) % 6);
	g->role_idx['Y' - 'A'] = j;
	person_add(g, 'S', NULL, 1);
	person_add(g, 'O', NULL, 1);
	person_add(g, 'A', NULL, 1);
	if (crim || g->type == CT_OFFENCE) {
		person_add(g, 'D', "defendant", 0);
		if (crim)
			person_add(g, 'V', "victim", 0);
	} else {
		person_add(g, 'P', g->type == CT_ECON ? "representative" : "plaintiff", 0);
		if (g->type == CT_CIVIL || g->type == CT_ECON)
			person_add(g, 'R', "respondent", 0);
		if (g->subj == 1 || g->subj == 5) {	/* spouses: opposite sexes */
			struct person *p = role(g, 'P'), *q = role(g, 'R');
			p->female = 1;
			q->female = 0;
			snprintf(p->first, sizeof p->first, "%s", PICK(r, female_first));
			snprintf(q->first, sizeof q->first, "%s", PICK(r, male_first));
			p->pin[0] = '1';
			q->pin[0] = '2';
		}
		g->role_idx['V' - 'A'] = g->role_idx['P' - 'A'];
	}
	/* a role never assigned falls back to the defendant/plaintiff */
	int main_p = g->role_idx[(crim || g->type == CT_OFFENCE ? 'D' : 'P') - 'A'];
	if (main_p < 0)
		main_p = 3;
	for (int i = 0; i < 26; i++)
		if (g->role_idx[i] < 0)
			g->role_idx[i] = main_p;
	g->role_idx['W' - 'A'] = -1;
	new_episode(g);
	next_witness(g);
}

/* ------------------------------------------------------------ output */

static void json_str(struct ss_buf *o, const char *s, size_t n)
{
	static const char hex[] = "0123456789abcdef";
	ss_buf_addc(o, '"');
	size_t run = 0;
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		if (c >= 0x20 && c != '"' && c != '\\')
			continue;
		ss_buf_add(o, s + run, i - run);
		run = i + 1;
		switch (c) {
		case '"': ss_buf_adds(o, "\\\""); break;
		case '\\': ss_buf_adds(o, "\\\\"); break;
		case '\n': ss_buf_adds(o, "\\n"); break;
		case '\t': ss_buf_adds(o, "\\t"); break;
		case '\r': ss_buf_adds(o, "\\r"); break;
		default: {
			char u[7] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 15], 0};
			ss_buf_adds(o, u);
		}
		}
	}
	ss_buf_add(o, s + run, n - run);
	ss_buf_addc(o, '"');
}

static void json_field(struct ss_buf *o, const char *key, const char *val)
{
	ss_buf_addf(o, ",\"%s\":", key);
	json_str(o, val, strlen(val));
}

static void act_emit(struct gen *g, unsigned long idx)
{
	struct ss_buf *o = &g->o;
	struct ss_buf name;
	char buf[64];
	ss_buf_reset(o);
	ss_buf_addf(o, "{\"id\":\"gen-%06lu\"", idx);
	json_field(o, "court", courts[g->court].code);
	json_field(o, "court_name", g->ky ? courts[g->court].ky : courts[g->court].ru);
	json_field(o, "case_number", g->case_no);
	snprintf(buf, sizeof buf, "%04d-%02d-%02d", g->year, g->month, g->day);
	json_field(o, "date", buf);
	json_field(o, "case_type", ctype_name[g->type]);
	json_field(o, "instance", inst_name[g->inst]);
	json_field(o, "act_type", g->ky ? g->act_ky : g->act_ru);
	ss_buf_init(&name, 0);
	put_name(&name, role(g, 'J'), 's', 0);
	json_field(o, "judge", name.data);
	if (!rng_chance(&g->r, 0.10))
		json_field(o, "lang", g->ky ? "ky" : "ru");
	if (!rng_chance(&g->r, 0.08))
		json_field(o, "outcome", g->outcome);
	int first = 1;
	for (int i = 0; i < g->npers; i++) {
		const struct person *p = &g->pers[i];
		if (!p->role)
			continue;
		ss_buf_reset(&name);
		put_name(&name, p, 'f', 0);
		ss_buf_adds(o, first ? ",\"parties\":[" : ",");
		first = 0;
		ss_buf_adds(o, "{\"role\":");
		json_str(o, p->role, strlen(p->role));
		ss_buf_adds(o, ",\"name\":");
		json_str(o, name.data, name.len);
		ss_buf_addc(o, '}');
	}
	if (!first)
		ss_buf_addc(o, ']');
	ss_buf_release(&name);
	ss_buf_adds(o, ",\"text\":");
	json_str(o, g->t.data, g->t.len);
	ss_buf_adds(o, "}\n");
	fwrite(o->data, 1, o->len, stdout);
}

static void usage(FILE *f)
{
	fputs("usage: gencorpus [--count N] [--seed S] [--ky-share F] [--mixed-share F]\n"
	      "  writes N synthetic court decisions as JSON lines on stdout\n"
	      "  --count N        number of acts (default 300)\n"
	      "  --seed S         PRNG seed; same seed, same acts (default 1)\n"
	      "  --ky-share F     share of Kyrgyz-language acts, 0..1 (default 0.15)\n"
	      "  --mixed-share F  share of Russian acts with Kyrgyz passages, 0..1 (default 0.08)\n", f);
}

static int parse_ulong(const char *s, unsigned long *out)
{
	char *end;
	errno = 0;
	if (!s || !*s || *s == '-')
		return -1;
	unsigned long v = strtoul(s, &end, 10);
	if (errno || *end)
		return -1;
	*out = v;
	return 0;
}

static int parse_share(const char *s, double *out)
{
	char *end;
	errno = 0;
	if (!s || !*s)
		return -1;
	double v = strtod(s, &end);
	if (errno || *end || !(v >= 0.0 && v <= 1.0))
		return -1;
	*out = v;
	return 0;
}

int main(int argc, char **argv)
{
	unsigned long count = 300, seed = 1;
	double ky_share = 0.15, mixed_share = 0.08;
	for (int i = 1; i < argc; i++) {
		const char *a = argv[i], *v = i + 1 < argc ? argv[i + 1] : NULL;
		int bad;
		if (!strcmp(a, "-h") || !strcmp(a, "--help")) {
			usage(stdout);
			return 0;
		} else if (!strcmp(a, "--count")) {
			bad = parse_ulong(v, &count);
		} else if (!strcmp(a, "--seed")) {
			bad = parse_ulong(v, &seed);
		} else if (!strcmp(a, "--ky-share")) {
			bad = parse_share(v, &ky_share);
		} else if (!strcmp(a, "--mixed-share")) {
			bad = parse_share(v, &mixed_share);
		} else {
			fprintf(stderr, "gencorpus: unknown option '%s'\n", a);
			usage(stderr);
			return 2;
		}
		if (bad) {
			fprintf(stderr, "gencorpus: bad value for %s: '%s'\n", a, v ? v : "");
			usage(stderr);
			return 2;
		}
		i++;
	}
	if (ky_share + mixed_share > 1.0) {
		fprintf(stderr, "gencorpus: --ky-share plus --mixed-share exceeds 1\n");
		return 2;
	}
	static char outbuf[1 << 20];
	setvbuf(stdout, outbuf, _IOFBF, sizeof outbuf);
	struct gen *g = calloc(1, sizeof *g);
	if (!g) {
		fputs("gencorpus: out of memory\n", stderr);
		return 1;
	}
	ss_buf_init(&g->t, 0);
	ss_buf_init(&g->o, 0);
	for (unsigned long i = 1; i <= count; i++) {
		/* one independent stream per act: act i does not depend on --count */
		struct rng mix = {(uint64_t)seed * 0xD1B54A32D192ED03ULL ^ (uint64_t)i};
		g->r.s = rng_next(&mix);
		ss_buf_reset(&g->t);
		act_setup(g, ky_share, mixed_share);
		size_t target = pick_size(g);
		if (g->ky)
			build_ky(g, target);
		else
			build_ru(g, target);
		act_emit(g, i);
	}
	ss_buf_release(&g->t);
	ss_buf_release(&g->o);
	free(g);
	if (fflush(stdout) != 0 || ferror(stdout)) {
		fprintf(stderr, "gencorpus: write error: %s\n", strerror(errno));
		return 1;
	}
	return 0;
}
