/* dp_tok.c: depersonify's tokenizer. It keeps byte offsets into the
 * original text, joins hyphenation across line breaks, splits glued role
 * words and initials, reads earlier labels as single tokens, and gives each
 * word its classes (name lists, roles, Kyrgyz case) once. */
#include "dp_int.h"
#include "dp_chars.h"
#include "dp_tok.h"

#include <string.h>

#include <unicode/uchar.h>

#include "ss_mem.h"
#include "ss_text.h"

/* Under ASan the token array's spare room is poisoned, so that a rule
 * reading past the end sentinels is reported, not silently given stale
 * tokens. */
#if defined(__has_feature)
#if __has_feature(address_sanitizer)
#define DP_ASAN 1
#endif
#endif
#if defined(__SANITIZE_ADDRESS__)
#define DP_ASAN 1
#endif
#ifdef DP_ASAN
#include <sanitizer/asan_interface.h>
#define SPARE_POISON(p, n) ASAN_POISON_MEMORY_REGION(p, n)
#define SPARE_UNPOISON(p, n) ASAN_UNPOISON_MEMORY_REGION(p, n)
#else
#define SPARE_POISON(p, n) ((void)(p), (void)(n))
#define SPARE_UNPOISON(p, n) ((void)(p), (void)(n))
#endif

static void tok_push(struct dp_work *w, struct dp_tok *t)
{
	if (w->ntok == w->atok) {
		w->atok = w->atok ? w->atok * 2 : 256;
		w->tok = ss_xrealloc(w->tok, w->atok * sizeof *w->tok);
	}
	w->tok[w->ntok++] = *t;
}

/* Two blank tokens after the last one, not counted in ntok: a rule that
 * looks one or two tokens ahead without checking ntok reads a token of no
 * kind with an empty folded form, never memory past the array. */
static void end_sentinels(struct dp_work *w)
{
	if (w->ntok + 2 > w->atok) {
		w->atok = w->ntok + 2;
		w->tok = ss_xrealloc(w->tok, w->atok * sizeof *w->tok);
	}
	SPARE_POISON(w->tok + w->ntok + 2, (w->atok - w->ntok - 2) * sizeof *w->tok);
	if (w->alen + 1 > w->aalloc) {
		w->aalloc = w->alen + 1;
		w->arena = ss_xrealloc(w->arena, w->aalloc);
	}
	w->arena[w->alen] = '\0';
	for (size_t k = w->ntok; k < w->ntok + 2; k++) {
		memset(&w->tok[k], 0, sizeof w->tok[k]);
		w->tok[k].s = w->tok[k].e = (uint32_t)w->len;
		w->tok[k].fo = (uint32_t)w->alen;
	}
	w->alen++;
}

static int is_letter(int c)
{
	if (c < 128)
		return (c | 32) >= 'a' && (c | 32) <= 'z';
	if (c >= 0x400 && c <= 0x4FF)
		return c != 0x482 && !(c >= 0x483 && c <= 0x489);
	int t = u_charType(c);
	return dp_isalpha(c) || t == U_NON_SPACING_MARK || t == U_COMBINING_SPACING_MARK;
}

static int is_cyr(int c)
{
	return c >= 0x400 && c <= 0x4FF;
}

static size_t label_end(const char *s, size_t len, size_t i)
{
	/* [ЛИЦО-1], [ДАТА РОЖДЕНИЯ], <данные изъяты>, < Ф.И.О. >3 */
	char close = s[i] == '[' ? ']' : '>';
	size_t j = i + 1, lim = i + 64 < len ? i + 64 : len;
	int letters = 0;
	while (j < lim && s[j] != close && s[j] != '\n' && s[j] != '[' && s[j] != '<') {
		unsigned char c = (unsigned char)s[j];
		if (close == ']' && c >= 'a' && c <= 'z')
			return 0;
		letters += c >= 0x80 || (c >= 'A' && c <= 'Z');
		j++;
	}
	if (j >= lim || s[j] != close || letters < 2)
		return 0;
	if (close == ']') {
		/* only upper-case labels: reject [см. ...] */
		size_t k = i + 1;
		while (k < j) {
			int c = ss_utf8_next(s, j, &k);
			if (c < 0 || dp_islower(c))
				return 0;
		}
	}
	j++;
	while (j < len && s[j] >= '0' && s[j] <= '9')
		j++;
	return j;
}

