/* ky_stem.c: the Kyrgyz stemmer (see ky_stem.h and docs/stemmer.md).  A word
 * is decoded into code points and analysed right to left by a small slot
 * machine (predicative → case → possessive → plural → participle/verbal noun
 * → negation → passive, with finite verb endings as a second branch).  Each
 * suffix is written once as an archiphoneme template (LAр, NIн, GA, ...); a
 * candidate split stem|tail is accepted only when realizing the template
 * after the stem (vowel harmony + consonant assimilation) gives exactly the
 * tail ("analysis by synthesis"), so the 8–12 allomorphs of each suffix need
 * no tables.  All analyses are enumerated; the one removing most letters
 * wins (ties: fewer suffixes).  Guards keep short roots and loanwords whole. */
#include "ky_stem.h"

#include <stdbool.h>
#include <string.h>
#include <uchar.h>

#include "ss_text.h"

#define KY_MAX 64		/* letters; longer words come back unchanged */
#define KY_MAX_TAIL 10		/* letters one suffix may take */

/* Letters, as code points. */
enum {
	C_A = 0x430, C_B = 0x431, C_V = 0x432, C_G = 0x433, C_D = 0x434,
	C_E = 0x435, C_ZH = 0x436, C_Z = 0x437, C_I = 0x438, C_J = 0x439,
	C_K = 0x43A, C_L = 0x43B, C_M = 0x43C, C_N = 0x43D, C_O = 0x43E,
	C_P = 0x43F, C_R = 0x440, C_S = 0x441, C_T = 0x442, C_U = 0x443,
	C_F = 0x444, C_H = 0x445, C_TS = 0x446, C_CH = 0x447, C_SH = 0x448,
	C_SHCH = 0x449, C_HARD = 0x44A, C_Y = 0x44B, C_SOFT = 0x44C,
	C_EE = 0x44D, C_YU = 0x44E, C_YA = 0x44F, C_YO = 0x451,
	C_NG = 0x4A3, C_UE = 0x4AF, C_OE = 0x4E9,
};

/* Harmony classes of the last vowel (§2.2 of the research note). */
enum harm { H_NONE, H_A, H_U, H_O, H_E, H_OE };

/* What the analysis asks of a letter, one table lookup instead of a switch
 * (this is the inner loop): vowel, voiceless, and a vowel's harmony class
 * in bits 2-4.  Indexed by code point - 0x400 (the Cyrillic block). */
enum { L_VOWEL = 1, L_VOICELESS = 2, L_HARM_SHIFT = 2 };

#define KY_V(h) (L_VOWEL | (h) << L_HARM_SHIFT)
static const unsigned char ky_letter_class[0x100] = {
	[C_A - 0x400] = KY_V(H_A), [C_Y - 0x400] = KY_V(H_A),
	[C_YA - 0x400] = KY_V(H_A),
	[C_U - 0x400] = KY_V(H_U), [C_YU - 0x400] = KY_V(H_U),
	[C_O - 0x400] = KY_V(H_O), [C_YO - 0x400] = KY_V(H_O),
	[C_E - 0x400] = KY_V(H_E), [C_EE - 0x400] = KY_V(H_E),
	[C_I - 0x400] = KY_V(H_E),
	[C_OE - 0x400] = KY_V(H_OE), [C_UE - 0x400] = KY_V(H_OE),
	[C_K - 0x400] = L_VOICELESS, [C_P - 0x400] = L_VOICELESS,
	[C_S - 0x400] = L_VOICELESS, [C_T - 0x400] = L_VOICELESS,
	[C_F - 0x400] = L_VOICELESS, [C_H - 0x400] = L_VOICELESS,
	[C_TS - 0x400] = L_VOICELESS, [C_CH - 0x400] = L_VOICELESS,
	[C_SH - 0x400] = L_VOICELESS, [C_SHCH - 0x400] = L_VOICELESS,
};
#undef KY_V

static unsigned letter_class(unsigned c)
{
	return c - 0x400u < 0x100u ? ky_letter_class[c - 0x400u] : 0;
}

static bool is_vowel(unsigned c)
{
	return letter_class(c) & L_VOWEL;
}

static bool is_voiceless(unsigned c)
{
	return letter_class(c) & L_VOICELESS;
}

static bool is_letter(unsigned c)
{
	return (c >= 0x430 && c <= 0x44F) || c == C_YO || c == C_NG ||
	       c == C_UE || c == C_OE;
}

static enum harm harm_of(unsigned v)
{
	return (enum harm)(letter_class(v) >> L_HARM_SHIFT);
}

