/* norm_codes.c: the one table of codes the parser knows (canonical code,
 * Russian and Kyrgyz names), their abbreviations in both languages, the
 * word patterns that name a code in full («Уголовно-процессуального кодекса»,
 * «Кылмыш-жаза процесстик кодексинин») and the character folding used to
 * compare words.  docs/norms.md mirrors this table; change both together. */
#include "norm_int.h"

#include <string.h>

#include "norm.h"
#include "ss_text.h"

enum {
	C_UK, C_UPK, C_UIK, C_GK, C_GPK, C_APK, C_KOP, C_KON, C_KOAO, C_TK,
	C_SK, C_ZHK, C_NK, C_ZK, C_TAMK, C_KOD, C_KONST, C_BK, C_VK, C_LK,
};

const struct norm_code norm_codes[] = {
	[C_UK] = {"УК", "Уголовный кодекс Кыргызской Республики", "Кылмыш-жаза кодекси"},
	[C_UPK] = {"УПК", "Уголовно-процессуальный кодекс Кыргызской Республики", "Кылмыш-жаза процесстик кодекси"},
	[C_UIK] = {"УИК", "Уголовно-исполнительный кодекс Кыргызской Республики", "Кылмыш-жаза аткаруу кодекси"},
	[C_GK] = {"ГК", "Гражданский кодекс Кыргызской Республики", "Жарандык кодекси"},
	[C_GPK] = {"ГПК", "Гражданский процессуальный кодекс Кыргызской Республики", "Жарандык процесстик кодекси"},
	[C_APK] = {"АПК", "Административно-процессуальный кодекс Кыргызской Республики", "Административдик-процесстик кодекси"},
	[C_KOP] = {"КоП", "Кодекс Кыргызской Республики о правонарушениях", "Укук бузуулар жөнүндө кодекси"},
	[C_KON] = {"КоН", "Кодекс Кыргызской Республики о нарушениях", "Бузуулар жөнүндө кодекси"},
	[C_KOAO] = {"КоАО", "Кодекс Кыргызской Республики об административной ответственности", "Административдик жоопкерчилик жөнүндө кодекси"},
	[C_TK] = {"ТК", "Трудовой кодекс Кыргызской Республики", "Эмгек кодекси"},
	[C_SK] = {"СК", "Семейный кодекс Кыргызской Республики", "Үй-бүлө кодекси"},
	[C_ZHK] = {"ЖК", "Жилищный кодекс Кыргызской Республики", "Турак жай кодекси"},
	[C_NK] = {"НК", "Налоговый кодекс Кыргызской Республики", "Салык кодекси"},
	[C_ZK] = {"ЗК", "Земельный кодекс Кыргызской Республики", "Жер кодекси"},
	[C_TAMK] = {"ТамК", "Таможенный кодекс Кыргызской Республики", "Бажы кодекси"},
	[C_KOD] = {"КоД", "Кодекс Кыргызской Республики о детях", "Балдар жөнүндө кодекси"},
	[C_KONST] = {"КОНСТ", "Конституция Кыргызской Республики", "Кыргыз Республикасынын Конституциясы"},
	[C_BK] = {"БК", "Бюджетный кодекс Кыргызской Республики", "Бюджеттик кодекси"},
	[C_VK] = {"ВК", "Водный кодекс Кыргызской Республики", "Суу кодекси"},
	[C_LK] = {"ЛК", "Лесной кодекс Кыргызской Республики", "Токой кодекси"},
};
const size_t norm_ncodes = sizeof(norm_codes) / sizeof(norm_codes[0]);
_Static_assert(sizeof(norm_codes) / sizeof(norm_codes[0]) <= NORM_MAX_CODES,
	       "NORM_MAX_CODES is too small for the code table");

/* Abbreviations: spelling, reading in Russian text, default reading in
 * Kyrgyz text, clash class.  ЖК, СК and ЖПК have several readings; see
 * norm_clash_resolve().  The Kyrgyz ones marked (?) in docs/norms.md follow
 * the initials of the Kyrgyz names but were not seen in published acts. */
