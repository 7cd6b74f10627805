/* dp_gaz.c: the word-level knowledge of depersonify: gazetteer hash sets
 * built from the embedded name lists (dp_gazdata.c), case folding with
 * Latin look-alikes, Russian and Kyrgyz name keys (case endings and Kyrgyz
 * case suffixes stripped so that every form of a name meets), word classes
 * (first name, patronymic, surname shape, уулу/кызы particle) and the role
 * words that decide whether a person is kept or removed. */
#include "dp_int.h"
#include "dp_chars.h"

#include <string.h>

#include <unicode/uchar.h>

#include "ss_mem.h"
#include "ss_text.h"

static uint32_t hash_bytes(const char *s, size_t len)
{
	uint32_t h = 2166136261u;
	for (size_t i = 0; i < len; i++)
		h = (h ^ (unsigned char)s[i]) * 16777619u;
	return h;
}

static uint32_t map_get(const struct dp_map *m, const char *s, size_t len)
{
	if (len == 0)
		return 0;
	size_t h = hash_bytes(s, len) & m->mask;
	while (m->key[h]) {
		if (m->klen[h] == len && memcmp(m->key[h], s, len) == 0)
			return m->val[h];
		h = (h + 1) & m->mask;
	}
	return 0;
}

/* Role-word bucket of a word of at least 4 bytes (two Cyrillic letters). */
static unsigned role_bucket_of(const char *f)
{
	const unsigned char *u = (const unsigned char *)f;
	return (unsigned)((u[0] * 31u + u[1]) * 31u * 31u + u[2] * 31u + u[3]) % DP_ROLE_BUCKETS;
}

void dp_set_build(struct dp_set *set, const char *data, size_t len)
{
	size_t n = 0, cap = 16;
	for (size_t i = 0; i < len; i++)
		n += data[i] == '\n';
	while (cap < n * 2 + 2)
		cap <<= 1;
	set->key = ss_xcalloc(cap, sizeof *set->key);
	set->klen = ss_xcalloc(cap, sizeof *set->klen);
	set->mask = cap - 1;
	set->n = 0;
	size_t s = 0;
	for (size_t i = 0; i <= len; i++) {
		if (i < len && data[i] != '\n')
			continue;
		size_t l = i - s;
		if (l > 0 && !dp_set_has(set, data + s, l)) {
			size_t h = hash_bytes(data + s, l) & set->mask;
			while (set->key[h])
				h = (h + 1) & set->mask;
			set->key[h] = data + s;
			set->klen[h] = (uint32_t)l;
			set->n++;
		}
		s = i + 1;
	}
}

void dp_set_free(struct dp_set *set)
{
	free(set->key);
	free(set->klen);
	memset(set, 0, sizeof *set);
}

int dp_set_has(const struct dp_set *set, const char *s, size_t len)
{
	if (!set->key || len == 0)
		return 0;
	size_t h = hash_bytes(s, len) & set->mask;
	while (set->key[h]) {
		if (set->klen[h] == len && memcmp(set->key[h], s, len) == 0)
			return 1;
		h = (h + 1) & set->mask;
	}
	return 0;
}

static int is_cyr(uint32_t c)
{
	return c >= 0x400 && c <= 0x4FF;
}

static uint32_t latin_lookalike(uint32_t c)
{
	switch (c) {
	case 'a': return 0x430; case 'e': return 0x435; case 'o': return 0x43E;
	case 'p': return 0x440; case 'c': return 0x441; case 'x': return 0x445;
	case 'y': return 0x443; case 'k': return 0x43A; case 'm': return 0x43C;
	case 'h': return 0x43D; case 't': return 0x442; case 'b': return 0x432;
	default: return c;
	}
}

/* Kazakh letters fold to the Russian ones the name lists use ("Серікбаев",
 * "Қайратұлы"); Kyrgyz ң ө ү stay. */
static uint32_t kazakh_letter(uint32_t l)
{
	switch (l) {
	case 0x49B: return 0x43A;	/* қ → к */
	case 0x493: return 0x433;	/* ғ → г */
	case 0x4B1: return 0x443;	/* ұ → у */
	case 0x456: return 0x438;	/* і → и */
	case 0x4D9: return 0x430;	/* ә → а */
	case 0x4BB: return 0x445;	/* һ → х */
	default: return l;
	}
}

size_t dp_fold(const char *s, size_t len, char *out, uint32_t *first_cp)
{
	size_t i = 0, o = 0;
	int cyr = 0, lat = 0;
	while (i < len) {
		int c = ss_utf8_next(s, len, &i);
		if (c < 0)
			break;
		if (is_cyr((uint32_t)c))
			cyr = 1;
		else if (c < 128 && ((c | 32) >= 'a' && (c | 32) <= 'z'))
			lat = 1;
	}
	i = 0;
	*first_cp = 0;
	while (i < len) {
		int c = ss_utf8_next(s, len, &i);
		if (c < 0)
			break;
		uint32_t l = (uint32_t)dp_tolower(c);
		if (l == 0x451)
			l = 0x435;
		l = kazakh_letter(l);
		if (cyr && lat && l < 128)
			l = latin_lookalike(l);
		if (!*first_cp)
			*first_cp = l;
		o += ss_utf8_put(l, out + o);
	}
	out[o] = '\0';
	return o;
}

int dp_has_suffix(const char *f, size_t fl, const char *suf)
{
	size_t sl = strlen(suf);
	return fl >= sl && memcmp(f + fl - sl, suf, sl) == 0;
}

/* Number of code points (Cyrillic is 2 bytes, Latin 1: approximate by
 * counting lead bytes). */
static size_t ncp(const char *f, size_t fl)
{
	size_t n = 0;
	for (size_t i = 0; i < fl; i++)
		n += ((unsigned char)f[i] & 0xC0) != 0x80;
	return n;
}

static const char *const ru_endings[] = {
	"ами", "ями", "ого", "его", "ому", "ему", "ыми", "ими",
	"ой", "ей", "ою", "ею", "ью", "ую", "юю", "ым", "им", "ом", "ем", "ём",
	"ых", "их", "ий", "ый", "ая", "яя", "ое", "ие", "ые", "ах", "ях",
	"а", "я", "у", "ю", "е", "и", "ы", "ь", "й", NULL
};