static unsigned low_vowel(enum harm h)	/* {A} */
{
	static const unsigned t[] = { 0, C_A, C_A, C_O, C_E, C_OE };
	return t[h];
}

static unsigned high_vowel(enum harm h)	/* {I} */
{
	static const unsigned t[] = { 0, C_Y, C_U, C_U, C_I, C_UE };
	return t[h];
}

static unsigned round_vowel(enum harm h)	/* {U} */
{
	static const unsigned t[] = { 0, C_U, C_U, C_U, C_UE, C_UE };
	return t[h];
}

/* A word or stem as code points. */
struct ky_word {
	unsigned c[KY_MAX + 8];
	size_t n;
};

static size_t count_vowels(const unsigned *c, size_t n)
{
	size_t v = 0;
	for (size_t k = 0; k < n; k++)
		v += is_vowel(c[k]);
	return v;
}

/* Our tables are written as UTF-32 literals (U"..."), so nothing is decoded
 * at run time: a word in a list or a suffix template is already an array of
 * code points with its length.  KY_LIT("башка") makes one. */
struct ky_lit {
	const char32_t *s;
	size_t n;
};

#define KY_LIT(str) { U"" str, sizeof(U"" str) / sizeof(char32_t) - 1 }

static bool eq_lit(const unsigned *c, size_t n, const struct ky_lit *l)
{
	if (l->n != n)
		return false;
	for (size_t k = 0; k < n; k++)
		if (c[k] != (unsigned)l->s[k])
			return false;
	return true;
}

static bool in_list(const unsigned *c, size_t n, const struct ky_lit *list)
{
	for (size_t k = 0; list[k].s; k++)
		if (eq_lit(c, n, &list[k]))
			return true;
	return false;
}

/* ---- word lists ------------------------------------------------------- */

/* Words returned unchanged: homographs whose "suffix" is part of the root
 * (башка "other" is not баш+ка), function words, and the core legal loans
 * whose endings look like suffixes. */
static const struct ky_lit ky_protected[] = {
	KY_LIT("башка"), KY_LIT("бери"), KY_LIT("жакын"), KY_LIT("кыска"),
	KY_LIT("мурда"), KY_LIT("тууралуу"), KY_LIT("кийин"),
	KY_LIT("менен"), KY_LIT("жана"), KY_LIT("үчүн"), KY_LIT("боюнча"),
	KY_LIT("бирок"), KY_LIT("эгерде"), KY_LIT("ошондуктан"),
	KY_LIT("карата"), KY_LIT("чейин"), KY_LIT("тарта"), KY_LIT("катары"),
	KY_LIT("деп"), KY_LIT("бүгүн"), KY_LIT("эртең"), KY_LIT("кечээ"),
	KY_LIT("азыр"), KY_LIT("бардык"), KY_LIT("бардыгы"),
	KY_LIT("көпчүлүк"), KY_LIT("ушундай"), KY_LIT("ошондой"),
	KY_LIT("кандай"), KY_LIT("мындай"), KY_LIT("андай"), KY_LIT("мына"),
	KY_LIT("ылайык"), KY_LIT("ыктыяр"), KY_LIT("прокурор"),
	KY_LIT("адвокат"), KY_LIT("судья"), KY_LIT("кодекс"),
	KY_LIT("статья"), KY_LIT("район"), KY_LIT("нотариус"),
	KY_LIT("эксперт"), KY_LIT("инспектор"), KY_LIT("президент"),
	KY_LIT("аким"),
	{ NULL, 0 },
};

/* Nouns ending in -Aт that are not the 3sg aorist (the noun-evidence list
 * of the research note, written by hand).  A word whose vowels mix back and
 * front (кабинет, депутат, комитет) is a loan and never an aorist anyway;
 * this list is for the harmonic ones. */
