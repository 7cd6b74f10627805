/* lang.c: Russian/Kyrgyz language detection (see lang.h).  Text is walked
 * code point by code point; each word is lower-cased (Cyrillic only, the one
 * script both languages use) into a small stack buffer and scored against
 * the Kyrgyz-only letters, Russian-impossible letter pairs and two short
 * function-word profiles.  Self-contained apart from ss_utf8_next. */
#include "lang.h"

#include <string.h>

#include "ss_text.h"

/* A word longer than this is still scanned for letters, but not compared
 * against the function-word lists (none is that long). */
#define LANG_WORD_MAX 64

/* Kyrgyz function words without ң ө ү (words with them count anyway). */
static const char *const ky_function_words[] = {
	"жана", "менен", "боюнча", "деп", "болуп", "болгон", "болсо",
	"анын", "алар", "аны", "андан", "анда", "бул", "ушул",
	"ошол", "ошону", "ошондой", "ошондуктан", "тарабынан",
	"тууралуу", "керек", "эмес", "жок", "дагы", "эле", "гана", "бирок",
	"эгерде", "эгер", "ал", "биз", "сиз", "кийин", "мурда",
	"чейин", "ылайык", "катары", "жатат", "турат", "берилген",
	"берген", "кылган", "кылуу", "болот", "алып", "бар", "жыл", "жылы",
};

/* Russian function words. */
static const char *const ru_function_words[] = {
	"и", "в", "на", "что", "не", "по", "с", "о", "к", "из", "за", "от",
	"для", "как", "это", "был", "была", "было", "были", "при", "его",
	"ее", "её", "также", "или", "а", "но", "до", "об", "со", "во",
	"который", "которая", "которые", "которого", "то", "у", "без",
	"так", "он", "она", "они", "их", "ему", "ей", "после", "под",
	"над", "уже", "только", "если", "чем", "между",
	"является", "суда", "суд", "года", "г",
};

static bool in_list(const char *w, size_t len, const char *const *list,
		    size_t n)
{
	for (size_t k = 0; k < n; k++)
		if (strlen(list[k]) == len && memcmp(list[k], w, len) == 0)
			return true;
	return false;
}

/* Lower-cases one code point of the Cyrillic block (Russian + Kyrgyz
 * letters), maps ё→е and the look-alike ӊ (en with tail) → ң; other code
 * points come back unchanged. */
static unsigned cyr_lower(unsigned cp)
{
	if (cp >= 0x410 && cp <= 0x42F)		/* А..Я */
		return cp + 0x20;
	if (cp == 0x401 || cp == 0x451)		/* Ё ё */
		return 0x435;
	if (cp == 0x4A2 || cp == 0x4C9 || cp == 0x4CA)	/* Ң Ӊ ӊ */
		return 0x4A3;
	if (cp == 0x4AE)			/* Ү */
		return 0x4AF;
	if (cp == 0x4E8)			/* Ө */
		return 0x4E9;
	return cp;
}

static bool is_cyr_letter(unsigned cp)
{
	return cp >= 0x400 && cp <= 0x4FF;
}

static bool is_ascii_letter(unsigned cp)
{
	return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z');
}

static bool is_ky_letter(unsigned cp)	/* after cyr_lower */
{
	return cp == 0x4A3 || cp == 0x4E9 || cp == 0x4AF;
}

/* Code points of a lower-cased word. */
struct lang_word {
	unsigned cp[LANG_WORD_MAX];
	size_t n;		/* letters seen (may exceed LANG_WORD_MAX) */
	char utf8[LANG_WORD_MAX * 2 + 1];
	size_t ulen;		/* 0 when the word did not fit */
	bool ky_letter;		/* holds ң ө ү */
};

static void word_reset(struct lang_word *w)
{
	w->n = 0;
	w->ulen = 0;
	w->ky_letter = false;
}

static void word_add(struct lang_word *w, unsigned cp)
{
	if (is_ky_letter(cp))
		w->ky_letter = true;
	if (w->n < LANG_WORD_MAX) {
		w->cp[w->n] = cp;
		/* Cyrillic letters take 2 bytes; utf8 holds 2 per slot. */
		if (w->ulen + 2 <= sizeof w->utf8 - 1 && cp >= 0x80 && cp < 0x800)
			w->ulen += ss_utf8_put(cp, w->utf8 + w->ulen);
		else
			w->ulen = sizeof w->utf8;	/* poisoned: no lookup */
	}
	w->n++;
}