static const struct {
	const char *abbr;
	int ru, ky, clash;
} abbrs[] = {
	{"УПК", C_UPK, C_UPK, 0}, {"УИК", C_UIK, C_UIK, 0}, {"УК", C_UK, C_UK, 0},
	{"ГПК", C_GPK, C_GPK, 0}, {"ГК", C_GK, C_GK, 0}, {"АПК", C_APK, C_APK, 0},
	{"КоАО", C_KOAO, C_KOAO, 0}, {"КоП", C_KOP, C_KOP, 0}, {"КоН", C_KON, C_KON, 0},
	{"КоД", C_KOD, C_KOD, 0}, {"ТамК", C_TAMK, C_TAMK, 0}, {"ТК", C_TK, C_TK, 0},
	{"СК", C_SK, C_NK, NORM_CLASH_SK}, {"ЖК", C_ZHK, C_GK, NORM_CLASH_ZHK},
	{"НК", C_NK, C_NK, 0}, {"ЗК", C_ZK, C_ZK, 0}, {"БК", C_BK, C_BK, 0},
	{"ВК", C_VK, C_VK, 0}, {"ЛК", C_LK, C_LK, 0},
	/* Kyrgyz abbreviations */
	{"КЖПК", C_UPK, C_UPK, 0}, {"КЖАК", C_UIK, C_UIK, 0}, {"КЖК", C_UK, C_UK, 0},
	{"ЖПК", C_GPK, C_GPK, NORM_CLASH_ZHPK}, {"ЖАК", C_UIK, C_UIK, 0},
	{"УБЖК", C_KOP, C_KOP, 0}, {"БЖК", C_KON, C_KON, 0},
	{"АЖЖК", C_KOAO, C_KOAO, 0}, {"ЭК", C_TK, C_TK, 0}, {"ҮБК", C_SK, C_SK, 0},
	{"ТЖК", C_ZHK, C_ZHK, 0},
};

/* The readings of each clashing abbreviation: Russian (-1: a Kyrgyz-only
 * abbreviation) and Kyrgyz, default first. */
static const struct {
	int ru, ky[2];
} clashes[NORM_NCLASH] = {
	[NORM_CLASH_NONE] = {-1, {-1, -1}},
	[NORM_CLASH_ZHK] = {C_ZHK, {C_GK, C_UK}},
	[NORM_CLASH_SK] = {C_SK, {C_NK, -1}},
	[NORM_CLASH_ZHPK] = {-1, {C_GPK, C_UPK}},
};

/* The case type a caller passes as a hint → the codes its acts cite. */
static bool hint_fits(const char *case_type, int code)
{
	if (!case_type)
		return false;
	if (strcmp(case_type, "criminal") == 0)
		return code == C_UK || code == C_UPK || code == C_UIK;
	if (strcmp(case_type, "civil") == 0 || strcmp(case_type, "economic") == 0)
		return code == C_GK || code == C_GPK;
	return false;
}

int norm_clash_ru(enum norm_clash clash)
{
	if (clash <= NORM_CLASH_NONE || clash >= NORM_NCLASH)
		return -1;
	return clashes[clash].ru;
}

int norm_clash_resolve(enum norm_clash clash, enum norm_ctx ctx,
		       const unsigned names[NORM_MAX_CODES], const char *case_type)
{
	if (clash <= NORM_CLASH_NONE || clash >= NORM_NCLASH)
		return -1;
	int ru = clashes[clash].ru;
	if (ctx == NORM_CTX_RU && ru >= 0)
		return ru;
	int cand[3], nc = 0;
	for (int k = 0; k < 2; k++)
		if (clashes[clash].ky[k] >= 0)
			cand[nc++] = clashes[clash].ky[k];
	if (ctx == NORM_CTX_KY_NEAR && ru >= 0)
		cand[nc++] = ru;
	if (nc == 1)
		return cand[0];
	/* (a) the full name the text writes most often */
	int best = -1;
	unsigned bestn = 0;
	bool tie = false;
	for (int k = 0; k < nc; k++) {
		unsigned n = names ? names[cand[k]] : 0;
		if (n > bestn) {
			best = cand[k], bestn = n, tie = false;
		} else if (n && n == bestn) {
			tie = true;
		}
	}
	if (best >= 0 && !tie)
		return best;
	/* (b) the caller's case type, among the Kyrgyz readings */
	int fit = -1, nfit = 0;
	for (int k = 0; k < 2; k++) {
		int c = clashes[clash].ky[k];
		if (c >= 0 && hint_fits(case_type, c)) {
			fit = c;
			nfit++;
		}
	}
	if (nfit == 1)
		return fit;
	/* (c) the language rule: the default Kyrgyz reading */
	return clashes[clash].ky[0];
}