static const struct ky_lit ky_at_nouns[] = {
	KY_LIT("кызмат"), KY_LIT("маалымат"), KY_LIT("милдет"),
	KY_LIT("мөөнөт"), KY_LIT("өкмөт"), KY_LIT("канат"), KY_LIT("санат"),
	KY_LIT("аманат"), KY_LIT("жамаат"), KY_LIT("сыпат"), KY_LIT("адат"),
	KY_LIT("уят"), KY_LIT("кубат"), KY_LIT("саясат"), KY_LIT("акыйкат"),
	KY_LIT("мандат"), KY_LIT("аппарат"), KY_LIT("шахмат"),
	KY_LIT("дубликат"), KY_LIT("мүнөт"), KY_LIT("адабият"),
	KY_LIT("маданият"), KY_LIT("табият"), KY_LIT("салтанат"),
	KY_LIT("касиет"), KY_LIT("ниет"), KY_LIT("кеңет"), KY_LIT("дөөлөт"),
	KY_LIT("сааттык"), KY_LIT("кымбат"), KY_LIT("мүлкат"),
	KY_LIT("ажат"), KY_LIT("талапкер"), KY_LIT("мелдешат"),
	KY_LIT("баракат"), KY_LIT("кесепет"), KY_LIT("шарапат"),
	KY_LIT("керемет"), KY_LIT("суммат"), KY_LIT("квадрат"),
	KY_LIT("формат"), KY_LIT("штат"), KY_LIT("рахмат"),
	KY_LIT("ырахмат"), KY_LIT("абийирсизат"), KY_LIT("мусулманат"),
	KY_LIT("предмет"), KY_LIT("аттестат"), KY_LIT("агрегат"),
	KY_LIT("айбат"), KY_LIT("мамлекет"), KY_LIT("адилет"),
	KY_LIT("депутат"), KY_LIT("сертификат"), KY_LIT("кабинет"),
	KY_LIT("комитет"), KY_LIT("пакет"), KY_LIT("факультет"),
	KY_LIT("авторитет"), KY_LIT("результат"),
	{ NULL, 0 },
};

/* Loan stems ending in consonant + т/д, where a shorter split would read the
 * т/д as a case ending (пункту is пункт+у, not пунк+ту). */
static const struct ky_lit ky_loan_td[] = {
	KY_LIT("пункт"), KY_LIT("акт"), KY_LIT("факт"), KY_LIT("текст"),
	KY_LIT("проект"), KY_LIT("объект"), KY_LIT("субъект"),
	KY_LIT("контракт"), KY_LIT("конфликт"), KY_LIT("дефект"),
	KY_LIT("аспект"), KY_LIT("продукт"), KY_LIT("фонд"), KY_LIT("стенд"),
	KY_LIT("бренд"), KY_LIT("тренд"), KY_LIT("контекст"),
	KY_LIT("интеллект"),
	{ NULL, 0 },
};

/* Irregular forms mapped before analysis: a word starting with `from` is
 * rewritten to start with `to` (балдардын → балалардын → бала). */
struct ky_rewrite {
	struct ky_lit from;
	struct ky_lit to;
	size_t keep;		/* letters of the lemma at the start of `to` */
};

static const struct ky_rewrite ky_rewrites[] = {
	{ KY_LIT("балдар"), KY_LIT("балалар"), 4 },
	{ KY_LIT("орду"), KY_LIT("оруну"), 4 },
	{ KY_LIT("орну"), KY_LIT("оруну"), 4 },
	{ KY_LIT("мурду"), KY_LIT("муруну"), 5 },
	{ KY_LIT("мурну"), KY_LIT("муруну"), 5 },
	{ KY_LIT("мойну"), KY_LIT("мойуну"), 5 },
	{ { NULL, 0 }, { NULL, 0 }, 0 },
};

/* Pronoun forms → pronoun. */
struct ky_pronoun {
	struct ky_lit form;
	struct ky_lit lemma;
};

static const struct ky_pronoun ky_pronouns[] = {
	{ KY_LIT("мага"), KY_LIT("мен") },
	{ KY_LIT("мени"), KY_LIT("мен") },
	{ KY_LIT("менин"), KY_LIT("мен") },
	{ KY_LIT("менде"), KY_LIT("мен") },
	{ KY_LIT("менден"), KY_LIT("мен") },
	{ KY_LIT("сага"), KY_LIT("сен") },
	{ KY_LIT("сени"), KY_LIT("сен") },
	{ KY_LIT("сенин"), KY_LIT("сен") },
	{ KY_LIT("сенде"), KY_LIT("сен") },
	{ KY_LIT("сенден"), KY_LIT("сен") },
	{ KY_LIT("ага"), KY_LIT("ал") },
	{ KY_LIT("аны"), KY_LIT("ал") },
	{ KY_LIT("анын"), KY_LIT("ал") },
	{ KY_LIT("анда"), KY_LIT("ал") },
	{ KY_LIT("андан"), KY_LIT("ал") },
	{ KY_LIT("аларды"), KY_LIT("ал") },
	{ KY_LIT("алардын"), KY_LIT("ал") },
	{ KY_LIT("аларга"), KY_LIT("ал") },
	{ KY_LIT("аларда"), KY_LIT("ал") },
	{ KY_LIT("алардан"), KY_LIT("ал") },
	{ KY_LIT("буга"), KY_LIT("бул") },
	{ KY_LIT("муну"), KY_LIT("бул") },
	{ KY_LIT("мунун"), KY_LIT("бул") },
	{ KY_LIT("мында"), KY_LIT("бул") },
	{ KY_LIT("мындан"), KY_LIT("бул") },
	{ KY_LIT("ошого"), KY_LIT("ошол") },
	{ KY_LIT("ошону"), KY_LIT("ошол") },
	{ KY_LIT("ошонун"), KY_LIT("ошол") },
	{ KY_LIT("ошондо"), KY_LIT("ошол") },
	{ KY_LIT("ошондон"), KY_LIT("ошол") },
	{ KY_LIT("бизге"), KY_LIT("биз") },
	{ KY_LIT("бизди"), KY_LIT("биз") },
	{ KY_LIT("биздин"), KY_LIT("биз") },
	{ KY_LIT("сизге"), KY_LIT("сиз") },
	{ KY_LIT("сизди"), KY_LIT("сиз") },
	{ KY_LIT("сиздин"), KY_LIT("сиз") },
	{ { NULL, 0 }, { NULL, 0 } },
};

