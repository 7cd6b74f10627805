/* dp_addr.c: addresses at house and flat level, Russian and Kyrgyz: after a
 * trigger ("по адресу", "дареги") or around a house number near a street or
 * locality marker; the region, district and the court's own address stay. */
#include "dp_int.h"

#include <string.h>

#include "dp_tok.h"
#include "ss_text.h"

const char *const dp_street_m[] = { "ул", "улица", "улице", "улицы", "улицу", "пр", "пр-т",
	"просп", "проспект", "проспекта", "проспекте", "пер", "переулок", "переулка", "переулке",
	"б-р", "бульвар", "бульвара", "бульваре", "мкр", "мкрн", "микрорайон", "микрорайона",
	"микрорайоне", "м-н", "жилмассив", "жилмассива", "жилмассиве", "ж", "массив", "массива",
	"квартал", "квартала", "кв-л", "тупик", "шоссе", "пл", "площадь", "көчөсү", "көчөсүндөгү",
	"көчөсүнүн", "көчө", "кичирайону", "кичирайонунун", "проспектиси", "тыкыры", "линия",
	"садовое", "товарищество", "снт", "дачный", "участок", "көчөсүндө", "кичи", "турак", "жай",
	"массиви", "массивинде", "массивиндеги", "кичирайон", "кичирайонунда",
	"кичирайонундагы", "проспекти", "проспектинде", "проспектисинде", "бульвары",
	"бульварында", "махалля", "махалли", "махалла", "махаллясы", "махалласы", "махалласында", "конушу", "конушунда", "даңгылы",
	"даңгылында", "даңгылындагы", "даңгылынын", "даңғылы", "конушундагы", "конушунун",
	/* a market or a mall, down to its row and stall: "рынок «Дордой», ряд 5" */
	"рынок", "рынка", "рынке", "базар", "базары", "базарынын", "базарында", "тц", "трц", NULL };
const char *const dp_local_m[] = { "г", "город", "города", "городе", "гор", "с", "село",
	"села", "селе", "п", "пос", "поселок", "поселка", "посёлок", "пгт", "айылы", "айылында",
	"айыл", "өкмөтү", "шаары", "шаарынын", "шаарында", "району", "районунун", "облусу",
	"облусунун", "р-н", "района", "район", "районе", "обл", "области", "область", "а/о",
	"кыштагы", "аил", "аильный", "округ", "округа", NULL };
static const char *const region_m[] = { "облусу", "облусунун", "области", "область", "обл",
	"району", "районунун", "район", "района", "р-н", NULL };
static const char *const house_m[] = { "д", "дом", "дома", "доме", "дому", "домом", "комн", "комната", "кв", "квартира", "квартиру", "квартиры",
	"квартире", "корп", "корпус", "стр", "строение", "үй", "уй", "үйдө", "батир", "батирде",
	"блок", "секция", "комната", "ком", "участок", "участка", "участке", "уч", "офис", "офиса",
	"офисе", "оф", "подъезд", "подъезда", "подъезде", "этаж", "этаже", "бокс", "бокса",
	/* a trader's stall at a market or mall: "ул. …, 455, контейнер № 27" */
	"контейнер", "контейнера", "контейнере", "бутик", "бутика", "бутике", "павильон", "павильона",
	"павильоне", "киоск", "киоска", "киоске", "ряд", "ряда", "сектор", "сектора",
	/* a hostel's room: "общежитие № 3, комната 214", "№ 5 жатакананын" */
	"общежитие", "общежития", "общежитии", "жатакана", "жатакананын", "жатаканада", NULL };
static const char *const addr_trig[] = { "адресу", "адрес", "дареги", "дарегинде", "дарек",
	"жительства", "местожительства", NULL };

static int addr_marker(const struct dp_work *w, size_t i)
{
	return in_words(w, i, dp_street_m) || in_words(w, i, dp_local_m) || in_words(w, i, house_m);
}

/* '.' at i ends a sentence (not an abbreviation or an initial). */
int dp_sentence_dot(const struct dp_work *w, size_t i)
{
	if (!punct_is(w, i, "."))
		return 0;
	if (i > 0 && w->tok[i - 1].kind == DP_T_WORD &&
	    (w->tok[i - 1].ncp <= 3 || addr_marker(w, i - 1)))
		return 0;
	return i + 1 >= w->ntok || (w->tok[i + 1].flags & (DP_F_SPACE | DP_F_NL));
}

const char *const dp_street_titles[] = { "датка", "баатыр", "ата", "акын", "манасчы", "молдо", "хан",
	"батыра", "батыр", NULL };

