/* dp_rx.c: the identifier recognisers of depersonify, one PCRE2 pattern per
 * surface form (e-mail, phones, ПИН and Kazakh ИИН, real-estate codes, bank
 * accounts, passports and civil documents, vehicle plates, dates of birth in
 * Russian and Kyrgyz), compiled once with PCRE2_UTF|PCRE2_UCP and JIT, run
 * with match and depth limits.  Checks that a regex cannot express (the birth
 * date inside a ПИН, an organisation's ИНН, digit counts) are done here in C. */
#include "dp_int.h"

#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "ss_mem.h"

#define MONTHS "(?:январ|феврал|март|апрел|ма[йя]|июн|июл|август|сентябр|октябр|ноябр|декабр)[а-яё]*"
#define DATE_NUM "\\d{1,2}[./]\\d{1,2}[./](?:19|20)\\d{2}"
#define DATE_ANY "(?:" DATE_NUM "|\\d{1,2}\\s+" MONTHS "\\s+(?:19|20)\\d{2}|(?:19|20)\\d{2})"
/* how far before its number a context pattern's trigger may start */
#define DP_RX_WINDOW 320
#define PLATE_L "[A-ZАВЕКМНОРСТХУ]"

static const struct {
	const char *id;
	enum dp_cat cat;
	int group;
	int caseless;
	const char *re;
	/* Every pattern but the e-mail and the Latin address holds a digit, so
	 * it runs only near the runs of digits (find_numbers): a match starts at
	 * most lead bytes before a run with min_digits digits or inside it. */
	int min_digits;
	int lead;
	const char *need;	/* run only when one of these '|'-separated strings occurs */
} patterns[] = {
	{"email", DP_EMAIL, 0, 0,
	 "[A-Za-z0-9._%+\\-]+@[A-Za-z0-9\\-]+(?:\\.[A-Za-z0-9\\-]+)*\\.[A-Za-z]{2,}", 0, 0, "@"},
	{"phone.kg_intl", DP_PHONE, 0, 0,
	 "(?<![\\d+])\\+?\\s?996[\\s\\-]?\\(?\\d{3}\\)?[\\s\\-]?(?:\\d[\\s\\-]?){5}\\d(?!\\d)", 3, 4, NULL},
	{"phone.intl", DP_PHONE, 0, 0,
	 "(?<![\\d+])\\+(?!996)\\d{1,3}[\\s\\-]?\\(?\\d{2,4}\\)?[\\s\\-]?\\d{2,4}[\\s\\-]?\\d{2}[\\s\\-]?\\d{2,3}(?!\\d)", 1, 2, NULL},
	{"phone.kg_local", DP_PHONE, 0, 0,
	 "(?<![\\d/.\\-])\\(?0\\s?\\(?(?:\\d{3}\\)?[\\s\\-]?(?:\\d{3}[\\s\\-]?\\d{3}|\\d{2}[\\s\\-]?\\d{2}[\\s\\-]?\\d{2})"
	 "|\\d{4}\\)?[\\s\\-]?\\d[\\s\\-]?\\d{2}[\\s\\-]?\\d{2})(?![\\d/]|\\.\\d)", 1, 2, NULL},
	{"phone.context", DP_PHONE, 1, 1,
	 "(?:\\bтел(?:ефон[а-яүөң]*)?\\.?|\\bмоб(?:ильн[а-я]*)?\\.?|\\bбайланыш\\s+телефону|whatsapp|вотсап|ватсап|telegram)"
	 "[\\s.:№\\-]*(\\+?\\d[\\d\\s\\-()]{4,16}\\d)", 6, DP_RX_WINDOW, NULL},
	{"id.pin14", DP_PIN, 0, 0, "(?<!\\d)\\d{14}(?!\\d)", 14, 0, NULL},
	/* a ПИН written in groups ("2 2502 1992 01114"): checked in C */
	{"id.pin_grouped", DP_PIN, 0, 0, "(?<![\\d\\-])[12](?:[ \\-]?\\d){13}(?![\\d\\-])", 14, 0, NULL},
	{"id.iin12", DP_PIN, 1, 0, "(?:ИИН|ЖСН|ПИН)\\)?\\s*[:№]?\\s*(\\d{12})(?!\\d)", 12, 32, NULL},
	{"realestate.code", DP_RE, 0, 0,
	 "(?<![\\d\\-])\\d{1,2}-\\d{2}-\\d{2}-\\d{3,4}-\\d{3,4}(?:-\\d{1,3}){0,2}(?![\\d\\-])", 1, 0, NULL},
	{"account.iban", DP_ACC, 0, 0,
	 "(?<![\\w])[A-Z]{2}\\d{2}(?: ?[A-Z0-9]{4}){3,7}(?: ?[A-Z0-9]{1,3})?(?![\\w])", 2, 2, NULL},
	{"account.context", DP_ACC, 1, 1,
	 "(?:р/сч?|расч[её]тн[а-я]*\\s+сч[её]т[а-я]*|лицев[а-я]*\\s+сч[её]т[а-я]*|банковск[а-я]*\\s+сч[её]т[а-я]*|\\bсч[её]т[а-я]*|\\biban|\\bкарт[а-я]*|\\bэсеп[а-яүөң]*)"
	 "\\s*(?:№\\s*)?:?\\s*((?:KG\\d{2}\\s?)?\\d[\\d ]{8,30}\\d)", 10, DP_RX_WINDOW, NULL},
	{"account.card16", DP_ACC, 0, 0,
	 "(?<![\\d\\-/])(?:\\d{16}|\\d{20}|\\d{4}([ \\-])\\d{4}\\1\\d{4}\\1\\d{4}|\\d{4}[ \\-]?[\\d*xXхХ]{4}[ \\-]?[*xXхХ]{4}[ \\-]?\\d{4})(?![\\d\\-/])", 4, 0, NULL},
	{"doc.passport", DP_DOC, 1, 1,
	 "(?:паспорт[а-яүөң]*|\\bid[\\s\\-]?карт[а-яүөң]*|удостоверени[а-я]+\\s+личности|военн[а-я]+\\s+билет[а-я]*|трудов[а-я]+\\s+книжк[а-я]*|эмгек\\s+китепче[а-яүөң]*|аскер(?:дик)?\\s+билет[а-яүөң]*|приписн[а-я]+\\s+свидетельств[а-я]*|водительск[а-я]+\\s+удостоверени[а-я]*|күбөлү[кг][а-яүөң]*|\\bid\\b)"
	 "(?:\\s+(?:гражданина|гражданки|кыргызской\\s+республики|кр|жарандын|серии|серия|номер[а-я]*|республики\\s+[а-яё]+|рф|на\\s+имя(?:\\s+[^\\s,;.]+){1,3})\\.?)*[\\s:(]*(?:серии\\s+)?"
	 "((?:№\\s*)?(?:(?:[IVX]{1,4}-)?[A-ZА-Я]{1,3}(?:-[IVX]{1,4})?\\s?\\d{0,2}\\s?№?\\s?|\\d{2}\\s?\\d{2}\\s)?\\d{6,9}(?:,?\\s*выдан[а-я]*\\s+[^\\n;]{0,40}?\\s(?:от\\s+)?(?<!\\sс\\s)(?<!\\sпо\\s)" DATE_NUM "(?:\\s*(?:года|г\\.))?)?)", 6, DP_RX_WINDOW, NULL},
	{"doc.civil", DP_DOC, 1, 1,
	 "(?:свидетельств[а-я]+\\s+о\\s+(?:[а-я]+\\s+)?(?:рождении|браке|заключении\\s+брака|расторжении\\s+брака|смерти|праве\\s+(?:[а-я]+\\s+)?собственности|регистрации)|актов[а-я]+\\s+запис[а-я]*|акт(?:ылык)?\\s+жазуу[а-яүөң]*|техпаспорт[а-я]*|технического\\s+паспорта|водительск[а-я]+\\s+удостоверени[а-я]*|государственн[а-я]+\\s+акт[а-я]*(?:\\s+на\\s+право(?:\\s+[а-яё]+){1,6})?(?=\\s+№))"
	 "[^\\n;]{0,25}?((?:(?:[IVX]{1,4}-)?(?-i:[A-ZА-Я]{1,3})(?:-?\\d{1,2})?(?:-[IVX]{1,4})?\\s*)?№\\s*(?:[A-ZА-Я]{1,5}\\s?\\d{0,2}\\s?)?\\d{2,10})", 1, DP_RX_WINDOW, NULL},
	/* a passport, ID card or licence number without its trigger word: two
	 * Latin capitals and seven digits ("AN 0915534", "PE 0164729"), or the
	 * Kyrgyz series typed with Cyrillic look-alikes ("АН 0552917") */
	{"doc.kg_series", DP_DOC, 0, 0,
	 "(?<![\\w])(?:[A-Z]{2}|[AА][NНCС]|[BВ][AА]|[AА][BВ]|[AА][AА]|[AА][PР]|[AА][KК])\\s?№?\\s?\\d{7}(?!\\d)", 7, 16, NULL},
	/* two capitals and a number a little after a document word, with a
	 * name or words between: "удостоверение Ковальчука Д.Я. ВК 0914428" */
	{"doc.series_near", DP_DOC, 1, 1,
	 "(?:паспорт|удостоверени|билет|свидетельств|күбөлүг|күбөлүк)[^;\\n]{0,60}?(?<![\\w])((?-i:[A-ZА-ЯЁ]{2})\\s?№?\\s?\\d{6,8})(?!\\d)", 6, DP_RX_WINDOW, NULL},
	/* a civil-record series with a Roman number, e.g. "KR-III № 0791436" (the
	 * second of "серии X и Y" has no trigger of its own) */
	{"doc.series_roman", DP_DOC, 0, 0,
	 "(?<![\\w-])[A-ZА-Я]{2}-[IVX]{1,4}\\s?№\\s?\\d{6,8}(?!\\d)", 6, 24, NULL},
	/* a document's series and number wherever the document was named:
	 * "диплом … серии ВС № 0174215" */
	{"doc.series_no", DP_DOC, 1, 0,
	 "(?<![\\w])(?:серии|серия|сериясы)\\s+((?:[A-ZА-Я]{1,3})\\s?№\\s?\\d{6,8})(?!\\d)", 6, 24, NULL},
	{"doc.civil_ky", DP_DOC, 1, 0,
	 "(№\\s*\\d{1,10})\\s+(?:-\\s*)?(?:акт(?:ылык)?\\s+)?жазуу", 1, 16, NULL},
	{"plate.context", DP_PLATE, 1, 0,
	 "(?i:г/н|г\\.\\s?н\\.|гос\\.?\\s*номер[а-я]*|госномер[а-я]*|гос\\.?\\s*рег\\.?\\s*знак[а-я]*|государственн[а-я]+\\s+(?:регистрационн[а-я]+\\s+)?(?:номер[а-я]*|знак[а-я]*)|номерн[а-я]+\\s+знак[а-я]*|мамлекеттик\\s+(?:каттоо\\s+)?номер[а-яүөң]*|регистрационн[а-я]+\\s+номер[а-я]*|номерами|(?:российск|казахск|таджикск|узбекск|транзитн)[а-я]+\\s+номер[а-я]*)"
	 "\\s*[:№]?\\s*(" PLATE_L "\\s?\\d{3}\\s?" PLATE_L "{2}\\s?\\d{2,3}|\\d{4}\\s?" PLATE_L "{2}\\s?\\d{2}|"
	 "\\d{2}\\s?(?:KG\\s?)?\\d{4}\\s?" PLATE_L "{1,2}|\\d{2}\\s?(?:KG\\s?)?\\d{3}\\s?" PLATE_L "{2,3}|[A-ZА-Я]\\s?\\d{4}\\s?[A-ZА-Я]{1,3}|\\d{2}\\s?[A-ZА-Я]\\s?\\d{3,4}\\s?[A-ZА-Я]{0,3}|[A-ZА-Я0-9]{1,4}\\s?\\d{3,4}\\s?[A-ZА-Я]{0,3})(?![\\w])", 1, DP_RX_WINDOW, NULL},
	{"plate.kg_new", DP_PLATE, 0, 0,
	 "(?<![\\w])0[1-9]\\s?(?:KG\\s?)?\\d{3}\\s?" PLATE_L "{3}(?![\\w])", 1, 0, NULL},
	{"plate.kz", DP_PLATE, 0, 0,
	 "(?<![\\w])\\d{3}\\s?(?!USD|EUR|KGS|RUB|KZT|CNY)" PLATE_L "{2,3}\\s?(?:0[1-9]|1[0-9])(?![\\w])", 3, 0, NULL},
	/* the old Kyrgyz format, region letter first (any capital: "Ж 3308 АВ") */
	{"plate.kg_old", DP_PLATE, 0, 0, "(?<![\\w])[A-ZА-Я]\\s?\\d{4}\\s?" PLATE_L "{2}(?![\\w])", 4, 6, NULL},
	/* Uzbekistan: region, letter, three digits, two letters ("40 M 215 BA") */
	{"plate.uz", DP_PLATE, 0, 0, "(?<![\\w])\\d{2}\\s?[A-Z]\\s?\\d{3}\\s?[A-Z]{2}(?![\\w])", 2, 0, NULL},
	/* foreign addresses in Latin script: Turkish (Mah./Sok./No:/Daire), German
	 * (…straße 12), English (12 Baker Street, Apt 4) */
	{"addr.latin", DP_ADDR, 0, 0,
	 "(?:\\b\\p{Lu}[\\p{L}\\-]*\\s+)?(?:Mah\\.|Mahallesi|Cad\\.|Caddesi|Sok\\.|Sokak|Sk\\.)[^\\n;]{0,40}?\\bNo\\s*[:.]?\\s*\\d+[A-Za-z]?"
	 "(?:\\s*(?:/|Daire|D\\.|Kat|Apt\\.?)\\s*[:.]?\\s*\\d+)*"
	 "|\\b\\p{Lu}[\\p{L}\\-]*(?:straße|strasse|str\\.)\\s*\\d+[a-z]?(?:\\s*,?\\s*(?:Wohnung|Whg\\.|Apt\\.?)\\s*\\d+)?"
	 "|\\b\\d+[A-Za-z]?\\s+\\p{Lu}[\\p{L}\\-]*(?:\\s+\\p{Lu}[\\p{L}\\-]*)?\\s+(?:Street|St\\.|Avenue|Ave\\.|Road|Rd\\.)"
	 "(?:\\s*,?\\s*(?:Apt\\.?|Flat)\\s*\\d+[A-Za-z]?)?"
	 /* transliterated: "ul. Marata, d. 21, kv. 7", "Abay ave., 52, apt. 17" */
	 "|\\b(?:ul|pr|prosp|mkr)\\.\\s*\\p{Lu}[\\p{L}\\-]*(?:\\s+\\p{Lu}[\\p{L}\\-]*)?,?\\s*(?:d\\.|dom)?\\s*\\d+[A-Za-z]?"
	 "(?:\\s*,?\\s*(?:kv\\.?|apt\\.?)\\s*\\d+)?"
	 "|\\b\\p{Lu}[\\p{L}\\-]*\\s+(?:ave|str|st)\\.,?\\s*\\d+[A-Za-z]?(?:\\s*,?\\s*(?:apt|kv)\\.?\\s*\\d+)?", 0, 0,
	 "Mah|Sok|Cad|Sk.|stra|str.|Street|St.|Avenue|Ave.|Road|Rd.|ul.|pr.|mkr.|ave.|st."},
	{"dob.ru_suffix", DP_DOB, 0, 1,
	 "(?<![\\d.])" DATE_ANY "\\s*(?:г(?:ода|\\.)?\\s*(?:рождения|рожд\\.?|р\\.|р\\b)|года\\s+рождения)", 1, 0, NULL},
	{"dob.ru_prefix", DP_DOB, 1, 1,
	 "(?:дата\\s+рождения|д\\.\\s?р\\.|родил(?:ся|ась)|родивш[а-я]+|рожд[её]нн?(?:ый|ая|ого|ой|ому)|туулган\\s+(?:күнү|жылы))\\s*[:\\-–—]?\\s*"
	 "(" DATE_NUM "(?:\\s*(?:года|г\\.))?|\\d{1,2}\\s+" MONTHS "\\s+(?:19|20)\\d{2}(?:\\s*(?:года|г\\.))?|(?:19|20)\\d{2}(?:\\s*(?:года|г\\.|-жылы))?)", 1, 96, NULL},
	{"dob.ky", DP_DOB, 1, 1,
	 "((?:19|20)\\d{2}\\s*-?\\s*(?:жылдын|жылы|ж\\.)\\s*\\d{1,2}\\s*-?\\s*[а-яөүң]+|" DATE_NUM
	 "(?:\\s*-?\\s*(?:жылы|ж\\.))?|(?:19|20)\\d{2}\\s*-?\\s*(?:жылы|ж\\.))\\s+(?=(?:(?:[^\\s\\d.,;]+|(?:19|20)\\d{2}-?жылы)\\s+){0,9}туулган)", 1, 0, NULL},
	{"dob.ky_short", DP_DOB, 0, 1, "(?<![\\d.])(?:\\d{1,2}\\.\\d{1,2}\\.)?(?:19|20)\\d{2}\\s*-?\\s*ж\\.\\s?т\\.", 1, 0, NULL},
	{NULL, DP_PER, 0, 0, NULL, 0, 0, NULL}
};