unsigned norm_fold_cp(unsigned cp)
{
	if (cp < 0x80)
		return (cp >= 'A' && cp <= 'Z') ? cp + 32 : cp;
	if (cp >= 0x410 && cp <= 0x42F)
		return cp + 0x20;
	if (cp == 0x401 || cp == 0x451)
		return 0x435;	/* ё → е */
	if (cp >= 0x400 && cp <= 0x40F)
		return cp + 0x50;
	if (cp == 0x472 || cp == 0x473)
		return 0x4E9;	/* fita, used for ө in old fonts */
	if ((cp >= 0x48A && cp <= 0x4BF) || (cp >= 0x4D0 && cp <= 0x4FF))
		return (cp & 1) ? cp : cp + 1;
	if (cp >= 0xC0 && cp <= 0xDE && cp != 0xD7)
		return cp + 0x20;
	return cp;
}

unsigned norm_lookalike_cp(unsigned cp)
{
	switch (cp) {
	case 'A': return 0x410; case 'B': return 0x412; case 'C': return 0x421;
	case 'E': return 0x415; case 'H': return 0x41D; case 'K': return 0x41A;
	case 'M': return 0x41C; case 'O': return 0x41E; case 'P': return 0x420;
	case 'T': return 0x422; case 'X': return 0x425; case 'Y': return 0x423;
	case 'a': return 0x430; case 'c': return 0x441; case 'e': return 0x435;
	case 'o': return 0x43E; case 'p': return 0x440; case 'x': return 0x445;
	case 'y': return 0x443; case 'k': return 0x43A;
	default: return cp;
	}
}

static unsigned upper_cp(unsigned cp)
{
	if (cp >= 0x430 && cp <= 0x44F)
		return cp - 0x20;
	return cp;
}

static bool is_lower_letter(unsigned cp)
{
	return (cp >= 0x430 && cp <= 0x44F) || cp == 0x451 || cp == 0x4A3 ||
	       cp == 0x4AF || cp == 0x4E9;
}

/* Decodes the next code point of a string known to be valid UTF-8. */
static unsigned next_cp(const char *s, size_t len, size_t *i)
{
	int c = ss_utf8_next(s, len, i);
	if (c < 0) {
		(*i)++;
		return 0xFFFD;
	}
	return (unsigned)c;
}

bool norm_abbr_lookup(const char *s, size_t len, bool query, int *ru, int *ky,
		      int *clash, bool *suffixed)
{
	for (size_t a = 0; a < sizeof(abbrs) / sizeof(abbrs[0]); a++) {
		const char *ab = abbrs[a].abbr;
		/* text mode: the first letter is a capital and must match */
		if (!query && len >= 2 && (s[0] != ab[0] || s[1] != ab[1]))
			continue;
		size_t alen = strlen(ab);
		for (int caps = 0; caps < 2; caps++) {
			size_t i = 0, j = 0;
			bool ok = true;
			while (j < alen) {
				if (i >= len) {
					ok = false;
					break;
				}
				unsigned x = next_cp(s, len, &i);
				unsigned y = next_cp(ab, alen, &j);
				if (query) {
					x = norm_fold_cp(x);
					y = norm_fold_cp(y);
				} else if (caps) {
					y = upper_cp(y);
				}
				if (x != y) {
					ok = false;
					break;
				}
			}
			if (!ok)
				continue;
			if (i == len) {
				*ru = abbrs[a].ru;
				*ky = abbrs[a].ky;
				*clash = abbrs[a].clash;
				*suffixed = false;
				return true;
			}
			if (query)
				continue;
			/* «ГПККР»: «КР» glued on by a lost space; «ГПКР»: the К
			 * of «КР» lost too (only after an abbreviation ending in К) */
			if ((len - i == strlen("КР") && memcmp(s + i, "КР", len - i) == 0) ||
			    (len - i == strlen("Р") && memcmp(s + i, "Р", len - i) == 0 &&
			     alen >= strlen("К") &&
			     memcmp(ab + alen - strlen("К"), "К", strlen("К")) == 0)) {
				*ru = abbrs[a].ru;
				*ky = abbrs[a].ky;
				*clash = abbrs[a].clash;
				*suffixed = false;
				return true;
			}
			/* A Kyrgyz case suffix in lower case: «КЖКнын», «ЖКга». */
			size_t k = i, nsuf = 0;
			while (k < len && is_lower_letter(next_cp(s, len, &k)))
				nsuf++;
			if (k == len && nsuf >= 1 && nsuf <= 8) {
				*ru = abbrs[a].ru;
				*ky = abbrs[a].ky;
				*clash = abbrs[a].clash;
				*suffixed = true;
				return true;
			}
		}
	}
	return false;
}