static int is_month(const struct dp_work *w, size_t i)
{
	static const char *const month[] = { "января", "февраля", "марта", "апреля", "мая", "июня", "июля",
		"августа", "сентября", "октября", "ноября", "декабря", NULL };
	return in_words(w, i, month);
}

/* A housing estate or garden society written in capitals: "ЖК", "СО", "СНТ". */
static int estate_abbr(const struct dp_work *w, size_t i)
{
	static const char *const abbr[] = { "ЖК", "СО", "СНТ", "ДНТ", "ТСЖ", "ЖСК", "СТ", "ГСК", NULL };
	for (int k = 0; abbr[k]; k++)
		if (w->tok[i].e - w->tok[i].s == strlen(abbr[k]) && !memcmp(w->text + w->tok[i].s, abbr[k], strlen(abbr[k])))
			return 1;
	return 0;
}

/* Kyrgyz "к." for көчөсү: "Киев к., 201/1-үй". */
static int ky_street_abbr(const struct dp_work *w, size_t i)
{
	return w->ky && tok_is(w, i, "к") && punct_is(w, i + 1, ".");
}

static int addr_tok_ok(const struct dp_work *w, size_t i)
{
	const struct dp_tok *t = &w->tok[i];
	if (t->flags & DP_F_TAKEN)
		return 0;
	if (t->kind == DP_T_NUM)
		return 1;
	if (t->kind == DP_T_WORD) {
		if (addr_marker(w, i) || ((t->flags & DP_F_CAP) && !(t->cls & DP_C_ROLE)))
			return 1;
		if (ky_street_abbr(w, i) && i > 0 && (w->tok[i - 1].flags & DP_F_CAP))
			return 1;
		/* "Ала-Арча кичи районундагы 24-үйдүн": a microdistrict in any case */
		if (i > 0 && tok_is(w, i - 1, "кичи") && !strncmp(FOLD(w, i), "район", strlen("район")))
			return 1;
		/* "ул. 7 апреля": a street named by a date */
		if (i >= 3 && w->tok[i - 1].kind == DP_T_NUM && is_month(w, i) &&
		    (in_words(w, i - 2, dp_street_m) || (punct_is(w, i - 2, ".") && in_words(w, i - 3, dp_street_m))))
			return 1;
		/* "Ак-Ордо жер массиви", "жер тилкеси" */
		if ((tok_is(w, i, "жер") && i + 1 < w->ntok && tok_is(w, i + 1, "массиви")) ||
		    ((tok_is(w, i, "жашоо") || tok_is(w, i, "жаңы")) && i + 1 < w->ntok &&
		     w->tok[i + 1].kind == DP_T_WORD && !strncmp(FOLD(w, i + 1), "конуш", strlen("конуш"))))
			return 1;	/* "Ак-Ордо жер массиви", "Ала-Арча жашоо / жаңы конушу" */
		/* a title inside a street's name: "Курманжан датка көчөсү",
		 * "Бердике баатыр көчөсү" */
		if (in_words(w, i, dp_street_titles) && i > 0 && (w->tok[i - 1].flags & DP_F_CAP))
			return 1;
		/* "ул. 12-я", "7-кичи", "ж/м" */
		return i >= 2 && t->ncp <= 5 && strncmp(FOLD(w, i), "жыл", strlen("жыл")) &&
		       (punct_is(w, i - 1, "-") || punct_is(w, i - 1, "/")) &&
		       adjacent(w, i - 1, i) && (w->tok[i - 2].kind == DP_T_NUM || tok_is(w, i - 2, "ж"));
	}
	if (t->kind == DP_T_PUNCT) {
		char c = w->text[t->s];
		return c == ',' || c == '.' || c == '-' || c == '/' || c == ':' ||
		       punct_is(w, i, "№") || punct_is(w, i, "–") ||
		       /* a quoted massif or estate: "массив «Ала-Тоо»", "ЖК «…»", "СО «…»" */
		       ((punct_is(w, i, "«") || punct_is(w, i, "»")) && i > 0 &&
			(in_words(w, i - 1, dp_street_m) || estate_abbr(w, i - 1) || (punct_is(w, i, "»") && i >= 3)));
	}
	return 0;
}

/* Kyrgyz unit words written after "N-": "12-үй", "5-батирде",
 * "408-бөлмөсүндө", "19-бокстон", "243-контейнерде", "17-катарындагы" (a
 * market's row). */
static const char *const ky_units[] = { "үй", "уй", "батир", "участ", "бөлмө", "бокс", "контейнер",
	"катар", NULL };

/* "12а-үйдө" after a number: the house letter, a hyphen and a unit word
 * in one word; returns the byte length of the part before the case suffix
 * (0 when the word is not of this shape). */
