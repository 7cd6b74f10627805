/* dp_gaz.c: the word-level knowledge of depersonify: gazetteer hash sets
 * built from the embedded name lists (dp_gazdata.c), case folding with
 * Latin look-alikes, Russian and Kyrgyz name keys (case endings and Kyrgyz
 * case suffixes stripped so that every form of a name meets), word classes
 * (first name, patronymic, surname shape, уулу/кызы particle) and the role
 * words that decide whether a person is kept or removed. */
#include "dp_int.h"

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
		uint32_t l = (uint32_t)u_tolower(c);
		if (l == 0x451)
			l = 0x435;
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

static const char *const patr_stems[] = { "ович", "евич", "ьич", "инич", "овн", "евн", "ичн", NULL };

static int is_patronymic(const char *f, size_t fl)
{
	char k[256];
	if (fl >= sizeof k - 4)
		return 0;
	size_t kl = dp_name_key(f, fl, k);
	for (int i = 0; patr_stems[i]; i++)
		if (dp_has_suffix(k, kl, patr_stems[i]) && ncp(k, kl) >= 6)
			return 1;
	/* forms dp_name_key leaves whole: "Ильич", "Маратовна" is key "маратовн" */
	return dp_has_suffix(f, fl, "ович") || dp_has_suffix(f, fl, "евич") ||
	       dp_has_suffix(f, fl, "оглы");
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

static const char *const kyp_words[] = {
	"уулу", "кызы", "тегин", "уулунун", "уулуна", "уулун", "уулуну", "уулунан",
	"уулунда", "кызынын", "кызына", "кызын", "кызыны", "кызынан", "кызында",
	"тегиндин", "тегинге", "тегинди", "тегинден", "оглы", "гызы", NULL
};

static int in_list(const char *const *list, const char *f, size_t fl)
{
	for (int i = 0; list[i]; i++)
		if (strlen(list[i]) == fl && memcmp(list[i], f, fl) == 0)
			return 1;
	return 0;
}

/* Capitalised words of court texts that are never a person's name in the
 * positions where the name patterns look. */
static const char *const stopwords[] = {
	"суд", "суда", "суде", "судом", "судебная", "судебной", "коллегия", "коллегии",
	"верховный", "верховного", "республики", "республика", "кыргызской", "кыргызская",
	"кыргызстан", "кыргызстана", "кыргыз", "бишкек", "бишкека", "ош", "оша", "нарын",
	"талас", "баткен", "каракол", "токмок", "кант", "чуй", "джалал-абад", "жалал-абад",
	"кара-балта", "балыкчы", "чолпон-ата", "ысык-көл", "иссык-куль", "казахстан",
	"россии", "россия", "казахстана", "узбекистан", "узбекистана", "москва", "москвы",
	"согласно", "взыскать", "признать", "установил", "установила", "постановил",
	"постановила", "решил", "решила", "приговорил", "определил", "определила",
	"однако", "кроме", "также", "таким", "поскольку", "поэтому", "между", "после",
	"ранее", "затем", "тем", "при", "как", "так", "что", "это", "его", "ее", "её",
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
	"гибдд", "уобдд", "гуобдд", "тдс", "чп", "кх", "дж", "вич", "спид", NULL
};

int dp_is_stopword(const char *f, size_t fl)
{
	return in_list(stopwords, f, fl);
}

static const char *const org_words[] = {
	"осоо", "оао", "зао", "ооо", "ао", "гп", "мп", "оо", "оф", "чп", "кх", "ф/х", "пк",
	"компания", "компании", "фирма", "фирмы", "банк", "банка", "банке", "магазин",
	"магазина", "кафе", "ресторан", "школа", "школы", "гимназия", "лицей", "фонд",
	"фонда", "ассоциация", "общество", "общества", "предприятие", "предприятия",
	"учреждение", "учреждения", "колледж", "университет", "корпорация", "холдинг",
	"агентство", "центр", "центра", "клиника", "больница", "кооператив", "союз",
	"партия", "движение", "газета", "газеты", "тсж", "ос", "пкк", "мкк", "коому",
	"коомдук", "мекеме", "мектеп", "мектеби", NULL
};

static const char *const epon_words[] = {
	"им", "имени", "ул", "улица", "улицы", "улице", "улицу", "пр", "проспект",
	"проспекта", "проспекте", "просп", "пр-т", "пер", "переулок", "переулка",
	"переулке", "мкр", "микрорайон", "микрорайона", "микрорайоне", "бульвар",
	"бульвара", "б-р", "пл", "площадь", "площади", "парк", "парка", "пик", "пика",
	"станция", "ст", "с", "г", "село", "села", "селе", "пгт", "пос", "поселок",
	"поселка", "аил", "айыл", "айылы", "ж/м", "жилмассив", "жилмассива", "массив",
	"массива", "атындагы", "көчөсү", "көчөсүндө", "көчөсүнүн", "проспектиси", NULL
};

unsigned dp_word_class(const struct dp_ctx *ctx, const char *f, size_t fl, int ky,
		       enum dp_kycase *kycase)
{
	unsigned c = 0;
	*kycase = DP_KY_NONE;
	if (in_list(kyp_words, f, fl))
		return DP_C_KYP;
	if (dp_is_stopword(f, fl))
		c |= DP_C_STOP;
	if (in_list(org_words, f, fl))
		c |= DP_C_ORG;
	if (in_list(epon_words, f, fl))
		c |= DP_C_EPON;
	if (dp_role_word(f, fl) != DP_ROLE_NONE)
		c |= DP_C_ROLE;
	if (c & (DP_C_STOP | DP_C_ROLE))
		return c;
	if (in_set_forms(&ctx->first, f, fl))
		c |= DP_C_FIRST;
	if (is_patronymic(f, fl))
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
			if (in_set_forms(&ctx->first, f, bl))
				b |= DP_C_FIRST;
			if (is_patronymic(f, bl))
				b |= DP_C_PATR;
			if (is_surname_shape(f, bl))
				b |= DP_C_SURN;
			if (!b && dp_set_has(&ctx->surname, f, bl))
				b |= DP_C_SURG;
			if (b) {
				c |= b | DP_C_KYSUF;
				*kycase = kc;
			}
		}
	}
	return c;
}