size_t dp_name_key(const char *f, size_t fl, char *out)
{
	size_t keep = fl;
	for (int k = 0; ru_endings[k]; k++) {
		if (dp_has_suffix(f, fl, ru_endings[k])) {
			size_t el = strlen(ru_endings[k]);
			if (ncp(f, fl - el) >= 3) {
				keep = fl - el;
				break;
			}
		}
	}
	memcpy(out, f, keep);
	out[keep] = '\0';
	return keep;
}

static const struct {
	const char *s;
	enum dp_kycase c;
} ky_suffixes[] = {
	{"нын", DP_KY_GEN}, {"нин", DP_KY_GEN}, {"нун", DP_KY_GEN}, {"нүн", DP_KY_GEN},
	{"дын", DP_KY_GEN}, {"дин", DP_KY_GEN}, {"дун", DP_KY_GEN}, {"дүн", DP_KY_GEN},
	{"тын", DP_KY_GEN}, {"тин", DP_KY_GEN}, {"тун", DP_KY_GEN}, {"түн", DP_KY_GEN},
	{"дан", DP_KY_ABL}, {"ден", DP_KY_ABL}, {"дон", DP_KY_ABL}, {"дөн", DP_KY_ABL},
	{"тан", DP_KY_ABL}, {"тен", DP_KY_ABL}, {"тон", DP_KY_ABL}, {"төн", DP_KY_ABL},
	{"нан", DP_KY_ABL}, {"нен", DP_KY_ABL}, {"нон", DP_KY_ABL}, {"нөн", DP_KY_ABL},
	{"га", DP_KY_DAT}, {"ге", DP_KY_DAT}, {"го", DP_KY_DAT}, {"гө", DP_KY_DAT},
	{"ка", DP_KY_DAT}, {"ке", DP_KY_DAT}, {"ко", DP_KY_DAT}, {"кө", DP_KY_DAT},
	{"ны", DP_KY_ACC}, {"ни", DP_KY_ACC}, {"ну", DP_KY_ACC}, {"нү", DP_KY_ACC},
	{"ды", DP_KY_ACC}, {"ди", DP_KY_ACC}, {"ду", DP_KY_ACC}, {"дү", DP_KY_ACC},
	{"ты", DP_KY_ACC}, {"ти", DP_KY_ACC}, {"ту", DP_KY_ACC}, {"тү", DP_KY_ACC},
	{"да", DP_KY_LOC}, {"де", DP_KY_LOC}, {"до", DP_KY_LOC}, {"дө", DP_KY_LOC},
	{"та", DP_KY_LOC}, {"те", DP_KY_LOC}, {"то", DP_KY_LOC}, {"тө", DP_KY_LOC},
	{NULL, DP_KY_NONE}
};

/* Length of the Kyrgyz case suffix at the end of f (0: none). */
static size_t ky_suffix(const char *f, size_t fl, enum dp_kycase *kc)
{
	for (int k = 0; ky_suffixes[k].s; k++) {
		if (dp_has_suffix(f, fl, ky_suffixes[k].s)) {
			size_t sl = strlen(ky_suffixes[k].s);
			if (ncp(f, fl - sl) >= 3) {
				*kc = ky_suffixes[k].c;
				return sl;
			}
		}
	}
	*kc = DP_KY_NONE;
	return 0;
}

size_t dp_name_key_ky(const char *f, size_t fl, char *out, enum dp_kycase *kc)
{
	size_t sl = ky_suffix(f, fl, kc);
	if (!sl)
		return 0;
	return dp_name_key(f, fl - sl, out);
}

/* Patronymic stems and the case endings a patronymic can take: -ович/-евич
 * (м.), -овна/-евна/-ична (ж.).  Adjectives share the stems (Уголовное,
 * Основной, Личная), so only these endings count, and the adjectives whose
 * feminine -ой/-ою forms coincide with a patronymic's are listed. */
static const char *const patr_m[] = { "ович", "евич", "ьич", NULL };
static const char *const patr_m_end[] = { "", "а", "у", "ем", "е", "ом", NULL };	/* "Ильичом" */
static const char *const patr_f[] = { "овн", "евн", "ичн", NULL };
static const char *const patr_f_end[] = { "а", "ы", "е", "у", "ой", "ою", NULL };
static const char *const patr_not[] = { "уголовн", "основн", "духовн", "верховн", "условн",
	"безусловн", "виновн", "невиновн", "половн", "поголовн", "любовн", "церковн", "кровн",
	"бескровн", "греховн", "душевн", "ежедневн", "древн", "задушевн", "пограничн", "личн",
	"типичн", "античн", "столичн", "приграничн", "частичн", "отличн", "различн", "наличн",
	"безналичн", "единичн", "первичн", "вторичн", "публичн", "клиничн", "критичн",
	"практичн", "логичн", "аналогичн", "технологичн", "симметричн", "циничн",
	"фабричн", "кирпичн", "пшеничн", NULL };

static int is_patronymic(const char *f, size_t fl)
{
	for (int e = 0; patr_m_end[e]; e++) {
		size_t el = strlen(patr_m_end[e]);
		if (!dp_has_suffix(f, fl, patr_m_end[e]))
			continue;
		for (int s = 0; patr_m[s]; s++)
			if (dp_has_suffix(f, fl - el, patr_m[s]) && ncp(f, fl - el) >= 5)
				return 1;
	}
	for (int e = 0; patr_f_end[e]; e++) {
		size_t el = strlen(patr_f_end[e]);
		if (!dp_has_suffix(f, fl, patr_f_end[e]))
			continue;
		size_t bl = fl - el;
		for (int s = 0; patr_f[s]; s++) {
			if (!dp_has_suffix(f, bl, patr_f[s]) || ncp(f, bl) < 6)
				continue;
			for (int k = 0; patr_not[k]; k++)
				if (dp_has_suffix(f, bl, patr_not[k]))
					return 0;
			return 1;
		}
	}
	return dp_has_suffix(f, fl, "оглы");
}

static int ky_given_shape1(const char *f, size_t fl);

/* Kazakh and Azerbaijani fused patronymics: a given name and -кызы/-улы
 * ("Ерланкызы", "Маратулы"; not "Формулы"). */