/* Compares a folded word with one pattern word ("уголовн*" = prefix),
 * treating the letters PDFs lose as equal: ө~о, ү~у, ң~н. */
static unsigned lossy(unsigned cp)
{
	switch (cp) {
	case 0x4E9: return 0x43E;
	case 0x4AF: return 0x443;
	case 0x4A3: return 0x43D;
	default: return cp;
	}
}

static bool word_matches(const char *w, const char *pat, size_t plen)
{
	bool prefix = plen > 0 && pat[plen - 1] == '*';
	if (prefix)
		plen--;
	size_t wlen = strlen(w), i = 0, j = 0;
	while (j < plen) {
		if (i >= wlen)
			return false;
		if (lossy(next_cp(w, wlen, &i)) != lossy(next_cp(pat, plen, &j)))
			return false;
	}
	return prefix || i == wlen;
}

/* Matches the pattern's words against words[0..n) (reading order); anchored
 * at the end when tail is true (adjectives), at the start otherwise. */
static bool pattern_matches(const char *pat, const char *const *words, size_t n,
			    bool tail, size_t *used)
{
	const char *pw[6];
	size_t pl[6], k = 0;
	const char *p = pat;
	while (*p && k < 6) {
		const char *e = strchr(p, ' ');
		size_t l = e ? (size_t)(e - p) : strlen(p);
		pw[k] = p;
		pl[k++] = l;
		p += l;
		while (*p == ' ')
			p++;
	}
	if (k > n)
		return false;
	size_t off = tail ? n - k : 0;
	for (size_t i = 0; i < k; i++)
		if (!word_matches(words[off + i], pw[i], pl[i]))
			return false;
	*used = k;
	return true;
}

/* Names by the words before «кодекс…».  Longer names first.  The third
 * field marks names that abbreviate to a clashing abbreviation: they are
 * the evidence norm_clash_resolve() counts. */