#define CP_A 0x430	/* а */
#define CP_U 0x443	/* у */
#define CP_YERY 0x44B	/* ы */
#define CP_ZHE 0x436	/* ж */
#define CP_SHA 0x448	/* ш */
#define CP_SHCHA 0x449	/* щ */
#define CP_CHE 0x447	/* ч */

static bool ends_with(const struct lang_word *w, const char *suffix)
{
	size_t sl = strlen(suffix);
	return w->ulen >= sl && w->ulen <= sizeof w->utf8 - 1 &&
	       memcmp(w->utf8 + w->ulen - sl, suffix, sl) == 0;
}

/* The word-shape rules of lang_word_is_kyrgyz (function words aside). */
static bool word_shape_kyrgyz(const struct lang_word *w)
{
	size_t n = w->n < LANG_WORD_MAX ? w->n : LANG_WORD_MAX;
	if (w->ky_letter)
		return true;
	if (n > 0 && w->cp[0] == CP_YERY && n >= 3)
		return true;
	for (size_t k = 1; k < n; k++) {
		unsigned a = w->cp[k - 1], b = w->cp[k];
		if (b == CP_YERY && (a == CP_ZHE || a == CP_SHA ||
				     a == CP_CHE || a == CP_SHCHA ||
				     a == CP_YERY))
			return true;
		if ((a == CP_A && b == CP_A) || (a == CP_U && b == CP_U))
			return true;
	}
	if (w->n >= 5 && w->n <= LANG_WORD_MAX &&
	    (ends_with(w, "нын") || ends_with(w, "дын") ||
	     ends_with(w, "тын") || ends_with(w, "дагы") ||
	     ends_with(w, "тагы")))
		return true;
	return false;
}

static bool word_fits(const struct lang_word *w)
{
	return w->n <= LANG_WORD_MAX && w->ulen < sizeof w->utf8;
}

#define NELEM(a) (sizeof(a) / sizeof((a)[0]))

const char *lang_code_str(enum lang_code l)
{
	switch (l) {
	case LANG_RU: return "ru";
	case LANG_KY: return "ky";
	case LANG_UNKNOWN: return "";
	}
	return "";
}

enum lang_code lang_code_parse(const char *s)
{
	if (s == NULL)
		return LANG_UNKNOWN;
	if (strcmp(s, "ru") == 0)
		return LANG_RU;
	if (strcmp(s, "ky") == 0)
		return LANG_KY;
	return LANG_UNKNOWN;
}

/* Scores one finished word into the two counters. */
static void score_word(const struct lang_word *w, size_t *ky, size_t *ru)
{
	if (w->n == 0)
		return;
	if (word_shape_kyrgyz(w)) {
		(*ky)++;
		return;
	}
	if (!word_fits(w))
		return;
	if (in_list(w->utf8, w->ulen, ky_function_words,
		    NELEM(ky_function_words)))
		(*ky)++;
	else if (in_list(w->utf8, w->ulen, ru_function_words,
			 NELEM(ru_function_words)))
		(*ru)++;
}

enum lang_code lang_detect_text(const char *text, size_t len)
{
	struct lang_word w;
	size_t ky = 0, ru = 0, i = 0;
	bool latin = false;	/* current word holds a Latin letter */

	if (text == NULL)
		return LANG_RU;
	word_reset(&w);
	while (i < len) {
		size_t at = i;
		int c = ss_utf8_next(text, len, &i);
		unsigned cp;
		if (c < 0) {
			i = at + 1;	/* skip one bad byte; it ends the word */
			c = ' ';
		}
		cp = (unsigned)c;
		if (is_cyr_letter(cp)) {
			word_add(&w, cyr_lower(cp));
		} else if (is_ascii_letter(cp)) {
			latin = true;
		} else {
			if (!latin)
				score_word(&w, &ky, &ru);
			word_reset(&w);
			latin = false;
		}
	}
	if (!latin)
		score_word(&w, &ky, &ru);
	return ky > ru ? LANG_KY : LANG_RU;
}

bool lang_word_is_kyrgyz(const char *word, size_t len)
{
	struct lang_word w;
	size_t i = 0;

	if (word == NULL)
		return false;
	word_reset(&w);
	while (i < len) {
		int c = ss_utf8_next(word, len, &i);
		unsigned cp;
		if (c <= 0)
			return false;
		cp = (unsigned)c;
		if (is_ascii_letter(cp))
			return false;
		if (is_cyr_letter(cp))
			word_add(&w, cyr_lower(cp));
	}
	if (w.n == 0)
		return false;
	if (word_shape_kyrgyz(&w))
		return true;
	return word_fits(&w) &&
	       in_list(w.utf8, w.ulen, ky_function_words,
		       NELEM(ky_function_words));
}