static int fused_patronymic(const struct dp_ctx *ctx, const char *f, size_t fl)
{
	static const char *const tail[] = { "кызы", "қызы", "улы", "ұлы", NULL };
	for (int k = 0; tail[k]; k++) {
		size_t tl = strlen(tail[k]);
		if (dp_has_suffix(f, fl, tail[k]) && ncp(f, fl - tl) >= 3 &&
		    (dp_set_has(&ctx->first, f, fl - tl) || ky_given_shape1(f, fl - tl)))
			return 1;
	}
	return 0;
}

/* Countries and cities that the name lists also hold ("Россией",
 * "Лондоном"): the nominative and its Russian case forms. */
static int place_form(const char *f, size_t fl)
{
	static const char *const place[] = { "россия", "белоруссия", "беларусь", "германия", "турция",
		"украина", "китай", "япония", "италия", "франция", "англия", "британия", "америка",
		"канада", "польша", "чехия", "латвия", "литва", "эстония", "грузия", "армения",
		"азербайджан", "казахстан", "узбекистан", "таджикистан", "туркменистан", "кыргызстан",
		"киргизия", "афганистан", "пакистан", "иран", "ирак", "сирия", "египет", "москва",
		"лондон", "париж", "пекин", "ташкент", "алматы", "астана", "душанбе", "стамбул",
		"анкара", "дубай", "новосибирск", "екатеринбург", "бирмингем", "манчестер",
		"ливерпуль", "бристоль", "минск", "тбилиси", "баку", "ереван", "корея", "крым", "кишинёв",
		"кишинев", "одесса", "варшава", "прага", "севастополь", "великобритания", "шотландия",
		"ирландия", "уэльс", "австрия", "швейцария", "швеция", "норвегия", "финляндия", "дания",
		"бельгия", "испания", "португалия", "греция", "кипр", "болгария", "румыния", "венгрия",
		"сербия", "словакия", "словения", "хорватия", "молдова", "молдавия", "монголия", "индия",
		"индонезия", "малайзия", "таиланд", "вьетнам", "израиль", "иордания", "аравия",
		"австралия", "бразилия", "аргентина", "мексика", "чили", "нидерланды", "голландия", NULL };
	static const char *const e_ija[] = { "я", "и", "ю", "ей", "ею", NULL };
	static const char *const e_a[] = { "а", "ы", "и", "е", "у", "ой", "ою", NULL };
	static const char *const e_soft[] = { "ь", "я", "ю", "ем", "е", "и", "й", NULL };
	static const char *const e_hard[] = { "", "а", "у", "ом", "е", NULL };
	for (int k = 0; place[k]; k++) {
		const char *n = place[k];
		size_t nl = strlen(n);
		const char *const *ends = e_hard;
		size_t stem = nl;
		if (dp_has_suffix(n, nl, "ия")) {
			ends = e_ija;
			stem = nl - strlen("я");
		} else if (dp_has_suffix(n, nl, "а")) {
			ends = e_a;
			stem = nl - strlen("а");
		} else if (dp_has_suffix(n, nl, "ь") || dp_has_suffix(n, nl, "й")) {
			ends = e_soft;
			stem = nl - strlen("ь");
		}
		if (fl < stem || memcmp(f, n, stem))
			continue;
		for (int e = 0; ends[e]; e++)
			if (fl - stem == strlen(ends[e]) && !memcmp(f + stem, ends[e], fl - stem))
				return 1;
		if (fl == nl && !memcmp(f, n, nl))
			return 1;
	}
	return 0;
}

static int is_surname_shape(const char *f, size_t fl)
{
	static const char *const stem[] = { "ов", "ев", "ин", "ын", NULL };
	static const char *const end[] = { "", "а", "у", "ым", "е", "ой", "ою", "ых", "ыми", NULL };
	static const char *const sk[] = { "ский", "цкий", "ская", "цкая", "ского", "цкого",
		"скому", "цкому", "ским", "цким", "ском", "цком", "ской", "цкой", "скую", "цкую",
		"ских", "цких", "енко", "чук", "ук", "юк", "ян", "янц", "дзе", "швили", "уулу",
		"баев", "беков", "бекова", "ова", NULL };
	if (ncp(f, fl) < 4)
		return 0;
	for (int e = 0; end[e]; e++) {
		size_t el = strlen(end[e]);
		if (fl <= el + 4)
			continue;
		if (!dp_has_suffix(f, fl, end[e]))
			continue;
		for (int s = 0; stem[s]; s++)
			if (dp_has_suffix(f, fl - el, stem[s]))
				return 1;
	}
	for (int s = 0; sk[s]; s++)
		if (dp_has_suffix(f, fl, sk[s]) && fl > strlen(sk[s]) + 2)
			return 1;
	return 0;
}

/* Tries f and its nominative reconstructions against set. */
static int in_set_forms(const struct dp_set *set, const char *f, size_t fl)
{
	static const char *const strip[] = { "", "а", "я", "у", "ю", "е", "и", "ы",
		"ом", "ем", "ой", "ей", "ою", "ью", "ём", "ым", "ым", NULL };
	static const char *const add[] = { "", "а", "я", "ь", "й", NULL };
	char buf[256];
	if (fl + 8 >= sizeof buf)
		return 0;
	if (dp_set_has(set, f, fl))
		return 1;
	for (int s = 1; strip[s]; s++) {
		size_t sl = strlen(strip[s]);
		if (!dp_has_suffix(f, fl, strip[s]) || ncp(f, fl - sl) < 2)
			continue;
		for (int a = 0; add[a]; a++) {
			size_t al = strlen(add[a]);
			memcpy(buf, f, fl - sl);
			memcpy(buf + fl - sl, add[a], al);
			if (dp_set_has(set, buf, fl - sl + al))
				return 1;
		}
	}
	return 0;
}

/* A given name written with Kyrgyz letters that the lists hold in Russian
 * spelling ("Бүркүт" / "Буркут", "Өмүр" / "Омур"): ү ө ң read as у о н. */