/* ---- realization ------------------------------------------------------ */

/* Realizes template tpl after stem[0..n) into out; returns the number of
 * letters, or (size_t)-1 when the stem has no vowel to harmonise with.
 * Symbols: A I U vowels by harmony; i = I only after a consonant; s = с only
 * after a vowel; L N D G B consonants by assimilation; anything else is
 * the literal letter. */
/* The last letter (ignoring ь) and the harmony of the last vowel of
 * stem[0..n); false when the stem has no vowel to harmonise with. */
static bool realize_start(const unsigned *stem, size_t n, unsigned *last,
			  enum harm *h)
{
	*last = 0;
	*h = H_NONE;
	for (size_t k = n; k-- > 0;) {
		if (*last == 0 && stem[k] != C_SOFT)
			*last = stem[k];
		if (is_vowel(stem[k])) {
			*h = harm_of(stem[k]);
			break;
		}
	}
	return *h != H_NONE && *last != 0;
}

/* The letter template symbol sym gives after `last` (0: none). */
static unsigned realize_sym(unsigned sym, unsigned last, enum harm h)
{
	unsigned cl = letter_class(last);
	bool v = cl & L_VOWEL;
	bool vl = cl & L_VOICELESS;
	bool jr = last == C_J || last == C_R;
	switch (sym) {
	case 'A': return low_vowel(h);
	case 'I': return high_vowel(h);
	case 'U': return round_vowel(h);
	case 'i': return v ? 0 : high_vowel(h);
	case 's': return v ? C_S : 0;
	case 'L': return v || jr ? C_L : vl ? C_T : C_D;
	case 'N': return v ? C_N : vl ? C_T : C_D;
	case 'D': return vl ? C_T : C_D;
	case 'G': return vl ? C_K : C_G;
	case 'B': return vl ? C_P : C_B;
	default: return sym;
	}
}

static size_t realize(const unsigned *stem, size_t n, const struct ky_lit *tpl,
		      unsigned *out, size_t max)
{
	unsigned last;
	enum harm h;
	size_t m = 0;

	if (!realize_start(stem, n, &last, &h))
		return (size_t)-1;
	for (size_t i = 0; i < tpl->n && m < max; i++) {
		unsigned o = realize_sym((unsigned)tpl->s[i], last, h);
		if (o == 0)
			continue;
		out[m++] = o;
		last = o;
		if (is_vowel(o))
			h = harm_of(o);
	}
	return m;
}

/* realize() compared with want[0..wn) as it goes: true when the template
 * after the stem gives exactly those letters.  Stops at the first letter
 * that differs (the analysis asks this for every candidate split). */
static bool realize_eq(const unsigned *stem, size_t n,
		       const struct ky_lit *tpl, const unsigned *want,
		       size_t wn)
{
	unsigned last;
	enum harm h;
	size_t m = 0;

	if (!realize_start(stem, n, &last, &h))
		return false;
	for (size_t i = 0; i < tpl->n; i++) {
		unsigned o = realize_sym((unsigned)tpl->s[i], last, h);
		if (o == 0)
			continue;
		if (m == wn || want[m] != o)
			return false;
		m++;
		last = o;
		if (is_vowel(o))
			h = harm_of(o);
	}
	return m == wn;
}

/* ---- the slot machine ------------------------------------------------- */

/* Slots, right to left; after a slot only higher ones may follow. */
enum slot {
	S_PRED = 0, S_CASE, S_POSS, S_PL, S_NONFIN, S_NEG, S_PASS, S_END
};

/* Flags carried along an analysis. */
enum {
	F_MUST_PX3 = 1,		/* a post-possessive case form was removed */
	F_NO_PX3 = 2,		/* a plain case form was removed */
	F_VERBAL = 4,		/* inside a verbal chain: negation, passive ok */
};