enum ss_status dp_rx_compile(struct dp_ctx *ctx, struct ss_err *err)
{
	ctx->nrx = 0;
	for (int i = 0; patterns[i].id; i++) {
		if (ctx->nrx == DP_NRX)
			return ss_err_set(err, SS_ERR_INTERNAL, "more than %d identifier patterns", DP_NRX);
		int ec;
		PCRE2_SIZE eo;
		uint32_t opt = PCRE2_UTF | PCRE2_UCP | (patterns[i].caseless ? PCRE2_CASELESS : 0) |
			       (patterns[i].min_digits ? PCRE2_USE_OFFSET_LIMIT : 0);
		pcre2_code *c = pcre2_compile((PCRE2_SPTR)patterns[i].re, PCRE2_ZERO_TERMINATED,
					      opt, &ec, &eo, NULL);
		if (!c) {
			PCRE2_UCHAR msg[128];
			pcre2_get_error_message(ec, msg, sizeof msg);
			return ss_err_set(err, SS_ERR_INTERNAL, "cannot compile pattern '%s' at %zu: %s",
					  patterns[i].id, (size_t)eo, (char *)msg);
		}
		pcre2_jit_compile(c, PCRE2_JIT_COMPLETE);	/* falls back to the interpreter */
		ctx->rx[ctx->nrx].id = patterns[i].id;
		ctx->rx[ctx->nrx].cat = patterns[i].cat;
		ctx->rx[ctx->nrx].group = patterns[i].group;
		ctx->rx[ctx->nrx].min_digits = patterns[i].min_digits;
		ctx->rx[ctx->nrx].lead = patterns[i].lead;
		ctx->rx[ctx->nrx].need = patterns[i].need;
		ctx->rx[ctx->nrx].code = c;
		ctx->nrx++;
	}
	return SS_OK;
}

