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

static bool is_vowel(unsigned c)
{
	switch (c) {
	case C_A: case C_E: case C_EE: case C_Y: case C_I: case C_O:
	case C_OE: case C_U: case C_UE: case C_YA: case C_YU: case C_YO:
		return true;
	default:
		return false;
	}
}

static bool is_voiceless(unsigned c)
{
	switch (c) {
	case C_K: case C_P: case C_S: case C_T: case C_F: case C_H:
	case C_TS: case C_CH: case C_SH: case C_SHCH:
		return true;
	default:
		return false;
	}
}

static bool is_letter(unsigned c)
{
	return (c >= 0x430 && c <= 0x44F) || c == C_YO || c == C_NG ||
	       c == C_UE || c == C_OE;
}

/* Harmony classes of the last vowel (§2.2 of the research note). */
enum harm { H_NONE, H_A, H_U, H_O, H_E, H_OE };

static enum harm harm_of(unsigned v)
{
	switch (v) {
	case C_A: case C_Y: case C_YA: return H_A;
	case C_U: case C_YU: return H_U;
	case C_O: case C_YO: return H_O;
	case C_E: case C_EE: case C_I: return H_E;
	case C_OE: case C_UE: return H_OE;
	default: return H_NONE;
	}
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

/* Decodes a UTF-8 string literal (our own tables: always valid). */
static size_t decode(const char *s, unsigned *out, size_t max)
{
	size_t i = 0, n = 0, len = strlen(s);
	while (i < len && n < max) {
		int c = ss_utf8_next(s, len, &i);
		if (c <= 0)
			break;
		out[n++] = (unsigned)c;
	}
	return n;
}

static bool eq_str(const unsigned *c, size_t n, const char *s)
{
	unsigned t[KY_MAX];
	size_t m = decode(s, t, KY_MAX);
	return m == n && memcmp(c, t, n * sizeof *c) == 0;
}

static bool in_list(const unsigned *c, size_t n, const char *const *list)
{
	for (size_t k = 0; list[k]; k++)
		if (eq_str(c, n, list[k]))
			return true;
	return false;
}

/* ---- word lists ------------------------------------------------------- */

/* Words returned unchanged: homographs whose "suffix" is part of the root
 * (башка "other" is not баш+ка), function words, and the core legal loans
 * whose endings look like suffixes. */
static const char *const ky_protected[] = {
	"башка", "бери", "жакын", "кыска", "мурда", "тууралуу", "кийин",
	"менен", "жана", "үчүн", "боюнча", "бирок", "эгерде", "ошондуктан",
	"карата", "чейин", "тарта", "катары", "деп", "бүгүн", "эртең",
	"кечээ", "азыр", "бардык", "бардыгы", "көпчүлүк", "ушундай",
	"ошондой", "кандай", "мындай", "андай", "мына", "ылайык", "ыктыяр",
	"прокурор", "адвокат", "судья", "кодекс", "статья", "район",
	"нотариус", "эксперт", "инспектор", "президент", "аким",
	NULL
};

/* Nouns ending in -Aт that are not the 3sg aorist (the noun-evidence list
 * of the research note, written by hand).  A word whose vowels mix back and
 * front (кабинет, депутат, комитет) is a loan and never an aorist anyway;
 * this list is for the harmonic ones. */
static const char *const ky_at_nouns[] = {
	"кызмат", "маалымат", "милдет", "мөөнөт", "өкмөт", "канат",
	"санат", "аманат", "жамаат", "сыпат", "адат", "уят", "кубат",
	"саясат", "акыйкат", "мандат", "аппарат", "шахмат", "дубликат",
	"мүнөт", "адабият", "маданият", "табият", "салтанат", "касиет",
	"ниет", "кеңет", "дөөлөт", "сааттык", "кымбат", "мүлкат", "ажат",
	"талапкер", "мелдешат", "баракат", "кесепет", "шарапат", "керемет",
	"суммат", "квадрат", "формат", "штат", "рахмат", "ырахмат",
	"абийирсизат", "мусулманат", "предмет", "аттестат", "агрегат",
	"айбат", "мамлекет", "адилет", "депутат", "сертификат", "кабинет",
	"комитет", "пакет", "факультет", "авторитет", "результат",
	NULL
};

/* Loan stems ending in consonant + т/д, where a shorter split would read the
 * т/д as a case ending (пункту is пункт+у, not пунк+ту). */
static const char *const ky_loan_td[] = {
	"пункт", "акт", "факт", "текст", "проект", "объект", "субъект",
	"контракт", "конфликт", "дефект", "аспект", "продукт", "фонд",
	"стенд", "бренд", "тренд", "контекст", "интеллект",
	NULL
};

/* Irregular forms mapped before analysis: a word starting with `from` is
 * rewritten to start with `to` (балдардын → балалардын → бала). */
struct ky_rewrite {
	const char *from;
	const char *to;
	size_t keep;		/* letters of the lemma at the start of `to` */
};

static const struct ky_rewrite ky_rewrites[] = {
	{ "балдар", "балалар", 4 },
	{ "орду", "оруну", 4 },
	{ "орну", "оруну", 4 },
	{ "мурду", "муруну", 5 },
	{ "мурну", "муруну", 5 },
	{ "мойну", "мойуну", 5 },
	{ NULL, NULL, 0 },
};

/* Pronoun forms → pronoun. */
struct ky_pronoun {
	const char *form;
	const char *lemma;
};

static const struct ky_pronoun ky_pronouns[] = {
	{ "мага", "мен" }, { "мени", "мен" }, { "менин", "мен" },
	{ "менде", "мен" }, { "менден", "мен" },
	{ "сага", "сен" }, { "сени", "сен" }, { "сенин", "сен" },
	{ "сенде", "сен" }, { "сенден", "сен" },
	{ "ага", "ал" }, { "аны", "ал" }, { "анын", "ал" }, { "анда", "ал" },
	{ "андан", "ал" }, { "аларды", "ал" }, { "алардын", "ал" },
	{ "аларга", "ал" }, { "аларда", "ал" }, { "алардан", "ал" },
	{ "буга", "бул" }, { "муну", "бул" }, { "мунун", "бул" },
	{ "мында", "бул" }, { "мындан", "бул" },
	{ "ошого", "ошол" }, { "ошону", "ошол" }, { "ошонун", "ошол" },
	{ "ошондо", "ошол" }, { "ошондон", "ошол" },
	{ "бизге", "биз" }, { "бизди", "биз" }, { "биздин", "биз" },
	{ "сизге", "сиз" }, { "сизди", "сиз" }, { "сиздин", "сиз" },
	{ NULL, NULL },
};

/* ---- realization ------------------------------------------------------ */

/* Realizes template tpl after stem[0..n) into out; returns the number of
 * letters, or (size_t)-1 when the stem has no vowel to harmonise with.
 * Symbols: A I U vowels by harmony; i = I only after a consonant; s = с only
 * after a vowel; L N D G B consonants by assimilation; anything else is
 * the literal letter. */
static size_t realize(const unsigned *stem, size_t n, const char *tpl,
		      unsigned *out, size_t max)
{
	unsigned last = 0;
	enum harm h = H_NONE;
	size_t m = 0, i = 0, len = strlen(tpl);

	for (size_t k = n; k-- > 0;) {
		if (last == 0 && stem[k] != C_SOFT)
			last = stem[k];
		if (is_vowel(stem[k])) {
			h = harm_of(stem[k]);
			break;
		}
	}
	if (h == H_NONE || last == 0)
		return (size_t)-1;
	while (i < len && m < max) {
		int sym = ss_utf8_next(tpl, len, &i);
		unsigned o = 0;
		bool v = is_vowel(last);
		bool vl = is_voiceless(last);
		bool jr = last == C_J || last == C_R;
		switch (sym) {
		case 'A': o = low_vowel(h); break;
		case 'I': o = high_vowel(h); break;
		case 'U': o = round_vowel(h); break;
		case 'i': if (!v) o = high_vowel(h); break;
		case 's': if (v) o = C_S; break;
		case 'L': o = v || jr ? C_L : vl ? C_T : C_D; break;
		case 'N': o = v ? C_N : vl ? C_T : C_D; break;
		case 'D': o = vl ? C_T : C_D; break;
		case 'G': o = vl ? C_K : C_G; break;
		case 'B': o = vl ? C_P : C_B; break;
		default: o = sym > 0 ? (unsigned)sym : 0; break;
		}
		if (o == 0)
			continue;
		out[m++] = o;
		last = o;
		if (is_vowel(o))
			h = harm_of(o);
	}
	return m;
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
	const char *tpl;
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
	{ "сIңAр", S_PRED, 0, 0 }, { "сIң", S_PRED, 0, 0 },
	{ "BIз", S_PRED, 0, 0 },
	/* cases, plain */
	{ "NIн", S_CASE, F_NO_PX3, 0 }, { "NI", S_CASE, F_NO_PX3, 0 },
	{ "GA", S_CASE, F_NO_PX3, 0 }, { "DA", S_CASE, F_NO_PX3, 0 },
	{ "DAн", S_CASE, F_NO_PX3, 0 }, { "DAгI", S_CASE, F_NO_PX3, 0 },
	/* cases after the 3rd person possessive */
	{ "нIн", S_CASE, F_MUST_PX3, 0 }, { "н", S_CASE, F_MUST_PX3, 0 },
	{ "нA", S_CASE, F_MUST_PX3, 0 }, { "ндA", S_CASE, F_MUST_PX3, 0 },
	{ "нAн", S_CASE, F_MUST_PX3, 0 }, { "ндAгI", S_CASE, F_MUST_PX3, 0 },
	/* possessives (not 1sg/2sg -(I)м/-(I)ң: мыйзам, токтом) */
	{ "sI", S_POSS, 0, K_PX3 },
	{ "iбIз", S_POSS, 0, 0 }, { "iңAр", S_POSS, 0, 0 },
	{ "iңIздAр", S_POSS, 0, 0 }, { "IңIз", S_POSS, 0, K_AFTER_C },
	/* plural */
	{ "LAр", S_PL, 0, 0 },
	/* participle, "the fact that", verbal noun */
	{ "GAн", S_NONFIN, F_VERBAL, 0 }, { "GAнLIк", S_NONFIN, F_VERBAL, 0 },
	{ "UU", S_NONFIN, F_VERBAL, K_VNOUN },
	/* negation and passive, only inside a verbal chain */
	{ "BA", S_NEG, F_VERBAL, 0 },
	{ "iл", S_PASS, F_VERBAL, 0 }, { "Iн", S_PASS, F_VERBAL, K_AFTER_L },
	{ NULL, S_END, 0, 0 },
};

/* Finite endings: only at the very end of the word. */
static const struct ky_suffix ky_finite_suffixes[] = {
	{ "DI", S_NONFIN, F_VERBAL, 0 }, { "DIм", S_NONFIN, F_VERBAL, 0 },
	{ "DIң", S_NONFIN, F_VERBAL, 0 }, { "DIңIз", S_NONFIN, F_VERBAL, 0 },
	{ "DIңAр", S_NONFIN, F_VERBAL, 0 },
	{ "DIңIздAр", S_NONFIN, F_VERBAL, 0 },
	{ "BAйт", S_NEG, F_VERBAL, 0 }, { "BAйм", S_NEG, F_VERBAL, 0 },
	{ "BAйсIң", S_NEG, F_VERBAL, 0 }, { "BAйсIз", S_NEG, F_VERBAL, 0 },
	{ "BAйбIз", S_NEG, F_VERBAL, 0 }, { "BAй", S_NEG, F_VERBAL, 0 },
	{ "BAс", S_NEG, F_VERBAL, 0 },
	{ "сIн", S_NONFIN, F_VERBAL, 0 },
	{ NULL, S_END, 0, 0 },
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
	if (n < 2 || count_vowels(c, n) == 0)
		return false;
	if (n == 2 && !is_vowel(c[0]) && is_vowel(c[1]))
		return false;
	return true;
}

/* Never cut inside -стан (Кыргызстан, Казакстан). */
static bool cuts_stan(const unsigned *c, size_t n, size_t k)
{
	static const unsigned stan[4] = { C_S, C_T, C_A, C_N };
	for (size_t p = 0; p + 4 <= n; p++)
		if (memcmp(c + p, stan, sizeof stan) == 0 && p < k && k < p + 4)
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
	unsigned tail[KY_MAX_TAIL + 2];
	unsigned stem[KY_MAX + 8];

	if (s->need == K_PX3 && (flags & F_NO_PX3))
		return;
	if (s->need != K_PX3 && (flags & F_MUST_PX3))
		return;
	if ((s->slot == S_NEG || s->slot == S_PASS) && !(flags & F_VERBAL))
		return;
	for (size_t k = n >= 2 ? n - 1 : 0; k >= 2 && n - k <= KY_MAX_TAIL;
	     k--) {
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
				unsigned a;
				unsigned tmp[1];
				if (realize(stem, sn, "A", tmp, 1) != 1)
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
		size_t m = realize(stem, sn, s->tpl, tail, KY_MAX_TAIL + 1);
		if (m == (size_t)-1 || m != n - k ||
		    memcmp(tail, c + k, m * sizeof *c) != 0)
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
	for (const struct ky_suffix *s = ky_noun_suffixes; s->tpl; s++)
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
		unsigned a[2];
		if (realize(c, n - 2, "A", a, 1) == 1 && a[0] == c[n - 2])
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
	for (const struct ky_rewrite *r = ky_rewrites; r->from; r++) {
		unsigned f[16], t[16];
		size_t fn = decode(r->from, f, 16), tn = decode(r->to, t, 16);
		if (w->n < fn || memcmp(w->c, f, fn * sizeof *f) != 0)
			continue;
		if (w->n - fn + tn > KY_MAX + 4)
			return 0;
		memmove(w->c + tn, w->c + fn, (w->n - fn) * sizeof *w->c);
		memcpy(w->c, t, tn * sizeof *t);
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
	for (const struct ky_pronoun *p = ky_pronouns; p->form; p++)
		if (eq_str(w.c, w.n, p->form)) {
			unsigned l[8];
			size_t ln = decode(p->lemma, l, 8);
			return encode(l, ln, out, cap);
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
	for (const struct ky_suffix *s = ky_finite_suffixes; s->tpl; s++)
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