/* The input word that output word t was copied from, or NULL (w->src set:
 * w is the output of a scrub).  Same bytes, same extent: same classes. */
static const struct dp_tok *src_word(const struct dp_work *w, const struct dp_tok *t)
{
	const struct dp_work *in = w->src;
	if (!in)
		return NULL;
	/* the last span whose label ends at or before t */
	size_t lo = 0, hi = in->nsp;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (w->src_oe[mid] <= t->s)
			lo = mid + 1;
		else
			hi = mid;
	}
	size_t s = t->s, e = t->e;
	if (lo > 0) {
		const struct dp_span *p = &in->sp[lo - 1];
		s = t->s - w->src_oe[lo - 1] + p->end;
		e = s + (t->e - t->s);
	}
	if (lo < in->nsp && e > in->sp[lo].start)
		return NULL;	/* runs into a replaced span */
	lo = 0;
	hi = in->ntok;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (in->tok[mid].s < s)
			lo = mid + 1;
		else
			hi = mid;
	}
	if (lo < in->ntok && in->tok[lo].s == s && in->tok[lo].e == e && in->tok[lo].kind == DP_T_WORD &&
	    in->tok[lo].fl == t->fl && !memcmp(in->arena + in->tok[lo].fo, w->arena + t->fo, t->fl))
		return &in->tok[lo];
	return NULL;
}

/* «Бета Плюс» ЖЧКсы: the closing quote within ten tokens of the opening
 * one at k is followed by an organisation abbreviation (Kyrgyz word order,
 * case suffixes allowed). */
static int org_after_quote(const struct dp_work *w, size_t k)
{
	static const char *const abbr[] = { "ЖЧК", "ААК", "ЖАК", "ОсОО", "ОАО", "ЗАО", "ООО", "МИ",
		"КФ", "ОФ", "ЖЧ", NULL };
	static const char *const place_noun[] = { "дүкөн", "кафе", "ресторан", "компания", "фирма",
		"магазин", "клиника", "дүкөнү", "соода", "мейманкана", "гостиниц",
		"жоопкерчилиги", NULL };	/* «…» жоопкерчилиги чектелген коому: an LLC */
	for (size_t j = k + 1; j < w->ntok && j < k + 12; j++) {
		const struct dp_tok *t = &w->tok[j];
		if (w->text[t->s] == '\n')
			return 0;
		if (punct_is(w, j, "»")) {
			if (j + 1 >= w->ntok || w->tok[j + 1].kind != DP_T_WORD)
				return 0;
			const struct dp_tok *n = &w->tok[j + 1];
			for (int a = 0; abbr[a]; a++) {
				size_t al = strlen(abbr[a]);
				if (n->e - n->s >= al && !memcmp(w->text + n->s, abbr[a], al))
					return 1;
			}
			/* «Айбек Телеком» дүкөнүнөн: a shop, a café, a firm */
			for (int a = 0; place_noun[a]; a++) {
				size_t al = strlen(place_noun[a]);
				if (n->e - n->s >= al && !memcmp(w->text + n->s, place_noun[a], al))
					return 1;
			}
			return 0;
		}
	}
	return 0;
}

/* "турфирмы «Жибек Саякат»", "кафе «Айжан»": a business noun right before
 * the quote opened at k. */
static int org_noun_before(const struct dp_work *w, size_t k)
{
	static const char *const noun[] = { "фирм", "турфирм", "агентств", "компани", "магазин", "кафе",
		"ресторан", "клиник", "салон", "гостиниц", "отел", "аптек", "дүкөн", "ишкана", "колхоз",
		"совхоз", "фабрик", "завод", "кооператив", NULL };
	if (k == 0 || w->tok[k - 1].kind != DP_T_WORD || !(w->tok[k - 1].flags & DP_F_LOWER))
		return 0;
	const char *f = w->arena + w->tok[k - 1].fo;
	for (int a = 0; noun[a]; a++)
		if (w->tok[k - 1].fl >= strlen(noun[a]) && !memcmp(f, noun[a], strlen(noun[a])))
			return 1;
	return 0;
}