static size_t lettered_house(const struct dp_work *w, size_t j)
{
	if (j >= w->ntok || w->tok[j].kind != DP_T_WORD || !adjacent(w, j - 1, j) ||
	    w->tok[j - 1].kind != DP_T_NUM)
		return 0;
	const char *t = w->text + w->tok[j].s;
	size_t len = w->tok[j].e - w->tok[j].s, q = 0;
	if (ss_utf8_next(t, len, &q) < 0 || q >= len || t[q] != '-')
		return 0;
	q++;
	for (int k = 0; ky_units[k]; k++)
		if (len - q >= strlen(ky_units[k]) && !memcmp(t + q, ky_units[k], strlen(ky_units[k])))
			return q + strlen(ky_units[k]);
	return 0;
}

/* Token j starts with a Kyrgyz unit word. */
static int ky_unit_at(const struct dp_work *w, size_t j)
{
	return stem_in(w, j, ky_units);
}

/* "5-батир", "5-үй" at number n: a Kyrgyz flat or house number. */
static int ky_flat_after(const struct dp_work *w, size_t n)
{
	return n + 2 < w->ntok && punct_is(w, n + 1, "-") && ky_unit_at(w, n + 2);
}

/* Kyrgyz case of the suffix left after "үй"/"батир" ("дө", "ден", "деги"):
 * the suffix goes into the span and is re-derived on the label. */
static enum dp_kycase addr_suffix_case(const char *f, size_t fl)
{
	static const struct {
		const char *s;
		enum dp_kycase c;
	} suf[] = { {"да", DP_KY_LOC}, {"де", DP_KY_LOC}, {"до", DP_KY_LOC}, {"дө", DP_KY_LOC},
		    {"та", DP_KY_LOC}, {"те", DP_KY_LOC}, {"то", DP_KY_LOC}, {"тө", DP_KY_LOC},
		    {"тон", DP_KY_ABL}, {"төн", DP_KY_ABL}, {"тун", DP_KY_GEN}, {"түн", DP_KY_GEN},
		    {"ту", DP_KY_ACC}, {"тү", DP_KY_ACC}, {"ко", DP_KY_DAT}, {"кө", DP_KY_DAT},
		    {"тогу", DP_KY_LOCREL}, {"төгү", DP_KY_LOCREL}, {"дагы", DP_KY_LOCREL}, {"деги", DP_KY_LOCREL},
		    {"догу", DP_KY_LOCREL}, {"дөгү", DP_KY_LOCREL}, {"теги", DP_KY_LOCREL},
		    {"дан", DP_KY_ABL}, {"ден", DP_KY_ABL}, {"дон", DP_KY_ABL}, {"дөн", DP_KY_ABL},
		    {"тан", DP_KY_ABL}, {"тен", DP_KY_ABL}, {"га", DP_KY_DAT}, {"ге", DP_KY_DAT},
		    {"го", DP_KY_DAT}, {"гө", DP_KY_DAT}, {"ка", DP_KY_DAT}, {"ке", DP_KY_DAT},
		    {"дын", DP_KY_GEN}, {"дин", DP_KY_GEN}, {"дүн", DP_KY_GEN}, {"дун", DP_KY_GEN},
		    {"тин", DP_KY_GEN}, {"ды", DP_KY_ACC}, {"ди", DP_KY_ACC}, {"дү", DP_KY_ACC},
		    {"ду", DP_KY_ACC}, {"ти", DP_KY_ACC},
		    /* with the possessive: "18-үйүнө", "5-батиринде" */
		    {"үнө", DP_KY_DAT}, {"үндө", DP_KY_LOC}, {"үнөн", DP_KY_ABL}, {"үнүн", DP_KY_GEN},
		    {"ине", DP_KY_DAT}, {"инде", DP_KY_LOC}, {"инен", DP_KY_ABL}, {"инин", DP_KY_GEN},
		    {"үндөгү", DP_KY_LOCREL}, {"индеги", DP_KY_LOCREL}, {"үн", DP_KY_ACC}, {"ин", DP_KY_ACC},
		    /* after a possessive -сү: "408-бөлмөсүндө" */
		    {"ндө", DP_KY_LOC}, {"нда", DP_KY_LOC}, {"нде", DP_KY_LOC}, {"ндо", DP_KY_LOC},
		    {"нөн", DP_KY_ABL}, {"нан", DP_KY_ABL}, {"нен", DP_KY_ABL}, {"нон", DP_KY_ABL},
		    {"нө", DP_KY_DAT}, {"на", DP_KY_DAT}, {"не", DP_KY_DAT}, {"но", DP_KY_DAT},
		    {"нүн", DP_KY_GEN}, {"нун", DP_KY_GEN},
		    {NULL, DP_KY_NONE} };
	for (int k = 0; suf[k].s; k++)
		if (fl == strlen(suf[k].s) && !memcmp(f, suf[k].s, fl))
			return suf[k].c;
	return DP_KY_NONE;
}