static int in_first_forms(const struct dp_set *set, const char *f, size_t fl)
{
	if (in_set_forms(set, f, fl))
		return 1;
	char buf[256];
	if (fl >= sizeof buf)
		return 0;
	int ky = 0;
	memcpy(buf, f, fl);
	for (size_t k = 0; k + 1 < fl; k++) {
		unsigned char a = (unsigned char)buf[k], b = (unsigned char)buf[k + 1];
		if (a == 0xD2 && b == 0xAF) {		/* ү → у */
			buf[k] = (char)0xD1, buf[k + 1] = (char)0x83, ky = 1;
		} else if (a == 0xD3 && b == 0xA9) {	/* ө → о */
			buf[k] = (char)0xD0, buf[k + 1] = (char)0xBE, ky = 1;
		} else if (a == 0xD2 && b == 0xA3) {	/* ң → н */
			buf[k] = (char)0xD0, buf[k + 1] = (char)0xBD, ky = 1;
		}
	}
	return ky && in_set_forms(set, buf, fl);
}

/* Kyrgyz given names are built from a stem and a name-forming element
 * ("Эркин-бек", "Соорон-бай", "Эр-нур", "Айгүл", "Ай-Чүрөк"); the lists miss
 * most of them, so a capitalised word of that shape counts as a given
 * name.  Place names do not take these elements; "Азербайджан" is the one
 * country that does. */
static int ky_given_shape1(const char *f, size_t fl)
{
	static const char *const tail[] = { "бек", "бай", "гүл", "гул", "гуль", "нур", "айым",
		"бүбү", "бубу", "бийке", "жан", "жамал", "кан", "кул", "күл", "султан", "мырза", "жон", NULL };
	if (ncp(f, fl) < 5 || dp_has_suffix(f, fl, "джан") || dp_has_suffix(f, fl, "стан"))
		return 0;
	if (!strncmp(f, "ай-", strlen("ай-")) && ncp(f, fl) >= 5)
		return 1;
	for (int k = 0; tail[k]; k++) {
		size_t tl = strlen(tail[k]);
		if (dp_has_suffix(f, fl, tail[k]) && ncp(f, fl - tl) >= 2 && !memchr(f, '-', fl))
			return 1;
	}
	return 0;
}

static int ky_given_shape(const char *f, size_t fl)
{
	static const char *const strip[] = { "а", "у", "ом", "ем", "е", "ы", "ой", "ей", "ом", NULL };
	if (ky_given_shape1(f, fl))
		return 1;
	for (int k = 0; strip[k]; k++) {
		size_t sl = strlen(strip[k]);
		if (dp_has_suffix(f, fl, strip[k]) && ky_given_shape1(f, fl - sl))
			return 1;
	}
	return 0;
}

static const char *const kyp_words[] = {
	"уулу", "кызы", "тегин", "уулунун", "уулуна", "уулун", "уулуну", "уулунан",
	"уулунда", "кызынын", "кызына", "кызын", "кызыны", "кызынан", "кызында",
	"тегиндин", "тегинге", "тегинди", "тегинден", "оглы", "оглу", "гызы", "тегина", "тегину", "тегином",
	"тегине", "угли", "уғли", "ўғли", "кизи", "қизи", NULL
};

/* Capitalised words of court texts that are never a person's name in the
 * positions where the name patterns look. */
static const char *const stopwords[] = {
	"суд", "суда", "суде", "судом", "судебная", "судебной", "коллегия", "коллегии",
	"верховный", "верховного", "республики", "республика", "кыргызской", "кыргызская",
	"кыргызстан", "кыргызстана", "кыргыз", "бишкек", "бишкека", "ош", "оша", "нарын",
	"талас", "баткен", "каракол", "токмок", "кант", "чуй", "джалал-абад", "жалал-абад",
	"кара-балта", "балыкчы", "чолпон-ата", "ысык-көл", "иссык-куль", "казахстан",
	/* hyphenated district and town names, which read like two names */
	"ысык-ата", "иссык-ата", "ак-суу", "жети-өгүз", "джети-огуз", "ак-талаа", "ат-башы",
	"ала-бука", "тогуз-торо", "кара-кулжа", "чоң-алай", "чон-алай", "бакай-ата",
	"кара-буура", "кызыл-кыя", "таш-кумыр", "кара-көл", "кара-куль",
	"россии", "россия", "казахстана", "узбекистан", "узбекистана", "москва", "москвы",
	"согласно", "взыскать", "признать", "установил", "установила", "постановил",
	"постановила", "решил", "решила", "приговорил", "определил", "определила",
	"однако", "кроме", "также", "таким", "поскольку", "поэтому", "между", "после",
	"ранее", "затем", "тем", "при", "как", "так", "что", "это", "его", "ее", "её",
	"позже", "потом", "тогда", "вечером", "утром", "ночью", "днём", "днем", "сначала", "вскоре",
	"через", "про", "для", "без", "кечинде", "эртеси", "кийин", "анан", "ошондо", "ал", "алар",
	"ага", "аны", "андан", "ошол", "бул",
	"их", "он", "она", "они", "в", "на", "по", "из", "с", "к", "о", "об", "у", "и",
	"а", "но", "или", "не", "для", "от", "до", "за", "под", "над", "без",
	"ук", "упк", "гк", "гпк", "апк", "кр", "рф", "кодекса", "кодекс", "закона", "закон",
	"уголовного", "гражданского", "административного", "налогового", "трудового",
	"районного", "городского", "областного", "ленинского", "октябрьского",
	"первомайского", "свердловского", "аламединского", "сокулукского", "мвд", "гувд",
	"увд", "овд", "гкнб", "гсин", "ггнс", "гнс", "январь", "февраль", "март", "апрель",
	"май", "июнь", "июль", "август", "сентябрь", "октябрь", "ноябрь", "декабрь",
	"января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
	"сентября", "октября", "ноября", "декабря", "решение", "приговор", "постановление",
	"определение", "мотивировочная", "резолютивная", "председательствующий",
	"судья", "истец", "ответчик", "сот", "соттун", "сотунун", "шаары", "шаарынын",
	"району", "облусу", "жарандык", "кылмыш", "иш", "иши", "токтом", "чечим",
	"аныктама", "мамлекеттик", "министерство", "министерства", "мэрия", "мэрии",
	"банк", "банка", "социальный", "фонд", "фонда", "тойота", "лексус", "хонда",
	"мерседес", "мерседес-бенц", "бмв", "ауди", "камри", "нексия", "матиз", "ваз",
	"лада", "опель", "фольксваген", "ниссан", "мазда", "киа", "хендай", "хундай",
	"спринтер", "гольф", "пассат", "кодекстин", "закондун", "жогорку", "жогорку",
	"ооба", "жок", "бирок", "ошондой", "ошону", "менен", "жана", "боюнча", "учурда",
	"кыргыз республикасынын", "республикасынын", "кызыл-кия", "өзгөн", "узген",
	"кара-суу", "ноокат", "аравань", "базар-коргон", "таш-көмүр", "майлуу-суу",
	"манас", "манаса", "токтогул", "токтогула", "чуйской", "ошской", "нарынской",
	"таласской", "баткенской", "иссык-кульской", "джалал-абадской", "жалал-абадской",
	"чуйская", "ошская", "область", "области", "района", "район", "интернет",
	"whatsapp", "telegram", "вотсап", "ватсап", "телеграм", "инстаграм", "instagram",
	"ид", "id", "пин", "инн", "осоо", "оао", "зао", "ооо", "гп", "мп", "ао", "ип",
	"ссср", "снг", "оон", "еаэс", "нбкр", "кгма", "кнму", "кргту", "кну", "дтп",
	"гибдд", "уобдд", "гуобдд", "тдс", "чп", "кх", "дж", "вич", "спид",
	/* Kyrgyz pronouns, capitalised at the start of a quotation ("«Мен, ...") */
	"мен", "сен", "ал", "биз", "силер", "алар", "сиз", "сиздер", "мага", "сага", "ага",
	"аны", "аган", "буга", "бул", "ошол", "ошого", "бизге", "сизге", "аларга", "менин",
	"сенин", "анын",
	/* states (some are in the given-name lists: "Корея", "Турция") */
	"корея", "корей", "турция", "турции", "германия", "германии", "китай", "китая", "кнр",
	"индия", "индии", "франция", "франции", "украина", "украины", "беларусь", "таджикистан",
	"таджикистана", "туркменистан", "армения", "армении", "грузия", "грузии", "азербайджан",
	"монголия", "монголии", "сша", "америка", "англия", "италия", "израиль", "түркия",
	"кытай", "орусия", "россиянын", "корея республикасынын",
	/* "Сам Ахмедов признал" (not the given name Сам) */
	"сам", "сама", "сами", "самого", "самой", NULL
};