/* "ИП" or "ЖИ" at j. */
static int sole_trader(const struct dp_work *w, size_t j)
{
	if (j >= w->ntok || w->tok[j].kind != DP_T_WORD || w->tok[j].e - w->tok[j].s != strlen("ИП"))
		return 0;
	const char *s = w->text + w->tok[j].s;
	return !memcmp(s, "ИП", strlen("ИП")) || !memcmp(s, "ЖИ", strlen("ЖИ"));
}

/* «Демир Банкта», «Ак-Жол Финанс»: a word inside the quote opened at k
 * names a business. */
static int org_inside_quote(const struct dp_work *w, size_t k)
{
	static const char *const stem[] = { "банк", "финанс", "групп", "строй", "агро", "трейд", "сервис",
		"маркет", "холдинг", "инвест", "капитал", "телеком", "фарм", "моторс", "логистик", "кредит",
		"компани", NULL };
	for (size_t j = k + 1; j < w->ntok && j < k + 6; j++) {
		const struct dp_tok *t = &w->tok[j];
		if (punct_is(w, j, "»"))
			return 0;
		if (t->kind != DP_T_WORD || !(t->flags & DP_F_CAP))
			continue;
		const char *f = w->arena + t->fo;
		for (int a = 0; stem[a]; a++)
			if (t->fl >= strlen(stem[a]) && !memcmp(f, stem[a], strlen(stem[a])))
				return 1;
	}
	return 0;
}

/* A Kyrgyz honorific glued by a hyphen ("-апа", "-эже", "-байке") at byte m,
 * followed by no further letter: the word before it is split off. */
static int honorific_at(const char *s, size_t len, size_t m)
{
	static const char *const hon[] = { "апа", "эже", "ага", "аке", "ака", "байке", "агай",
		"эжеке", "апаке", "опа", NULL };
	for (int k = 0; hon[k]; k++) {
		size_t hl = strlen(hon[k]);
		if (m + hl > len || memcmp(s + m, hon[k], hl))
			continue;
		size_t q = m + hl;
		int next = q < len ? ss_utf8_next(s, len, &q) : -1;
		if (next < 0 || !is_letter(next))
			return 1;
		/* ... or with a case suffix: "Эсен-акени", "Айгүл-эжеге" */
		static const char *const suf[] = { "ни", "нин", "ге", "га", "ден", "дан", "де", "да", "нын",
			"ны", "нен", "нан", NULL };
		for (int x = 0; suf[x]; x++) {
			size_t sl = strlen(suf[x]);
			size_t r = m + hl + sl;
			if (r > len || memcmp(s + m + hl, suf[x], sl))
				continue;
			size_t r2 = r;
			int after = r < len ? ss_utf8_next(s, len, &r2) : -1;
			if (after < 0 || !is_letter(after))
				return 1;
		}
	}
	return 0;
}