/* "по ул. Московской" or "мкр. Тунгуч" right after a house number at b: the
 * index after the street name (b when there is none). */
static size_t addr_po_street(const struct dp_work *w, size_t b)
{
	static const char *const street[] = { "ул", "улица", "улицы", "улице", "пр", "пр-т", "просп",
		"проспект", "проспекта", "пер", "переулок", "переулка", "мкр", "мкрн", "микрорайон",
		"микрорайона", "микрорайоне", "м-н", "жилмассив", "жилмассива", "жилмассиве", "массив", "массива",
		"массиве", "квартал", "квартала", "кв-л", NULL };
	size_t j;
	if (tok_is(w, b, "по") && in_words(w, b + 1, dp_street_m))
		j = b + 2;
	else if (tok_is(w, b, "в") && in_words(w, b + 1, street))
		j = b + 2;	/* "участок № 118 в жилмассиве Ала-Тоо" */
	else if (in_words(w, b, street))
		j = b + 1;	/* "кв. 31 дома 4 мкр. Тунгуч" */
	else if (tok_is(w, b, "в") && b + 2 < w->ntok && w->tok[b + 1].kind == DP_T_NUM) {
		/* "дома № 8 в 7 микрорайоне", "в 12-м мкр.": a numbered microdistrict */
		size_t m = b + 2;
		if (punct_is(w, m, "-") && m + 1 < w->ntok && w->tok[m + 1].kind == DP_T_WORD && w->tok[m + 1].ncp <= 2)
			m += 2;
		static const char *const numbered[] = { "мкр", "мкрн", "микрорайоне", "микрорайона",
			"квартале", NULL };
		if (!in_words(w, m, numbered))
			return b;
		return punct_is(w, m + 1, ".") ? m + 2 : m + 1;
	} else
		return b;
	if (punct_is(w, j, "."))
		j++;
	size_t e = b;
	for (int n = 0; n < 3 && j < w->ntok; n++) {
		if (w->tok[j].kind == DP_T_WORD && (w->tok[j].flags & DP_F_CAP) && !(w->tok[j].flags & DP_F_TAKEN))
			e = ++j;
		else if (w->tok[j].kind == DP_T_NUM && e > b && punct_is(w, j - 1, "-"))
			e = ++j;	/* "мкр. Аламедин-1" */
		else if (w->tok[j].kind == DP_T_NUM || punct_is(w, j, "-"))
			j++;
		else
			break;
	}
	return e;
}

static void addr_emit(struct dp_work *w, size_t a, size_t b, size_t end_byte, const char *rule)
{
	while (a < b && w->tok[a].kind == DP_T_PUNCT)
		a++;
	while (b > a && w->tok[b - 1].kind == DP_T_PUNCT && !punct_is(w, b - 1, "."))
		b--;
	if (b <= a)
		return;
	size_t e = end_byte ? end_byte : w->tok[b - 1].e;
	enum dp_kycase kc = DP_KY_NONE;
	if (end_byte && end_byte > w->tok[b - 1].s && end_byte < w->tok[b - 1].e) {
		/* "5-батирде": mask the whole word, re-derive the case on the label */
		const struct dp_tok *t = &w->tok[b - 1];
		kc = addr_suffix_case(w->text + end_byte, t->e - end_byte);
		size_t rest = t->e - end_byte;
		if (kc != DP_KY_NONE ||
		    /* the possessive alone: "58-үйү мураска калган" */
		    (rest == strlen("ү") && (!memcmp(w->text + end_byte, "ү", rest) ||
					     !memcmp(w->text + end_byte, "и", rest))))
			e = t->e;
	}
	/* a trailing "." belongs to the address only after an abbreviation */
	dp_span_add(w, w->tok[a].s, e, DP_ADDR, rule, -1, kc);
	mark_taken(w, a, b);
}

/* A street's former name opens at j: "(бывшая ул. Кирова)", "(ранее …)",
 * "(мурдагы Октябрь көчөсү)". */
static int former_name_at(const struct dp_work *w, size_t j)
{
	return j < w->ntok && w->tok[j].kind == DP_T_WORD &&
	       (!strncmp(FOLD(w, j), "бывш", strlen("бывш")) || tok_is(w, j, "ранее") || tok_is(w, j, "мурдагы") ||
		tok_is(w, j, "мурунку"));
}

/* Extends an address right of the anchor number at k; returns end index,
 * *cut the byte end when a Kyrgyz suffix must stay outside. */
