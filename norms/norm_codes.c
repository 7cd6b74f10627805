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

/* Abbreviations: spelling, reading in Russian text, reading in Kyrgyz text.
 * ЖК and СК clash: Russian Жилищный/Семейный, Kyrgyz Жарандык/Салык. */
static const struct {
	const char *abbr;
	int ru, ky;
} abbrs[] = {
	{"УПК", C_UPK, C_UPK}, {"УИК", C_UIK, C_UIK}, {"УК", C_UK, C_UK},
	{"ГПК", C_GPK, C_GPK}, {"ГК", C_GK, C_GK}, {"АПК", C_APK, C_APK},
	{"КоАО", C_KOAO, C_KOAO}, {"КоП", C_KOP, C_KOP}, {"КоН", C_KON, C_KON},
	{"КоД", C_KOD, C_KOD}, {"ТамК", C_TAMK, C_TAMK}, {"ТК", C_TK, C_TK},
	{"СК", C_SK, C_NK}, {"ЖК", C_ZHK, C_GK}, {"НК", C_NK, C_NK},
	{"ЗК", C_ZK, C_ZK}, {"БК", C_BK, C_BK}, {"ВК", C_VK, C_VK},
	{"ЛК", C_LK, C_LK},
	/* Kyrgyz abbreviations */
	{"КЖПК", C_UPK, C_UPK}, {"КЖАК", C_UIK, C_UIK}, {"КЖК", C_UK, C_UK},
	{"ЖПК", C_GPK, C_GPK}, {"УБЖК", C_KOP, C_KOP}, {"БЖК", C_KON, C_KON},
	{"АЖЖК", C_KOAO, C_KOAO}, {"ЭК", C_TK, C_TK}, {"ҮБК", C_SK, C_SK},
	{"ТЖК", C_ZHK, C_ZHK},
};

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
		      bool *suffixed)
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
				*suffixed = false;
				return true;
			}
			if (query)
				continue;
			/* «ГПККР»: «КР» glued on by a lost space */
			if (len - i == strlen("КР") && memcmp(s + i, "КР", len - i) == 0) {
				*ru = abbrs[a].ru;
				*ky = abbrs[a].ky;
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

static const struct {
	const char *pat;
	int code;
} adjective_rules[] = {
	/* Russian: longer names first */
	{"уголовн* процессуальн*", C_UPK}, {"уголовнопроцессуальн*", C_UPK},
	{"уголовн* исполнительн*", C_UIK}, {"уголовноисполнительн*", C_UIK},
	{"гражданск* процессуальн*", C_GPK}, {"гражданскопроцессуальн*", C_GPK},
	{"административн* процессуальн*", C_APK}, {"административнопроцессуальн*", C_APK},
	{"уголовн*", C_UK}, {"гражданск*", C_GK}, {"трудов*", C_TK},
	{"семейн*", C_SK}, {"жилищн*", C_ZHK}, {"налогов*", C_NK},
	{"земельн*", C_ZK}, {"таможенн*", C_TAMK}, {"бюджетн*", C_BK},
	{"водн*", C_VK}, {"лесн*", C_LK},
	/* Kyrgyz */
	{"кылмыш жаза процесстик", C_UPK}, {"кылмышжаза процесстик", C_UPK},
	{"кылмыш жаза процессуалдык", C_UPK}, {"кылмыштык процесстик", C_UPK},
	{"кылмыш процесстик", C_UPK},
	{"кылмыш жаза аткаруу", C_UIK}, {"кылмышжаза аткаруу", C_UIK},
	{"жарандык процесстик", C_GPK}, {"жарандык процессуалдык", C_GPK},
	{"административдик процесстик", C_APK}, {"административдикпроцесстик", C_APK},
	{"укук бузуулар жөнүндө", C_KOP}, {"укук бузуу жөнүндө", C_KOP},
	{"административдик жоопкерчилик жөнүндө", C_KOAO},
	{"бузуулар жөнүндө", C_KON}, {"балдар жөнүндө", C_KOD},
	{"кылмыш жаза", C_UK}, {"кылмышжаза", C_UK}, {"кылмыш", C_UK},
	{"жарандык", C_GK}, {"эмгек", C_TK}, {"үй бүлө", C_SK}, {"үйбүлө", C_SK},
	{"турак жай", C_ZHK}, {"туракжай", C_ZHK}, {"салык", C_NK}, {"жер", C_ZK},
	{"бажы", C_TAMK}, {"бюджеттик", C_BK}, {"суу", C_VK}, {"токой", C_LK},
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

int norm_code_from_adjectives(const char *const *words, size_t n, size_t *used)
{
	for (size_t r = 0; r < sizeof(adjective_rules) / sizeof(adjective_rules[0]); r++)
		if (pattern_matches(adjective_rules[r].pat, words, n, true, used))
			return adjective_rules[r].code;
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