static const struct {
	const char *pat;
	int code, clash;
} adjective_rules[] = {
	/* Russian */
	{"уголовн* процессуальн*", C_UPK, 0}, {"уголовнопроцессуальн*", C_UPK, 0},
	{"уголовн* исполнительн*", C_UIK, 0}, {"уголовноисполнительн*", C_UIK, 0},
	{"гражданск* процессуальн*", C_GPK, 0}, {"гражданскопроцессуальн*", C_GPK, 0},
	{"административн* процессуальн*", C_APK, 0}, {"административнопроцессуальн*", C_APK, 0},
	{"уголовн*", C_UK, 0}, {"гражданск*", C_GK, 0}, {"трудов*", C_TK, 0},
	{"семейн*", C_SK, NORM_CLASH_SK}, {"жилищн*", C_ZHK, NORM_CLASH_ZHK},
	{"налогов*", C_NK, 0}, {"земельн*", C_ZK, 0}, {"таможенн*", C_TAMK, 0},
	{"бюджетн*", C_BK, 0}, {"водн*", C_VK, 0}, {"лесн*", C_LK, 0},
	/* Kyrgyz.  Criminal codes: «Кылмыш-жаза …» (1997, 2021 codes) and
	 * «Жазык …» (1999 procedure codes, 2017 codes); a hyphen lost at a line
	 * end glues the words («Жазык-\nпроцесстик» → «жазыкпроцесстик»). */
	{"кылмыш жаза процесстик", C_UPK, 0}, {"кылмышжаза процесстик", C_UPK, 0},
	{"кылмыш жаза процессуалдык", C_UPK, 0}, {"кылмышжаза процессуалдык", C_UPK, 0},
	{"кылмыштык процесстик", C_UPK, 0}, {"кылмыш процесстик", C_UPK, 0},
	{"кылмышжазапроцесстик", C_UPK, 0},
	{"жазык процесстик", C_UPK, NORM_CLASH_ZHPK}, {"жазыкпроцесстик", C_UPK, NORM_CLASH_ZHPK},
	{"жазык процессуалдык", C_UPK, NORM_CLASH_ZHPK},
	{"жазыкпроцессуалдык", C_UPK, NORM_CLASH_ZHPK},
	{"жазыктык процесстик", C_UPK, NORM_CLASH_ZHPK},
	{"кылмыш жаза аткаруу", C_UIK, 0}, {"кылмышжаза аткаруу", C_UIK, 0},
	{"жазык аткаруу", C_UIK, 0}, {"жазыкаткаруу", C_UIK, 0},
	{"жарандык процесстик", C_GPK, NORM_CLASH_ZHPK},
	{"жарандык процессуалдык", C_GPK, NORM_CLASH_ZHPK},
	{"жарандыкпроцесстик", C_GPK, NORM_CLASH_ZHPK},
	{"административдик процесстик", C_APK, 0}, {"административдикпроцесстик", C_APK, 0},
	{"укук бузуулар жөнүндө", C_KOP, 0}, {"укук бузуу жөнүндө", C_KOP, 0},
	{"административдик жоопкерчилик жөнүндө", C_KOAO, 0},
	{"бузуулар жөнүндө", C_KON, 0}, {"балдар жөнүндө", C_KOD, 0},
	{"кылмыш жаза", C_UK, 0}, {"кылмышжаза", C_UK, 0}, {"кылмыш", C_UK, 0},
	{"жазык", C_UK, NORM_CLASH_ZHK},
	{"жарандык", C_GK, NORM_CLASH_ZHK}, {"эмгек", C_TK, 0},
	{"үй бүлө", C_SK, 0}, {"үйбүлө", C_SK, 0},
	{"турак жай", C_ZHK, 0}, {"туракжай", C_ZHK, 0}, {"салык", C_NK, NORM_CLASH_SK},
	{"жер", C_ZK, 0}, {"бажы", C_TAMK, 0}, {"бюджеттик", C_BK, 0}, {"суу", C_VK, 0},
	{"токой", C_LK, 0},
};

static const struct {
	const char *pat;
	int code;
} object_rules[] = {
	{"о правонарушени*", C_KOP},
	{"о нарушени*", C_KON},
	{"об административн* ответственност*", C_KOAO},
	{"об административн* правонарушени*", C_KOAO},
	{"о детях", C_KOD},
};

int norm_code_from_adjectives(const char *const *words, size_t n, size_t *used,
			      int *clash)
{
	for (size_t r = 0; r < sizeof(adjective_rules) / sizeof(adjective_rules[0]); r++)
		if (pattern_matches(adjective_rules[r].pat, words, n, true, used)) {
			*clash = adjective_rules[r].clash;
			return adjective_rules[r].code;
		}
	*clash = 0;
	return -1;
}

int norm_code_from_object(const char *const *words, size_t n, size_t *used)
{
	for (size_t r = 0; r < sizeof(object_rules) / sizeof(object_rules[0]); r++)
		if (pattern_matches(object_rules[r].pat, words, n, false, used))
			return object_rules[r].code;
	return -1;
}

int norm_code_find(const char *s, size_t len)
{
	for (size_t c = 0; c < norm_ncodes; c++) {
		const char *code = norm_codes[c].code;
		size_t clen = strlen(code), i = 0, j = 0;
		bool ok = true;
		while (ok && i < len && j < clen)
			ok = norm_fold_cp(next_cp(s, len, &i)) ==
			     norm_fold_cp(next_cp(code, clen, &j));
		if (ok && i == len && j == clen)
			return (int)c;
	}
	return -1;
}

const char *norm_code_name(const char *code)
{
	if (!code)
		return NULL;
	int c = norm_code_find(code, strlen(code));
	return c < 0 ? NULL : norm_codes[c].name;
}