static size_t addr_right(struct dp_work *w, size_t k, size_t *cut)
{
	size_t j = k + 1;
	*cut = 0;
	size_t lh = lettered_house(w, j);
	if (lh) {	/* "12а-үйдө": the case suffix stays outside */
		if (w->tok[j].s + lh < w->tok[j].e) {
			*cut = w->tok[j].s + lh;
			return j + 1;
		}
		j++;	/* "5б-үй, 3-батир" */
	}
	/* a house letter glued to the number: "ул. Масалиева, 21А" */
	if (j < w->ntok && w->tok[j].kind == DP_T_WORD && w->tok[j].ncp == 1 && adjacent(w, k, j) &&
	    !(w->tok[j].flags & DP_F_TAKEN))
		j++;
	for (int guard = 0; j < w->ntok && guard < 16; guard++) {
		const struct dp_tok *t = &w->tok[j];
		if (t->flags & DP_F_TAKEN)
			break;
		if (t->kind == DP_T_NUM) {
			j++;
			/* a house letter glued to the number: "21А", "12б" */
			if (j < w->ntok && w->tok[j].kind == DP_T_WORD && w->tok[j].ncp == 1 && adjacent(w, j - 1, j))
				j++;
			continue;
		}
		if (t->kind == DP_T_PUNCT && (punct_is(w, j, "/") || punct_is(w, j, "-") ||
					       punct_is(w, j, "–"))) {
			if (j + 1 < w->ntok && w->tok[j + 1].kind == DP_T_WORD && w->tok[j + 1].ncp == 1 &&
			    adjacent(w, j, j + 1) && !(w->tok[j + 1].flags & DP_F_TAKEN)) {
				j += 2;	/* a house letter after a hyphen: "77-а" */
				continue;
			}
			if (j + 1 < w->ntok && (w->tok[j + 1].kind == DP_T_NUM ||
						(w->tok[j + 1].kind == DP_T_WORD && adjacent(w, j, j + 1)))) {
				j++;
				continue;
			}
			break;
		}
		if (punct_is(w, j, "№") && j + 1 < w->ntok && w->tok[j + 1].kind == DP_T_NUM &&
		    j > 0 && (in_words(w, j - 1, house_m) || punct_is(w, j - 1, ","))) {
			j++;	/* "бутик № 9", "…, 31, № 5 жатакананын" */
			continue;
		}
		if (t->kind == DP_T_PUNCT && (punct_is(w, j, ",") || punct_is(w, j, "."))) {
			size_t n = j + 1;
			/* "77-а. Участок по …": a full stop before a capitalised word ends the sentence */
			if (punct_is(w, j, ".") && n < w->ntok && (w->tok[n].flags & DP_F_CAP) && w->tok[n].ncp > 3)
				break;
			/* "контейнер № 27. 8 мая …": a number after a number's full stop opens a sentence */
			if (punct_is(w, j, ".") && n < w->ntok && w->tok[n].kind == DP_T_NUM &&
			    (w->tok[n].flags & (DP_F_SPACE | DP_F_NL)) && w->tok[j - 1].kind == DP_T_NUM)
				break;
			if (punct_is(w, j, ",") && punct_is(w, n, "№") && n + 1 < w->ntok && w->tok[n + 1].kind == DP_T_NUM) {
				j++;
				continue;
			}
			if (n < w->ntok && (in_words(w, n, house_m) || w->tok[n].kind == DP_T_NUM) &&
			    !(punct_is(w, j, ",") && w->tok[n].kind == DP_T_NUM && w->tok[n].e - w->tok[n].s > 3)) {
				if (w->tok[n].kind == DP_T_NUM && punct_is(w, j, ",") && !ky_flat_after(w, n))
					break;
				j++;
				continue;
			}
			if (punct_is(w, j, ".") && j > 0 && in_words(w, j - 1, house_m)) {
				j++;
				continue;
			}
			break;
		}
		if (tok_is(w, j, "жер") && w->tok[j + 1].kind == DP_T_WORD &&
		    !strncmp(FOLD(w, j + 1), "тилке", strlen("тилке"))) {
			j += 2;	/* "массивиндеги № 377 жер тилкеси" */
			break;
		}
		if (tok_is(w, j, "в") && j + 2 < w->ntok && in_words(w, j + 1, house_m) &&
		    w->tok[j + 2].kind == DP_T_NUM) {
			j += 2;	/* "кв. 48 в доме 7" */
			continue;
		}
		if (t->kind == DP_T_WORD) {
			const char *f = FOLD(w, j);
			int suffixed = (!strncmp(f, "үй", strlen("үй")) && t->fl > strlen("үй")) ||
				       (!strncmp(f, "батир", strlen("батир")) && t->fl > strlen("батир"));
			if ((in_words(w, j, house_m) && !suffixed) ||
			    (in_words(w, j, dp_street_m) && punct_is(w, j - 1, "-") && adjacent(w, j - 1, j))) {
				j++;
				continue;
			}
			/* Kyrgyz 12-үй, 5-батирде: keep the case suffix outside */
			static const char *const stems[] = { "үй", "уй", "батир", "кв", "участок", "бөлмөсү", "бөлмө",
				"бокс", "контейнер", "катар", NULL };
			int hit = 0;
			for (int q = 0; stems[q]; q++) {
				size_t sl = strlen(stems[q]);
				/* "№ 5 үйдө": a house word after a spaced number too */
				int near = adjacent(w, j - 1, j) ||
					   (w->tok[j - 1].kind == DP_T_NUM && !strcmp(stems[q], "үй"));
				if (t->fl >= sl && !memcmp(f, stems[q], sl) && near) {
					if (t->fl > sl)
						*cut = t->s + sl;
					hit = 1;
					break;
				}
			}
			if (hit) {
				j++;
				/* "7-үйдүн 3-батиринде", "17-катарындагы 243-контейнерде":
				 * the next unit follows the suffixed one */
				if (*cut && w->tok[j].kind == DP_T_NUM && ky_flat_after(w, j)) {
					*cut = 0;
					continue;
				}
				if (*cut)
					break;
				continue;
			}
			/* 12а, 12/1б */
			if (adjacent(w, j - 1, j) && t->ncp <= 2 && (t->flags & DP_F_LOWER) &&
			    w->tok[j - 1].kind == DP_T_NUM) {
				j++;
				continue;
			}
		}
		break;
	}
	return j;
}