static const char *const org_words[] = {
	"осоо", "оао", "зао", "ооо", "ао", "гп", "мп", "оо", "оф", "чп", "кх", "ф/х", "пк",
	"хозяйство", "хозяйства", "хозяйству", "хозяйством", "чарбасы", "чарбасынын",
	"компания", "компании", "фирма", "фирмы", "банк", "банка", "банке", "магазин",
	"магазина", "кафе", "ресторан", "школа", "школы", "гимназия", "лицей", "фонд",
	"фонда", "ассоциация", "общество", "общества", "предприятие", "предприятия",
	"учреждение", "учреждения", "колледж", "университет", "корпорация", "холдинг",
	"агентство", "центр", "центра", "клиника", "больница", "кооператив", "союз",
	"партия", "движение", "газета", "газеты", "тсж", "ос", "пкк", "мкк", "коому",
	"коомдук", "мекеме", "мектеп", "мектеби", NULL
};

static const char *const epon_words[] = {
	"им", "имени", "ул", "улица", "улицы", "улице", "улицу", "улиц", "улицам", "улицами", "пр", "проспект",
	"проспекта", "проспекте", "просп", "пр-т", "пер", "переулок", "переулка",
	"переулке", "мкр", "микрорайон", "микрорайона", "микрорайоне", "бульвар",
	"бульвара", "б-р", "пл", "площадь", "площади", "парк", "парка", "пик", "пика",
	"станция", "ст", "с", "г", "село", "села", "селе", "пгт", "пос", "поселок",
	"поселка", "аил", "айыл", "айылы", "ж/м", "жилмассив", "жилмассива", "массив",
	"массива", "массиве", "жилмассиве", "массиви", "массивинде", "массивиндеги", "атындагы", "көчөсү", "көчөсүндө", "көчөсүнүн", "проспектиси", "честь",
	"памяти", NULL
};

/* Verbs that open a section of the act ("ПОСТАНОВИЛ:"): a role word before
 * them never governs a name after them. */
static const char *const head_words[] = {
	"постановил", "постановила", "установил", "установила", "решил", "решила",
	"определил", "определила", "приговорил", "приговорила", "тапты", "чечти",
	"аныктады", "кылды", NULL
};

unsigned dp_word_class(const struct dp_ctx *ctx, const char *f, size_t fl, int ky,
		       enum dp_kycase *kycase)
{
	*kycase = DP_KY_NONE;
	unsigned c = map_get(&ctx->lex, f, fl);
	if (c & DP_C_KYP)
		return DP_C_KYP;
	if (dp_role_word(ctx, f, fl) != DP_ROLE_NONE)
		c |= DP_C_ROLE;
	if (c & (DP_C_STOP | DP_C_ROLE))
		return c;
	if (place_form(f, fl))
		return c | DP_C_STOP;
	if (in_first_forms(&ctx->first, f, fl) || (!(c & (DP_C_EPON | DP_C_ORG)) && ky_given_shape(f, fl)))
		c |= DP_C_FIRST;
	if (is_patronymic(f, fl) || fused_patronymic(ctx, f, fl))
		c |= DP_C_PATR;
	if (is_surname_shape(f, fl))
		c |= DP_C_SURN;
	if (!(c & (DP_C_SURN | DP_C_PATR)) && in_set_forms(&ctx->surname, f, fl))
		c |= DP_C_SURG;
	if (ky && !(c & (DP_C_FIRST | DP_C_PATR))) {
		enum dp_kycase kc;
		size_t sl = ky_suffix(f, fl, &kc);
		if (sl) {
			size_t bl = fl - sl;
			unsigned b = 0;
			if (in_first_forms(&ctx->first, f, bl) || (!(c & (DP_C_EPON | DP_C_ORG)) && ky_given_shape1(f, bl)))
				b |= DP_C_FIRST;
			if (is_patronymic(f, bl))
				b |= DP_C_PATR;
			if (is_surname_shape(f, bl))
				b |= DP_C_SURN;
			if (!b && dp_set_has(&ctx->surname, f, bl))
				b |= DP_C_SURG;
			if (b) {
				/* "Бекжандын": the -ын that looked like a surname
				 * ending is the genitive on a given name */
				if ((b & DP_C_FIRST) && !(b & DP_C_SURN))
					c &= ~(unsigned)DP_C_SURN;
				c |= b | DP_C_KYSUF;
				*kycase = kc;
			} else if ((c & DP_C_SURN) && (dp_has_suffix(f, fl, "ттин") || dp_has_suffix(f, fl, "ттын"))) {
				/* "Эрнисттин": a given name the lists lack, with the
				 * genitive after its final т; no Russian -ин surname
				 * doubles the т */
				c &= ~(unsigned)DP_C_SURN;
			}
		}
	} else if (!ky && !(c & DP_C_PATR)) {
		/* a Kyrgyz quotation in a Russian act: "Орозбековнаны" */
		enum dp_kycase kc;
		size_t sl = ky_suffix(f, fl, &kc);
		if (sl && is_patronymic(f, fl - sl)) {
			c |= DP_C_PATR | DP_C_KYSUF;
			*kycase = kc;
		}
	}
	return c;
}