struct ky_suffix {
	struct ky_lit tpl;
	enum slot slot;		/* slot it fills */
	unsigned set;		/* flags it sets */
	unsigned need;		/* extra condition, K_* */
};

enum {
	K_NONE = 0,
	K_PX3,			/* px3 -sI */
	K_AFTER_C,		/* stem must end in a consonant */
	K_AFTER_L,		/* stem must end in л */
	K_VNOUN,		/* verbal noun -UU */
};

static const struct ky_suffix ky_noun_suffixes[] = {
	/* predicative person (not -мIн, -сIз: see docs/stemmer.md) */
	{ KY_LIT("сIңAр"), S_PRED, 0, 0 },
	{ KY_LIT("сIң"), S_PRED, 0, 0 },
	{ KY_LIT("BIз"), S_PRED, 0, 0 },
	/* cases, plain */
	{ KY_LIT("NIн"), S_CASE, F_NO_PX3, 0 },
	{ KY_LIT("NI"), S_CASE, F_NO_PX3, 0 },
	{ KY_LIT("GA"), S_CASE, F_NO_PX3, 0 },
	{ KY_LIT("DA"), S_CASE, F_NO_PX3, 0 },
	{ KY_LIT("DAн"), S_CASE, F_NO_PX3, 0 },
	{ KY_LIT("DAгI"), S_CASE, F_NO_PX3, 0 },
	/* cases after the 3rd person possessive */
	{ KY_LIT("нIн"), S_CASE, F_MUST_PX3, 0 },
	{ KY_LIT("н"), S_CASE, F_MUST_PX3, 0 },
	{ KY_LIT("нA"), S_CASE, F_MUST_PX3, 0 },
	{ KY_LIT("ндA"), S_CASE, F_MUST_PX3, 0 },
	{ KY_LIT("нAн"), S_CASE, F_MUST_PX3, 0 },
	{ KY_LIT("ндAгI"), S_CASE, F_MUST_PX3, 0 },
	/* possessives (not 1sg/2sg -(I)м/-(I)ң: мыйзам, токтом) */
	{ KY_LIT("sI"), S_POSS, 0, K_PX3 },
	{ KY_LIT("iбIз"), S_POSS, 0, 0 },
	{ KY_LIT("iңAр"), S_POSS, 0, 0 },
	{ KY_LIT("iңIздAр"), S_POSS, 0, 0 },
	{ KY_LIT("IңIз"), S_POSS, 0, K_AFTER_C },
	/* plural */
	{ KY_LIT("LAр"), S_PL, 0, 0 },
	/* participle, "the fact that", verbal noun */
	{ KY_LIT("GAн"), S_NONFIN, F_VERBAL, 0 },
	{ KY_LIT("GAнLIк"), S_NONFIN, F_VERBAL, 0 },
	{ KY_LIT("UU"), S_NONFIN, F_VERBAL, K_VNOUN },
	/* negation and passive, only inside a verbal chain */
	{ KY_LIT("BA"), S_NEG, F_VERBAL, 0 },
	{ KY_LIT("iл"), S_PASS, F_VERBAL, 0 },
	{ KY_LIT("Iн"), S_PASS, F_VERBAL, K_AFTER_L },
	{ { NULL, 0 }, S_END, 0, 0 },
};

/* Finite endings: only at the very end of the word. */
static const struct ky_suffix ky_finite_suffixes[] = {
	{ KY_LIT("DI"), S_NONFIN, F_VERBAL, 0 },
	{ KY_LIT("DIм"), S_NONFIN, F_VERBAL, 0 },
	{ KY_LIT("DIң"), S_NONFIN, F_VERBAL, 0 },
	{ KY_LIT("DIңIз"), S_NONFIN, F_VERBAL, 0 },
	{ KY_LIT("DIңAр"), S_NONFIN, F_VERBAL, 0 },
	{ KY_LIT("DIңIздAр"), S_NONFIN, F_VERBAL, 0 },
	{ KY_LIT("BAйт"), S_NEG, F_VERBAL, 0 },
	{ KY_LIT("BAйм"), S_NEG, F_VERBAL, 0 },
	{ KY_LIT("BAйсIң"), S_NEG, F_VERBAL, 0 },
	{ KY_LIT("BAйсIз"), S_NEG, F_VERBAL, 0 },
	{ KY_LIT("BAйбIз"), S_NEG, F_VERBAL, 0 },
	{ KY_LIT("BAй"), S_NEG, F_VERBAL, 0 },
	{ KY_LIT("BAс"), S_NEG, F_VERBAL, 0 },
	{ KY_LIT("сIн"), S_NONFIN, F_VERBAL, 0 },
	{ { NULL, 0 }, S_END, 0, 0 },
};