void dp_rx_free(struct dp_ctx *ctx)
{
	for (size_t i = 0; i < ctx->nrx; i++)
		pcre2_code_free(ctx->rx[i].code);
	ctx->nrx = 0;
}

/* DDMMYYYY at d valid (years 1900..2099). */
int dp_pin_date_ok(const char *d)
{
	int dd = (d[0] - '0') * 10 + (d[1] - '0');
	int mm = (d[2] - '0') * 10 + (d[3] - '0');
	int yy = (d[4] - '0') * 1000 + (d[5] - '0') * 100 + (d[6] - '0') * 10 + (d[7] - '0');
	static const int mdays[] = { 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
	return yy >= 1900 && yy <= 2099 && mm >= 1 && mm <= 12 && dd >= 1 && dd <= mdays[mm - 1];
}

/* Case-insensitive search for an ASCII/Cyrillic word in text[from..to). */
static int window_has(const char *t, size_t from, size_t to, const char *const *words)
{
	for (int i = 0; words[i]; i++) {
		size_t wl = strlen(words[i]);
		for (size_t p = from; p + wl <= to; p++)
			if (memcmp(t + p, words[i], wl) == 0)
				return 1;
	}
	return 0;
}

/* The rule id when the 14-digit run at s is a ПИН; NULL to keep it (an
 * organisation's ИНН). */
/* Words that name a personal number just before it. */
static const char *const pin_ctx[] = { "ПИН", "пин", "ЖСН", "жсн", "персональн", "Персональн", "жеке",
	"Жеке", NULL };

static const char *pin_rule(const struct dp_work *w, size_t s)
{
	static const char *const org_ctx[] = { "ОсОО", "ОАО", "ЗАО", "ООО", "ОсОО", "ГП ",
		"организаци", "юридическ", "предприяти", "учреждени", "компани", "Банк", "банк",
		"ИНН организации", "мекеме", "ишкана", NULL };
	const char *t = w->text;
	size_t from = s > 60 ? s - 60 : 0;
	static const char *const inn[] = { "ИНН", NULL };
	size_t near = s > 25 ? s - 25 : 0;
	if (window_has(t, near, s, inn) && window_has(t, from, s, org_ctx) && t[s] == '0')
		return NULL;	/* an organisation's ИНН is not personal data */
	if (window_has(t, near, s, pin_ctx))
		return "id.pin.context";
	if ((t[s] == '1' || t[s] == '2') && dp_pin_date_ok(t + s + 1))
		return "id.pin.valid_date";
	if (window_has(t, from, s, org_ctx))
		return NULL;
	if (t[s] == '1' || t[s] == '2')
		return "id.pin.shape";
	return NULL;
}

/* A ПИН in groups: the digits without separators form a valid birth date,
 * or a ПИН word stands just before; one without a separator is id.pin14's. */
static int grouped_pin(const struct dp_work *w, size_t s, size_t e)
{
	static const char *const inn[] = { "ИНН", NULL };	/* a sole trader's ИНН is his ПИН */
	char d[16];
	size_t n = 0;
	for (size_t i = s; i < e && n < sizeof d - 1; i++)
		if (w->text[i] >= '0' && w->text[i] <= '9')
			d[n++] = w->text[i];
	d[n] = '\0';
	if (n != 14 || e - s == 14)
		return 0;
	size_t from = s > 30 ? s - 30 : 0;
	return dp_pin_date_ok(d + 1) || window_has(w->text, from, s, pin_ctx) || window_has(w->text, from, s, inn);
}

static int digits_in(const char *t, size_t s, size_t e)
{
	int n = 0;
	for (size_t i = s; i < e; i++)
		n += t[i] >= '0' && t[i] <= '9';
	return n;
}

/* A state or court account, kept: a deposit account of the court, or the
 * account a fine is paid to ("штраф перечислить на расчётный счёт …",
 * "айып пулду … эсебине", "депозитный счёт суда", "депозиттик эсебине"). */
static int state_account(const struct dp_work *w, size_t s, size_t e)
{
	static const char *const before[] = { "депозит", "Депозит", "штраф", "Штраф", "айып пул",
		"Айып пул", "бюджет", "казначейств", "Казначейств", "казначейск", "Казначейск", "пошлин", "судебного департамента",
		"Судебного департамента", "Социального фонда", "Социальный фонд", "налоговой службы", "казыналыг", "Казыналыг", "казыналык", "Казыналык", "казыначылык", "Казыначылык", "сотунун",
		"Налоговой службы", "мамлекеттик алым", "Сот департамент", NULL };
	static const char *const after[] = { "бюджет", NULL };
	static const char *const deposit[] = { "депозит", NULL };
	static const char *const court[] = { "суд", "Суд", "сот", "Сот", NULL };
	size_t from = s > 160 ? s - 160 : 0;
	size_t to = e + 40 < w->len ? e + 40 : w->len;
	/* the same sentence only */
	for (size_t p = s; p > from; p--)
		if (w->text[p - 1] == '\n' || (w->text[p - 1] == ' ' && p >= 2 && w->text[p - 2] == '.')) {
			from = p;
			break;
		}
	for (size_t p = e; p < to; p++)
		if (w->text[p] == '\n' || (w->text[p] == '.' && p + 1 < w->len && w->text[p + 1] == ' ')) {
			to = p;
			break;
		}
	if (window_has(w->text, from, s, before) || window_has(w->text, e, to, after))
		return 1;
	/* "депозиттик эсебине" is the court's deposit only with a court named
	 * ("соттун депозиттик эсеби"), not a person's deposit at a bank */
	if (window_has(w->text, e, to, deposit) && window_has(w->text, from, to, court))
		return 1;
	/* a company's settlement account: "расчётный счёт" (legal entities
	 * have them, persons a card or a bank account) in a sentence that
	 * names a company */
	static const char *const settle[] = { "расчётн", "расчетн", "р/с", NULL };
	static const char *const company[] = { "ОсОО", "ОАО", "ЗАО", "ООО", "ЖЧК", "ААК", NULL };
	if (window_has(w->text, s > 40 ? s - 40 : from, s, settle) && window_has(w->text, from, s, company))
		return 1;
	/* an organisation's account: right after its ИНН (14 digits with a
	 * leading 0) in the same sentence: "ОАО «…» (ИНН 028…, р/с …)" */
	size_t near = s > 90 ? s - 90 : from;
	if (near < from)
		near = from;
	for (size_t p = near; p + 6 <= s; p++) {
		if (memcmp(w->text + p, "ИНН", 6) != 0)
			continue;
		size_t q = p + 6;
		while (q < s && (w->text[q] == ' ' || w->text[q] == ':'))
			q++;
		/* its requisites follow in one run: "(ИНН …, р/с …)", not a
		 * client's card at a bank ("Банк (ИНН …) № … карта") */
		if (q + 14 <= s && w->text[q] == '0' && digits_in(w->text, q, q + 14) == 14 &&
		    s - (q + 14) <= 24 && !memchr(w->text + q + 14, ')', s - (q + 14)))
			return 1;
	}
	return 0;
}

/* The court's own phone, kept: "Телефон канцелярии суда для справок: …". */
static int court_phone(const struct dp_work *w, size_t s)
{
	static const char *const ctx[] = { "канцеляри", "Канцеляри", "приемн", "приёмн", "Приемн",
		"Приёмн", "телефон суда", "Телефон суда", "телефону суда", "сотунун телефон",
		"Сотунун телефон", "сот кеңсе", "Сот кеңсе", NULL };
	size_t from = s > 80 ? s - 80 : 0;
	for (size_t p = s; p > from; p--)
		if (w->text[p - 1] == '\n' || (w->text[p - 1] == ' ' && p >= 2 && w->text[p - 2] == '.')) {
			from = p;
			break;
		}
	return window_has(w->text, from, s, ctx);
}


/* An official or organisation's address, kept: a state domain, or a
 * generic mailbox ("info@", "office@", "kanc@" …) on an organisation's own
 * domain (not on a free mail service, where "info77@gmail.com" is a person). */
static int official_email(const char *t, size_t s, size_t e)
{
	static const char *const dom[] = { ".gov.kg", "sot.kg", "@court.kg", "prokuror.kg", NULL };
	static const char *const generic[] = { "info", "office", "mail", "contact", "contacts",
		"support", "secretary", "kanc", "kance", "kancelyariya", "priem", "priemnaya",
		"reception", "admin", "sales", "hr", "post", "pochta", "press", "pr", "help",
		"service", "noreply", "no-reply", "zakaz", "buh", "accounting", "office.kg", NULL };
	static const char *const free_mail[] = { "gmail.", "mail.ru", "yandex.", "inbox.ru", "bk.ru",
		"list.ru", "yahoo.", "outlook.", "hotmail.", "icloud.", "rambler.", "ya.ru", "mail.kg",
		"proton", NULL };
	for (int i = 0; dom[i]; i++) {
		size_t l = strlen(dom[i]);
		if (e - s >= l && memcmp(t + e - l, dom[i], l) == 0)
			return 1;
	}
	const char *at = memchr(t + s, '@', e - s);
	if (!at)
		return 0;
	size_t ll = (size_t)(at - (t + s));
	int gen = 0;
	for (int i = 0; generic[i] && !gen; i++)
		gen = strlen(generic[i]) == ll && strncasecmp(t + s, generic[i], ll) == 0;
	if (!gen)
		return 0;
	for (int i = 0; free_mail[i]; i++)
		if (window_has(t, (size_t)(at - t), e, (const char *const[]){ free_mail[i], NULL }))
			return 0;
	return 1;
}

/* The numbers of the text: runs of digits with the separators phones and
 * accounts use inside them (space, tab, line break, '-', '(', ')'), each with
 * its digit count.  The context patterns run only before the long ones. */
static void find_numbers(struct dp_work *w)
{
	w->nnum = 0;
	for (size_t i = 0; i < w->len;) {
		if (w->text[i] < '0' || w->text[i] > '9') {
			i++;
			continue;
		}
		size_t s = i, last = i;
		int nd = 0;
		while (i < w->len) {
			char c = w->text[i];
			if (c >= '0' && c <= '9') {
				nd++;
				last = i;
			} else if (!(c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '-' || c == '(' ||
				     c == ')') || i - last > 2) {
				break;
			}
			i++;
		}
		if (w->nnum == w->anum) {
			w->anum = w->anum ? w->anum * 2 : 32;
			w->num = ss_xrealloc(w->num, w->anum * sizeof *w->num);
		}
		w->num[w->nnum].s = s;
		w->num[w->nnum].last = last;
		w->num[w->nnum].ndig = nd;
		w->nnum++;
		i = last + 1;
	}
}

/* One of the '|'-separated strings of need occurs in the text. */
static int text_has_any(const struct dp_work *w, const char *need)
{
	for (const char *p = need; *p;) {
		const char *bar = strchr(p, '|');
		size_t n = bar ? (size_t)(bar - p) : strlen(p);
		if (n && memmem(w->text, w->len, p, n))
			return 1;
		p += n + (bar != NULL);
	}
	return 0;
}

/* Flattened tables: a header line with a birth-date column ("ФИО\tдата
 * рождения\tадрес", "Аты-жөнү │ туулган жылы │ дареги"), then rows split by
 * the same separator; the cells of that column that hold a date or a year
 * are birth dates. */
static size_t sep_at(const char *t, size_t i, size_t end)
{
	if (t[i] == '\t' || t[i] == '|')
		return 1;
	if (i + 3 <= end && !memcmp(t + i, "│", 3))
		return 3;
	return 0;
}

static int dob_header(const char *c, size_t n)
{
	static const char *const head[] = { "дата рождения", "Дата рождения", "год рождения", "Год рождения",
		"туулган жылы", "Туулган жылы", "туулган күнү", "Туулган күнү", "г.р.", "д.р.", NULL };
	for (int k = 0; head[k]; k++)
		if (memmem(c, n, head[k], strlen(head[k])))
			return 1;
	return 0;
}

/* A cell holding only a date ("09.01.1959") or a year ("1972", "1972-ж."). */
static int date_cell(const char *c, size_t n)
{
	size_t d = 0, i = 0;
	while (i < n && c[i] >= '0' && c[i] <= '9')
		i++, d++;
	if (d == 4 && (c[0] == '1' || c[0] == '2'))
		return 1;
	if ((d == 1 || d == 2) && i < n && c[i] == '.') {
		size_t j = i + 1, m = 0;
		while (j < n && c[j] >= '0' && c[j] <= '9')
			j++, m++;
		if ((m == 1 || m == 2) && j < n && c[j] == '.') {
			size_t k = j + 1, y = 0;
			while (k < n && c[k] >= '0' && c[k] <= '9')
				k++, y++;
			return y == 4;
		}
	}
	return 0;
}

static void dob_table_scan(struct dp_work *w)
{
	const char *t = w->text;
	int col = -1;
	for (size_t ls = 0; ls < w->len;) {
		const char *nl = memchr(t + ls, '\n', w->len - ls);
		size_t le = nl ? (size_t)(nl - t) : w->len;
		/* most lines are prose: look at cells only where a separator is */
		int any = 0;
		for (size_t i = ls; i < le && !any; i++)
			any = sep_at(t, i, le) != 0;
		if (!any) {
			col = -1;
			ls = le + 1;
			continue;
		}
		/* the cells of this line */
		size_t cs = ls;
		int idx = 0, seps = 0, hit = -1;
		for (size_t i = ls; i <= le; i++) {
			size_t sl = i < le ? sep_at(t, i, le) : 0;
			if (i < le && !sl)
				continue;
			size_t a = cs, b = i;
			while (a < b && (t[a] == ' ' || t[a] == '\r'))
				a++;
			while (b > a && (t[b - 1] == ' ' || t[b - 1] == '\r'))
				b--;
			if (col < 0 && dob_header(t + a, b - a))
				hit = idx;
			else if (col >= 0 && idx == col && b > a && date_cell(t + a, b - a) && b - a <= 12)
				dp_span_add(w, a, b, DP_DOB, "dob.table", -1, DP_KY_NONE);
			if (i == le)
				break;
			seps++;
			idx++;
			cs = i + sl;
			i += sl - 1;
		}
		if (col < 0 && hit >= 0 && seps > 0)
			col = hit;	/* the header: rows follow */
		else if (col >= 0 && seps == 0)
			col = -1;	/* the table ended */
		ls = le + 1;
	}
}

/* The next stretch of text at or after off where a match of a gated pattern
 * may start: from lead bytes before a run of at least min_digits digits to
 * the run's last digit, stretches that touch joined.  0 when none is left. */
static int next_stretch(const struct dp_work *w, const struct dp_rx *rx, size_t *nc, size_t off,
			size_t *from, size_t *lim)
{
	size_t lead = (size_t)rx->lead;
	while (*nc < w->nnum && (w->num[*nc].ndig < rx->min_digits || w->num[*nc].last < off))
		(*nc)++;
	if (*nc == w->nnum)
		return 0;
	size_t a = w->num[*nc].s;
	size_t f = a > lead ? a - lead : 0;
	*lim = w->num[*nc].last;
	for ((*nc)++; *nc < w->nnum; (*nc)++) {
		if (w->num[*nc].ndig < rx->min_digits)
			continue;
		if (w->num[*nc].s > *lim + 1 + lead)
			break;
		*lim = w->num[*nc].last;
	}
	if (f < off)
		f = off;
	while (f < a && ((unsigned char)w->text[f] & 0xC0) == 0x80)
		f++;	/* a character's first byte */
	*from = f;
	return 1;
}

enum ss_status dp_rx_scan(struct dp_work *w, struct ss_err *err)
{
	find_numbers(w);
	if (w->ctx->pol.redact & (1u << DP_DOB))
		dob_table_scan(w);
	const struct dp_ctx *ctx = w->ctx;
	pcre2_match_context *mc = pcre2_match_context_create(NULL);
	if (!mc)
		return ss_err_set(err, SS_ERR_NOMEM, "cannot create a match context");
	pcre2_set_match_limit(mc, 200000);
	pcre2_set_depth_limit(mc, 2000);
	enum ss_status st = SS_OK;
	for (size_t r = 0; r < ctx->nrx && st == SS_OK; r++) {
		const struct dp_rx *rx = &ctx->rx[r];
		if (!(ctx->pol.redact & (1u << rx->cat)) || (rx->need && !text_has_any(w, rx->need)))
			continue;
		pcre2_match_data *md = pcre2_match_data_create_from_pattern(rx->code, NULL);
		if (!md) {
			st = ss_err_set(err, SS_ERR_NOMEM, "cannot create match data");
			break;
		}
		size_t off = 0, nc = 0, lim = SIZE_MAX;	/* lim: where the current stretch ends */
		while (off < w->len) {
			size_t from = off;
			if (rx->min_digits && (lim == SIZE_MAX || off > lim)) {
				if (!next_stretch(w, rx, &nc, off, &from, &lim))
					break;
				pcre2_set_offset_limit(mc, lim);
			}
			int rc = pcre2_match(rx->code, (PCRE2_SPTR)w->text, w->len, from,
					     PCRE2_NO_UTF_CHECK, md, mc);
			if (rc == PCRE2_ERROR_NOMATCH) {
				if (!rx->min_digits)
					break;
				off = lim + 1;
				lim = SIZE_MAX;
				continue;
			}
			PCRE2_SIZE *ov = pcre2_get_ovector_pointer(md);
			if (rc < 0) {
				/* limit hit on pathological input: skip ahead, the leak
				 * scanner is the safety net */
				off = from + 1;
				while (off < w->len && ((unsigned char)w->text[off] & 0xC0) == 0x80)
					off++;
				continue;
			}
			size_t ms = ov[0], me = ov[1];
			size_t s = ms, e = me;
			if (rx->group > 0 && rc > rx->group && ov[2 * rx->group] != PCRE2_UNSET) {
				s = ov[2 * rx->group];
				e = ov[2 * rx->group + 1];
			}
			while (e > s && w->text[e - 1] == ' ')
				e--;
			/* a civil document's "№" is inside its label ("актовая запись
			 * [ДОКУМЕНТ-1]"): annotators put it on either side */
			const char *rule = rx->id;
			int ok = e > s;
			if (ok && rx->cat == DP_PIN && strcmp(rx->id, "id.pin14") == 0) {
				rule = pin_rule(w, s);
				ok = rule != NULL;
			} else if (ok && rx->cat == DP_PIN && strcmp(rx->id, "id.pin_grouped") == 0) {
				ok = grouped_pin(w, s, e);
			} else if (ok && rx->cat == DP_PHONE && rx->group) {
				ok = digits_in(w->text, s, e) >= 6 && digits_in(w->text, s, e) <= 13 &&
				     !court_phone(w, s);
			} else if (ok && rx->cat == DP_PHONE) {
				ok = !court_phone(w, s);
			} else if (ok && rx->cat == DP_ACC && rx->group) {
				ok = digits_in(w->text, s, e) >= 10 && !state_account(w, s, e);
			} else if (ok && rx->cat == DP_ACC) {
				ok = !state_account(w, s, e);
			} else if (ok && rx->cat == DP_EMAIL && ctx->pol.keep_official_email) {
				ok = !official_email(w->text, s, e);
			}
			if (ok)
				dp_span_add(w, s, e, rx->cat, rule, -1, DP_KY_NONE);
			off = me > ms ? me : ms + 1;
		}
		pcre2_match_data_free(md);
		pcre2_set_offset_limit(mc, PCRE2_UNSET);
	}
	pcre2_match_context_free(mc);
	return st;
}