#define RW(s, x, r) { s, sizeof(s) - 1, x, r }
static const struct {
	const char *prefix;
	size_t len;
	int exact;
	enum dp_role role;
} role_words[] = {
	RW("судья", 0, DP_ROLE_JUDGE), RW("судьи", 1, DP_ROLE_JUDGE), RW("судье", 1, DP_ROLE_JUDGE),
	RW("судью", 1, DP_ROLE_JUDGE), RW("судьей", 1, DP_ROLE_JUDGE), RW("судьёй", 1, DP_ROLE_JUDGE),
	RW("судей", 1, DP_ROLE_JUDGE), RW("судьям", 0, DP_ROLE_JUDGE), RW("председательствующ", 0, DP_ROLE_JUDGE),
	RW("судьялар", 0, DP_ROLE_JUDGE), RW("судьясы", 0, DP_ROLE_JUDGE), RW("төрагалык", 0, DP_ROLE_JUDGE),
	RW("секретар", 0, DP_ROLE_SECRETARY), RW("катчы", 0, DP_ROLE_SECRETARY),
	RW("жетектөөчү", 1, DP_ROLE_SECRETARY),	/* "жетектөөчү адис X": the Supreme Court's clerk */
	RW("прокурор", 0, DP_ROLE_PROSECUTOR), RW("гособвинител", 0, DP_ROLE_PROSECUTOR),
	RW("обвинител", 0, DP_ROLE_PROSECUTOR), RW("айыптоочу", 0, DP_ROLE_PROSECUTOR),
	RW("адвокат", 0, DP_ROLE_ADVOCATE), RW("защитни", 0, DP_ROLE_ADVOCATE),
	RW("коргоочу", 0, DP_ROLE_ADVOCATE), RW("жактоочу", 0, DP_ROLE_ADVOCATE),
	RW("представител", 0, DP_ROLE_REPRESENTATIVE), RW("өкүл", 0, DP_ROLE_REPRESENTATIVE),
	RW("юрист", 1, DP_ROLE_REPRESENTATIVE), RW("юристы", 1, DP_ROLE_REPRESENTATIVE),
	RW("юрисконсульт", 0, DP_ROLE_REPRESENTATIVE), RW("пред-ль", 1, DP_ROLE_REPRESENTATIVE),
	RW("адв", 1, DP_ROLE_ADVOCATE),
	RW("следовател", 0, DP_ROLE_OFFICIAL), RW("дознавател", 0, DP_ROLE_OFFICIAL),
	RW("эксперт", 0, DP_ROLE_OFFICIAL), RW("переводчик", 0, DP_ROLE_OFFICIAL),
	RW("специалист", 0, DP_ROLE_OFFICIAL), RW("нотариус", 0, DP_ROLE_OFFICIAL),
	RW("исполнител", 0, DP_ROLE_OFFICIAL), RW("инспектор", 0, DP_ROLE_OFFICIAL),
	RW("оперуполномоч", 0, DP_ROLE_OFFICIAL), RW("тергөөчү", 0, DP_ROLE_OFFICIAL),
	RW("котормочу", 0, DP_ROLE_OFFICIAL),
	RW("истец", 1, DP_ROLE_PARTY), RW("истц", 0, DP_ROLE_PARTY), RW("истиц", 0, DP_ROLE_PARTY),
	RW("ответчик", 0, DP_ROLE_PARTY), RW("ответчиц", 0, DP_ROLE_PARTY),
	RW("подсудим", 0, DP_ROLE_PARTY), RW("осужденн", 0, DP_ROLE_PARTY),
	RW("осуждённ", 0, DP_ROLE_PARTY), RW("обвиняем", 0, DP_ROLE_PARTY),
	RW("оправданн", 0, DP_ROLE_PARTY), RW("потерпевш", 0, DP_ROLE_PARTY),
	RW("пострадавш", 0, DP_ROLE_PARTY), RW("свидетел", 0, DP_ROLE_PARTY),
	RW("гражданин", 0, DP_ROLE_PARTY), RW("гражданк", 0, DP_ROLE_PARTY),
	RW("гр", 1, DP_ROLE_PARTY), RW("гр-н", 1, DP_ROLE_PARTY), RW("гр-ка", 1, DP_ROLE_PARTY),
	RW("заявител", 0, DP_ROLE_PARTY), RW("должник", 0, DP_ROLE_PARTY),
	RW("взыскател", 0, DP_ROLE_PARTY), RW("заемщик", 0, DP_ROLE_PARTY),
	RW("заёмщик", 0, DP_ROLE_PARTY), RW("займодав", 0, DP_ROLE_PARTY),
	RW("заимодав", 0, DP_ROLE_PARTY), RW("правонарушител", 0, DP_ROLE_PARTY),
	RW("наследодател", 0, DP_ROLE_PARTY), RW("наследник", 0, DP_ROLE_PARTY),
	RW("умерш", 0, DP_ROLE_PARTY), RW("сожител", 0, DP_ROLE_PARTY),
	RW("несовершеннолетн", 0, DP_ROLE_PARTY), RW("малолетн", 0, DP_ROLE_PARTY),
	RW("супруг", 0, DP_ROLE_PARTY), RW("муж", 1, DP_ROLE_PARTY), RW("мужа", 1, DP_ROLE_PARTY),
	RW("мужу", 1, DP_ROLE_PARTY), RW("жена", 1, DP_ROLE_PARTY), RW("жены", 1, DP_ROLE_PARTY),
	RW("жене", 1, DP_ROLE_PARTY), RW("жену", 1, DP_ROLE_PARTY), RW("сын", 1, DP_ROLE_PARTY),
	RW("сына", 1, DP_ROLE_PARTY), RW("сыну", 1, DP_ROLE_PARTY), RW("дочь", 1, DP_ROLE_PARTY),
	RW("дочери", 1, DP_ROLE_PARTY), RW("мать", 1, DP_ROLE_PARTY), RW("матери", 1, DP_ROLE_PARTY),
	RW("отец", 1, DP_ROLE_PARTY), RW("отца", 1, DP_ROLE_PARTY), RW("отцу", 1, DP_ROLE_PARTY),
	RW("брат", 1, DP_ROLE_PARTY), RW("брата", 1, DP_ROLE_PARTY), RW("сестра", 1, DP_ROLE_PARTY),
	RW("сестры", 1, DP_ROLE_PARTY), RW("внук", 0, DP_ROLE_PARTY), RW("ип", 1, DP_ROLE_PARTY),
	RW("предпринимател", 0, DP_ROLE_PARTY), RW("директор", 0, DP_ROLE_PARTY),
	RW("доогер", 0, DP_ROLE_PARTY), RW("жоопкер", 0, DP_ROLE_PARTY),
	RW("айыпталуучу", 0, DP_ROLE_PARTY), RW("жабырлануучу", 0, DP_ROLE_PARTY),
	RW("күбө", 0, DP_ROLE_PARTY), RW("соттолуучу", 0, DP_ROLE_PARTY),
	RW("соттолгон", 0, DP_ROLE_PARTY), RW("арыздануучу", 0, DP_ROLE_PARTY),
	RW("арыз ээси", 0, DP_ROLE_PARTY), RW("карызкор", 0, DP_ROLE_PARTY),
	RW("өндүрүүчү", 0, DP_ROLE_PARTY), RW("атасы", 1, DP_ROLE_PARTY),
	RW("апасы", 1, DP_ROLE_PARTY), RW("жубайы", 1, DP_ROLE_PARTY), RW("аялы", 1, DP_ROLE_PARTY),
	RW("күйөөсү", 1, DP_ROLE_PARTY), RW("жаран", 1, DP_ROLE_PARTY),
	RW("покупател", 0, DP_ROLE_PARTY), RW("продавц", 0, DP_ROLE_PARTY),
	RW("подозреваем", 0, DP_ROLE_PARTY), RW("иностран", 0, DP_ROLE_PARTY), RW("шектүү", 0, DP_ROLE_PARTY),
	RW("калыстар", 0, DP_ROLE_PARTY),	/* not "калыс": a given name too */ RW("понятой", 1, DP_ROLE_PARTY), RW("понятая", 1, DP_ROLE_PARTY),
	RW("понятого", 1, DP_ROLE_PARTY), RW("понятых", 1, DP_ROLE_PARTY), RW("понятым", 1, DP_ROLE_PARTY),
	RW("понятыми", 1, DP_ROLE_PARTY),
	RW("соучастник", 0, DP_ROLE_PARTY), RW("подельник", 0, DP_ROLE_PARTY),
	RW("кредитор", 0, DP_ROLE_PARTY), RW("арендатор", 0, DP_ROLE_PARTY),
	RW("арендодател", 0, DP_ROLE_PARTY), RW("поручител", 0, DP_ROLE_PARTY),
	RW("залогодател", 0, DP_ROLE_PARTY), RW("дарител", 0, DP_ROLE_PARTY),
	RW("собственник", 0, DP_ROLE_PARTY), RW("нанимател", 0, DP_ROLE_PARTY),
	RW("работник", 0, DP_ROLE_PARTY), RW("водител", 0, DP_ROLE_PARTY),
	/* relatives and acquaintances in other cases (round 5): "его сосед X",
	 * "в общении с дочерью X", "кошунасы X" */
	RW("докладчик", 0, DP_ROLE_JUDGE), RW("баяндамачы", 0, DP_ROLE_JUDGE),
	RW("сосед", 0, DP_ROLE_PARTY), RW("дочерью", 1, DP_ROLE_PARTY), RW("сыном", 1, DP_ROLE_PARTY),
	RW("сыне", 1, DP_ROLE_PARTY), RW("матерью", 1, DP_ROLE_PARTY),
	RW("отцом", 1, DP_ROLE_PARTY), RW("мужем", 1, DP_ROLE_PARTY), RW("женой", 1, DP_ROLE_PARTY),
	RW("братом", 1, DP_ROLE_PARTY), RW("брату", 1, DP_ROLE_PARTY), RW("сестрой", 1, DP_ROLE_PARTY),
	RW("сестре", 1, DP_ROLE_PARTY), RW("сестру", 1, DP_ROLE_PARTY), RW("племянни", 0, DP_ROLE_PARTY),
	RW("внучк", 0, DP_ROLE_PARTY), RW("бабушк", 0, DP_ROLE_PARTY), RW("дедушк", 0, DP_ROLE_PARTY),
	RW("знаком", 0, DP_ROLE_PARTY), RW("приятел", 0, DP_ROLE_PARTY), RW("подруг", 0, DP_ROLE_PARTY),
	RW("родственни", 0, DP_ROLE_PARTY), RW("кошуна", 0, DP_ROLE_PARTY), RW("небере", 0, DP_ROLE_PARTY),
	/* exact forms: a stem would also take surnames ("Дядченко", "Тётушкин") */
	RW("тётя", 1, DP_ROLE_PARTY), RW("тёти", 1, DP_ROLE_PARTY), RW("тёте", 1, DP_ROLE_PARTY),
	RW("тётю", 1, DP_ROLE_PARTY), RW("тётей", 1, DP_ROLE_PARTY), RW("тетя", 1, DP_ROLE_PARTY),
	RW("тети", 1, DP_ROLE_PARTY), RW("тете", 1, DP_ROLE_PARTY), RW("тетю", 1, DP_ROLE_PARTY),
	RW("тетей", 1, DP_ROLE_PARTY), RW("дядя", 1, DP_ROLE_PARTY), RW("дяди", 1, DP_ROLE_PARTY),
	RW("дяде", 1, DP_ROLE_PARTY), RW("дядю", 1, DP_ROLE_PARTY), RW("дядей", 1, DP_ROLE_PARTY),
	RW("ребен", 0, DP_ROLE_PARTY), RW("ребён", 0, DP_ROLE_PARTY),
	RW("покойн", 0, DP_ROLE_PARTY), RW("маркум", 0, DP_ROLE_PARTY),
	/* in-laws and step-relatives: "её свекровь X", "золовка X" */
	RW("свекр", 0, DP_ROLE_PARTY), RW("свёкр", 0, DP_ROLE_PARTY), RW("золовк", 0, DP_ROLE_PARTY),
	RW("девер", 0, DP_ROLE_PARTY), RW("невест", 0, DP_ROLE_PARTY), RW("зять", 1, DP_ROLE_PARTY),
	RW("зятя", 1, DP_ROLE_PARTY), RW("зятю", 1, DP_ROLE_PARTY), RW("зятем", 1, DP_ROLE_PARTY),
	RW("тесть", 1, DP_ROLE_PARTY), RW("тестя", 1, DP_ROLE_PARTY), RW("тещ", 0, DP_ROLE_PARTY),
	RW("тёщ", 0, DP_ROLE_PARTY), RW("жених", 0, DP_ROLE_PARTY), RW("шурин", 0, DP_ROLE_PARTY),
	RW("отчим", 0, DP_ROLE_PARTY), RW("мачех", 0, DP_ROLE_PARTY), RW("пасын", 0, DP_ROLE_PARTY),
	RW("падчериц", 0, DP_ROLE_PARTY), RW("опекун", 0, DP_ROLE_PARTY), RW("имам", 1, DP_ROLE_PARTY),
	RW("имама", 1, DP_ROLE_PARTY), RW("имаму", 1, DP_ROLE_PARTY), RW("имамом", 1, DP_ROLE_PARTY),
	RW("небирелер", 0, DP_ROLE_PARTY), RW("неберелер", 0, DP_ROLE_PARTY), RW("келини", 1, DP_ROLE_PARTY),
	RW("жеңеси", 1, DP_ROLE_PARTY), RW("таякеси", 1, DP_ROLE_PARTY), RW("таежеси", 1, DP_ROLE_PARTY),
	RW("кайненеси", 1, DP_ROLE_PARTY), RW("кайнатасы", 1, DP_ROLE_PARTY), RW("келинчеги", 1, DP_ROLE_PARTY),
	RW("агасы", 1, DP_ROLE_PARTY), RW("иниси", 1, DP_ROLE_PARTY), RW("эжеси", 1, DP_ROLE_PARTY),
	RW("карындашы", 1, DP_ROLE_PARTY), RW("сиңдиси", 1, DP_ROLE_PARTY), RW("досу", 1, DP_ROLE_PARTY),
	{NULL, 0, 0, DP_ROLE_NONE}
};