struct ky_best {
	unsigned c[KY_MAX + 8];
	size_t n;
	size_t removed;
	size_t steps;
	bool any;
};

struct ky_ctx {
	const struct ky_word *orig;
	size_t min_stem;	/* letters an irregular lemma must keep */
	struct ky_best best;
};

/* A stem may be kept: >= 2 letters, a vowel, not consonant + short vowel. */
static bool stem_ok(const unsigned *c, size_t n)
{
	size_t k = n;
	if (n < 2)
		return false;
	while (k > 0 && !is_vowel(c[k - 1]))
		k--;
	if (k == 0)
		return false;
	if (n == 2 && !is_vowel(c[0]) && is_vowel(c[1]))
		return false;
	return true;
}

/* Never cut inside -стан (Кыргызстан, Казакстан): no стан may start at
 * p with p < k < p + 4, so only p = k-3 .. k-1 need a look. */
static bool cuts_stan(const unsigned *c, size_t n, size_t k)
{
	static const unsigned stan[4] = { C_S, C_T, C_A, C_N };
	for (size_t p = k >= 3 ? k - 3 : 0; p < k && p + 4 <= n; p++)
		if (memcmp(c + p, stan, sizeof stan) == 0)
			return true;
	return false;
}

static bool is_loan_td_split(const unsigned *c, size_t n, size_t k)
{
	if (k >= n || (c[k] != C_T && c[k] != C_D))
		return false;
	return in_list(c, k + 1, ky_loan_td);
}

/* -LUU derivation (айыптуу, мыйзамдуу, баалуу) is not a verbal noun. */
static bool looks_luu(const unsigned *c, size_t k)
{
	if (k < 2)
		return false;
	unsigned a = c[k - 2], b = c[k - 1];
	if (b == C_T && is_voiceless(a))
		return true;
	if (b == C_D && !is_vowel(a) && !is_voiceless(a))
		return true;
	if (b == C_L && is_vowel(a) &&
	    (a == C_Y || a == C_I || a == C_U || a == C_UE ||
	     (k >= 3 && c[k - 3] == a)))
		return true;
	return false;
}

/* The stem ends in the agentive -чI/-UUчU with its vowel taken for a px3
 * (тергөөч|ү, жумушч|у); күч|ү, өтүнүч|ү (short vowel + ч) are real px3. */
static bool agentive_ch(const unsigned *c, size_t n)
{
	if (n < 3 || c[n - 1] != C_CH)
		return false;
	if (!is_vowel(c[n - 2]))
		return true;
	return c[n - 3] == c[n - 2];
}

static void consider(struct ky_ctx *x, const unsigned *c, size_t n,
		     size_t steps)
{
	size_t removed = x->orig->n > n ? x->orig->n - n : 0;
	struct ky_best *b = &x->best;
	if (!b->any || removed > b->removed ||
	    (removed == b->removed && steps < b->steps)) {
		memcpy(b->c, c, n * sizeof *c);
		b->n = n;
		b->removed = removed;
		b->steps = steps;
		b->any = true;
	}
}

static void walk(struct ky_ctx *x, const unsigned *c, size_t n, int next,
		 unsigned flags, size_t steps);