void dp_tokenize(struct dp_work *w)
{
	const char *s = w->text;
	size_t len = w->len, i = 0;
	unsigned pend = 0;
	while (i < len) {
		size_t at = i;
		unsigned char b = (unsigned char)s[i];
		if (b == ' ' || b == '\t' || b == '\r' || b == '\n' || b == '\f' || b == '\v') {
			if (b == '\n')
				pend |= (pend & DP_F_NL) ? DP_F_PARA : DP_F_NL;
			pend |= DP_F_SPACE;
			i++;
			continue;
		}
		int c = ss_utf8_next(s, len, &i);
		if (c < 0) {
			i = at + 1;
			continue;
		}
		struct dp_tok t;
		memset(&t, 0, sizeof t);
		t.s = (uint32_t)at;
		t.flags = (uint16_t)pend;
		pend = 0;
		if (c == 0xA0 || c == 0x85 || (c >= DP_CH_N && u_isUWhiteSpace(c))) {
			pend |= DP_F_SPACE;
			continue;
		}
		if ((c == '[' || c == '<') && label_end(s, len, at)) {
			i = label_end(s, len, at);
			t.kind = DP_T_LABEL;
			t.e = (uint32_t)i;
			tok_push(w, &t);
			continue;
		}
		if (c >= '0' && c <= '9') {
			while (i < len && s[i] >= '0' && s[i] <= '9')
				i++;
			t.kind = DP_T_NUM;
			t.e = (uint32_t)i;
			tok_push(w, &t);
			continue;
		}
		if (!is_letter(c)) {
			t.kind = DP_T_PUNCT;
			t.e = (uint32_t)i;
			tok_push(w, &t);
			continue;
		}
		/* a word: letters, inner hyphens, hyphenation across a line break */
		t.kind = DP_T_WORD;
		int first = c, upper_all = 1, nletters = 1, hyph_nl = 0, prev_lower = dp_islower(c) && is_cyr(c);
		int seg = 1, prev_upper = dp_isupper(c);	/* letters since the word start or a hyphen */
		int up2 = 0, apos = 0;
		if (!dp_isupper(c))
			upper_all = 0;
		for (;;) {
			size_t k = i;
			if (k >= len)
				break;
			int d = ss_utf8_next(s, len, &k);
			/* "ОрозовуМ.С.": an initial glued to a capitalised word
			 * is split off (a lower-case letter, then one capital and
			 * a dot) */
			if (d >= 0 && dp_isupper(d) && !upper_all && nletters >= 4 && dp_isupper(first) &&
			    k < len && s[k] == '.')
				break;
			/* "свидетельБекова", "сТен": a role word or preposition
			 * glued to a capitalised name (a lower-case Cyrillic
			 * letter, then a capital followed by a lower-case letter) */
			if (d >= 0 && dp_isupper(d) && is_cyr(d) && prev_lower && (!dp_isupper(first) || nletters >= 4)) {
				size_t k2 = k;
				int d2 = k2 < len ? ss_utf8_next(s, len, &k2) : -1;
				if (d2 >= 0 && dp_islower(d2) && is_cyr(d2))
					break;
			}
			if (d >= 0 && is_letter(d)) {
				if (!dp_isupper(d) && dp_isalpha(d))
					upper_all = 0;
				else if (nletters == 1 && dp_isupper(d) && !apos)
					up2 = 1;
				prev_lower = dp_islower(d) && is_cyr(d);
				prev_upper = dp_isupper(d);
				nletters++;
				seg++;
				i = k;
				continue;
			}
			/* "О'Коннор", "O’Connor": an apostrophe after one capital,
			 * before another, is inside the name */
			if ((d == '\'' || d == 0x2019) && seg == 1 && prev_upper && k < len) {
				size_t k2 = k;
				int d2 = ss_utf8_next(s, len, &k2);
				if (d2 >= 0 && is_letter(d2) && dp_isupper(d2)) {
					apos = 1;
					i = k;
					continue;
				}
			}
			if (d == '-' || d == 0x2010 || d == 0x2011) {
				size_t m = k;
				int nl = 0;
				while (m < len && (s[m] == '\n' || s[m] == '\r' || s[m] == ' ') && m - k < 4) {
					nl |= s[m] == '\n';
					m++;
				}
				if (m > k && !nl)
					break;
				size_t m2 = m;
				int e = m < len ? ss_utf8_next(s, len, &m2) : -1;
				if (!nl && honorific_at(s, len, m))
					break;	/* "Мавлюды-апа": the name is its own token */
				if (e >= 0 && is_letter(e) && (!nl || dp_islower(e))) {
					hyph_nl |= nl;
					prev_lower = 0;	/* "Сейтказиева-Ли" is one word */
					seg = 0;
					i = m;
					continue;
				}
			}
			break;
		}
		t.e = (uint32_t)i;
		if (dp_isupper(first))
			t.flags |= DP_F_CAP;
		else
			t.flags |= DP_F_LOWER;
		if (upper_all && nletters >= 2)
			t.flags |= DP_F_ALLCAPS;
		if (up2 && dp_isupper(first))
			t.flags |= DP_F_UP2;
		/* fold into the arena (hyphenation joins are removed) */
		size_t need = 2 * (t.e - t.s) + 8;
		if (w->alen + need > w->aalloc) {
			w->aalloc = (w->alen + need) * 2;
			w->arena = ss_xrealloc(w->arena, w->aalloc);
		}
		char *out = w->arena + w->alen;
		size_t fl;
		if (hyph_nl) {
			char *tmp = ss_xmalloc(t.e - t.s + 1);
			size_t tl = 0;
			for (size_t p = t.s; p < t.e; p++) {
				if ((s[p] == '-' && p + 1 < t.e && (s[p + 1] == '\n' || s[p + 1] == '\r' || s[p + 1] == ' ')) ||
				    s[p] == '\n' || s[p] == '\r' || s[p] == ' ')
					continue;
				tmp[tl++] = s[p];
			}
			fl = dp_fold(tmp, tl, out, &t.first_cp);
			free(tmp);
		} else {
			fl = dp_fold(s + t.s, t.e - t.s, out, &t.first_cp);
		}
		if (t.first_cp < 0x250)	/* Latin, with its diacritics: "Öztürk", "Çelik" */
			t.flags |= DP_F_LATIN;
		t.fo = (uint32_t)w->alen;
		t.fl = (uint32_t)fl;
		w->alen += fl + 1;
		t.ncp = (uint8_t)(nletters > 255 ? 255 : nletters);
		tok_push(w, &t);
	}
	/* word classes: full for capitalised words, roles and particles for the rest */
	int inq = 0;
	for (size_t k = 0; k < w->ntok; k++) {
		struct dp_tok *t = &w->tok[k];
		if (t->kind == DP_T_PUNCT) {
			if (w->text[t->s] == '\n')
				inq = 0;
			/* punct_is: a lone lead byte at the text's end must not read on */
			if (punct_is(w, k, "«") || w->text[t->s] == '"') {
				if (w->text[t->s] == '"' && inq) {
					inq = 0;
					continue;
				}
				/* an organisation's name in quotes */
				size_t p = k;
				int org = org_noun_before(w, k);
				for (int back = 0; back < 3 && p > 0 && !org; back++) {
					p--;
					/* "из магазина коробки. «Я сказала …»": not across a sentence end */
					if (w->tok[p].kind == DP_T_PUNCT &&
					    (w->text[w->tok[p].s] == '.' || w->text[w->tok[p].s] == '!' ||
					     w->text[w->tok[p].s] == '?'))
						break;
					if (w->tok[p].kind == DP_T_WORD && (w->tok[p].cls & DP_C_ORG)) {
						org = 1;
						break;
					}
				}
				inq = org || org_after_quote(w, k) || org_inside_quote(w, k);
				/* ЖИ «Тоголокова Г.Т.» дүкөнү, ИП «…», магазин «ИП …»: a
				 * sole trader is a person */
				if ((k > 0 && sole_trader(w, k - 1)) || sole_trader(w, k + 1))
					inq = 0;
			} else if (punct_is(w, k, "»")) {
				inq = 0;
			}
			continue;
		}
		if (t->kind != DP_T_WORD)
			continue;
		if (inq)
			t->flags |= DP_F_QUOTE;
		const char *f = w->arena + t->fo;
		enum dp_kycase kc = DP_KY_NONE;
		const struct dp_tok *st = src_word(w, t);
		if (st) {
			t->cls = st->cls;
			t->kycase = st->kycase;
			t->role = st->role;
			continue;
		}
		enum dp_role role = dp_role_word(w->ctx, f, t->fl);
		if (t->flags & DP_F_CAP) {
			t->cls = (uint16_t)dp_word_class(w->ctx, f, t->fl, w->ky, &kc);
			t->kycase = (uint8_t)kc;
		} else {
			t->cls = (uint16_t)dp_word_lower_class(w->ctx, f, t->fl, role);
		}
		t->role = (uint8_t)role;
	}
	/* a short word in capitals among words that are not is an abbreviation
	 * ("Ленинский РОСИ", "ОВД", "ГНС"), not a name */
	for (size_t k = 0; k < w->ntok; k++) {
		struct dp_tok *t = &w->tok[k];
		if (t->kind != DP_T_WORD || !(t->flags & DP_F_ALLCAPS) || t->ncp > 4)
			continue;
		const struct dp_tok *p = k > 0 ? &w->tok[k - 1] : NULL, *n = k + 1 < w->ntok ? &w->tok[k + 1] : NULL;
		if ((!p || p->kind != DP_T_WORD || !(p->flags & DP_F_ALLCAPS)) &&
		    (!n || n->kind != DP_T_WORD || !(n->flags & DP_F_ALLCAPS)))
			t->cls &= (uint16_t)~(DP_C_FIRST | DP_C_SURN | DP_C_SURG | DP_C_PATR);
	}
	end_sentinels(w);
}