enum dp_role dp_role_word(const struct dp_ctx *ctx, const char *f, size_t fl)
{
	if (fl < 4)
		return DP_ROLE_NONE;
	/* "представительство" is an office, not its representative */
	if (fl >= strlen("представительств") && !memcmp(f, "представительств", strlen("представительств")))
		return DP_ROLE_NONE;
	const uint16_t *b = ctx->role_bucket[role_bucket_of(f)];
	for (int k = 0; k < DP_ROLE_PER_BUCKET && b[k]; k++) {
		int i = b[k] - 1;
		size_t pl = role_words[i].len;
		if (role_words[i].exact ? (pl == fl && memcmp(f, role_words[i].prefix, pl) == 0)
					: (fl >= pl && memcmp(f, role_words[i].prefix, pl) == 0))
			return role_words[i].role;
	}
	return DP_ROLE_NONE;
}

unsigned dp_word_lower_class(const struct dp_ctx *ctx, const char *f, size_t fl, enum dp_role role)
{
	unsigned c = map_get(&ctx->lex, f, fl) & (DP_C_HEAD | DP_C_KYP | DP_C_ORG | DP_C_EPON);
	if (role != DP_ROLE_NONE)
		c |= DP_C_ROLE;
	return c;
}

/* ------------------------------------------------------------- the lexicon */