/* Tries one suffix at the end of c[0..n); recurses on every match. */
static void try_suffix(struct ky_ctx *x, const unsigned *c, size_t n,
		       const struct ky_suffix *s, unsigned flags, size_t steps)
{
	unsigned stem[KY_MAX + 8];
	size_t opt = 0, t_min, t_max;

	if (s->need == K_PX3 && (flags & F_NO_PX3))
		return;
	if (s->need != K_PX3 && (flags & F_MUST_PX3))
		return;
	if ((s->slot == S_NEG || s->slot == S_PASS) && !(flags & F_VERBAL))
		return;
	/* Every symbol of a template gives one letter, except i and s, which
	 * may give none: only tails of tpl.n - opt .. tpl.n letters can match,
	 * so only those splits are tried (shortest tail first, as always). */
	for (size_t j = 0; j < s->tpl.n; j++)
		opt += s->tpl.s[j] == U'i' || s->tpl.s[j] == U's';
	t_min = s->tpl.n - opt > 1 ? s->tpl.n - opt : 1;
	t_max = s->tpl.n < KY_MAX_TAIL ? s->tpl.n : KY_MAX_TAIL;
	for (size_t t = t_min; t <= t_max && t + 2 <= n; t++) {
		size_t k = n - t;
		size_t sn = k;
		bool restored = false;
		memcpy(stem, c, k * sizeof *c);
		/* к/г and п/б at the boundary before a vowel */
		if (is_vowel(c[k]) && k >= 2 && is_vowel(c[k - 2]) &&
		    (c[k - 1] == C_G || c[k - 1] == C_B)) {
			stem[k - 1] = c[k - 1] == C_G ? C_K : C_P;
			restored = true;
		}
		(void)restored;
		if (!stem_ok(stem, sn) || sn < x->min_stem || cuts_stan(c, n, k) ||
		    is_loan_td_split(c, n, k))
			continue;
		if (s->need == K_AFTER_C && is_vowel(stem[sn - 1]))
			continue;
		if (s->need == K_AFTER_L && stem[sn - 1] != C_L)
			continue;
		if (s->need == K_PX3 && agentive_ch(stem, sn))
			continue;
		if (s->need == K_VNOUN) {
			/* -UU after a consonant-final verb; -оо/-өө after a
			 * vowel-final one (сакта+UU → сактоо). */
			if (n - k != 2 || is_vowel(c[k - 1]))
				continue;
			if (c[k] == c[k + 1] && (c[k] == C_O || c[k] == C_OE)) {
				static const struct ky_lit low = KY_LIT("A");
				unsigned a;
				unsigned tmp[1];
				if (realize(stem, sn, &low, tmp, 1) != 1)
					continue;
				a = tmp[0];
				stem[sn++] = a;
				if (!stem_ok(stem, sn))
					continue;
				walk(x, stem, sn, s->slot + 1,
				     (flags & ~(unsigned)(F_MUST_PX3 | F_NO_PX3)) |
					     s->set,
				     steps + 1);
				continue;
			}
			if (looks_luu(c, k))
				continue;
		}
		if (!realize_eq(stem, sn, &s->tpl, c + k, n - k))
			continue;
		unsigned nf = flags & ~(unsigned)(F_MUST_PX3 | F_NO_PX3);
		nf |= s->set;
		walk(x, stem, sn, s->need == K_PX3 ? S_PL : (int)s->slot + 1,
		     nf, steps + 1);
	}
}

/* Records c[0..n) as an analysis and tries every slot from `next` on. */
static void walk(struct ky_ctx *x, const unsigned *c, size_t n, int next,
		 unsigned flags, size_t steps)
{
	if (!(flags & F_MUST_PX3))
		consider(x, c, n, steps);
	for (const struct ky_suffix *s = ky_noun_suffixes; s->tpl.s; s++)
		if ((int)s->slot >= next)
			try_suffix(x, c, n, s, flags, steps);
}

/* The aorist -Aт/-йт, only as the one suffix of a word. */
static void try_aorist(struct ky_ctx *x, const unsigned *c, size_t n)
{
	unsigned h_seen = 0;	/* 1 back, 2 front */
	if (n < 4 || c[n - 1] != C_T)
		return;
	if (in_list(c, n, ky_at_nouns))
		return;
	for (size_t k = 0; k < n; k++) {
		enum harm h = harm_of(c[k]);
		if (h == H_NONE)
			continue;
		h_seen |= (h == H_E || h == H_OE) ? 2u : 1u;
	}
	if (h_seen == 3)	/* disharmonic: a loan, not a verb form */
		return;
	if (c[n - 2] == C_J && is_vowel(c[n - 3])) {
		if (stem_ok(c, n - 2))
			walk(x, c, n - 2, S_PASS, F_VERBAL, 1);
		return;
	}
	if (is_vowel(c[n - 2]) && !is_vowel(c[n - 3]) && stem_ok(c, n - 2)) {
		static const struct ky_lit low = KY_LIT("A");
		unsigned a[2];
		if (realize(c, n - 2, &low, a, 1) == 1 && a[0] == c[n - 2])
			walk(x, c, n - 2, S_PASS, F_VERBAL, 1);
	}
}

/* ---- driver ----------------------------------------------------------- */

static size_t encode(const unsigned *c, size_t n, char *out, size_t cap)
{
	char tmp[KY_MAX * 4 + 8];
	size_t len = 0;
	for (size_t k = 0; k < n; k++)
		len += ss_utf8_put(c[k], tmp + len);
	if (len + 1 > cap) {
		if (cap > 0)
			out[0] = '\0';
		return len;
	}
	memcpy(out, tmp, len);
	out[len] = '\0';
	return len;
}

static size_t copy_unchanged(const char *word, size_t len, char *out,
			     size_t cap)
{
	if (len + 1 > cap) {
		if (cap > 0)
			out[0] = '\0';
		return len;
	}
	if (len)
		memcpy(out, word, len);
	out[len] = '\0';
	return len;
}