static const struct {
	const char *prefix;
	int exact;
	enum dp_role role;
} role_words[] = {
	{"судья", 0, DP_ROLE_JUDGE}, {"судьи", 1, DP_ROLE_JUDGE}, {"судье", 1, DP_ROLE_JUDGE},
	{"судью", 1, DP_ROLE_JUDGE}, {"судьей", 1, DP_ROLE_JUDGE}, {"судьёй", 1, DP_ROLE_JUDGE},
	{"судей", 1, DP_ROLE_JUDGE}, {"судьям", 0, DP_ROLE_JUDGE}, {"председательствующ", 0, DP_ROLE_JUDGE},
	{"судьялар", 0, DP_ROLE_JUDGE}, {"судьясы", 0, DP_ROLE_JUDGE}, {"төрагалык", 0, DP_ROLE_JUDGE},
	{"секретар", 0, DP_ROLE_SECRETARY}, {"катчы", 0, DP_ROLE_SECRETARY},
	{"прокурор", 0, DP_ROLE_PROSECUTOR}, {"гособвинител", 0, DP_ROLE_PROSECUTOR},
	{"обвинител", 0, DP_ROLE_PROSECUTOR}, {"айыптоочу", 0, DP_ROLE_PROSECUTOR},
	{"адвокат", 0, DP_ROLE_ADVOCATE}, {"защитни", 0, DP_ROLE_ADVOCATE},
	{"коргоочу", 0, DP_ROLE_ADVOCATE},
	{"представител", 0, DP_ROLE_REPRESENTATIVE}, {"өкүл", 0, DP_ROLE_REPRESENTATIVE},
	{"следовател", 0, DP_ROLE_OFFICIAL}, {"дознавател", 0, DP_ROLE_OFFICIAL},
	{"эксперт", 0, DP_ROLE_OFFICIAL}, {"переводчик", 0, DP_ROLE_OFFICIAL},
	{"специалист", 0, DP_ROLE_OFFICIAL}, {"нотариус", 0, DP_ROLE_OFFICIAL},
	{"исполнител", 0, DP_ROLE_OFFICIAL}, {"инспектор", 0, DP_ROLE_OFFICIAL},
	{"оперуполномоч", 0, DP_ROLE_OFFICIAL}, {"тергөөчү", 0, DP_ROLE_OFFICIAL},
	{"котормочу", 0, DP_ROLE_OFFICIAL},
	{"истец", 1, DP_ROLE_PARTY}, {"истц", 0, DP_ROLE_PARTY}, {"истиц", 0, DP_ROLE_PARTY},
	{"ответчик", 0, DP_ROLE_PARTY}, {"ответчиц", 0, DP_ROLE_PARTY},
	{"подсудим", 0, DP_ROLE_PARTY}, {"осужденн", 0, DP_ROLE_PARTY},
	{"осуждённ", 0, DP_ROLE_PARTY}, {"обвиняем", 0, DP_ROLE_PARTY},
	{"оправданн", 0, DP_ROLE_PARTY}, {"потерпевш", 0, DP_ROLE_PARTY},
	{"пострадавш", 0, DP_ROLE_PARTY}, {"свидетел", 0, DP_ROLE_PARTY},
	{"гражданин", 0, DP_ROLE_PARTY}, {"гражданк", 0, DP_ROLE_PARTY},
	{"гр", 1, DP_ROLE_PARTY}, {"гр-н", 1, DP_ROLE_PARTY}, {"гр-ка", 1, DP_ROLE_PARTY},
	{"заявител", 0, DP_ROLE_PARTY}, {"должник", 0, DP_ROLE_PARTY},
	{"взыскател", 0, DP_ROLE_PARTY}, {"заемщик", 0, DP_ROLE_PARTY},
	{"заёмщик", 0, DP_ROLE_PARTY}, {"займодав", 0, DP_ROLE_PARTY},
	{"заимодав", 0, DP_ROLE_PARTY}, {"правонарушител", 0, DP_ROLE_PARTY},
	{"наследодател", 0, DP_ROLE_PARTY}, {"наследник", 0, DP_ROLE_PARTY},
	{"умерш", 0, DP_ROLE_PARTY}, {"сожител", 0, DP_ROLE_PARTY},
	{"несовершеннолетн", 0, DP_ROLE_PARTY}, {"малолетн", 0, DP_ROLE_PARTY},
	{"супруг", 0, DP_ROLE_PARTY}, {"муж", 1, DP_ROLE_PARTY}, {"мужа", 1, DP_ROLE_PARTY},
	{"мужу", 1, DP_ROLE_PARTY}, {"жена", 1, DP_ROLE_PARTY}, {"жены", 1, DP_ROLE_PARTY},
	{"жене", 1, DP_ROLE_PARTY}, {"жену", 1, DP_ROLE_PARTY}, {"сын", 1, DP_ROLE_PARTY},
	{"сына", 1, DP_ROLE_PARTY}, {"сыну", 1, DP_ROLE_PARTY}, {"дочь", 1, DP_ROLE_PARTY},
	{"дочери", 1, DP_ROLE_PARTY}, {"мать", 1, DP_ROLE_PARTY}, {"матери", 1, DP_ROLE_PARTY},
	{"отец", 1, DP_ROLE_PARTY}, {"отца", 1, DP_ROLE_PARTY}, {"отцу", 1, DP_ROLE_PARTY},
	{"брат", 1, DP_ROLE_PARTY}, {"брата", 1, DP_ROLE_PARTY}, {"сестра", 1, DP_ROLE_PARTY},
	{"сестры", 1, DP_ROLE_PARTY}, {"внук", 0, DP_ROLE_PARTY}, {"ип", 1, DP_ROLE_PARTY},
	{"предпринимател", 0, DP_ROLE_PARTY}, {"директор", 0, DP_ROLE_PARTY},
	{"доогер", 0, DP_ROLE_PARTY}, {"жоопкер", 0, DP_ROLE_PARTY},
	{"айыпталуучу", 0, DP_ROLE_PARTY}, {"жабырлануучу", 0, DP_ROLE_PARTY},
	{"күбө", 0, DP_ROLE_PARTY}, {"соттолуучу", 0, DP_ROLE_PARTY},
	{"соттолгон", 0, DP_ROLE_PARTY}, {"арыздануучу", 0, DP_ROLE_PARTY},
	{"арыз ээси", 0, DP_ROLE_PARTY}, {"карызкор", 0, DP_ROLE_PARTY},
	{"өндүрүүчү", 0, DP_ROLE_PARTY}, {"атасы", 1, DP_ROLE_PARTY},
	{"апасы", 1, DP_ROLE_PARTY}, {"жубайы", 1, DP_ROLE_PARTY}, {"аялы", 1, DP_ROLE_PARTY},
	{"күйөөсү", 1, DP_ROLE_PARTY}, {"жаран", 1, DP_ROLE_PARTY},
	{"покупател", 0, DP_ROLE_PARTY}, {"продавц", 0, DP_ROLE_PARTY},
	{"работник", 0, DP_ROLE_PARTY}, {"водител", 0, DP_ROLE_PARTY},
	{NULL, 0, DP_ROLE_NONE}
};

enum dp_role dp_role_word(const char *f, size_t fl)
{
	for (int i = 0; role_words[i].prefix; i++) {
		size_t pl = strlen(role_words[i].prefix);
		if (role_words[i].exact ? (pl == fl && memcmp(f, role_words[i].prefix, pl) == 0)
					: (fl >= pl && memcmp(f, role_words[i].prefix, pl) == 0))
			return role_words[i].role;
	}
	return DP_ROLE_NONE;
}

unsigned dp_word_lower_class(const char *f, size_t fl)
{
	unsigned c = 0;
	if (in_list(kyp_words, f, fl))
		c |= DP_C_KYP;
	if (in_list(org_words, f, fl))
		c |= DP_C_ORG;
	if (in_list(epon_words, f, fl))
		c |= DP_C_EPON;
	if (dp_role_word(f, fl) != DP_ROLE_NONE)
		c |= DP_C_ROLE;
	return c;
}