static void map_put(struct dp_map *m, const char *k, size_t kl, uint32_t v)
{
	size_t h = hash_bytes(k, kl) & m->mask;
	while (m->key[h]) {
		if (m->klen[h] == kl && !memcmp(m->key[h], k, kl)) {
			m->val[h] |= v;
			return;
		}
		h = (h + 1) & m->mask;
	}
	m->key[h] = k;
	m->klen[h] = (uint32_t)kl;
	m->val[h] = v;
}

static void map_put_list(struct dp_map *m, const char *const *list, uint32_t v)
{
	for (int i = 0; list[i]; i++)
		map_put(m, list[i], strlen(list[i]), v);
}

void dp_lex_build(struct dp_ctx *ctx)
{
	struct dp_map *m = &ctx->lex;
	size_t cap = 2048;
	m->key = ss_xcalloc(cap, sizeof *m->key);
	m->klen = ss_xcalloc(cap, sizeof *m->klen);
	m->val = ss_xcalloc(cap, sizeof *m->val);
	m->mask = cap - 1;
	map_put_list(m, kyp_words, DP_C_KYP);
	map_put_list(m, head_words, DP_C_HEAD);
	map_put_list(m, stopwords, DP_C_STOP);
	map_put_list(m, org_words, DP_C_ORG);
	map_put_list(m, epon_words, DP_C_EPON);
	memset(ctx->role_bucket, 0, sizeof ctx->role_bucket);
	for (int i = 0; role_words[i].prefix; i++) {
		uint16_t *b = ctx->role_bucket[role_bucket_of(role_words[i].prefix)];
		int k = 0;
		while (k < DP_ROLE_PER_BUCKET - 1 && b[k])
			k++;
		if (b[k] || i >= UINT16_MAX)
			abort();	/* the static table outgrew the buckets */
		b[k] = (uint16_t)(i + 1);
	}
}

void dp_lex_free(struct dp_ctx *ctx)
{
	free(ctx->lex.key);
	free(ctx->lex.klen);
	free(ctx->lex.val);
	memset(&ctx->lex, 0, sizeof ctx->lex);
}