/* Rewrites a leading irregular form (at most one); returns the length of
 * the lemma written, which analysis must not cut into, or 0. */
static size_t apply_rewrites(struct ky_word *w)
{
	for (const struct ky_rewrite *r = ky_rewrites; r->from.s; r++) {
		size_t fn = r->from.n, tn = r->to.n;
		if (w->n < fn || !eq_lit(w->c, fn, &r->from))
			continue;
		if (w->n - fn + tn > KY_MAX + 4)
			return 0;
		memmove(w->c + tn, w->c + fn, (w->n - fn) * sizeof *w->c);
		for (size_t k = 0; k < tn; k++)
			w->c[k] = (unsigned)r->to.s[k];
		w->n = w->n - fn + tn;
		return r->keep;
	}
	return 0;
}

/* я ю ё after a vowel are й + а у о: expand so suffixes see the й.
 * Returns true when something was expanded (the postlude then contracts). */
static bool expand_yot(struct ky_word *w)
{
	bool any = false;
	struct ky_word o;
	o.n = 0;
	for (size_t k = 0; k < w->n && o.n < KY_MAX + 6; k++) {
		unsigned c = w->c[k];
		unsigned v = c == C_YA ? C_A : c == C_YU ? C_U :
			     c == C_YO ? C_O : 0;
		if (v && k > 0 && is_vowel(w->c[k - 1])) {
			o.c[o.n++] = C_J;
			o.c[o.n++] = v;
			any = true;
		} else {
			o.c[o.n++] = c;
		}
	}
	*w = o;
	return any;
}

static void postlude(unsigned *c, size_t *n, bool yot)
{
	/* contract vowel + й + а/у/о back to я/ю/ё (only if expanded: район) */
	size_t m = 0;
	for (size_t k = 0; k < *n; k++) {
		if (yot && c[k] == C_J && k + 1 < *n && m > 0 && is_vowel(c[m - 1]) &&
		    (c[k + 1] == C_A || c[k + 1] == C_U || c[k + 1] == C_O)) {
			c[m++] = c[k + 1] == C_A ? C_YA :
				 c[k + 1] == C_U ? C_YU : C_YO;
			k++;
			continue;
		}
		c[m++] = c[k];
	}
	*n = m;
	if (*n > 1 && c[*n - 1] == C_SOFT)
		(*n)--;
	if (*n >= 2 && is_vowel(c[*n - 2])) {
		if (c[*n - 1] == C_G)
			c[*n - 1] = C_K;
		else if (c[*n - 1] == C_B)
			c[*n - 1] = C_P;
	}
}

size_t ky_stem(const char *word, size_t len, char *out, size_t cap)
{
	struct ky_word w;
	struct ky_ctx x;
	size_t i = 0;
	bool yot;

	if (word == NULL)
		return copy_unchanged("", 0, out, cap);
	w.n = 0;
	while (i < len) {
		int c = ss_utf8_next(word, len, &i);
		if (c <= 0 || !is_letter((unsigned)c) || w.n >= KY_MAX)
			return copy_unchanged(word, len, out, cap);
		w.c[w.n++] = (unsigned)c;
	}
	for (const struct ky_pronoun *p = ky_pronouns; p->form.s; p++)
		if (eq_lit(w.c, w.n, &p->form)) {
			unsigned l[8];
			for (size_t k = 0; k < p->lemma.n; k++)
				l[k] = (unsigned)p->lemma.s[k];
			return encode(l, p->lemma.n, out, cap);
		}
	if (in_list(w.c, w.n, ky_protected))
		return copy_unchanged(word, len, out, cap);
	if (count_vowels(w.c, w.n) < 2)
		return copy_unchanged(word, len, out, cap);

	x.min_stem = apply_rewrites(&w);
	yot = expand_yot(&w);
	memset(&x.best, 0, sizeof x.best);
	x.orig = &w;
	walk(&x, w.c, w.n, S_PRED, 0, 0);
	for (const struct ky_suffix *s = ky_finite_suffixes; s->tpl.s; s++)
		try_suffix(&x, w.c, w.n, s, F_VERBAL, 0);
	if (x.best.removed == 0)
		try_aorist(&x, w.c, w.n);

	postlude(x.best.c, &x.best.n, yot);
	{
		char tmp[KY_MAX * 4 + 8];
		size_t sl = encode(x.best.c, x.best.n, tmp, sizeof tmp);
		if (sl > len)	/* never longer than the word */
			return copy_unchanged(word, len, out, cap);
		return copy_unchanged(tmp, sl, out, cap);
	}
}