/* The court's own address ("Адрес суда: 720040, г. Бишкек, ул. Токтогула,
 * 71"), which the act publishes on purpose: "адрес суда" or "соттун дареги"
 * within the twelve tokens before k, in the same sentence. */
static int court_address(const struct dp_work *w, size_t k)
{
	for (size_t q = k, n = 0; q > 1 && n < 12; n++) {
		q--;
		if (dp_sentence_dot(w, q) || punct_is(w, q, ";"))
			return 0;
		if ((tok_is(w, q, "суда") && (tok_is(w, q - 1, "адрес") || tok_is(w, q - 1, "адресу"))) ||
		    (tok_is(w, q, "дареги") && tok_is(w, q - 1, "соттун")))
			return 1;
	}
	return 0;
}

void dp_addr_scan(struct dp_work *w)
{
	if (!(w->ctx->pol.redact & (1u << DP_ADDR)))
		return;
	/* trigger mode: "по адресу: ..." */
	for (size_t i = 0; i < w->ntok; i++) {
		if (!in_words(w, i, addr_trig) || (w->tok[i].flags & DP_F_TAKEN) || court_address(w, i + 2))
			continue;
		/* an organisation's legal address ("юридический адрес: …") */
		if (i > 0 && w->tok[i - 1].kind == DP_T_WORD && !strncmp(FOLD(w, i - 1), "юридическ", strlen("юридическ")))
			continue;
		size_t j = i + 1;
		while (j < w->ntok && (punct_is(w, j, ":") || punct_is(w, j, "-") || punct_is(w, j, "–")))
			j++;
		if (j < w->ntok && (w->tok[j].flags & DP_F_NL))
			continue;	/* a table's header "ФИО | … | адрес" ends its line */
		size_t a = j, last = j;
		int content = 0;
		for (int guard = 0; j < w->ntok && guard < 40; guard++, j++) {
			const struct dp_tok *t = &w->tok[j];
			if ((t->flags & DP_F_TAKEN) || (j > a && (t->flags & DP_F_NL)))
				break;
			if (tok_is(w, j, "без") && tok_is(w, j + 1, "номера")) {
				last = j + 2;	/* "ул. Жибек Жолу, без номера", "дом без номера" */
				j++;
				content = 1;
				continue;
			}
			if (punct_is(w, j, "(") && former_name_at(w, j + 1)) {
				size_t c = j + 1;
				while (c < w->ntok && c < j + 12 && !punct_is(w, c, ")"))
					c++;
				if (punct_is(w, c, ")")) {
					j = c;	/* "ул. Масалиева (бывшая ул. Кирова), д. 17" */
					continue;
				}
			}
			if (t->kind == DP_T_PUNCT) {
				if (punct_is(w, j, ";") || punct_is(w, j, ")") || punct_is(w, j, "(") ||
				    dp_sentence_dot(w, j) || w->text[t->s] == '\n')
					break;
				/* ", с 2010 года": a one-letter marker without its dot is a preposition */
				if (punct_is(w, j, ",") && j + 1 < w->ntok && w->tok[j + 1].kind == DP_T_WORD &&
				    (w->tok[j + 1].flags & DP_F_LOWER) && !tok_is(w, j + 1, "без") &&
				    (!addr_marker(w, j + 1) ||
				     (w->tok[j + 1].ncp == 1 && !punct_is(w, j + 2, ".") && !punct_is(w, j + 2, "/")) /* ", с детьми" */))
					break;
				if (!addr_tok_ok(w, j) && !punct_is(w, j, "\""))
					break;
				continue;
			}
			if (t->kind == DP_T_WORD && (t->flags & DP_F_LOWER) && !addr_tok_ok(w, j)) {
				/* Kyrgyz: 5-батирде, үйдө */
				break;
			}
			if (t->kind == DP_T_LABEL)
				break;
			if (t->kind == DP_T_WORD && (t->cls & DP_C_ROLE))
				break;
			if (tok_is(w, j, "инн") || tok_is(w, j, "стн") || tok_is(w, j, "пин") || tok_is(w, j, "жсн"))
				break;	/* "…, 40/2, ИНН 0150…": the number is not the address */
			content = 1;
			last = j + 1;
		}
		if (content && last > a) {
			size_t cut = 0;
			size_t b = last;
			if (w->tok[last - 1].kind == DP_T_NUM)
				b = addr_right(w, last - 1, &cut);
			addr_emit(w, a, b, cut, "addr.trigger");
			i = b;
		}
	}
	/* anchor mode: a house number near a street or locality marker */
	for (size_t k = 0; k < w->ntok; k++) {
		if (w->tok[k].kind != DP_T_NUM || (w->tok[k].flags & DP_F_TAKEN))
			continue;
		if (w->tok[k].e - w->tok[k].s > 8)
			continue;	/* "…, 95, ИНН 0250…": no house or flat has a long number */
		int anchor = 0;
		size_t p = k;
		/* д. 12 / кв. 5 / № 12 */
		for (int back = 0; back < 3 && p > 0; back++) {
			p--;
			if (w->tok[p].kind == DP_T_PUNCT && (punct_is(w, p, ".") || punct_is(w, p, "№")))
				continue;
			if (in_words(w, p, house_m) && !(p > 1 && punct_is(w, p - 1, ".") && tok_is(w, p - 2, "л"))) {
				for (size_t q = p, n = 0; q > 0 && n < 15; n++) {
					q--;
					/* "ж" is a street marker only in "ж/м", not the
					 * initial of "Садыр уулу Ж." */
					if (tok_is(w, q, "ж") && !punct_is(w, q + 1, "/"))
						continue;
					if (in_words(w, q, dp_street_m) || in_words(w, q, dp_local_m) ||
					    in_words(w, q, addr_trig) || (w->tok[q].kind == DP_T_WORD && estate_abbr(w, q)))
						anchor = 1;	/* "ГСК «Восток-2», бокс 7" */
				}
			}
			break;
		}
		/* a flat alone: "проживает этажом выше, в кв. 37", "в вышерасположенной
		 * квартире № 52" */
		static const char *const flat[] = { "квартира", "квартиры", "квартире", "квартиру", "квартирой", NULL };
		if (!anchor && k >= 2 && punct_is(w, k - 1, ".") &&
		    (tok_is(w, k - 2, "кв") || tok_is(w, k - 2, "комн")) &&
		    !(k + 1 < w->ntok && w->tok[k + 1].kind == DP_T_WORD && tok_is(w, k + 1, "м")))
			anchor = 1;
		if (!anchor && k >= 2 && punct_is(w, k - 1, "№") && in_words(w, k - 2, flat))
			anchor = 1;
		/* a house and its flat: "живу на Джале, дом 17, квартира 40" */
		if (!anchor && k >= 1 && in_words(w, k - 1, house_m) && punct_is(w, k + 1, ",") &&
		    in_words(w, k + 2, flat) && k + 3 < w->ntok && w->tok[k + 3].kind == DP_T_NUM)
			anchor = 1;
		/* дом № 17 по ул. Московской */
		if (!anchor && k > 0 && addr_po_street(w, k + 1) > k + 1) {
			size_t q = k - 1;
			if (punct_is(w, q, "№") && q > 0)
				q--;
			if (punct_is(w, q, ".") && q > 0)
				q--;
			anchor = in_words(w, q, house_m);
		}
		/* 12-үй, 12а-үйдө */
		if (!anchor && lettered_house(w, k + 1))
			anchor = 1;
		if (!anchor && k + 2 < w->ntok && (punct_is(w, k + 1, "-") || punct_is(w, k + 1, "–")) &&
		    ky_unit_at(w, k + 2))
			anchor = 1;
		/* ул. Ленина, 5 / Токтогул көчөсү 12 */
		if (!anchor) {
			size_t q = k;
			for (int n = 0; n < 7 && q > 0; n++) {
				q--;
				const struct dp_tok *t = &w->tok[q];
				/* "ул. Ж. Баатыра, 18": an initial, not "ж/м" */
				if (tok_is(w, q, "ж") && !punct_is(w, q + 1, "/"))
					continue;
				if (in_words(w, q, dp_street_m)) {
					/* "кадастрового квартала 8-03-11-0021" is no street */
					if (!tok_is(w, q, "ж") && !tok_is(w, q, "пл") && n > 0 &&
					    !(q > 0 && !strncmp(FOLD(w, q - 1), "кадастр", strlen("кадастр"))))
						anchor = 1;
					break;
				}
				if (t->kind == DP_T_PUNCT && (punct_is(w, q, ",") || punct_is(w, q, ".") ||
							     punct_is(w, q, "-") || punct_is(w, q, "№")))
					continue;
				if (t->kind == DP_T_WORD && (t->flags & DP_F_CAP) && !(t->cls & DP_C_ROLE))
					continue;
				if (t->kind == DP_T_NUM)
					continue;
				break;
			}
		}
		if (!anchor)
			continue;
		/* walk left over the address */
		size_t a = k;
		for (int n = 0; n < 30 && a > 0; n++) {
			size_t q = a - 1;
			/* a street's former name in parentheses: "ул. Масалиева (бывшая
			 * ул. Кирова), д. 17", "Сыдыков көчөсү (мурдагы Октябрь көчөсү)" */
			if (punct_is(w, q, ")")) {
				size_t o = paren_open_before(w, q, 12);
				if (o != SIZE_MAX && o > 0 && former_name_at(w, o + 1)) {
					a = o;
					continue;
				}
			}
			if (in_words(w, q, addr_trig) || !addr_tok_ok(w, q))
				break;
			if (punct_is(w, q, ".") && dp_sentence_dot(w, q))
				break;
			/* "Ильясова Э. – г. Бишкек, …": a dash parts a list's name
			 * from its address */
			if (punct_is(w, q, ":") || punct_is(w, q, "–") || punct_is(w, q, "—"))
				break;
			/* the region and district stay ("Нарын облусу, Ат-Башы
			 * району, Кара-Суу айылы, Токтогул көчөсү, 40-үй"): not
			 * identifying, and their names double as persons' names */
			if (in_words(w, q, region_m) && !(q > 0 && tok_is(w, q - 1, "кичи")))
				break;
			/* a pronoun or other stop word that names no place ("Ал Ленин
			 * көчөсү ..."): places are followed by a marker or a comma */
			if (w->tok[q].kind == DP_T_WORD && (w->tok[q].cls & DP_C_STOP) && !punct_is(w, q - 1, "«") &&
			    !(w->tok[q].ncp == 1 && (w->tok[q].flags & DP_F_CAP) && punct_is(w, q + 1, ".") &&
			      q >= 2 && ((in_words(w, q - 1, dp_street_m) && !tok_is(w, q - 1, "ж")) ||
					 (punct_is(w, q - 1, ".") && in_words(w, q - 2, dp_street_m) &&
					  !tok_is(w, q - 2, "ж")))) &&
			    /* "А. Навои көчөсү": an initial before a Kyrgyz street name */
			    !(w->tok[q].ncp == 1 && (w->tok[q].flags & DP_F_CAP) && punct_is(w, q + 1, ".") &&
			      in_words(w, q + 3, dp_street_m)) &&
			    !in_words(w, q + 1, dp_street_m) && !in_words(w, q + 1, dp_local_m) && !punct_is(w, q + 1, ",") &&
			    !ky_street_abbr(w, q + 1))
				break;
			/* a person's name before the address ("Кадыров Бекзат, Бишкек
			 * шаары, ..."), unless a street marker governs it ("ул.
			 * Масалиева", "пр. Чингиза Айтматова") */
			if (w->tok[q].kind == DP_T_WORD && (w->tok[q].cls & (DP_C_SURN | DP_C_PATR))) {
				int street = in_words(w, q + 1, dp_street_m) || in_words(w, q + 1, dp_local_m) ||
					     ky_street_abbr(w, q + 1);
				for (size_t r = q, n2 = 0; r > 0 && n2 < 4 && !street; n2++)
					street = in_words(w, --r, dp_street_m);
				if (!street)
					break;
			}
			a = q;
		}
		if (court_address(w, a))
			continue;
		size_t cut;
		size_t b = addr_right(w, k, &cut);
		if (!cut)
			b = addr_po_street(w, b);
		addr_emit(w, a, b, cut, "addr.house");
		k = b;
	}
}
