/* dp_name.c: person names in depersonify: the name patterns (ФИО in every
 * case, initials in both orders, Kyrgyz уулу/кызы/тегин names, role-word
 * triggers), the role reader that decides whether a person is kept,
 * clustering into one label per person, propagation of known names to their
 * other forms, court party lists, and the residual-leak scanner that runs on
 * the output. */
#include "dp_int.h"
#include "dp_chars.h"

#include <stdio.h>
#include <string.h>

#include <unicode/uchar.h>

#include "dp_tok.h"
#include "ss_mem.h"
#include "ss_text.h"

/* ----------------------------------------------------------------- names */

struct mention {
	size_t ts, te;		/* tokens */
	size_t s, e;		/* bytes */
	char skey[96], gkey[96];
	char pkey[96];		/* patronymic key, when the mention has one */
	uint32_t gi, pi;
	enum dp_role role;
	int explicit_role;
	const char *rule;
	enum dp_kycase kycase;
	int cluster;
	int sex;		/* 1 male, 2 female, 0 unknown (from the word forms) */
};

struct cluster {
	char skey[96], gkey[96], pkey[96];
	uint32_t gi, pi;
	int kept;
	int sex;
	int party;		/* from the court's party list */
	size_t first;		/* byte of the first mention */
	int nment;
	int label;
};

struct names {
	struct mention *m;
	size_t nm, am;
	struct cluster *c;
	size_t nc, ac;
};

/* The first two letters of word i are capitals (set by the tokenizer). */
static int second_upper(const struct dp_work *w, size_t i)
{
	return (w->tok[i].flags & DP_F_UP2) != 0;
}

static int nameish(const struct dp_work *w, size_t i)
{
	if (i >= w->ntok)
		return 0;
	const struct dp_tok *t = &w->tok[i];
	if (t->kind != DP_T_WORD || !(t->flags & DP_F_CAP) || (t->flags & (DP_F_TAKEN | DP_F_QUOTE)))
		return 0;
	if (t->cls & (DP_C_STOP | DP_C_ROLE | DP_C_ORG | DP_C_KYP))
		return 0;
	if (t->ncp < 2)
		return 0;
	if ((t->flags & DP_F_LATIN))
		return 0;
	if ((t->flags & DP_F_ALLCAPS) && !(t->cls & (DP_C_FIRST | DP_C_PATR | DP_C_SURN | DP_C_SURG)))
		return 0;
	if ((t->flags & DP_F_ALLCAPS) && t->ncp <= 3)
		return 0;
	if (!(t->flags & DP_F_ALLCAPS) && t->ncp >= 3 && second_upper(w, i))
		return 0;	/* an abbreviation with a suffix: "ЖИнин", "ЖЧКнын" */
	return 1;
}

static int cls_has(const struct dp_work *w, size_t i, unsigned c)
{
	return i < w->ntok && w->tok[i].kind == DP_T_WORD && (w->tok[i].cls & c);
}

static int is_kyp(const struct dp_work *w, size_t i)
{
	return i < w->ntok && w->tok[i].kind == DP_T_WORD && (w->tok[i].cls & DP_C_KYP) &&
	       !(w->tok[i].flags & DP_F_TAKEN);
}

static size_t kyp_abbr(const struct dp_work *w, size_t j);

/* nameish, or a capitalised word of the stop list (Токтогул, Манас) right
 * before уулу/кызы/тегин (or "у."/"к."), where it can only be a father's name. */
static int nameish_kyp(const struct dp_work *w, size_t i)
{
	if (nameish(w, i))
		return 1;
	if (i + 1 >= w->ntok || (!is_kyp(w, i + 1) && !kyp_abbr(w, i + 1)))
		return 0;
	const struct dp_tok *t = &w->tok[i];
	return t->kind == DP_T_WORD && (t->flags & DP_F_CAP) && !(t->flags & (DP_F_TAKEN | DP_F_QUOTE)) &&
	       (t->cls & DP_C_STOP) && !(t->cls & (DP_C_ROLE | DP_C_ORG | DP_C_KYP)) && t->ncp >= 3;
}

/* An initial at i: one capital letter (or Дж) directly followed by '.'. */
static int is_initial(const struct dp_work *w, size_t i)
{
	if (i + 1 >= w->ntok)
		return 0;
	const struct dp_tok *t = &w->tok[i];
	if (t->kind != DP_T_WORD || !(t->flags & DP_F_CAP) || (t->flags & DP_F_TAKEN))
		return 0;
	if (t->ncp != 1 && !(t->ncp == 2 && !strcmp(FOLD(w, i), "дж")))
		return 0;
	return punct_is(w, i + 1, ".") && adjacent(w, i, i + 1);
}

/* Initials group at i; returns the index after it (0: none). */
static size_t inits(const struct dp_work *w, size_t i, int *count, uint32_t *gi, uint32_t *pi,
		    enum dp_kycase *kc)
{
	size_t j = i;
	int n = 0;
	*kc = DP_KY_NONE;
	while (n < 3 && is_initial(w, j)) {
		if (n == 0)
			*gi = w->tok[j].first_cp;
		else if (n == 1)
			*pi = w->tok[j].first_cp;
		n++;
		j += 2;
	}
	*count = n;
	if (!n)
		return 0;
	/* Kyrgyz suffix glued to the last dot: Б.Ж.нын */
	if (j < w->ntok && w->tok[j].kind == DP_T_WORD && (w->tok[j].flags & (DP_F_LOWER | DP_F_ALLCAPS)) &&
	    adjacent(w, j - 1, j) && w->tok[j].fl <= 8) {	/* "Б.Ж.нын", "А.Т.НЫН" */
		char k[16];
		enum dp_kycase c;
		char buf[32];
		memcpy(buf, "ааа", strlen("ааа"));
		memcpy(buf + strlen("ааа"), FOLD(w, j), w->tok[j].fl);
		if (dp_name_key_ky(buf, strlen("ааа") + w->tok[j].fl, k, &c) && c != DP_KY_NONE &&
		    strlen("ааа") + w->tok[j].fl - strlen("ааа") <= 6) {
			*kc = c;
			j++;
		}
	}
	return j;
}

static int eponym_before(const struct dp_work *w, size_t i)
{
	size_t p = i;
	if (p == 0)
		return 0;
	p--;
	/* "им. академика М. Миррахимова", "имени Героя Кыргызстана …" */
	static const char *const title[] = { "академика", "академик", "профессора", "профессор",
		"генерала", "героя", "поэта", "писателя", "акына", "акын", "манасчы", "святого",
		"маршала", "космонавта", "народного", "баатыр", "баатыра", "устаз", NULL };
	for (int n = 0; n < 2 && p > 0 && w->tok[p].kind == DP_T_WORD && in_words(w, p, title); n++)
		p--;
	if (punct_is(w, p, ".") && p > 0)
		p--;
	if (w->tok[p].kind == DP_T_WORD && (w->tok[p].cls & DP_C_EPON)) {
		/* "22.05.2022 г. Джумалиев": г. after a year is "года" */
		if (tok_is(w, p, "г") && p > 0 && w->tok[p - 1].kind == DP_T_NUM &&
		    w->tok[p - 1].e - w->tok[p - 1].s == 4)
			return 0;
		/* one capital letter with a dot is an initial ("Г. Бекболотко"),
		 * the place abbreviations are lower case ("г.", "с.") */
		if (w->tok[p].ncp == 1 && (w->tok[p].flags & DP_F_CAP))
			return 0;
		/* "от имени Седых М.П." (on behalf of) is no eponym */
		if (tok_is(w, p, "имени") && p > 0 && (tok_is(w, p - 1, "от") || tok_is(w, p - 1, "по")))
			return 0;	/* "по имени Фаррух" (called) */
		if (w->tok[p].ncp > 1 || punct_is(w, p + 1, "."))
			return 1;
	}
	return 0;
}

/* "им. Т. Сатылганова": an eponym reached over the initials before i */
static int eponym_before_inits(const struct dp_work *w, size_t i)
{
	size_t p = i;
	while (p >= 2 && punct_is(w, p - 1, ".") && is_initial(w, p - 2))
		p -= 2;
	return eponym_before(w, p);
}

static int eponym_after(const struct dp_work *w, size_t j)
{
	static const char *const after[] = { "атындагы", "көчөсү", "көчөсүндө", "көчөсүнүн",
		"району", "районунун", "районный", "районного", "районному", "районном", "район",
		"райондук", "райондугу", "райондун", "районундагы", "шаардык", "облустук",
		"района", "районе", "проспектиси", "кичирайону", "айылы", "айыл", "шаары",
		"облусу", "улица", "проспект", "площадь", "проспекти", "проспектинде", "бульвары",
		"айылында", "айылындагы", "айылынын", "айылына", "айылынан", "айылын", "шаарында",
		"шаарындагы", "шаарынын", "шаарына", "шаарынан", "кыштагы", "кыштагында",
		"кыштагындагы", "кыштагынын", "районунда", "районуна", "районунан", "даңгылы", "даңғылы",
		"даңгылында", "даңгылындагы", "даңгылынын", NULL };
	/* "Турсунбаеванын атындагы үй" is a house in her name, not an eponym
	 * (those stand in the nominative: "Жусуп Баласагын атындагы") */
	if (j > 0 && j < w->ntok && (w->tok[j].flags & DP_F_LOWER) && w->tok[j - 1].kind == DP_T_WORD &&
	    (w->tok[j - 1].cls & DP_C_KYSUF) && w->tok[j - 1].kycase == DP_KY_GEN)
		return 0;
	if (in_words(w, j, after))
		return 1;
	/* "Свердлов РИИБнын", "Ленинского РОВД": a district's police or registry office */
	if (j < w->ntok && w->tok[j].kind == DP_T_WORD) {
		static const char *const office[] = { "РИИБ", "ИИБ", "РОВД", "ОВД", "УВД", "РУВД", "ГУВД",
			"РОСИ", "ЖААК", "ЗАГС", "МИБ", NULL };
		for (int k = 0; office[k]; k++) {
			size_t ol = strlen(office[k]);
			if (w->tok[j].e - w->tok[j].s >= ol && !memcmp(w->text + w->tok[j].s, office[k], ol))
				return 1;
		}
	}
	if (in_words(w, j, dp_street_titles) && j + 1 < w->ntok && in_words(w, j + 1, after))
		return 1;	/* "Бердике баатыр көчөсү" */
	/* Kyrgyz case forms: "проспектисинин", "көчөсүнөн", "атындагы" */
	if (j < w->ntok && w->tok[j].kind == DP_T_WORD && (w->tok[j].flags & DP_F_LOWER) && w->tok[j].fl > 12) {
		static const char *const stem[] = { "көчөсү", "проспекти", "бульвары", "атындаг",
			"кичирайону", NULL };
		const char *f = FOLD(w, j);
		for (int k = 0; stem[k]; k++)
			if (!strncmp(f, stem[k], strlen(stem[k])))
				return 1;
	}
	return 0;
}

/* The name at j is followed by an eponym word, or j and j + 1 are the
 * rest of an eponym ("Чыңгыз Айтматов проспектиси", "Жусуп Баласагын
 * атындагы"): a name before such a pair is the first half of the eponym. */
static int ep_tail(const struct dp_work *w, size_t j);
static int mid_sentence(const struct dp_work *w, size_t i);
static int person_verb_after(const struct dp_work *w, size_t i);
static int stop_given(const struct dp_work *w, size_t i);
static int cap_only_first(const struct dp_work *w, size_t i);
static void key_of(const struct dp_work *w, size_t i, char *out);

/* The mention's given name is word j: its key and where it starts (for
 * initials) always come from the same word. */
static void given_at(struct mention *m, const struct dp_work *w, size_t j)
{
	key_of(w, j, m->gkey);
	m->gi = w->tok[j].first_cp;
}

/* Stems of the words bodies are named with; nouns ("Управления", "Фонда")
 * are never a person's name, adjectives ("Налоговой", "Социального") may
 * stand in one. */
static const struct {
	const char *stem;
	int noun;
} org_stems[] = {
	{ "служб", 1 }, { "центр", 1 }, { "департамент", 1 }, { "министерств", 1 }, { "инспекци", 1 },
	{ "комитет", 1 }, { "управлени", 1 }, { "агентств", 1 }, { "фонд", 1 }, { "палат", 1 },
	{ "институт", 1 }, { "академи", 1 }, { "предприяти", 1 }, { "учреждени", 1 }, { "организаци", 1 },
	{ "отделени", 1 }, { "филиал", 1 }, { "компани", 1 }, { "банк", 1 }, { "мэри", 1 },
	{ "администраци", 1 }, { "казначейств", 1 }, { "прокуратур", 1 }, { "университет", 1 },
	{ "корпораци", 1 }, { "объединени", 1 }, { "таможн", 1 }, { "кызмат", 0 }, { "мекеме", 0 },
	{ "ишкана", 0 }, { "налогов", 0 }, { "таможен", 0 }, { "социальн", 0 }, { "государствен", 0 },
	{ "национальн", 0 }, { "республиканск", 0 }, { "полиц", 0 }, { "общества", 0 }, { "федерац", 0 },
	{ "республик", 0 }, { NULL, 0 } };

/* Kyrgyz head nouns of a body's name in the possessive, after its first
 * word: "Салык кызматы", "Социалдык фондунун". */
static const char *const ky_body_heads[] = { "кызматы", "кызматынын", "башкармалыгы",
	"башкармалыгынын", "бөлүмү", "бөлүмүнүн", "фонду", "фондунун", "инспекциясы",
	"инспекциясынын", "министрлиги", "министрлигинин", "агенттиги", "агенттигинин", NULL };

/* Token i starts with a body's stem (a noun only, when nouns_only). */
static int org_stem_at(const struct dp_work *w, size_t i, int nouns_only)
{
	const char *f = FOLD(w, i);
	if (w->tok[i].fl < 4)
		return 0;
	for (int k = 0; org_stems[k].stem; k++) {
		const char *st = org_stems[k].stem;
		if ((nouns_only && !org_stems[k].noun) || st[0] != f[0] || st[1] != f[1] || st[2] != f[2] ||
		    st[3] != f[3])
			continue;
		if (!strncmp(f, st, strlen(st)))
			return 1;
	}
	return 0;
}

/* A noun of a body's name ("Управления", "Службы", "Фонда"): no person's. */
static int org_noun(const struct dp_work *w, size_t i)
{
	if (i >= w->ntok || w->tok[i].kind != DP_T_WORD || (w->tok[i].cls & (DP_C_FIRST | DP_C_PATR)))
		return 0;
	return org_stem_at(w, i, 1);
}

/* A word of an organisation's name ("эксперту Государственного центра",
 * "представителя Социального фонда", "исполнителя Службы"): an organisation
 * noun, or a genitive adjective that is no surname (-ого/-ной/-ских ...). */
static int org_word(const struct dp_work *w, size_t i)
{
	static const char *const adj[] = { "ного", "ной", "ских", "ского", "цкого", "ных", "ьного",
		"вого", "кого", "ого", NULL };
	if (i >= w->ntok || w->tok[i].kind != DP_T_WORD)
		return 0;
	const struct dp_tok *t = &w->tok[i];
	if (t->cls & DP_C_ORG)
		return 1;
	if (t->cls & (DP_C_FIRST | DP_C_PATR))
		return 0;
	const char *f = FOLD(w, i);
	if (org_stem_at(w, i, 0))
		return 1;
	if (t->fl < 10)
		return 0;
	char key[96];
	key_of(w, i, key);
	size_t kl = strlen(key);
	if (dp_has_suffix(key, kl, "ов") || dp_has_suffix(key, kl, "ев") || dp_has_suffix(key, kl, "ин"))
		return 0;
	for (int k = 0; adj[k]; k++)
		if (dp_has_suffix(f, t->fl, adj[k]))
			return 1;
	return 0;
}

/* "гражданин Турецкой Республики": an adjective before these is no name. */
static const char *const state_words[] = { "республики", "республика", "республикасынын",
	"федерации", "области", "округа", NULL };

static const char *const filler[] = { "судебного", "заседания", "государственного", "старшего",
	"помощника", "помощник", "заместителя", "районного", "городского", "областного", "района",
	"г", "в", "лице", "по", "доверенности", "ордеру", "с", "участием", "при", "и", "также", "а",
	"первой", "инстанции", "апелляционной", "кассационной", "надзорной", "коллегии", "составе",
	"суда", "подпись", "копия", "верна", "военного", "межрайонного", "транспортного",
	"прокуратуры", "его", "ее", "её", "их", "адис", "кылуучу", "сот", "соттун", "отурумунун",
	"отурумунда", "жана", "тарабынан", "юридической", "консультации", "адвокатов",
	"адвокатуры", "коллегии", "бюро", "кабинета", "действующего", "действующей", "ишеним",
	"кат", "катка", "боюнча", "анын", "алардын", "мэрии", "мэриянын", "общества", "организации",
	"ответчика", "истца", "ответчицы", "истицы", "заявителя", "доогердин", "жоопкердин",
	"действующий", "действующая", "на", "основании", "нотариально", "удостоверенной",
	"удостоверенной", "от", "сторон", "стороны", "следственного", "отдела", "управления",
	"старший", "ст", "лейтенант", "капитан", "майор", "юстиции", "полиции", "младший",
	"советник", "члены", "членов", "коллегия", "палаты", "судьи", "судей", "области", "города",
	"округа", "облусунун", "районунун", "шаарынын", "докладчик", "району", "городу", "айыл", "окмоту",
	"өкмөтү", "аймактык", "кеңеши", "которой", "органа", "опеки", "попечительства", "поддержки",
	"семьи", "детей", "защиты", "развития", "образования", "здравоохранения", "лица", "миграции",
	"регистрации", "безопасности",
	"которого", "которых", "который", NULL };

/* The role governing the name that starts at token i (words to the left). */
static const char *const head_words[] = { "глава", "главы", "главе", "главу", "главой",
	"башчысы", "башчысынын", NULL };
static const char *const body_words[] = { "айыл", "аильного", "айылдык", "администрации",
	"мэрии", "города", "муниципалитета", "сельской", "поселковой", NULL };

/* "бывшим главой", "мурдагы башчысы": no longer acting for the body */
/* A relative's word: "дочь", "агасы". */
static int kin_word(const struct dp_work *w, size_t j)
{
	static const char *const kin[] = { "сын", "сына", "дочь", "мать", "отец", "брат", "сестра", "муж",
		"жена", "супруг", "супруга", "внук", "внучка", "племянник", "племянница", "тётя", "тетя",
		"дядя", "агасы", "иниси", "эжеси", "карындашы", "сиңдиси", "атасы", "апасы", "жубайы",
		"аялы", "күйөөсү", "небереси", "баласы", "байкеси", "жээни", NULL };
	return in_words(w, j, kin);
}

static int former_word(const struct dp_work *w, size_t j)
{
	return j < w->ntok && w->tok[j].kind == DP_T_WORD &&
	       (!strncmp(FOLD(w, j), "бывш", strlen("бывш")) || !strncmp(FOLD(w, j), "прежн", strlen("прежн")) ||
		tok_is(w, j, "мурдагы") ||
		tok_is(w, j, "экс"));
}

/* The director at j acts for the company in the case: the charter stands
 * before him in the clause ("уставдын негизинде анын директору", "на
 * основании устава представлял новый директор"), or he takes part in the
 * hearing ("с участием … директора ОсОО «…»"). */
static int court_action_in_sentence(const struct dp_work *w, size_t j)
{
	static const char *const stem[] = { "суд", "иск", "сот", "доо", "заседани", "жалоб", NULL };
	size_t a = j, b = j;
	while (a > 0 && !dp_sentence_dot(w, a - 1) && j - a < 40)
		a--;
	while (b + 1 < w->ntok && !dp_sentence_dot(w, b + 1) && b - j < 40)
		b++;
	for (size_t q = a; q <= b; q++) {
		if ((w->tok[q].flags & DP_F_LOWER) && stem_in(w, q, stem))
			return 1;
	}
	return 0;
}

static int director_acts(const struct dp_work *w, size_t j)
{
	/* "представителя третьего лица ОсОО «…» – директора X": the
	 * representative's word governs the director, over the body's name */
	for (size_t q = j, n = 0; q > 0 && n < 12; n++) {
		q--;
		if (punct_is(w, q, ",") || punct_is(w, q, ";") || dp_sentence_dot(w, q) || (w->tok[q].flags & DP_F_TAKEN))
			break;
		if (w->tok[q].role == DP_ROLE_REPRESENTATIVE && !legal_parent(w, q))
			return 1;
	}
	/* "ОсОО «…» в лице директора X обратилось в суд с иском": in the case;
	 * "Заёмщик: ОсОО «…» в лице директора X" in a contract: in the facts */
	if (tok_is(w, j - 1, "лице"))
		return court_action_in_sentence(w, j);
	/* "… директору Р.Т. Абдиев … катышуусу менен": the composition of a hearing */
	for (size_t q = j + 1, n = 0; q < w->ntok && n < 30; q++, n++) {
		if (dp_sentence_dot(w, q) || punct_is(w, q, ";"))
			break;
		if (w->tok[q].kind == DP_T_WORD && !strncmp(FOLD(w, q), "катышуу", strlen("катышуу")))
			return 1;
	}
	for (size_t q = j, n = 0; q > 0 && n < 14; n++) {
		q--;
		if (dp_sentence_dot(w, q) || punct_is(w, q, ";"))
			return 0;
		if (w->tok[q].kind != DP_T_WORD)
			continue;
		if (!strncmp(FOLD(w, q), "устав", strlen("устав")) || tok_is(w, q, "участием"))
			return 1;
	}
	return 0;
}

static const char *const ky_body_words[] = { "өкмөтүнүн", "окмотунун", "мэриясынын",
	"администрациясынын", NULL };

enum dp_role dp_role_before(const struct dp_work *w, size_t i)
{
	size_t j = i;
	for (int n = 0; n < 14 && j > 0; n++) {
		/* a role never reaches over a blank line or a section heading */
		if (w->tok[j].flags & DP_F_PARA)
			return DP_ROLE_NONE;
		j--;
		const struct dp_tok *t = &w->tok[j];
		if (t->kind == DP_T_LABEL)
			continue;
		if (t->kind == DP_T_WORD && (t->cls & DP_C_HEAD))
			return DP_ROLE_NONE;
		if (t->kind == DP_T_PUNCT) {
			char c = w->text[t->s];
			if (c == ';' || c == '!' || c == '?')
				return DP_ROLE_NONE;
			if (c == ')') {
				/* "(председательствующий — К. Абдыраимов) Садыров": a role
				 * inside a closed parenthesis governs nothing after it */
				j = paren_open_before(w, j, 24);
				if (j == SIZE_MAX)
					return DP_ROLE_NONE;
				continue;
			}
			if (c == '.') {
				if (j > 0 && punct_is(w, j - 1, "."))
					return DP_ROLE_NONE;	/* "… Н.А.. Кылычбеков Д.": the initials' dot and the sentence's */
				if (j > 0 && (is_initial(w, j - 1) ||
					      (w->tok[j - 1].kind == DP_T_WORD && w->tok[j - 1].ncp <= 3)))
					continue;
				if (j > 0 && (w->tok[j - 1].flags & DP_F_TAKEN))
					continue;
				return DP_ROLE_NONE;
			}
			continue;
		}
		if (t->kind == DP_T_NUM)
			continue;
		if (t->role != DP_ROLE_NONE) {
			/* "законного представителя X": a parent, removed */
			if (t->role == DP_ROLE_REPRESENTATIVE && legal_parent(w, j))
				return DP_ROLE_PARTY;	/* and "мыйзамдуу өкүлү X" */
			/* "представителя истца X": the representative ("законный
			 * представитель несовершеннолетнего X": the minor) */
			if (t->role == DP_ROLE_PARTY && j > 0 && w->tok[j - 1].role == DP_ROLE_ADVOCATE)
				return DP_ROLE_ADVOCATE;	/* "адвоката истца X" */
			if (t->role == DP_ROLE_PARTY && j > 0 && w->tok[j - 1].role == DP_ROLE_REPRESENTATIVE)
				return j > 1 && w->tok[j - 2].kind == DP_T_WORD &&
						       !strncmp(FOLD(w, j - 2), "законн", strlen("законн"))
					       ? DP_ROLE_PARTY
					       : DP_ROLE_REPRESENTATIVE;
			/* a director acting under the charter: "уставдын негизинде
			 * директор X", "на основании устава директор X" */
			if (t->role == DP_ROLE_PARTY && !strncmp(FOLD(w, j), "директор", strlen("директор")) &&
			    j >= 2 && !former_word(w, j - 1) && director_acts(w, j))
				return DP_ROLE_REPRESENTATIVE;
			/* "Коргоочунун Турсункулов Б. … айдаган эмес деген жүйөсү":
			 * a kept role in the genitive owns a later noun; the name
			 * after it is the subject of a clause of its own */
			if (j + 1 == i && t->role != DP_ROLE_PARTY && ky_genitive_role_before(w, j))
				return DP_ROLE_NONE;
			if (t->role == DP_ROLE_PARTY && kin_word(w, j) && dp_proxy_before(w, j, i))
				return DP_ROLE_REPRESENTATIVE;	/* "ишеним кат боюнча агасы X" */
			/* the court's clerk in a composition: "при ведущем
			 * специалисте X" (a specialist heard in the case is removed) */
			if (t->role == DP_ROLE_OFFICIAL && !strncmp(FOLD(w, j), "специалист", strlen("специалист")) &&
			    ((j > 0 && tok_is(w, j - 1, "при")) ||
			     (j > 1 && tok_is(w, j - 2, "при") && (w->tok[j - 1].flags & DP_F_LOWER))))
				return DP_ROLE_SECRETARY;
			return (enum dp_role)t->role;
		}
		if (t->flags & DP_F_TAKEN) {
			/* a name right before this one, with no comma or "и"
			 * between, is another person, not a list: "айыптоочу
			 * А.Т. Бейшеев Исмаилжан уулуна" */
			if (j + 1 == i && t->kind == DP_T_WORD && !(w->tok[i].flags & DP_F_NL) &&
			    w->tok[i].kind == DP_T_WORD && !(w->tok[i].cls & DP_C_PATR) && !is_initial(w, i))
				return DP_ROLE_NONE;
			/* ... also after initials: "өкүлү Сапарбаев Н. Калыков
			 * Төлөгөндүн арызына" */
			if (j + 2 == i && punct_is(w, j + 1, ".") && t->kind == DP_T_WORD && t->ncp == 1 &&
			    !(w->tok[i].flags & DP_F_NL) && w->tok[i].kind == DP_T_WORD &&
			    (w->tok[i].flags & DP_F_CAP) && w->tok[i].ncp >= 2 && !(w->tok[i].cls & DP_C_PATR))
				return DP_ROLE_NONE;
			continue;	/* another name of a list */
		}
		/* the head of a municipality acting for it: "главой айыл окмоту
		 * X", "глава администрации района X" */
		if (in_words(w, j, head_words) && j + 1 < i && in_words(w, j + 1, body_words))
			return former_word(w, j - 1) ? DP_ROLE_PARTY : DP_ROLE_REPRESENTATIVE;
		if (in_words(w, j, head_words) && j > 0 && tok_is(w, j - 1, "лице"))
			return DP_ROLE_REPRESENTATIVE;	/* "в лице главы X" */
		/* "её интересы по доверенности представляет X" */
		if (in_words(w, j, dp_represents))
			return DP_ROLE_REPRESENTATIVE;
		if (in_words(w, j, head_words) && j > 0) {	/* "айыл өкмөтүнүн [атынан сотко анын] башчысы X" */
			for (size_t q = j, back = 0; q > 0 && back < 5; back++) {
				q--;
				if (in_words(w, q, ky_body_words))
					return former_word(w, j - 1) ? DP_ROLE_PARTY : DP_ROLE_REPRESENTATIVE;
			}
		}
		/* "Председателю Первомайского районного суда X" */
		if (!strncmp(FOLD(w, j), "председател", strlen("председател"))) {
			for (size_t q = j + 1; q < i && q < j + 5; q++)
				if (tok_is(w, q, "суда") || tok_is(w, q, "сотунун"))
					return DP_ROLE_JUDGE;
		}
		if (in_words(w, j, filler) || (t->cls & DP_C_STOP) || is_initial(w, j) || (t->flags & DP_F_QUOTE))
			continue;	/* "Представитель потерпевшего ОАО «Электрические станции» X" */
		if ((t->flags & DP_F_CAP) && n < 6)
			continue;	/* "прокурора Ленинского района Токтосунова" */
		if ((t->flags & DP_F_CAP) && n < 10 && ((t->cls & DP_C_ORG) || (t->flags & DP_F_ALLCAPS) || second_upper(w, j)))
			continue;	/* "Представитель истца – ОсОО МКК «…» по доверенности X" */
		if ((t->flags & DP_F_LOWER) && n < 8 && org_word(w, j))
			continue;	/* "представителя Социального фонда Кыргызской Республики" */
		if ((t->flags & DP_F_LOWER) && n < 9 && t->fl >= 10 &&
		    (dp_has_suffix(FOLD(w, j), t->fl, "его") || dp_has_suffix(FOLD(w, j), t->fl, "ого")))
			continue;	/* "представитель регистрирующего органа X" */
		return DP_ROLE_NONE;
	}
	return DP_ROLE_NONE;
}

/* A person acting for an organisation or another by office, charter or power
 * of attorney, read after the name: "генеральный директор X, действующий на
 * основании Устава", "Глава айыл окмоту X, представлявший в суде айыл окмоту
 * по должности", "X (Y), директор ОсОО «…», действующий на основании Устава"
 * (the clause may run on over an apposition), "ОсОО «…» директор X аркылуу
 * катышты" (Kyrgyz: through its director).  A parent "действующий в
 * интересах" a child is no representative. */
static int rep_after(const struct dp_work *w, size_t j, size_t ts, int sex)
{
	/* "действующий в интересах X по доверенности": X is the one represented */
	if (ts > 0 && (tok_is(w, ts - 1, "интересах") || tok_is(w, ts - 1, "интересы") ||
		       tok_is(w, ts - 1, "кызыкчылыгын")))
		return 0;
	/* "X (доверенность от …)", "X (по доверенности № …)" */
	if (punct_is(w, j, "(") && (!strncmp(FOLD(w, j + 1), "доверенност", strlen("доверенност")) ||
				    (tok_is(w, j + 1, "по") && (tok_is(w, j + 2, "доверенности") || tok_is(w, j + 2, "дов")))))
		return 1;
	/* "уставдын негизинде аракеттенген башкы дарыгери X": the charter
	 * a few words before, in the same clause */
	for (size_t q = ts, n = 0; q > 1 && n < 6; n++) {
		q--;
		if (dp_sentence_dot(w, q) || punct_is(w, q, ";") || punct_is(w, q, ","))
			break;
		if ((tok_is(w, q, "негизинде") && !strncmp(FOLD(w, q - 1), "устав", strlen("устав"))) ||
		    (tok_is(w, q, "устава") && tok_is(w, q - 1, "основании")))
			return 1;
	}
	static const char *const head[] = { "директор", "директору", "директорунун", "жетекчи",
		"жетекчиси", "башчысы", "төрагасы", "председатель", "председателя", NULL };
	static const char *const basis[] = { "устава", "уставдын", "доверенности", "приказа",
		"должности", "положения", NULL };
	if (j < w->ntok && tok_is(w, j, "аркылуу") && ts > 0 && in_words(w, ts - 1, head))
		return 1;
	/* a company's head acting in court: "ЖЧКнын директору X сотто
	 * тааныды", "директор X-дин жетекчилиги менен" */
	if (j < w->ntok && ts > 0 && in_words(w, ts - 1, head) &&
	    (tok_is(w, j, "сотто") || tok_is(w, j, "жетекчилиги")))
		return 1;
	/* the basis right after the name: "X по доверенности от …", "X ишеним
	 * кат боюнча", "директору X устав негизинде" */
	size_t b = j;
	if (b < w->ntok && (punct_is(w, b, ",") || punct_is(w, b, "–") || punct_is(w, b, "—")))
		b++;
	if (b + 1 < w->ntok && tok_is(w, b, "по") && tok_is(w, b + 1, "доверенности")) {
		/* "… – X по доверенности от 05.05.2025", "представляла юрист X по
		 * доверенности." — not "X по доверенности, якобы выданной …,
		 * продала квартиру" */
		if (b + 2 >= w->ntok || tok_is(w, b + 2, "от") || punct_is(w, b + 2, "№") || dp_sentence_dot(w, b + 2) ||
		    punct_is(w, b + 2, ";"))
			return 1;
		for (size_t q = ts, n = 0; q > 0 && n < 8; n++) {
			q--;
			if (dp_sentence_dot(w, q) || punct_is(w, q, ";"))
				break;
			if (w->tok[q].kind == DP_T_WORD && (!strncmp(FOLD(w, q), "представля", strlen("представля")) ||
							    !strncmp(FOLD(w, q), "интерес", strlen("интерес"))))
				return 1;
		}
	}
	if (b + 1 < w->ntok && (tok_is(w, b, "ишеним") || tok_is(w, b, "устав") || tok_is(w, b, "уставдын")) &&
	    w->tok[b + 1].kind == DP_T_WORD &&
	    (!strncmp(FOLD(w, b + 1), "кат", 6) || tok_is(w, b + 1, "негизинде") || tok_is(w, b + 1, "боюнча")) &&
	    /* "иниси X ишеним кат менен айдап жүргөн": a car driven by proxy */
	    !tok_is(w, b + 2, "менен")) {
		/* "Доогер X ишеним кат боюнча өкүлү Y аркылуу": the basis is
		 * the representative's, who comes next */
		for (size_t q = b + 2; q < w->ntok && q < b + 5; q++)
			if (w->tok[q].kind == DP_T_WORD && !strncmp(FOLD(w, q), "өкүл", strlen("өкүл")))
				return 0;
		return 1;
	}
	/* "интересы школы по доверенности представляла заместитель директора X" */
	int proxy = 0, acts = 0;
	for (size_t q = ts, n = 0; q > 0 && n < 10; n++) {
		q--;
		if (w->tok[q].kind == DP_T_PUNCT && (w->text[w->tok[q].s] == '.' || w->text[w->tok[q].s] == ';'))
			break;
		if (w->tok[q].kind != DP_T_WORD)
			continue;
		proxy |= tok_is(w, q, "доверенности");
		acts |= !strncmp(FOLD(w, q), "представлял", strlen("представлял"));
	}
	if (proxy && acts)
		return 1;
	int other = 0;	/* a representative's or advocate's word after the name */
	for (size_t q = j, n = 0; q < w->ntok && n < 24; q++, n++) {
		const struct dp_tok *t = &w->tok[q];
		if (t->kind == DP_T_PUNCT && (w->text[t->s] == ';' || w->text[t->s] == '\n' ||
					       w->text[t->s] == '.' || w->text[t->s] == '!' || w->text[t->s] == '?'))
			return 0;	/* one clause: "уволен по п. 5 …" stops here */
		/* another participant brought in with a name of his own: the
		 * participle is his ("ответчика X и его представителя Y,
		 * действующего …", "представителя – адвоката Y, …") */
		if (t->kind == DP_T_WORD && (t->role == DP_ROLE_REPRESENTATIVE || t->role == DP_ROLE_ADVOCATE))
			other = 1;
		else if (other && ((nameish(w, q) && !org_word(w, q)) || is_initial(w, q)))
			return 0;
		if (t->kind != DP_T_WORD || !(t->flags & DP_F_LOWER))
			continue;
		const char *f = FOLD(w, q);
		/* "X, участвующий в деле в качестве представителя ответчика" (not
		 * "… законного представителя": a parent) */
		if (!strncmp(f, "участвующ", strlen("участвующ"))) {
			for (size_t r = q + 1; r < w->ntok && r < q + 7; r++) {
				if (w->tok[r].kind == DP_T_WORD && !strncmp(FOLD(w, r), "законн", strlen("законн")))
					return 0;
				if (tok_is(w, r, "представителя"))
					return 1;
			}
			return 0;
		}
		int act = !strncmp(f, "действующ", strlen("действующ")) ||
			  !strncmp(f, "действовавш", strlen("действовавш")) ||
			  !strncmp(f, "представлявш", strlen("представлявш")) ||
			  !strncmp(f, "представляющ", strlen("представляющ"));
		if (!act)
			continue;
		if (!(dp_has_suffix(f, t->fl, "ий") || dp_has_suffix(f, t->fl, "ая") ||
		      dp_has_suffix(f, t->fl, "его") || dp_has_suffix(f, t->fl, "ей")))
			return 0;	/* the participle agrees with the name ("в лице директора X, действующего") */
		if ((sex == 2 && (dp_has_suffix(f, t->fl, "ий") || dp_has_suffix(f, t->fl, "его"))) ||
		    (sex == 1 && (dp_has_suffix(f, t->fl, "ая") || dp_has_suffix(f, t->fl, "ей"))))
			return 0;	/* ... in gender too: "заявителя Х-ой, …, действующего" is another's */
		for (size_t r = q + 1; r < w->ntok && r < q + 9; r++)
			if (in_words(w, r, basis))
				return 1;
		return 0;
	}
	return 0;
}

/* A party word right before the name, over a comma, colon or dash only. */
static int party_word_next_to(const struct dp_work *w, size_t ts)
{
	size_t p = ts;
	while (p > 0 && (punct_is(w, p - 1, ",") || punct_is(w, p - 1, ":") || punct_is(w, p - 1, "–") ||
			 punct_is(w, p - 1, "—") || punct_is(w, p - 1, "-")))
		p--;
	return p > 0 && w->tok[p - 1].kind == DP_T_WORD && w->tok[p - 1].role == DP_ROLE_PARTY;
}

/* A name that opens a sentence and is followed by its role in apposition:
 * "X, представитель Фонда …, пояснил", "X, адвокат по ордеру № …",
 * Kyrgyz "X, «…» ЖАКтын ишеним кат боюнча өкүлү, …". */
static enum dp_role apposition_role(const struct dp_work *w, size_t ts, size_t te)
{
	static const char *const nominative[] = { "представитель", "адвокат", "защитник", "прокурор",
		"юрист", "юрисконсульт", NULL };
	if (!punct_is(w, te, ",") || !(ts == 0 || (w->tok[ts].flags & DP_F_NL) || dp_sentence_dot(w, ts - 1)))
		return DP_ROLE_NONE;
	if (in_words(w, te + 1, nominative))
		return (enum dp_role)w->tok[te + 1].role;
	if (!w->ky)
		return DP_ROLE_NONE;
	for (size_t q = te + 1; q < w->ntok && q < te + 10; q++) {
		if (punct_is(w, q, ",") || punct_is(w, q, ";") || dp_sentence_dot(w, q))
			break;
		if (tok_is(w, q, "өкүлү"))
			return DP_ROLE_REPRESENTATIVE;
	}
	return DP_ROLE_NONE;
}

/* "Осмонов Р.Р. (адвокат)" / "— адвокат" right after the name. */
static enum dp_role role_after(const struct dp_work *w, size_t j)
{
	if (j < w->ntok && (punct_is(w, j, "(") || punct_is(w, j, "–") || punct_is(w, j, "—")) &&
	    j + 1 < w->ntok && w->tok[j + 1].role != DP_ROLE_NONE && w->tok[j + 1].role != DP_ROLE_PARTY)
		return (enum dp_role)w->tok[j + 1].role;
	return DP_ROLE_NONE;
}

static void key_of(const struct dp_work *w, size_t i, char *out)
{
	const char *f = FOLD(w, i);
	size_t fl = w->tok[i].fl;
	out[0] = '\0';
	if (fl >= 90)
		fl = 90;
	if (w->tok[i].cls & DP_C_KYSUF) {
		enum dp_kycase kc;
		if (dp_name_key_ky(f, fl, out, &kc))
			return;
	}
	dp_name_key(f, fl, out);
}

static void names_push(struct names *nm, struct mention *m)
{
	if (nm->nm == nm->am) {
		nm->am = nm->am ? nm->am * 2 : 32;
		nm->m = ss_xrealloc(nm->m, nm->am * sizeof *nm->m);
	}
	nm->m[nm->nm++] = *m;
}

/* The sex a Russian word form shows, where it shows one: a patronymic
 * (-ович / -овна), a surname in -ов/-ев/-ин in the nominative, instrumental or
 * prepositional masculine (-ов, -овым, -ове) or the oblique feminine
 * (-овой).  "-ова", "-ову" are both and say nothing. */
static int word_sex(const struct dp_work *w, size_t i)
{
	const struct dp_tok *t = &w->tok[i];
	if (t->kind != DP_T_WORD || (t->cls & DP_C_KYSUF))
		return 0;
	const char *f = FOLD(w, i);
	size_t fl = t->fl;
	if (t->cls & DP_C_PATR) {
		if (strstr(f, "вич") || strstr(f, "ьич") || dp_has_suffix(f, fl, "оглы") || dp_has_suffix(f, fl, "улы"))
			return 1;
		if (strstr(f, "вн") || strstr(f, "ичн") || dp_has_suffix(f, fl, "кызы"))
			return 2;
		return 0;
	}
	if (!(t->cls & DP_C_SURN) || t->ncp < 5)
		return 0;
	static const char *const male[] = { "ов", "ев", "ёв", "ин", "овым", "евым", "иным", "ове", "еве", "ине", NULL };
	static const char *const female[] = { "овой", "евой", "иной", "овою", "евою", NULL };
	for (int k = 0; female[k]; k++)
		if (dp_has_suffix(f, fl, female[k]))
			return 2;
	for (int k = 0; male[k]; k++)
		if (dp_has_suffix(f, fl, male[k]))
			return 1;
	return 0;
}

static void mention_init(struct mention *m, const struct dp_work *w, size_t ts, size_t te,
			 const char *rule)
{
	memset(m, 0, sizeof *m);
	m->ts = ts;
	m->te = te;
	m->s = w->tok[ts].s;
	m->e = w->tok[te - 1].e;
	m->rule = rule;
	m->cluster = -1;
	if (!w->ky)
		for (size_t q = ts; q < te && !m->sex; q++)
			m->sex = word_sex(w, q);
	const struct dp_tok *last = &w->tok[te - 1];
	if (last->kind == DP_T_WORD && (last->cls & DP_C_KYSUF))
		m->kycase = (enum dp_kycase)last->kycase;
	else if (last->kind == DP_T_WORD && (last->cls & DP_C_KYP) && w->ky) {
		/* "Султан уулуна": the case is on уулу/кызы/тегин */
		static const struct {
			const char *s;
			enum dp_kycase c;
		} kyp[] = { {"уулунун", DP_KY_GEN}, {"кызынын", DP_KY_GEN}, {"тегиндин", DP_KY_GEN},
			    {"уулуна", DP_KY_DAT}, {"кызына", DP_KY_DAT}, {"тегинге", DP_KY_DAT},
			    {"уулун", DP_KY_ACC}, {"уулуну", DP_KY_ACC}, {"кызын", DP_KY_ACC},
			    {"кызыны", DP_KY_ACC}, {"тегинди", DP_KY_ACC}, {"уулунан", DP_KY_ABL},
			    {"кызынан", DP_KY_ABL}, {"тегинден", DP_KY_ABL}, {"уулунда", DP_KY_LOC},
			    {"кызында", DP_KY_LOC}, {NULL, DP_KY_NONE} };
		for (int k = 0; kyp[k].s; k++)
			if (tok_is(w, te - 1, kyp[k].s))
				m->kycase = kyp[k].c;
	}
}

/* A capitalised word of the -ов/-ев/-ин surname shape (Russian endings or a
 * Kyrgyz case suffix cut) inside a sentence: after a lower-case word, a
 * name already found, a label or a comma; never after в/во/из (places). */
static int ep_tail(const struct dp_work *w, size_t j)
{
	return eponym_after(w, j) || (nameish(w, j) && eponym_after(w, j + 1));
}

static int bare_surname(const struct dp_work *w, size_t i)
{
	static const char *const place_prep[] = { "в", "во", "из", "городе", "селе", "поселке", NULL };
	const struct dp_tok *t = &w->tok[i];
	if (!(t->cls & DP_C_SURN) || (t->cls & (DP_C_PATR | DP_C_EPON)) || (t->flags & DP_F_NL) ||
	    t->ncp < 5)
		return 0;
	char k[96];
	key_of(w, i, k);
	size_t kl = strlen(k);
	if (!(dp_has_suffix(k, kl, "ов") || dp_has_suffix(k, kl, "ев") || dp_has_suffix(k, kl, "ин") ||
	      (w->ky && dp_has_suffix(k, kl, "енко"))))
		return 0;
	const struct dp_tok *p = i > 0 ? &w->tok[i - 1] : NULL;
	const struct dp_tok *n = i + 1 < w->ntok ? &w->tok[i + 1] : NULL;
	if (t->flags & DP_F_ALLCAPS) {
		/* "показала, что ОРОЗМАТОВ часто приходил": upper case in a
		 * lower-case sentence */
		if (!p || !n || p->kind != DP_T_WORD || !(p->flags & DP_F_LOWER) || (p->cls & DP_C_HEAD) ||
		    n->kind != DP_T_WORD || !(n->flags & DP_F_LOWER) || in_words(w, i - 1, place_prep))
			return 0;
		return !eponym_after(w, i + 1);
	}
	/* only the first letter upper case: not "ЖПКнын" */
	if (!cap_only_first(w, i))
		return 0;
	if (eponym_after(w, i + 1) ||
	    (nameish(w, i + 1) && !eponym_after(w, i + 2) && !(nameish(w, i + 2) && eponym_after(w, i + 3))))
		return 0;
	/* "Кусеин Карасаев атындагы мектеп": a given name and a surname
	 * before an eponym word are one eponym, not a person and a street */
	if (nameish(w, i + 1) && cls_has(w, i + 1, DP_C_SURN) && eponym_after(w, i + 2))
		return 0;
	/* Kyrgyz: a Russian-shaped surname with a Kyrgyz case suffix
	 * ("Ивановага", "Асылбековадан") is a person wherever it stands; so is
	 * one at the start of a sentence or a quotation before a lower-case
	 * word ("«Турдыев менен …") */
	int ov = dp_has_suffix(k, kl, "ов") || dp_has_suffix(k, kl, "ев");	/* -ин is Kyrgyz genitive */
	if (w->ky && !ov && dp_has_suffix(k, kl, "енко") && (t->cls & DP_C_KYSUF) && t->kycase != DP_KY_NONE &&
	    cap_only_first(w, i))
		return 1;	/* "Шевченкого" */
	if (w->ky && ov && (t->cls & DP_C_KYSUF) && t->kycase != DP_KY_NONE)
		return 1;
	if (w->ky && ov && (!p || p->kind == DP_T_LABEL || punct_is(w, i - 1, ".") || punct_is(w, i - 1, "«") ||
		      punct_is(w, i - 1, "\"")) &&
	    n && n->kind == DP_T_WORD && (n->flags & DP_F_LOWER))
		return 1;
	/* a sentence that starts with a surname and a verb in the past
	 * tense: "Усенова пояснила", "Бекболотов показал" (not "Документов
	 * не представлено") */
	if (!w->ky && (!p || dp_sentence_dot(w, i - 1) || (t->flags & DP_F_NL)) && n && n->kind == DP_T_WORD &&
	    (n->flags & DP_F_LOWER) && n->ncp >= 5) {
		static const char *const past[] = { "л", "ла", "лся", "лась", NULL };
		const char *f = FOLD(w, i + 1);
		for (int q = 0; past[q]; q++)
			if (dp_has_suffix(f, n->fl, past[q]))
				return 1;
	}
	/* the head of a list at a sentence start: "Мамыров, Тилебалдиев и
	 * Ибраимова не явились" */
	if ((!p || punct_is(w, i - 1, ".") || (t->flags & DP_F_NL)) && n && punct_is(w, i + 1, ",") &&
	    i + 2 < w->ntok && (w->tok[i + 2].kind == DP_T_LABEL ||
				(cls_has(w, i + 2, DP_C_SURN) && cap_only_first(w, i + 2))))
		return 1;
	if (!p)
		return 0;
	/* the second word of a sentence after a capitalised adverb or noun:
	 * "Вчера Мамбетжанов управлял", "Заявление Касымалиевой подано" */
	if (p->kind == DP_T_WORD && (p->flags & DP_F_CAP) && !(p->flags & (DP_F_ALLCAPS | DP_F_TAKEN)) &&
	    (i == 1 || dp_sentence_dot(w, i - 2) || (p->flags & DP_F_NL)) && p->ncp >= 4 &&
	    !(p->cls & (DP_C_FIRST | DP_C_SURN | DP_C_SURG | DP_C_PATR | DP_C_ORG | DP_C_EPON | DP_C_HEAD | DP_C_KYP)) &&
	    !in_words(w, i - 1, place_prep) && n &&
	    ((n->kind == DP_T_WORD && (n->flags & DP_F_LOWER)) || punct_is(w, i + 1, ",")))
		return 1;
	/* "Кубанычбек (Кубаныч) Жолдошбаев": the name goes on after the parenthesis */
	if (punct_is(w, i - 1, ")") && i >= 4 && punct_is(w, i - 3, "(") && (w->tok[i - 4].flags & DP_F_TAKEN))
		return 1;
	/* "3) Бекташев – эксперт": a numbered list, or a role after a dash */
	if (punct_is(w, i - 1, ")") && i >= 2 && w->tok[i - 2].kind == DP_T_NUM)
		return 1;
	if (n && (punct_is(w, i + 1, "–") || punct_is(w, i + 1, "—")) && i + 2 < w->ntok &&
	    w->tok[i + 2].kind == DP_T_WORD && w->tok[i + 2].role != DP_ROLE_NONE)
		return 1;
	if (punct_is(w, i - 1, ".") && i >= 2 && (tok_is(w, i - 2, "гр") || tok_is(w, i - 2, "гр-н") ||
						  tok_is(w, i - 2, "гр-ка")))
		return 1;	/* "Гр. Осмонова, родившаяся …" */
	int ok = (p->flags & DP_F_TAKEN) || p->kind == DP_T_LABEL || punct_is(w, i - 1, ",") ||
		 (p->kind == DP_T_WORD && (p->flags & DP_F_LOWER) && !(p->cls & DP_C_HEAD) &&
		  !in_words(w, i - 1, place_prep));
	return ok;
}

static int given_in_context(const struct dp_work *w, size_t i)
{
	static const char *const speech[] = { "сказал", "сказала", "крикнул", "крикнула", "ответил",
		"ответила", "спросил", "спросила", "позвал", "позвала", "попросил", "попросила",
		"деди", "айтты", "сурады", "скажи", "скажите", "передай", "передайте", "позвони",
		"позвоните", "напиши", "напишите", NULL };
	static const char *const kin[] = { "атасы", "апасы", "агасы", "эжеси", "иниси", "синдиси",
		"карындашы", "жубайы", "аялы", "күйөөсү", "досу", "байкеси", "таекеси", "чоң", NULL };
	static const char *const honor[] = { "апа", "апанын", "апага", "апаны", "ападан", "эже",
		"эженин", "эжеге", "эжени", "эжеден", "байке", "байкенин", "байкеге", "байкени",
		"агай", "агайдын", "агайга", "ака", "аке", "акенин", "ата", "атанын", "ападан", "опа", NULL };
	const struct dp_tok *t = &w->tok[i];
	/* before a Kyrgyz honorific any capitalised word is a given name:
	 * "Жыпар апанын үйүндө", "Сейит байке", also after a hyphen: "у
	 * Мухаббат-опа" (not the first word of a sentence, which may be a
	 * noun: "Ата-энеси") */
	int hyphen_honor = punct_is(w, i + 1, "-") && adjacent(w, i, i + 1) && adjacent(w, i + 1, i + 2) &&
			   in_words(w, i + 2, honor);
	int honor_next = in_words(w, i + 1, honor) || hyphen_honor;
	/* (a common noun may be the name before a hyphen: "Мухаббат-опа") */
	if (!(t->cls & (DP_C_FIRST | DP_C_PATR | DP_C_EPON | DP_C_ORG | DP_C_ROLE | DP_C_HEAD)) &&
	    (!(t->cls & DP_C_STOP) || hyphen_honor) &&
	    !(t->flags & (DP_F_ALLCAPS | DP_F_QUOTE)) && t->ncp >= 3 && cap_only_first(w, i) &&
	    honor_next && mid_sentence(w, i))
		return 1;
	if (!(t->cls & DP_C_FIRST) || (t->cls & (DP_C_PATR | DP_C_EPON)) || (t->flags & DP_F_ALLCAPS) ||
	    t->ncp < 3 || nameish(w, i + 1))
		return 0;
	/* vocative at the start of direct speech (a dash, not «: "«Мен, Иванов") */
	if (i > 0 && (punct_is(w, i - 1, "—") || punct_is(w, i - 1, "–") || punct_is(w, i - 1, "«")) &&
	    (punct_is(w, i + 1, ",") || punct_is(w, i + 1, "!")))
		return 1;
	/* after a verb of speech */
	if (i > 0 && in_words(w, i - 1, speech))
		return 1;
	/* before a Kyrgyz honorific: "Мавлюда апанын", "Асан байке" */
	if (honor_next)
		return 1;

	/* Kyrgyz genitive before a kinship word */
	if (t->kycase == DP_KY_GEN && (t->cls & DP_C_KYSUF) && in_words(w, i + 1, kin))
		return 1;
	/* ... or before what only a person has: "Элдиярдын пикирин", "Бурулдун
	 * көрсөтмөсү", "Айгүлдүн арызы" */
	if (t->kycase == DP_KY_GEN && (t->cls & DP_C_KYSUF) && i + 1 < w->ntok &&
	    w->tok[i + 1].kind == DP_T_WORD && (w->tok[i + 1].flags & DP_F_LOWER)) {
		static const char *const own[] = { "пикир", "көрсөтмө", "арыз", "сөзү", "сөзүн",
			"талаб", "макулдуг", "колу", "колун", "ден соолуг", "өмүр", NULL };
		if (stem_in(w, i + 1, own))
			return 1;
	}
	return 0;
}

/* Only the first letter of token i is upper case (not "ЖПКнын", "ИП"). */
static int cap_only_first(const struct dp_work *w, size_t i)
{
	if (i >= w->ntok)
		return 0;
	const struct dp_tok *t = &w->tok[i];
	size_t q = t->s;
	ss_utf8_next(w->text, t->e, &q);
	while (q < t->e) {
		int c = ss_utf8_next(w->text, t->e, &q);
		if (c < 0 || dp_isupper(c))
			return 0;
	}
	return 1;
}

/* The key of token i ends in -ов/-ев/-ин/-ын (a surname, not an adjective
 * in -ский/-ской: "Российской Федерации"). */
static int ov_stem(const struct dp_work *w, size_t i)
{
	char k[96];
	key_of(w, i, k);
	size_t kl = strlen(k);
	return dp_has_suffix(k, kl, "ов") || dp_has_suffix(k, kl, "ев") || dp_has_suffix(k, kl, "ин") ||
	       dp_has_suffix(k, kl, "ын") || dp_has_suffix(k, kl, "ёв");
}

/* Token i follows a lower-case word (not a place preposition), a comma, a
 * label or a name already found: inside a sentence, where a capitalised
 * word with an initial is a person ("передал Тен В.", "у М. Брауна"). */
static int mid_sentence(const struct dp_work *w, size_t i)
{
	/* "с" right before the name is "with" ("вместе с Таласом Осмоновым");
	 * the village "с." has its dot in between */
	static const char *const place_prep[] = { "в", "во", "из", "на", "г", "пос", "ул", "по", NULL };
	if (i == 0)
		return 0;
	const struct dp_tok *p = &w->tok[i - 1];
	if (p->kind == DP_T_LABEL || (p->flags & DP_F_TAKEN) || punct_is(w, i - 1, ",") || tok_is(w, i - 1, "с"))
		return 1;
	return p->kind == DP_T_WORD && (p->flags & DP_F_LOWER) && !(p->cls & (DP_C_HEAD | DP_C_EPON)) &&
	       !in_words(w, i - 1, place_prep);
}

/* A word that can be a given name after a surname: a listed first name,
 * or an unlisted word of letters only (no digits, no dot abbreviations)
 * with only its first letter upper case. */
static int given_shape(const struct dp_work *w, size_t i)
{
	if (cls_has(w, i, DP_C_FIRST))
		return 1;
	if (cls_has(w, i, DP_C_EPON | DP_C_ORG | DP_C_HEAD) || (punct_is(w, i + 1, ".") && !dp_sentence_dot(w, i + 1)))
		return 0;
	return cap_only_first(w, i);
}

/* A listed given name alone inside a sentence ("от Данияра он узнал",
 * "балдары Нурисламды жана"): after a lower-case word (not a place
 * preposition), a comma, a label or a name already found; capitalised
 * mid-sentence, a listed given name is a person.  Places that double as
 * names are kept by the stop and eponym lists. */
static int given_inside(const struct dp_work *w, size_t i)
{
	static const char *const place_prep[] = { "в", "во", "из", "городе", "селе", "поселке",
		"поселок", "село", "город", "аил", "аиле", "айыл", "айылы", "айылында", "шаары",
		"шаарында", "на", "ресторан", "кафе", "магазин", "торговый", "центр", "марки",
		"модели", "сорта", "породы", "кличке", NULL };
	const struct dp_tok *t = &w->tok[i];
	if (i == 0 || !(t->cls & DP_C_FIRST) || (t->cls & (DP_C_PATR | DP_C_EPON | DP_C_SURN | DP_C_SURG)) ||
	    (t->flags & (DP_F_ALLCAPS | DP_F_NL | DP_F_LATIN | DP_F_QUOTE)) || t->ncp < 4 ||
	    !cap_only_first(w, i))
		return 0;
	if (ep_tail(w, i + 1))
		return 0;
	/* after a kinship word, also at the start of a sentence: "Балдары
	 * Айсулуу жана …", "Сын Тимур проживает …" */
	static const char *const kin_before[] = { "балдары", "баласы", "уулу", "сын", "сына", "сыном",
		"дочь", "дочери", "сыновья", "сыновей", "дети", "детей", "внук", "внучка", NULL };
	if (in_words(w, i - 1, kin_before) && !(w->tok[i - 1].cls & DP_C_KYP))
		return 1;
	const struct dp_tok *p = &w->tok[i - 1];
	if (p->kind == DP_T_LABEL || (p->flags & DP_F_TAKEN) || punct_is(w, i - 1, ",") ||
	    ((punct_is(w, i - 1, "«") || punct_is(w, i - 1, "\"") || punct_is(w, i - 1, "“")) &&
	     !punct_is(w, i + 1, "»") && !punct_is(w, i + 1, "\"") && !punct_is(w, i + 1, "”")))
		return 1;
	/* the second word of a sentence after a capitalised preposition,
	 * adverb or pronoun: "Без Бексултана решение …", "Позже Тимур
	 * признался", "Ал Сүйүнбайдан акча алган" (a case suffix, a past
	 * tense or a conjunction after the name) */
	if (p->kind == DP_T_WORD && (p->flags & DP_F_CAP) && !(p->flags & DP_F_ALLCAPS) && (p->cls & DP_C_STOP) &&
	    (i == 1 || dp_sentence_dot(w, i - 2) || (p->flags & DP_F_NL)) &&
	    !(p->cls & (DP_C_FIRST | DP_C_SURN | DP_C_SURG | DP_C_PATR | DP_C_ORG | DP_C_EPON | DP_C_HEAD | DP_C_KYP |
			DP_C_ROLE)) &&
	    !in_words(w, i - 1, place_prep) &&
	    (((t->cls & DP_C_KYSUF) && t->kycase != DP_KY_NONE) || person_verb_after(w, i) || tok_is(w, i + 1, "и") ||
	     tok_is(w, i + 1, "менен") || tok_is(w, i + 1, "жана") || (!w->ky && p->ncp <= 5)))
		return 1;
	/* sentence start: "Нурсултан признал", "Данияр келди" (a verb in the
	 * past tense right after the name) */
	if ((punct_is(w, i - 1, ".") || punct_is(w, i - 1, "—")) && punct_is(w, i + 1, ",") &&
	    !(t->cls & DP_C_KYSUF) && !dp_has_suffix(FOLD(w, i), t->fl, "йдя") &&
	    !dp_has_suffix(FOLD(w, i), t->fl, "шись"))
		return 1;	/* "Бахтиёр, сын соседки" */
	if ((punct_is(w, i - 1, ".") || punct_is(w, i - 1, "—")) && i + 1 < w->ntok &&
	    w->tok[i + 1].kind == DP_T_WORD && (w->tok[i + 1].flags & DP_F_LOWER)) {
		static const char *const past[] = { "л", "ла", "ли", "лся", "лась", "ди", "ды", "ду", "дү",
			"ти", "ты", "ту", "тү", "ган", "ген", "гон", "гөн", "кан", "кен", "кон", "көн", NULL };
		const char *f = FOLD(w, i + 1);
		size_t fl = w->tok[i + 1].fl;
		for (int k = 0; past[k]; k++)
			if (dp_has_suffix(f, fl, past[k]) && fl >= 6)
				return 1;
	}
	/* after a date or a time, before a verb in the past tense: "вечером
	 * 06.06.2024 Эмиль позвонил" */
	if (p->kind == DP_T_NUM && i + 1 < w->ntok && w->tok[i + 1].kind == DP_T_WORD &&
	    (w->tok[i + 1].flags & DP_F_LOWER) && w->tok[i + 1].ncp >= 5) {
		const char *f = FOLD(w, i + 1);
		size_t fl = w->tok[i + 1].fl;
		if (dp_has_suffix(f, fl, "л") || dp_has_suffix(f, fl, "ла") || dp_has_suffix(f, fl, "лся") ||
		    dp_has_suffix(f, fl, "лась"))
			return 1;
	}
	return p->kind == DP_T_WORD && (p->flags & DP_F_LOWER) && !(p->cls & DP_C_HEAD) &&
	       !in_words(w, i - 1, place_prep) && (t->flags & DP_F_SPACE);
}

/* The last letters of token i's folded form, for case agreement. */
static int same_ending(const struct dp_work *w, size_t a, size_t b)
{
	const struct dp_tok *x = &w->tok[a], *y = &w->tok[b];
	if (x->fl < 6 || y->fl < 6)
		return 0;
	if (w->ky && (x->cls & DP_C_KYSUF) && (y->cls & DP_C_KYSUF))
		return x->kycase == y->kycase && x->kycase != DP_KY_NONE;
	return !memcmp(FOLD(w, a) + x->fl - 4, FOLD(w, b) + y->fl - 4, 4);
}

/* The second of two coordinated names in the same case: "с сыновьями
 * Асылбеком и Бейшеном", "Мирланга жана Бекжанга".  The first was found
 * alone (a single word), so the second is the same kind of word. */
static int coordinated(const struct dp_work *w, size_t i)
{
	const struct dp_tok *t = &w->tok[i];
	if (i < 2 || t->kind != DP_T_WORD || (t->flags & (DP_F_ALLCAPS | DP_F_QUOTE | DP_F_NL)) || t->ncp < 4 ||
	    (t->cls & (DP_C_STOP | DP_C_ROLE | DP_C_HEAD | DP_C_ORG | DP_C_EPON | DP_C_KYP)) || !cap_only_first(w, i))
		return 0;
	if (!(tok_is(w, i - 1, "и") || tok_is(w, i - 1, "жана")))
		return 0;
	const struct dp_tok *p = &w->tok[i - 2];
	if (p->kind != DP_T_WORD || !(p->flags & DP_F_TAKEN) || !(p->cls & (DP_C_FIRST | DP_C_SURN)) ||
	    (i >= 3 && (w->tok[i - 3].flags & DP_F_TAKEN)))
		return 0;	/* the first is one word found alone */
	if (nameish(w, i + 1) || (punct_is(w, i + 1, ".") && !dp_sentence_dot(w, i + 1)) || ep_tail(w, i + 1))
		return 0;
	return same_ending(w, i - 2, i);
}

/* A former surname: "(до брака – Сейтказиевой)", "мурдагы фамилиясы –
 * Кудайбергенов", "сменил фамилию на Осмонов". */
static int former_surname(const struct dp_work *w, size_t i)
{
	const struct dp_tok *t = &w->tok[i];
	if (i < 2 || !(t->cls & (DP_C_SURN | DP_C_SURG)) || (t->cls & (DP_C_EPON | DP_C_ORG)) ||
	    !cap_only_first(w, i) || t->ncp < 5)
		return 0;
	size_t q = i - 1;
	if ((punct_is(w, q, "–") || punct_is(w, q, "—") || punct_is(w, q, "-") || punct_is(w, q, ":")) && q > 0)
		q--;
	else if (tok_is(w, q, "на") && q > 0)
		q--;
	if (w->tok[q].kind != DP_T_WORD)
		return 0;
	const char *f = FOLD(w, q);
	return tok_is(w, q, "брака") || tok_is(w, q, "замужества") || !strncmp(f, "фамили", strlen("фамили")) ||
	       (tok_is(w, q, "чейин") && q > 0 && tok_is(w, q - 1, "никеге"));	/* "(никеге чейин – X)" */
}

/* A surname right before the former one in parentheses: "Бердибекова (до
 * брака — Сейдакматова) Назгүл", "Иванова (урожд. Петрова)". */
static int before_former(const struct dp_work *w, size_t i)
{
	const struct dp_tok *t = &w->tok[i];
	if (i + 3 >= w->ntok || !(t->cls & (DP_C_SURN | DP_C_SURG)) || (t->cls & (DP_C_EPON | DP_C_ORG)) ||
	    !cap_only_first(w, i) || t->ncp < 5 || !punct_is(w, i + 1, "("))
		return 0;
	return ((tok_is(w, i + 2, "до") || tok_is(w, i + 2, "в")) &&
		(tok_is(w, i + 3, "брака") || tok_is(w, i + 3, "замужества") || tok_is(w, i + 3, "девичестве"))) ||
	       tok_is(w, i + 2, "урожд") || tok_is(w, i + 2, "урожденная") || tok_is(w, i + 2, "урождённая") ||
	       (tok_is(w, i + 2, "никеге") && tok_is(w, i + 3, "чейин"));
}

/* A nickname: one capitalised word in quotes with a nickname cue before
 * the quote ("по кличке «Бодя»", "пользователем «Дилька»", "по имени
 * «Саня»") or after it ("«Мика» деген", "«Мика» деп да аталат"). */
static int nickname(const struct dp_work *w, size_t i)
{
	static const char *const cue_before[] = { "кличк", "прозвищ", "пользовател", "имени", "именем", "ник",
		"псевдоним", "лакап", "представи", "назвал", "назвавш", "указани", "известн", "подписыва", "фамили", "личност", "опознал", "зовут",
		"аккаунт", "называ", "звал", "быту", "записан", "подписан", "сохранен", "сохранён", "абонент",
		"контакт", NULL };
	static const char *const cue_after[] = { "деген", "деп", "аттуу", "лакап", "каймана", "называ",
		"зовут", NULL };
	if (i < 1 || i + 1 >= w->ntok || w->tok[i].kind != DP_T_WORD || !(w->tok[i].flags & DP_F_CAP) ||
	    (w->tok[i].flags & DP_F_TAKEN))
		return 0;
	int open = punct_is(w, i - 1, "«") || punct_is(w, i - 1, "\""),
	    close = punct_is(w, i + 1, "»") || punct_is(w, i + 1, "\"");
	if (!open || !close)
		return 0;
	if (i >= 3 && tok_is(w, i - 2, "же") && (tok_is(w, i - 3, "он") || tok_is(w, i - 3, "она")))
		return 1;	/* "(он же «Мика»)" */
	for (size_t q = i - 1, n = 0; q > 0 && n < 5; n++) {
		q--;
		if (stem_in(w, q, cue_before))
			return 1;
	}
	/* a list of nicknames before the cue: "«Шеф», «Бека», «Эка» деп аташкан" */
	size_t r = i + 2;
	while (r + 3 < w->ntok && (punct_is(w, r, ",") || tok_is(w, r, "и") || tok_is(w, r, "жана")) &&
	       (punct_is(w, r + 1, "«") || punct_is(w, r + 1, "\"")) && w->tok[r + 2].kind == DP_T_WORD &&
	       (w->tok[r + 2].flags & DP_F_CAP) && (punct_is(w, r + 3, "»") || punct_is(w, r + 3, "\"")))
		r += 4;
	for (size_t q = r; q < w->ntok && q < r + 2; q++)
		if (stem_in(w, q, cue_after))
			return 1;
	return 0;
}

/* Two capitalised Latin words governed by a role: "гражданин Республики
 * Казахстан Smith John".  Returns the end token, 0 when not. */
/* A transliterated Central Asian or Slavic surname: "Ahmedov", "TOKTOBAEVA". */
static int latin_surname_shape(const struct dp_work *w, size_t k)
{
	static const char *const end[] = { "ov", "ev", "ova", "eva", "in", "ina", "yan", "enko",
		"baev", "baeva", "bekov", "bekova", "uulu", "kyzy", NULL };
	const char *f = FOLD(w, k);
	size_t fl = w->tok[k].fl;
	if (fl < 5)
		return 0;
	for (int e = 0; end[e]; e++)
		if (dp_has_suffix(f, fl, end[e]))
			return 1;
	return 0;
}

static size_t latin_name(const struct dp_work *w, size_t i)
{
	/* "Zhumabek uulu Bakyt" */
	if (i + 2 < w->ntok && w->tok[i + 1].kind == DP_T_WORD && (w->tok[i + 1].flags & DP_F_LATIN) &&
	    (tok_is(w, i + 1, "uulu") || tok_is(w, i + 1, "kyzy") || tok_is(w, i + 1, "tegin"))) {
		const struct dp_tok *a = &w->tok[i], *b = &w->tok[i + 2];
		if (a->kind == DP_T_WORD && b->kind == DP_T_WORD && (a->flags & DP_F_LATIN) &&
		    (b->flags & DP_F_LATIN) && (a->flags & DP_F_CAP) && (b->flags & DP_F_CAP) &&
		    !((a->flags | b->flags) & (DP_F_TAKEN | DP_F_QUOTE)))
			return i + 3;
	}
	int caps = 0;
	for (size_t k = i; k < i + 2; k++) {
		if (k >= w->ntok || w->tok[k].kind != DP_T_WORD)
			return 0;
		const struct dp_tok *t = &w->tok[k];
		if (!(t->flags & DP_F_LATIN) || !(t->flags & DP_F_CAP) ||
		    (t->flags & (DP_F_TAKEN | DP_F_QUOTE)) || t->ncp < 2 ||
		    (t->cls & (DP_C_STOP | DP_C_ORG)))
			return 0;
		caps += (t->flags & DP_F_ALLCAPS) != 0;
		if (k > i && !(t->flags & DP_F_SPACE))
			return 0;
	}
	if (w->tok[i].flags & DP_F_NL)
		return 0;
	if (caps == 1)
		return 0;
	/* a surname shape on either word, inside Cyrillic text: "(в паспорте —
	 * Ahmedov Rustam)", "на имя ERLAN TOKTOBAEV", "у земляка Turgunbaev Erlan" */
	if ((latin_surname_shape(w, i) || latin_surname_shape(w, i + 1)) &&
	    (i == 0 || !(w->tok[i - 1].flags & DP_F_LATIN)) &&
	    (i + 2 >= w->ntok || !(w->tok[i + 2].flags & DP_F_LATIN)))
		return i + 2;
	if (caps || dp_role_before(w, i) == DP_ROLE_NONE)
		return 0;
	/* "Заявитель Adams Michael John": a middle name too */
	const struct dp_tok *t3 = i + 2 < w->ntok ? &w->tok[i + 2] : NULL;
	if (t3 && t3->kind == DP_T_WORD && (t3->flags & DP_F_LATIN) && (t3->flags & DP_F_CAP) &&
	    (t3->flags & DP_F_SPACE) && !(t3->flags & (DP_F_TAKEN | DP_F_QUOTE | DP_F_NL | DP_F_ALLCAPS)) &&
	    t3->ncp >= 2 && !(t3->cls & (DP_C_STOP | DP_C_ORG)) &&
	    (i + 3 >= w->ntok || !(w->tok[i + 3].flags & DP_F_LATIN)))
		return i + 3;
	return i + 2;
}

/* "к." / "у." for кызы / уулу between a father's name and a given name or
 * initial ("Ысманбек к. К."): 2 tokens, 0 when not. */
static size_t kyp_abbr(const struct dp_work *w, size_t j)
{
	if (j + 2 >= w->ntok || w->tok[j].kind != DP_T_WORD || !(w->tok[j].flags & DP_F_LOWER) ||
	    !(tok_is(w, j, "к") || tok_is(w, j, "у")) || !punct_is(w, j + 1, ".") || !adjacent(w, j, j + 1))
		return 0;
	return is_initial(w, j + 2) || nameish(w, j + 2) ? 2 : 0;
}

/* A foreign citizen's name of any shape: two or three capitalised words
 * right after "гражданин(ка) [государства]" / "[мамлекеттин] жараны"
 * ("Гражданин Турецкой Республики Йылмаз Мехмет Али", "Түркия
 * Республикасынын жараны Озтюрк Хакан").  Returns the end token, 0 when not. */
static size_t citizen_name(const struct dp_work *w, size_t i)
{
	static const char *const cit[] = { "гражданин", "гражданка", "гражданина", "гражданки",
		"гражданину", "гражданке", "гражданином", "гражданкой", "подданный", "подданная",
		"подданного", "подданной", "жараны", "жаранынын", "жаранына", "жаранын", "жараны",
		NULL };
	if (i == 0 || i + 1 >= w->ntok || w->tok[i].kind != DP_T_WORD || !(w->tok[i].flags & DP_F_CAP) ||
	    w->tok[i + 1].kind != DP_T_WORD || !(w->tok[i + 1].flags & DP_F_CAP) ||
	    w->tok[i - 1].kind != DP_T_WORD || w->tok[i - 1].fl < 4)
		return 0;
	size_t q = i - 1;
	int n = 0;
	while (n < 4 && q > 0 && !in_words(w, q, cit) && w->tok[q].kind == DP_T_WORD &&
	       (w->tok[q].flags & DP_F_CAP) && !(w->tok[q].flags & DP_F_TAKEN)) {
		q--;
		n++;
	}
	if (!in_words(w, q, cit))
		return 0;
	/* the words between name the state: "Турецкой Республики", "Республики
	 * Корея" (then the country is no name), "РФ" */
	if (n == 1 && !in_words(w, i - 1, state_words) && !(w->tok[i - 1].flags & DP_F_ALLCAPS))
		return 0;
	if (n >= 2 && !in_words(w, i - 1, state_words) && !(in_words(w, i - 2, state_words) && q + 2 == i - 1))
		return 0;
	if (n == 1 && in_words(w, i - 1, state_words) && !(w->tok[i].flags & DP_F_ALLCAPS) &&
	    i + 2 < w->ntok && w->tok[i + 1].kind == DP_T_WORD && (w->tok[i + 1].flags & DP_F_CAP))
		return 0;	/* "гражданин Республики Корея Чон …": Корея is the state */
	size_t e = i;
	while (e < w->ntok && e < i + 3) {
		const struct dp_tok *t = &w->tok[e];
		if (t->kind != DP_T_WORD || !(t->flags & DP_F_CAP) || (t->flags & (DP_F_TAKEN | DP_F_QUOTE | DP_F_NL)) ||
		    (t->cls & (DP_C_STOP | DP_C_ROLE | DP_C_ORG | DP_C_EPON | DP_C_HEAD)) || in_words(w, e, state_words) ||
		    t->ncp < 2 || (!cap_only_first(w, e) && !(t->flags & DP_F_ALLCAPS)) || org_word(w, e) ||
		    punct_is(w, e + 1, "."))
			break;
		if (e > i && !(t->flags & DP_F_SPACE))
			break;
		e++;
	}
	/* "гражданина Китайской Народной Республики": the words name the state */
	if (e < w->ntok && in_words(w, e, state_words))
		return 0;
	return e >= i + 2 ? e : 0;
}

/* Short East Asian surnames (Chinese in Russian transcription, Korean as
 * written in Central Asia), folded: one syllable the Russian and Kyrgyz
 * morphology of the other rules cannot recognise.  Not "у", "е", "ан",
 * "нам", "сон", "бай", "хан" (Russian and Kyrgyz words). */
static const char *const east_asian[] = { "ли", "ван", "чжан", "лю", "чэнь", "чень", "ян", "хуан",
	"чжао", "чжоу", "сюй", "сунь", "чжу", "ху", "го", "хэ", "гао", "линь", "ло", "чжэн", "лян",
	"се", "тан", "хань", "фэн", "дэн", "цао", "пэн", "цзэн", "сяо", "тянь", "дун", "пань",
	"юань", "цай", "цзян", "юй", "ду", "вэй", "су", "шэнь", "яо", "цуй", "чжун", "фань",
	"цзинь", "ляо", "цзя", "ся", "цзоу", "мэн", "сюн", "цинь", "цю", "сюэ", "янь", "дуань",
	"лэй", "хоу", "лун", "тао", "мао", "хао", "гун", "шао", "цянь", "дай", "ким", "пак", "цой",
	"хван", "тен", "ни", "кан", "шин", "лим", "чон", "чо", "чой", "югай", "хегай", "огай",
	"тягай", "мун", "пай", "шек", "ма", NULL };

/* A word the name rules may take as the second or third part of a name
 * in a person slot: capitalised, letters only, no list word. */
static int name_part(const struct dp_work *w, size_t i)
{
	return nameish(w, i) && cap_only_first(w, i) && !(w->tok[i].flags & DP_F_NL) &&
	       !cls_has(w, i, DP_C_EPON | DP_C_HEAD | DP_C_PATR) && !org_word(w, i) &&
	       !in_words(w, i, state_words) && !(punct_is(w, i + 1, ".") && !dp_sentence_dot(w, i + 1));
}

/* "Ли Вэйдин", "Ван Лихуа", "Ли Ен Сук", "Ли Дмитрий": a listed East Asian
 * surname and one or two capitalised words; "Сейтказиева-Ли Эльвира" (a
 * double surname with one) and a name.  Returns the end token, 0 when not. */
static size_t east_asian_name(const struct dp_work *w, size_t i)
{
	const struct dp_tok *t = &w->tok[i];
	if (t->kind != DP_T_WORD || !(t->flags & DP_F_CAP) ||
	    (t->flags & (DP_F_TAKEN | DP_F_QUOTE | DP_F_LATIN | DP_F_ALLCAPS)) || eponym_before(w, i))
		return 0;
	const char *f = FOLD(w, i);
	if (!memchr(f, '-', t->fl) && !cap_only_first(w, i))
		return 0;
	int ok = 0;
	if (t->ncp <= 5) {
		for (int k = 0; east_asian[k] && !ok; k++)
			ok = strlen(east_asian[k]) == t->fl && !memcmp(f, east_asian[k], t->fl);
	} else {
		/* a double surname: "сейтказиева-ли", "хегай-цой" */
		const char *h = memchr(f, '-', t->fl);
		if (h) {
			size_t tl = t->fl - (size_t)(h + 1 - f);
			for (int k = 0; east_asian[k] && !ok; k++)
				ok = (strlen(east_asian[k]) == tl && !memcmp(h + 1, east_asian[k], tl)) ||
				     ((size_t)(h - f) == strlen(east_asian[k]) && !memcmp(f, east_asian[k], (size_t)(h - f)));
		}
	}
	if (!ok)
		return 0;
	size_t e = i + 1;
	if (is_initial(w, e))
		return 0;	/* "Ли А.Б." is the surname-initials rule */
	if (!name_part(w, e) || ep_tail(w, e + 1))
		return 0;
	e++;
	if (nameish(w, e) && cls_has(w, e, DP_C_PATR))
		e++;	/* "Ким Анна Викторовна" */
	else if (name_part(w, e) && w->tok[e].ncp <= 4 && w->tok[e - 1].ncp <= 4 && !ep_tail(w, e + 1))
		e++;	/* "Ли Ен Сук" */
	return e;
}

/* A given name before a surname of the -ов/-ев/-ин shape in the same
 * oblique case inside a sentence: "о Дуйшенкуле Сапаралиеве", "с Азаматом
 * Кудайбергеновым"; the given name of any shape. */
static int given_surname_oblique(const struct dp_work *w, size_t i)
{
	if (!mid_sentence(w, i) || !name_part(w, i) || cls_has(w, i, DP_C_SURN | DP_C_SURG) ||
	    w->tok[i].ncp < 3 || !given_shape(w, i) || eponym_before(w, i))
		return 0;
	size_t j = i + 1;
	if (!nameish(w, j) || !cls_has(w, j, DP_C_SURN) || cls_has(w, j, DP_C_PATR) || !cap_only_first(w, j) ||
	    !ov_stem(w, j) || ep_tail(w, j + 1) || nameish(w, j + 1))
		return 0;
	const char *f = FOLD(w, j);
	size_t fl = w->tok[j].fl;
	static const char *const obl[] = { "ове", "еве", "ине", "ову", "еву", "ину", "овым", "евым",
		"иным", "овой", "евой", "иной", "ова", "ева", "ина", NULL };
	for (int k = 0; obl[k]; k++)
		if (dp_has_suffix(f, fl, obl[k]))
			return 1;
	return 0;
}

/* Words after which a capitalised word is a person's name whatever its
 * shape: "со слов Нарын", "по словам Айпери". */
static int speech_slot(const struct dp_work *w, size_t i)
{
	const struct dp_tok *t = &w->tok[i];
	if (is_initial(w, i + 1) || nameish(w, i + 1))
		return 0;	/* "со слов Ахмедова Р.": the other rules take it whole */
	if (i < 1 || t->kind != DP_T_WORD || !(t->flags & DP_F_CAP) || (t->flags & (DP_F_TAKEN | DP_F_NL)) ||
	    (t->cls & (DP_C_ROLE | DP_C_ORG | DP_C_HEAD | DP_C_EPON)) || t->ncp < 3 || !cap_only_first(w, i))
		return 0;
	return (tok_is(w, i - 1, "слов") && i >= 2 && tok_is(w, i - 2, "со")) || tok_is(w, i - 1, "словам");
}

/* The subject of a clause after "что"/"как"/"когда"/"будто": an unknown
 * capitalised word followed by a past-tense verb ("пояснила, что Озтюрк
 * выехала", "видел, как Сушанло сломал").  Place names, organisations and
 * the lists' common words are excluded by nameish and the classes. */
static int clause_subject(const struct dp_work *w, size_t i)
{
	static const char *const conj[] = { "что", "как", "когда", "будто", "пока", "чтобы", NULL };
	static const char *const past[] = { "л", "ла", "ли", "лся", "лась", "лись", NULL };
	if (i < 1 || !in_words(w, i - 1, conj) || !name_part(w, i) || w->tok[i].ncp < 3 ||
	    i + 1 >= w->ntok || w->tok[i + 1].kind != DP_T_WORD || !(w->tok[i + 1].flags & DP_F_LOWER) ||
	    w->tok[i + 1].ncp < 4)
		return 0;
	const char *f = FOLD(w, i + 1);
	size_t fl = w->tok[i + 1].fl;
	for (int k = 0; past[k]; k++)
		if (dp_has_suffix(f, fl, past[k]))
			return 1;
	return 0;
}

/* The same name in another script in parentheses right after a name:
 * "Челик Хасан (Çelik Hasan)", "Yılmaz Mehmet (Йылмаз Мехмет)": two or
 * three capitalised words filling the parentheses.  Returns the end token. */
static size_t paren_name(const struct dp_work *w, size_t i)
{
	if (i < 2 || !punct_is(w, i - 1, "("))
		return 0;
	int after_name = (w->tok[i - 2].flags & DP_F_TAKEN) || w->tok[i - 2].kind == DP_T_LABEL;
	/* "брак с Пак (Тен) Еленой": the name before is not found yet */
	if (!after_name && !(nameish(w, i - 2) && cls_has(w, i - 2, DP_C_SURN | DP_C_SURG) && nameish(w, i + 2) &&
			     punct_is(w, i + 1, ")")))
		return 0;
	size_t e = i;
	while (e < w->ntok && e < i + 3) {
		const struct dp_tok *t = &w->tok[e];
		if (t->kind != DP_T_WORD || !(t->flags & DP_F_CAP) || (t->flags & (DP_F_TAKEN | DP_F_NL)) ||
		    (t->cls & (DP_C_STOP | DP_C_ROLE | DP_C_ORG | DP_C_HEAD | DP_C_EPON)) || t->ncp < 2 ||
		    /* short capitals are abbreviations, unless Latin after a name: "(LI JUN)" */
		    ((t->flags & DP_F_ALLCAPS) && t->ncp <= 3 && !((t->flags & DP_F_LATIN) && after_name)))
			break;
		e++;
	}
	if (e == i + 1 && punct_is(w, e, ")") && !(w->tok[i].flags & DP_F_ALLCAPS) &&
	    ((w->tok[i].cls & (DP_C_SURN | DP_C_SURG)) || nameish(w, e + 1)))
		return e;	/* a maiden or short name: "Суранчиева (Жакыпова) Н.", "Пак (Тен)
			 * Еленой", "Кубанычбек (Кубаныч) Жолдошбаев" */
	return e >= i + 2 && punct_is(w, e, ")") ? e : 0;
}

/* Tries the name patterns at token i; fills m and returns 1 on a match. */
static int dob_parens_at(const struct dp_work *w, size_t e, size_t *ds, size_t *de);

/* A given name with a birth date in parentheses: "Балдары Ай-Чүрөк
 * (2014-жылы туулган)", "сын Тимур (2015 г.р.)". */
/* A birth date span starts right after ", " at byte e: "Аруузат, 2018 г.р." */
static int dob_after_comma(const struct dp_work *w, size_t e)
{
	size_t p = e;
	if (p >= w->len || w->text[p] != ',')
		return 0;
	p++;
	while (p < w->len && w->text[p] == ' ')
		p++;
	for (size_t k = 0; k < w->nsp; k++)
		if (w->sp[k].cat == DP_DOB && w->sp[k].start == p)
			return 1;
	return 0;
}

static int before_dob(const struct dp_work *w, size_t i)
{
	const struct dp_tok *t = &w->tok[i];
	size_t ds, de;
	if (!(t->flags & DP_F_CAP) || (t->flags & (DP_F_ALLCAPS | DP_F_QUOTE)) || t->ncp < 3 ||
	    (t->cls & (DP_C_STOP | DP_C_ORG | DP_C_EPON | DP_C_ROLE | DP_C_HEAD)))
		return 0;
	/* a listed given name, or any capitalised word inside a sentence
	 * ("балдары Алинур (2014-жылы туулган) жана Айданек (2017-жылы …)") */
	if (!cls_has(w, i, DP_C_FIRST) && !(mid_sentence(w, i) && cap_only_first(w, i) && !org_word(w, i)))
		return 0;
	return dob_parens_at(w, t->e, &ds, &de) || dob_after_comma(w, t->e);
}

/* A given name alone where only a person fits: "— Айгуль, верни", "сказал
 * Бакыт", "Бакыттын атасы", "от Данияра он узнал". */
/* A relative's given name in apposition after a removed name, listed or
 * not: "жене Даурена – Гульжан", "невеста Эмиля – Сезим." */
static int kin_apposition(const struct dp_work *w, size_t i)
{
	const struct dp_tok *t = &w->tok[i];
	if (i < 3 || !(punct_is(w, i - 1, "–") || punct_is(w, i - 1, "—")) || !(w->tok[i - 2].flags & DP_F_TAKEN) ||
	    w->tok[i + 1].kind != DP_T_PUNCT || punct_is(w, i + 1, "-") || punct_is(w, i + 1, "–") ||
	    !nameish(w, i) || !cap_only_first(w, i) || t->ncp < 3 ||
	    (t->cls & (DP_C_EPON | DP_C_ORG | DP_C_HEAD | DP_C_PATR)))
		return 0;
	size_t q = i - 2;
	while (q > 0 && (w->tok[q - 1].flags & DP_F_TAKEN))
		q--;
	return q > 0 && w->tok[q - 1].role == DP_ROLE_PARTY;
}

static int given_alone(const struct dp_work *w, size_t i)
{
	return given_in_context(w, i) || given_inside(w, i) || kin_apposition(w, i);
}

enum { KEY_SURNAME = 1, KEY_GIVEN = 2 };

/* "знакомый по имени Фаррух", "по фамилии Осмонов", "по прозвищу Чёрный"
 * (without quotes). */
static int named_as(const struct dp_work *w, size_t i)
{
	static const char *const who[] = { "адам", "киши", "жигит", "аял", "кыз", "бала", "тааныш", NULL };
	const struct dp_tok *t = &w->tok[i];
	/* "Ормон аттуу адамга", "Бакыт деген жигит" */
	if ((t->flags & DP_F_CAP) && !(t->flags & (DP_F_QUOTE | DP_F_ALLCAPS)) && t->ncp >= 3 &&
	    !(t->cls & (DP_C_ORG | DP_C_ROLE | DP_C_HEAD | DP_C_EPON)) && i + 2 < w->ntok &&
	    (tok_is(w, i + 1, "аттуу") || tok_is(w, i + 1, "деген")) && stem_in(w, i + 2, who))
		return 1;
	return i >= 2 && tok_is(w, i - 2, "по") &&
	       (tok_is(w, i - 1, "имени") || tok_is(w, i - 1, "фамилии") || tok_is(w, i - 1, "прозвищу") ||
		tok_is(w, i - 1, "кличке")) &&
	       (t->flags & DP_F_CAP) && !(t->flags & DP_F_QUOTE) && t->ncp >= 2 &&
	       !(t->cls & (DP_C_STOP | DP_C_ORG | DP_C_ROLE | DP_C_HEAD));
}

/* The word after token i is a verb in the past tense, what a person does:
 * "Нарын рассказал", "Талас келди" (Kyrgyz -ды/-ди/-ту/-тү/-ган/-ген). */
static int person_verb_after(const struct dp_work *w, size_t i)
{
	static const char *const past[] = { "л", "ла", "лся", "лась", "ды", "ди", "ду", "дү", "ты", "ти", "ту",
		"тү", "ган", "ген", "гон", "гөн", NULL };
	if (i + 1 >= w->ntok || w->tok[i + 1].kind != DP_T_WORD || !(w->tok[i + 1].flags & DP_F_LOWER) ||
	    w->tok[i + 1].ncp < 4)
		return 0;
	const char *f = FOLD(w, i + 1);
	for (int k = 0; past[k]; k++)
		if (dp_has_suffix(f, w->tok[i + 1].fl, past[k]))
			return 1;
	return 0;
}

/* The one-word rules: a word that is a person's name by its context alone.
 * "name.bare_surname": "ранее незнакомый Абдрахманов", "Күбө Эсенов Кубаныч
 * Сыдыковдун үйүнө". */
static const struct {
	int (*test)(const struct dp_work *w, size_t i);
	const char *rule;
	unsigned keys;
} one_word[] = {
	{ clause_subject, "name.slot", KEY_SURNAME | KEY_GIVEN },
	{ nickname, "name.nickname", KEY_GIVEN },
	{ named_as, "name.named_as", KEY_GIVEN },
	{ before_dob, "name.before_dob", KEY_GIVEN },
	{ coordinated, "name.coordinated", KEY_SURNAME | KEY_GIVEN },
	{ former_surname, "name.former_surname", KEY_SURNAME },
	{ before_former, "name.before_former", KEY_SURNAME },
	{ bare_surname, "name.bare_surname", KEY_SURNAME },
	{ given_alone, "name.given_context", KEY_GIVEN },
	{ NULL, NULL, 0 }
};

static int unlisted_given_before_surname(const struct dp_work *w, size_t i)
{
	static const char *const infl[] = { "ем", "ом", "ой", "ии", "ия", "ие", "ый", "ий", "ая", "ые", "ым",
		"ого", "ому", "ами", "ями", "ах", "ях", "ть", "ся", NULL };
	static const char *const nom[] = { "ов", "ев", "ёв", "ин", "ова", "ева", "ёва", "ина", NULL };
	const struct dp_tok *t = &w->tok[i];
	if (i == 0 || t->kind != DP_T_WORD || t->cls || t->ncp < 4 || t->ncp > 10 || !cap_only_first(w, i) ||
	    (t->flags & (DP_F_ALLCAPS | DP_F_LATIN | DP_F_QUOTE | DP_F_NL | DP_F_TAKEN)))
		return 0;
	const struct dp_tok *p = &w->tok[i - 1];
	if (!mid_sentence(w, i) && !(p->kind == DP_T_WORD && (p->cls & DP_C_STOP) && (p->flags & DP_F_CAP) &&
				     (i == 1 || dp_sentence_dot(w, i - 2))))
		return 0;
	for (int k = 0; infl[k]; k++)
		if (dp_has_suffix(FOLD(w, i), t->fl, infl[k]))
			return 0;
	static const char *const plural[] = { "министров", "депутатов", "советов", "народов", "регионов",
		"островов", "судов", NULL };
	if (dp_has_suffix(FOLD(w, i), t->fl, "е") || in_words(w, i + 1, plural))
		return 0;	/* "при Кабинете Министров" */
	if (!nameish(w, i + 1) || !cls_has(w, i + 1, DP_C_SURN) || !cap_only_first(w, i + 1) ||
	    (w->tok[i + 1].flags & DP_F_NL) || nameish(w, i + 2) || ep_tail(w, i + 2))
		return 0;
	for (int k = 0; nom[k]; k++)
		if (dp_has_suffix(FOLD(w, i + 1), w->tok[i + 1].fl, nom[k]))
			return 1;
	return 0;
}

enum word_order { SURNAME_FIRST, GIVEN_FIRST };

/* A two-word name at i: surname and given name in the order given. */
static int two_words(struct mention *m, const struct dp_work *w, size_t i, const char *rule, enum word_order o)
{
	mention_init(m, w, i, i + 2, rule);
	key_of(w, o == SURNAME_FIRST ? i : i + 1, m->skey);
	given_at(m, w, o == SURNAME_FIRST ? i + 1 : i);
	return 1;
}

static int match_person(const struct dp_work *w, size_t i, struct mention *m)
{
	size_t le = latin_name(w, i);
	if (le) {
		mention_init(m, w, i, le, "name.latin_role");
		key_of(w, i, m->skey);
		given_at(m, w, le - 1);
		return 1;
	}
	/* "Öztürk Kadir (в русской транскрипции — Озтюрк Кадир)" */
	if (nameish(w, i) && i >= 2) {
		size_t p = i - 1;
		if (punct_is(w, p, "—") || punct_is(w, p, "–") || punct_is(w, p, ":"))
			p--;
		if (w->tok[p].kind == DP_T_WORD && !strncmp(FOLD(w, p), "транскрипц", strlen("транскрипц"))) {
			size_t te = nameish(w, i + 1) ? i + 2 : i + 1;
			mention_init(m, w, i, te, "name.transcribed");
			key_of(w, i, m->skey);
			if (te > i + 1)
				given_at(m, w, i + 1);
			return 1;
		}
	}
	size_t ce = citizen_name(w, i);
	if (ce) {
		mention_init(m, w, i, ce, "name.citizen");
		key_of(w, i, m->skey);
		if (ce > i + 1) {
			given_at(m, w, i + 1);
		}
		return 1;
	}
	size_t pe = paren_name(w, i);
	if (pe) {
		mention_init(m, w, i, pe, pe == i + 1 ? "name.former_surname" : "name.parenthesised");
		key_of(w, i, m->skey);
		if (pe > i + 1)
			given_at(m, w, i + 1);
		return 1;
	}
	if (stop_given(w, i)) {
		mention_init(m, w, i, i + 2, "name.io_stopword");
		given_at(m, w, i);
		key_of(w, i + 1, m->pkey);
		m->pi = w->tok[i + 1].first_cp;
		return 1;
	}
	/* a short East Asian surname with initials: "Ма С.", "Ли Д.В." */
	if (in_words(w, i, east_asian) && cap_only_first(w, i) && !(w->tok[i].flags & (DP_F_TAKEN | DP_F_QUOTE))) {
		int cnt;
		uint32_t g0 = 0, p0 = 0;
		enum dp_kycase ikc;
		size_t ie = inits(w, i + 1, &cnt, &g0, &p0, &ikc);
		if (ie && !nameish(w, ie)) {
			mention_init(m, w, i, ie, "name.east_asian_initials");
			key_of(w, i, m->skey);
			m->gi = g0;
			m->pi = p0;
			return 1;
		}
	}
	/* the initials after a parenthesis closed on a name: "Суранчиева
	 * (Жакыпова) Н." */
	if (i >= 3 && punct_is(w, i - 1, ")") && (w->tok[i - 2].flags & DP_F_TAKEN) && is_initial(w, i)) {
		int cnt;
		uint32_t g0 = 0, p0 = 0;
		enum dp_kycase ikc;
		size_t ie = inits(w, i, &cnt, &g0, &p0, &ikc);
		/* not "(2010-ж.т.) Т. Сатылганов атындагы мектеп": an eponym */
		if (ie && !(nameish(w, ie) && eponym_after(w, ie + 1))) {
			mention_init(m, w, i, ie, "name.initials_after_paren");
			m->gi = g0;
			m->pi = p0;
			return 1;
		}
	}
	size_t ee = east_asian_name(w, i);
	if (ee) {
		mention_init(m, w, i, ee, "name.east_asian");
		key_of(w, i, m->skey);
		given_at(m, w, i + 1);
		return 1;
	}
	if (speech_slot(w, i)) {
		mention_init(m, w, i, i + 1, "name.slot");
		/* "По словам Кулжабаевой": a surname, to meet its person */
		if (cls_has(w, i, DP_C_SURN | DP_C_SURG) || in_words(w, i, east_asian))
			key_of(w, i, m->skey);
		if (!m->skey[0] || cls_has(w, i, DP_C_FIRST))
			given_at(m, w, i);
		return 1;
	}
	if (given_surname_oblique(w, i)) {
		return two_words(m, w, i, "name.given_surname_oblique", GIVEN_FIRST);
	}
	int cnt;
	uint32_t gi = 0, pi = 0;
	enum dp_kycase ikc;
	size_t j = inits(w, i, &cnt, &gi, &pi, &ikc);
	if (j) {
		if (eponym_before(w, i))
			return 0;
		if (ikc == DP_KY_NONE && nameish(w, j) && !eponym_after(w, j + 1)) {
			if (is_kyp(w, j + 1)) {
				mention_init(m, w, i, j + 2, "name.ky.init_father");
				key_of(w, j, m->skey);
			} else if (cnt >= 2 || cls_has(w, j, DP_C_SURN | DP_C_SURG | DP_C_PATR) ||
				   dp_role_before(w, i) != DP_ROLE_NONE ||
				   (mid_sentence(w, i) && cap_only_first(w, j) && w->tok[j].ncp >= 3)) {
				mention_init(m, w, i, j + 1, "name.init_surname");
				key_of(w, j, m->skey);
			} else {
				return 0;
			}
			m->gi = gi;
			m->pi = pi;
			return 1;
		}
		/* initials alone: "Н.Н.", or one initial right after a role word */
		int role_direct = 0;
		if (i > 0) {
			size_t p = i - 1;
			while (p > 0 && (punct_is(w, p, ",") || punct_is(w, p, ":")))
				p--;
			role_direct = w->tok[p].role == DP_ROLE_PARTY;
		}
		if (cnt >= 2 || role_direct) {
			mention_init(m, w, i, j, "name.initials");
			m->gi = gi;
			m->pi = pi;
			m->kycase = ikc;
			return 1;
		}
		return 0;
	}
	/* a role word, then a surname or given name that is also a place or a
	 * common word (Кант, Талас, Нарын), then a name: "свидетель Талас
	 * Нурлан", "истец Кант Виктор Эдуардович", "Доогер Нарын Бейшебаев" */
	if (i > 0 && (w->tok[i].cls & DP_C_STOP) && !nameish(w, i) && cap_only_first(w, i) &&
	    !in_words(w, i, state_words) &&
	    w->tok[i].ncp >= 3 && !(w->tok[i].cls & (DP_C_ROLE | DP_C_HEAD | DP_C_ORG | DP_C_EPON | DP_C_KYP)) &&
	    !(w->tok[i].flags & (DP_F_TAKEN | DP_F_QUOTE)) && w->tok[i - 1].kind == DP_T_WORD &&
	    w->tok[i - 1].role != DP_ROLE_NONE && nameish(w, i + 1) && !cls_has(w, i + 1, DP_C_PATR) &&
	    !org_word(w, i + 1) &&
	    cls_has(w, i + 1, DP_C_FIRST | DP_C_SURN) &&
	    !ep_tail(w, i + 2)) {
		size_t e = i + 2;
		if (nameish(w, e) && cls_has(w, e, DP_C_PATR))
			e++;
		mention_init(m, w, i, e, "name.role_place_word");
		if (cls_has(w, i + 1, DP_C_FIRST) && !cls_has(w, i + 1, DP_C_SURN)) {
			key_of(w, i, m->skey);
			given_at(m, w, i + 1);
		} else {
			key_of(w, i + 1, m->skey);
			given_at(m, w, i);
		}
		return 1;
	}
	if (!nameish_kyp(w, i) || eponym_before(w, i))
		return 0;
	/* Kyrgyz: Бакыт Жумабек уулу */
	if (nameish(w, i) && nameish_kyp(w, i + 1) && is_kyp(w, i + 2) &&
	    /* "Зачесть Сапар уулу М.": a given name or initial after уулу
	     * makes it "father уулу given", and the word before is no name */
	    (cls_has(w, i, DP_C_FIRST) || !(is_initial(w, i + 3) || (nameish(w, i + 3) && cap_only_first(w, i + 3))))) {
		mention_init(m, w, i, i + 3, "name.ky.given_father");
		key_of(w, i + 1, m->skey);
		given_at(m, w, i);
		return 1;
	}
	/* Kyrgyz: Жумабек уулу Бакыт / Жумабек уулу Б. / Жумабек уулу / Жумабек к. А. */
	size_t kyl = is_kyp(w, i + 1) ? 1 : kyp_abbr(w, i + 1);
	if (kyl) {
		key_of(w, i, m->skey);
		char sk[96];
		memcpy(sk, m->skey, sizeof sk);
		size_t k = i + 1 + kyl;
		if (nameish(w, k) && !cls_has(w, k, DP_C_PATR)) {
			mention_init(m, w, i, k + 1, "name.ky.father_given");
			memcpy(m->skey, sk, sizeof sk);
			given_at(m, w, k);
			return 1;
		}
		size_t e = inits(w, k, &cnt, &gi, &pi, &ikc);
		if (e) {
			mention_init(m, w, i, e, "name.ky.father_init");
			memcpy(m->skey, sk, sizeof sk);
			m->gi = gi;
			m->pi = pi;
			m->kycase = ikc;
			return 1;
		}
		mention_init(m, w, i, i + 1 + kyl, "name.ky.father");
		memcpy(m->skey, sk, sizeof sk);
		return 1;
	}
	/* Фамилия Имя Отчество (any capitalised first name) */
	if (nameish(w, i + 1) && cls_has(w, i + 2, DP_C_PATR) && nameish(w, i + 2)) {
		mention_init(m, w, i, i + 3, "name.fio");
		key_of(w, i, m->skey);
		key_of(w, i + 1, m->gkey);
		key_of(w, i + 2, m->pkey);
		m->gi = w->tok[i + 1].first_cp;
		m->pi = w->tok[i + 2].first_cp;
		return 1;
	}
	/* a surname in -вич before a given name ("опознала Ковалевича
	 * Станислава"): a patronymic never stands before the given name */
	if (cls_has(w, i, DP_C_PATR) && cap_only_first(w, i) && nameish(w, i + 1) && cls_has(w, i + 1, DP_C_FIRST) &&
	    !cls_has(w, i + 1, DP_C_PATR | DP_C_SURN) && !(w->tok[i + 1].flags & DP_F_NL) &&
	    !cls_has(w, i + 2, DP_C_PATR) && !ep_tail(w, i + 2)) {
		return two_words(m, w, i, "name.vich_surname_first", SURNAME_FIRST);
	}
	/* Имя Отчество [Фамилия] */
	if (cls_has(w, i + 1, DP_C_PATR) && nameish(w, i + 1)) {
		if (nameish(w, i + 2) && cls_has(w, i + 2, DP_C_SURN | DP_C_SURG) &&
		    !cls_has(w, i + 2, DP_C_PATR)) {
			mention_init(m, w, i, i + 3, "name.iof");
			key_of(w, i + 2, m->skey);
		} else {
			mention_init(m, w, i, i + 2, "name.io");
		}
		key_of(w, i, m->gkey);
		key_of(w, i + 1, m->pkey);
		m->gi = w->tok[i].first_cp;
		m->pi = w->tok[i + 1].first_cp;
		return 1;
	}
	/* Фамилия И.О. */
	if (i + 1 < w->ntok) {
		size_t e = inits(w, i + 1, &cnt, &gi, &pi, &ikc);
		/* "Натыйжада Э.Ж. Касымалиевге": initials before a surname are
		 * that surname's, not of the word before */
		if (e && nameish(w, e) && !cls_has(w, i, DP_C_SURN | DP_C_SURG | DP_C_FIRST) && cnt >= 2)
			e = 0;
		if (e && (cnt >= 2 || cls_has(w, i, DP_C_SURN | DP_C_SURG) ||
			  dp_role_before(w, i) != DP_ROLE_NONE ||
			  (mid_sentence(w, i) && cap_only_first(w, i) && w->tok[i].ncp >= 2 &&
			   !nameish(w, e)))) {
			mention_init(m, w, i, e, "name.surname_init");
			key_of(w, i, m->skey);
			m->gi = gi;
			m->pi = pi;
			m->kycase = ikc;
			return 1;
		}
	}
	/* Фамилия Имя */
	if (cls_has(w, i, DP_C_SURN | DP_C_SURG) && nameish(w, i + 1) && cls_has(w, i + 1, DP_C_FIRST) &&
	    !ep_tail(w, i + 2) && !is_kyp(w, i + 2)) {	/* "Вина Сапарбек уулу": a father's name */
		return two_words(m, w, i, "name.surname_first", SURNAME_FIRST);
	}
	/* Фамилия Имя with a given name the lists lack (Kyrgyz names are thin
	 * there): a surname of the productive shape (-ов/-ева/-ин ...) and a
	 * capitalised word that is no surname or patronymic itself */
	if (cls_has(w, i, DP_C_SURN) && !cls_has(w, i, DP_C_PATR) && !(w->tok[i].flags & DP_F_ALLCAPS) &&
	    nameish(w, i + 1) && !cls_has(w, i + 1, DP_C_SURN | DP_C_PATR) &&
	    /* a listed surname that is a Kyrgyz given name too ("Бекбоев Чубактан") */
	    (!cls_has(w, i + 1, DP_C_SURG) || cls_has(w, i + 1, DP_C_KYSUF) || w->ky) &&
	    !(w->tok[i + 1].flags & (DP_F_ALLCAPS | DP_F_NL)) && w->tok[i + 1].ncp >= 3 &&
	    !ep_tail(w, i + 2) && !is_kyp(w, i + 2) && given_shape(w, i + 1) && ov_stem(w, i)) {
		return two_words(m, w, i, "name.surname_given", SURNAME_FIRST);
	}
	/* a surname no list knows before a listed given name, inside a
	 * sentence after a lower-case word: "арендуемый у Сушанло Мухаммада" */
	if (i > 0 && !w->tok[i].cls && w->tok[i].ncp >= 4 && cap_only_first(w, i) &&
	    !(w->tok[i].flags & (DP_F_ALLCAPS | DP_F_LATIN | DP_F_QUOTE | DP_F_NL)) && mid_sentence(w, i) &&
	    w->tok[i - 1].kind == DP_T_WORD && (w->tok[i - 1].flags & DP_F_LOWER) &&
	    !in_words(w, i - 1, dp_local_m) && !in_words(w, i - 1, dp_street_m) && !org_word(w, i) &&
	    nameish(w, i + 1) && cls_has(w, i + 1, DP_C_FIRST) && !cls_has(w, i + 1, DP_C_SURN | DP_C_SURG | DP_C_PATR) &&
	    !(w->tok[i + 1].flags & DP_F_NL) && !nameish(w, i + 2) && !ep_tail(w, i + 2)) {
		return two_words(m, w, i, "name.unknown_surname_first", SURNAME_FIRST);
	}
	/* a given name no list knows before a surname in the nominative, inside
	 * a sentence or after its opening word: "Бирок Талгар Жусупов күбө катары" */
	if (unlisted_given_before_surname(w, i)) {
		return two_words(m, w, i, "name.unlisted_first_surname", GIVEN_FIRST);
	}
	/* Имя Фамилия (also Kyrgyz "Бакыт Жакшылыктын") */
	if (cls_has(w, i, DP_C_FIRST) && nameish(w, i + 1) && !ep_tail(w, i + 2) &&
	    (cls_has(w, i + 1, DP_C_SURN | DP_C_SURG | DP_C_FIRST | DP_C_KYSUF) ||
	     dp_role_before(w, i) != DP_ROLE_NONE)) {
		return two_words(m, w, i, "name.first_surname", GIVEN_FIRST);
	}
	/* a role word right before: "потерпевший Козлов", "истец Нурлан" */
	if (i > 0) {
		size_t p = i - 1;
		while (p > 0 && (punct_is(w, p, ",") || punct_is(w, p, ":") || punct_is(w, p, "–") ||
				 punct_is(w, p, "-")))
			p--;
		/* "детей от второго брака – X и Y" ("детей" alone is too often
		 * a body's name: "отдел поддержки семьи и детей") */
		int children = 0;
		if (p >= 3 && p + 1 < i && tok_is(w, p, "брака") && tok_is(w, p - 2, "от")) {
			p -= 3;
			children = tok_is(w, p, "детей") || tok_is(w, p, "дети");
		}
		if ((w->tok[p].role != DP_ROLE_NONE || children) && !eponym_after(w, i + 1) && !in_words(w, i + 1, state_words) &&
		    !(cap_only_first(w, i + 1) && in_words(w, i + 2, state_words)) &&	/* "Китайской Народной Республики" */
		    !(org_word(w, i) && i + 1 < w->ntok && (w->tok[i + 1].flags & DP_F_LOWER)) &&
		    !org_noun(w, i) &&	/* "представитель кредитора – Управления Социального фонда" */
		    !((w->tok[i + 1].flags & DP_F_LOWER) && org_noun(w, i + 1)) &&	/* "Бишкекской таможни" */
		    !in_words(w, i + 1, ky_body_heads)) {	/* "өкүлү, Салык кызматынын" */
			size_t e = i + 1;
			/* right after the role word, the next capitalised word is the
			 * rest of the name whatever its shape ("Ответчик Ван Лихуа") */
			if (nameish(w, e) && (cls_has(w, e, DP_C_FIRST | DP_C_SURN | DP_C_SURG) ||
					      (cls_has(w, i, DP_C_SURN) && given_shape(w, e) &&
					       !cls_has(w, e, DP_C_PATR) && !ep_tail(w, e + 1)) ||
					      (p + 1 == i && name_part(w, e) && !ep_tail(w, e + 1) &&
					       !cls_has(w, i, DP_C_STOP))))
				e++;
			mention_init(m, w, i, e, "name.role_word");
			if (cls_has(w, i, DP_C_FIRST) && !cls_has(w, i, DP_C_SURN | DP_C_SURG) && e == i + 1) {
				given_at(m, w, i);
			} else {
				key_of(w, i, m->skey);
				if (e > i + 1) {
					given_at(m, w, i + 1);
				}
			}
			return 1;
		}
	}
	/* a patronymic alone ("Маратовнанын талабы", "Маратовна пояснила"):
	 * the shape is specific (adjectives in -овн/-ичн are excluded) */
	if (cls_has(w, i, DP_C_PATR) && nameish(w, i) && !nameish(w, i + 1) && !punct_is(w, i + 1, ".")) {
		mention_init(m, w, i, i + 1, "name.patronymic");
		key_of(w, i, m->pkey);
		m->pi = w->tok[i].first_cp;
		return 1;
	}
	/* one word alone, in the order of confidence */
	for (int r = 0; one_word[r].rule; r++) {
		if (!one_word[r].test(w, i))
			continue;
		mention_init(m, w, i, i + 1, one_word[r].rule);
		/* a surname-shaped word in a given-name slot ("указана как
		 * «Сартбаев»") is keyed as a surname, to meet its person */
		unsigned keys = one_word[r].keys;
		if (keys == KEY_GIVEN && cls_has(w, i, DP_C_SURN | DP_C_SURG) && !cls_has(w, i, DP_C_FIRST))
			keys = KEY_SURNAME;
		if (keys & KEY_SURNAME)
			key_of(w, i, m->skey);
		if (keys & KEY_GIVEN)
			given_at(m, w, i);
		return 1;
	}
	return 0;
}

/* Token i is a capitalised stop word ("Манас", "Талас") followed by a
 * patronymic: a given name. */
static int stop_given(const struct dp_work *w, size_t i)
{
	if (i + 1 >= w->ntok)
		return 0;
	const struct dp_tok *t = &w->tok[i];
	return t->kind == DP_T_WORD && (t->cls & DP_C_STOP) && cap_only_first(w, i) && t->ncp >= 3 &&
	       !(t->cls & (DP_C_ROLE | DP_C_HEAD | DP_C_ORG | DP_C_EPON | DP_C_KYP)) &&
	       !(t->flags & (DP_F_TAKEN | DP_F_QUOTE)) && nameish(w, i + 1) && cls_has(w, i + 1, DP_C_PATR) &&
	       !(w->tok[i + 1].flags & DP_F_NL);
}

/* Widens a mention found by the patterns:
 * - "Имя Отчество" after a capitalised word that is no role, place marker
 *   or organisation is "Фамилия Имя Отчество" whatever the surname's shape
 *   ("от имени Седых Марины Павловны", "Дюпре Анны Сергеевны");
 * - a two-word name followed by a listed given name takes it: "Йылмаз
 *   Мехмет Али", "Хамраева Нурмамата" (names of three parts). */
/* Stop words (places, the epic) that are common Kyrgyz given names. */
static const char *const stop_given_names[] = { "манас", "манаса", "манасу", "манасом", "нарын",
	"нарына", "нарыну", "нарыном", "талас", "таласа", "таласу", "таласом", "токтогул", "токтогула",
	"токтогулу", "токтогулом", NULL };

/* A Russian or Kyrgyz word for a region, district, city or village
 * ("облусунда", "району", "шаарында", "области"). */
static int place_word_after(const struct dp_work *w, size_t j)
{
	static const char *const stem[] = { "облус", "район", "шаар", "област", "город", "айыл", "село",
		NULL };
	if (j >= w->ntok || w->tok[j].kind != DP_T_WORD)
		return 0;
	for (int k = 0; stem[k]; k++)
		if (!strncmp(FOLD(w, j), stem[k], strlen(stem[k])))
			return 1;
	return 0;
}

static void name_widen(const struct dp_work *w, struct mention *m)
{
	size_t a = m->ts;
	if (!strcmp(m->rule, "name.io") && a > 0) {
		const struct dp_tok *t = &w->tok[a - 1];
		if (t->kind == DP_T_WORD && (t->flags & DP_F_CAP) && !(t->flags & (DP_F_TAKEN | DP_F_QUOTE)) &&
		    t->ncp >= 2 && (cap_only_first(w, a - 1) || (t->flags & DP_F_ALLCAPS)) && t->role == DP_ROLE_NONE &&
		    !(t->cls & (DP_C_STOP | DP_C_ROLE | DP_C_HEAD | DP_C_ORG | DP_C_EPON | DP_C_KYP | DP_C_PATR)) &&
		    !org_word(w, a - 1) && !eponym_before(w, a - 1) && !(w->tok[a].flags & DP_F_NL)) {
			m->ts = a - 1;
			m->s = t->s;
			key_of(w, a - 1, m->skey);
		}
	}
	size_t e = m->te;
	if (e - m->ts == 2 && (!strcmp(m->rule, "name.surname_first") || !strcmp(m->rule, "name.first_surname") ||
			       !strcmp(m->rule, "name.surname_given") || !strcmp(m->rule, "name.role_word")) &&
	    nameish(w, e) && cls_has(w, e, DP_C_FIRST) && !cls_has(w, e, DP_C_SURN | DP_C_SURG | DP_C_PATR) &&
	    !(w->tok[e].flags & DP_F_NL) && !ep_tail(w, e + 1) && !punct_is(w, e + 1, ".")) {
		m->te = e + 1;
		m->e = w->tok[e].e;
		const struct dp_tok *last = &w->tok[e];
		if (last->cls & DP_C_KYSUF)
			m->kycase = (enum dp_kycase)last->kycase;
	}
	/* "председатель комитета Абдылдаев Манас": after a surname alone, a
	 * given name that is also a place or an epic */
	e = m->te;
	if (e == m->ts + 1 && cls_has(w, m->ts, DP_C_SURN) && in_words(w, e, stop_given_names) &&
	    cap_only_first(w, e) && !(w->tok[e].flags & (DP_F_NL | DP_F_TAKEN)) && !eponym_after(w, e + 1) &&
	    !in_words(w, e + 1, dp_local_m) && !nameish(w, e + 1) && !place_word_after(w, e + 1)) {
		m->te = e + 1;
		m->e = w->tok[e].e;
		if (!m->gkey[0])
			given_at(m, w, e);
	}
	/* «Бека Лом»: a nickname of two words in quotes */
	e = m->te;
	if (e == m->ts + 1 && m->ts > 0 && punct_is(w, m->ts - 1, "«") && e + 1 < w->ntok && punct_is(w, e + 1, "»") &&
	    w->tok[e].kind == DP_T_WORD && (w->tok[e].flags & DP_F_CAP) && !(w->tok[e].flags & DP_F_TAKEN) &&
	    !(w->tok[e].cls & (DP_C_ORG | DP_C_STOP))) {
		m->te = e + 1;
		m->e = w->tok[e].e;
	}
	/* "Маткеримовым Бекназаром Т.": a patronymic's initial after a two-word name */
	e = m->te;
	if (e - m->ts == 2 && is_initial(w, e) && !(w->tok[e].flags & DP_F_NL) && !is_initial(w, e + 2) &&
	    !nameish(w, e + 2)) {
		m->te = e + 2;
		m->e = w->tok[e + 1].e;
		if (!m->pi)
			m->pi = w->tok[e].first_cp;
	}
	/* a Ukrainian patronymic after a two-word name: "Гончарук Ірина Василівна" */
	e = m->te;
	if (e - m->ts == 2 && e < w->ntok && w->tok[e].kind == DP_T_WORD && (w->tok[e].flags & DP_F_CAP) &&
	    !(w->tok[e].flags & (DP_F_TAKEN | DP_F_NL)) &&
	    (memmem(w->text + w->tok[e].s, w->tok[e].e - w->tok[e].s, "івн", strlen("івн")) ||
	     memmem(w->text + w->tok[e].s, w->tok[e].e - w->tok[e].s, "йович", strlen("йович")))) {
		m->te = e + 1;
		m->e = w->tok[e].e;
	}
	/* "Бообеков Манас Нурдинович": a given name that is also a stop word
	 * ("Манас", "Талас") before a patronymic */
	e = m->te;
	if (stop_given(w, e) && !(w->tok[e].flags & DP_F_NL)) {
		m->te = e + 2;
		m->e = w->tok[e + 1].e;
		if (!m->gkey[0])
			given_at(m, w, e);
	}
	/* "Гусейнов Фуад Рамиз оглы", "Гасанова Севиндж Эльдар кызы": the
	 * particle after a father's name closes the name */
	e = m->te;
	if (e - m->ts >= 2 && e + 1 < w->ntok && nameish(w, e) && cap_only_first(w, e) && is_kyp(w, e + 1) &&
	    !(w->tok[e].flags & DP_F_NL) && !(w->tok[e].cls & (DP_C_SURN | DP_C_PATR)) &&
	    !cls_has(w, e - 1, DP_C_SURN) && (tok_is(w, e + 1, "оглы") || tok_is(w, e + 1, "кызы") || tok_is(w, e + 1, "гызы")))
		e++;	/* "Алиев Рустам Фахрад оглы": the father's name first */
	if (e - m->ts >= 2 && is_kyp(w, e) && !(w->tok[e].flags & DP_F_NL) && w->tok[e - 1].kind == DP_T_WORD &&
	    !(e + 1 < w->ntok && nameish(w, e + 1) && cap_only_first(w, e + 1) && !(w->tok[e + 1].flags & DP_F_NL))) {
		m->te = e + 1;
		m->e = w->tok[e].e;
	}
}

/* A name typed in lower case right after a party role word ("подсудимый
 * нусупов б.ж.", "жоопкер орозов мурат", "потерпевшая ысманбек кызы
 * каныкей"): a surname of the -ов/-ев/-ин shape with lower-case initials or
 * a listed given name, or "X кызы/уулу Y".  Only here, because lower-case
 * surname shapes are common nouns elsewhere ("двух козлов"). */
static int lower_name(const struct dp_work *w, size_t i, struct mention *m)
{
	const struct dp_tok *t = &w->tok[i];
	if (i == 0 || !(t->flags & DP_F_LOWER) || t->ncp < 4 || t->fl >= 90)
		return 0;
	size_t p = i - 1;
	while (p > 0 && (punct_is(w, p, ",") || punct_is(w, p, ":")))
		p--;
	int role = w->tok[p].kind == DP_T_WORD && w->tok[p].role == DP_ROLE_PARTY;
	enum dp_kycase kc;
	/* without a role word only a surname with two lower-case initials
	 * ("сообщение от воробьевой н.с.") */
	if (!role && !(i + 4 < w->ntok && w->tok[i + 1].kind == DP_T_WORD && w->tok[i + 1].ncp == 1 &&
		       (w->tok[i + 1].flags & DP_F_LOWER) && punct_is(w, i + 2, ".") && w->tok[i + 3].ncp == 1 &&
		       (w->tok[i + 3].flags & DP_F_LOWER) && punct_is(w, i + 4, ".")))
		return 0;
	/* X кызы/уулу Y */
	if (role && i + 2 < w->ntok && is_kyp(w, i + 1) && w->tok[i + 2].kind == DP_T_WORD &&
	    (w->tok[i + 2].flags & DP_F_LOWER) && w->tok[i + 2].fl < 90 &&
	    (dp_word_class(w->ctx, FOLD(w, i + 2), w->tok[i + 2].fl, w->ky, &kc) & DP_C_FIRST)) {
		mention_init(m, w, i, i + 3, "name.lower_role");
		dp_name_key(FOLD(w, i), t->fl, m->skey);
		dp_name_key(FOLD(w, i + 2), w->tok[i + 2].fl, m->gkey);
		m->gi = w->tok[i + 2].first_cp;
		return 1;
	}
	unsigned c = dp_word_class(w->ctx, FOLD(w, i), t->fl, w->ky, &kc);
	if (!(c & DP_C_SURN) || (c & (DP_C_PATR | DP_C_STOP)))
		return 0;
	char k[96];
	size_t kl = dp_name_key(FOLD(w, i), t->fl, k);
	if (!(dp_has_suffix(k, kl, "ов") || dp_has_suffix(k, kl, "ев") || dp_has_suffix(k, kl, "ин")))
		return 0;
	size_t e = i + 1;
	uint32_t gi = 0, pi = 0;
	char gk[96] = "";
	/* lower-case initials "б.ж." */
	int n = 0;
	while (n < 2 && e + 1 < w->ntok && w->tok[e].kind == DP_T_WORD && w->tok[e].ncp == 1 &&
	       (w->tok[e].flags & DP_F_LOWER) && punct_is(w, e + 1, ".") && adjacent(w, e, e + 1)) {
		if (n == 0)
			gi = w->tok[e].first_cp;
		else
			pi = w->tok[e].first_cp;
		n++;
		e += 2;
	}
	if (!role && n < 2)
		return 0;
	if (!n && e < w->ntok && w->tok[e].kind == DP_T_WORD && (w->tok[e].flags & DP_F_LOWER) &&
	    w->tok[e].fl < 90 &&
	    (dp_word_class(w->ctx, FOLD(w, e), w->tok[e].fl, w->ky, &kc) & DP_C_FIRST)) {
		dp_name_key(FOLD(w, e), w->tok[e].fl, gk);
		gi = w->tok[e].first_cp;
		e++;
	}
	if (e == i + 1)
		return 0;
	mention_init(m, w, i, e, "name.lower_role");
	memcpy(m->skey, k, kl + 1);
	memcpy(m->gkey, gk, strlen(gk) + 1);
	m->gi = gi;
	m->pi = pi;
	return 1;
}

/* An online handle at the '@' token i: "@jasur_osh_91" (not the '@' of an
 * e-mail address, which has a word glued before it).  The handle is its own
 * key, so each handle is one person. */
static int handle_at(const struct dp_work *w, size_t i, struct mention *m)
{
	if (i > 0 && adjacent(w, i - 1, i) && w->tok[i - 1].kind != DP_T_PUNCT)
		return 0;
	size_t e = i + 1;
	while (e < w->ntok && adjacent(w, e - 1, e) &&
	       (w->tok[e].kind == DP_T_WORD || w->tok[e].kind == DP_T_NUM ||
		((punct_is(w, e, "_") || punct_is(w, e, ".")) && e + 1 < w->ntok && adjacent(w, e, e + 1) &&
		 w->tok[e + 1].kind != DP_T_PUNCT)))
		e++;
	if (e - i < 2 || w->tok[e - 1].e - w->tok[i].s < 4 || w->tok[e - 1].e - w->tok[i].s > 80)
		return 0;
	mention_init(m, w, i, e, "name.handle");
	size_t l = w->tok[e - 1].e - w->tok[i].s;
	memcpy(m->gkey, w->text + w->tok[i].s, l);
	m->gkey[l] = '\0';
	return 1;
}

/* An online handle in quotes: «aizada.k91», «Asel_shop_kg» — Latin letters,
 * digits, '_' and '.', no space, with an underscore, or with a cue before
 * ("ник", "аккаунт", "логин", "страниц", "профил", "баракча") or after
 * ("деген", "аттуу", "баракча", "аккаунт").  i is the opening quote. */
static int handle_quoted(const struct dp_work *w, size_t i, struct mention *m)
{
	static const char *const cue[] = { "ник", "аккаунт", "логин", "страниц", "профил", "баракч",
		"пользовател", "деген", "аттуу", "канал", "имен", NULL };
	size_t a = i + 1, e = a;
	/* a profile name of two or three capitalised Latin words: "под именем
	 * «Nazik Sultan»" */
	int spaced = 0;
	while (spaced < 3 && a + spaced < w->ntok && w->tok[a + spaced].kind == DP_T_WORD &&
	       (w->tok[a + spaced].flags & DP_F_LATIN) && (w->tok[a + spaced].flags & DP_F_CAP))
		spaced++;
	if (spaced >= 2 && (punct_is(w, a + spaced, "»") || punct_is(w, a + spaced, "\"")) &&
	    adjacent(w, a + spaced - 1, a + spaced))
		e = a + spaced;
	else
		spaced = 0;
	int under = 0, letters = 0;
	while (!spaced && e < w->ntok && adjacent(w, e - 1, e) && e - a < 16) {
		const struct dp_tok *t = &w->tok[e];
		if (t->kind == DP_T_WORD && (t->flags & DP_F_LATIN))
			letters++;
		else if (punct_is(w, e, "_"))
			under = 1;
		else if (!(t->kind == DP_T_NUM || punct_is(w, e, ".") || punct_is(w, e, "-")))
			break;
		e++;
	}
	if (!spaced && (e == a || !letters || e - a < 2 || e >= w->ntok || !(punct_is(w, e, "»") || punct_is(w, e, "\"")) ||
			!adjacent(w, e - 1, e) || punct_is(w, e - 1, ".")))
		return 0;
	int cued = under;
	for (size_t q = i, n = 0; !cued && q > 0 && n < 3; n++) {
		q--;
		if (w->tok[q].kind == DP_T_WORD)
			for (int k = 0; cue[k] && !cued; k++)
				cued = !strncmp(FOLD(w, q), cue[k], strlen(cue[k]));
	}
	for (size_t q = e + 1; !cued && q < w->ntok && q < e + 3; q++)
		if (w->tok[q].kind == DP_T_WORD)
			for (int k = 0; cue[k] && !cued; k++)
				cued = !strncmp(FOLD(w, q), cue[k], strlen(cue[k]));
	if (!cued)
		return 0;
	for (size_t q = a; q < e; q++)
		if (w->tok[q].flags & DP_F_TAKEN)
			return 0;
	mention_init(m, w, a, e, "name.handle");
	size_t l = w->tok[e - 1].e - w->tok[a].s;
	if (l > 90)
		l = 90;
	memcpy(m->gkey, w->text + w->tok[a].s, l);
	m->gkey[l] = '\0';
	return 1;
}

/* A date in parentheses at byte e (after spaces): "(03.02.2013)", "(1985
 * г.р.)", "(2014-жылы туулган)".  *ds..*de is the date. */
static int dob_parens_at(const struct dp_work *w, size_t e, size_t *ds, size_t *de)
{
	const char *t = w->text;
	size_t p = e;
	while (p < w->len && t[p] == ' ')
		p++;
	if (p >= w->len || t[p] != '(')
		return 0;
	size_t s = ++p, d = 0, n = 0;
	while (p < w->len && p - s < 24 && ((t[p] >= '0' && t[p] <= '9') || t[p] == '.')) {
		d += t[p] != '.';
		n += t[p] == '.';
		p++;
	}
	int date = (d == 8 && n == 2) || (d == 4 && n == 0) || (d == 6 && n == 2);
	if (!date)
		return 0;
	size_t end = p;
	while (p < w->len && p - end < 24 && t[p] != ')' && t[p] != '(' && t[p] != '\n')
		p++;
	if (p >= w->len || t[p] != ')')
		return 0;
	/* only a year or a full date, then at most "г.р." / "ж.т." / "года рождения" */
	if (p > end) {
		static const char *const tails[] = { " г.р.", " г. р.", " г.р", " года рождения", " ж.т.",
			"-жылы туулган", " ж. т.", "-жылы", " жылы туулган", NULL };
		int ok = 0;
		for (int k = 0; tails[k] && !ok; k++)
			ok = p - end == strlen(tails[k]) && !memcmp(t + end, tails[k], p - end);
		if (!ok)
			return 0;
	}
	*ds = s;
	*de = end;
	return 1;
}

/* A date in parentheses right after a removed name is a birth date:
 * "Алмазбек уулу Нурбек (03.02.2013)", "Асанов Б. (1985 г.р.)". */
static void dob_in_parens(struct dp_work *w, size_t e)
{
	size_t s, de;
	if (!(w->ctx->pol.redact & (1u << DP_DOB)) || !dob_parens_at(w, e, &s, &de))
		return;
	dp_span_add(w, s, de, DP_DOB, "dob.parens_after_name", -1, DP_KY_NONE);
}

static int compatible(const struct mention *m, const struct cluster *c)
{
	if (m->skey[0]) {
		if (!c->skey[0] || strcmp(m->skey, c->skey))
			return 0;
	} else if (m->gkey[0]) {
		if (!c->gkey[0] || strcmp(m->gkey, c->gkey))
			return 0;
	} else if (m->pkey[0]) {
		/* a patronymic alone: the person with that patronymic */
		if (!c->pkey[0] || strcmp(m->pkey, c->pkey))
			return 0;
	} else {
		/* initials only */
		if (!m->gi || c->gi != m->gi || !m->pi || c->pi != m->pi)
			return 0;
	}
	if (m->sex && c->sex && m->sex != c->sex)
		return 0;	/* "Брак между Абдыраевым и Абдыраевой": two people */
	if (m->gi && c->gi && m->gi != c->gi)
		return 0;
	if (m->pi && c->pi && m->pi != c->pi)
		return 0;
	if (m->gkey[0] && c->gkey[0] && strcmp(m->gkey, c->gkey))
		return 0;
	return 1;
}

static int strong(const struct mention *m, const struct cluster *c)
{
	return compatible(m, c) && ((m->gi && c->gi) || (m->gkey[0] && c->gkey[0]));
}

static int cluster_new(struct names *nm, const struct mention *m, int kept)
{
	if (nm->nc == nm->ac) {
		nm->ac = nm->ac ? nm->ac * 2 : 16;
		nm->c = ss_xrealloc(nm->c, nm->ac * sizeof *nm->c);
	}
	struct cluster *c = &nm->c[nm->nc];
	memset(c, 0, sizeof *c);
	memcpy(c->skey, m->skey, sizeof c->skey);
	memcpy(c->gkey, m->gkey, sizeof c->gkey);
	memcpy(c->pkey, m->pkey, sizeof c->pkey);
	c->gi = m->gi;
	c->pi = m->pi;
	c->sex = m->sex;
	c->kept = kept;
	c->first = (size_t)-1;
	c->label = -1;
	return (int)nm->nc++;
}

static void cluster_join(struct names *nm, int ci, struct mention *m)
{
	struct cluster *c = &nm->c[ci];
	if (!c->skey[0] && m->skey[0])
		memcpy(c->skey, m->skey, sizeof c->skey);
	if (!c->gkey[0] && m->gkey[0])
		memcpy(c->gkey, m->gkey, sizeof c->gkey);
	if (!c->pkey[0] && m->pkey[0])
		memcpy(c->pkey, m->pkey, sizeof c->pkey);
	if (!c->gi)
		c->gi = m->gi;
	if (!c->sex)
		c->sex = m->sex;
	if (!c->pi)
		c->pi = m->pi;
	if (m->s < c->first)
		c->first = m->s;
	c->nment++;
	m->cluster = ci;
}

/* Best cluster for m among kept (want_kept) or removed ones; -1 if none. */
static int find_cluster(const struct names *nm, const struct mention *m, int want_kept, int need_strong)
{
	int best = -1, best_score = -1;
	for (size_t k = 0; k < nm->nc; k++) {
		const struct cluster *c = &nm->c[k];
		if (c->kept != want_kept || !compatible(m, c))
			continue;
		if (need_strong && !strong(m, c))
			continue;
		int score = (c->gi && m->gi) + (c->pi && m->pi) + (c->gkey[0] && m->gkey[0]) * 2 + c->party;
		if (score > best_score) {
			best = (int)k;
			best_score = score;
		}
	}
	return best;
}

static int role_kept(const struct dp_work *w, enum dp_role r)
{
	return r != DP_ROLE_NONE && (w->ctx->pol.keep_roles & (1u << r));
}

/* Party names: a word list to a mention-shaped key set. */
static void party_mention(const struct dp_work *w, const char *name, struct mention *m)
{
	char key[6][96];
	uint32_t fcp[6];
	unsigned cls[6];
	int nw = 0, kyp = -1, ninit = 0;
	uint32_t init[3] = { 0, 0, 0 };
	const char *p = name;
	memset(m, 0, sizeof *m);
	m->cluster = -1;
	while (*p && nw < 6) {
		while (*p == ' ' || *p == ',' || *p == '.' || *p == '\t' || *p == '\n')
			p++;
		const char *q = p;
		while (*q && *q != ' ' && *q != ',' && *q != '.' && *q != '\t' && *q != '\n')
			q++;
		if (q == p)
			break;
		size_t l = (size_t)(q - p);
		if (l > 40)
			l = 40;
		char fold[96];
		uint32_t cp;
		size_t fl = dp_fold(p, l, fold, &cp);
		size_t n = 0;
		for (size_t b = 0; b < fl; b++)
			n += ((unsigned char)fold[b] & 0xC0) != 0x80;
		if (n == 1 || (n == 2 && !strcmp(fold, "дж"))) {
			if (ninit < 3)
				init[ninit++] = cp;
			p = q;
			continue;
		}
		enum dp_kycase kc;
		cls[nw] = dp_word_class(w->ctx, fold, fl, 0, &kc);
		fcp[nw] = cp;
		if (cls[nw] & DP_C_KYP)
			kyp = nw;
		dp_name_key(fold, fl, key[nw]);
		nw++;
		p = q;
	}
	int si = -1, gi = -1, pi = -1;
	if (kyp > 0) {
		si = kyp - 1;
		gi = kyp + 1 < nw ? kyp + 1 : (kyp >= 2 ? kyp - 2 : -1);
	} else if (nw >= 1) {
		if (nw >= 2 && (cls[0] & DP_C_FIRST) && !(cls[0] & (DP_C_SURN | DP_C_SURG)) &&
		    (cls[nw - 1] & (DP_C_SURN | DP_C_SURG))) {
			si = nw - 1;
			gi = 0;
			pi = nw >= 3 && (cls[1] & DP_C_PATR) ? 1 : -1;
		} else {
			si = 0;
			gi = nw >= 2 ? 1 : -1;
			pi = nw >= 3 ? 2 : -1;
		}
	}
	if (si >= 0)
		{ size_t l = strnlen(key[si], sizeof m->skey - 1); memcpy(m->skey, key[si], l); m->skey[l] = '\0'; }
	if (gi >= 0) {
		{ size_t l = strnlen(key[gi], sizeof m->gkey - 1); memcpy(m->gkey, key[gi], l); m->gkey[l] = '\0'; }
		m->gi = fcp[gi];
	} else if (ninit > 0) {
		m->gi = init[0];
	}
	if (pi >= 0)
		m->pi = fcp[pi];
	else if (ninit > 1)
		m->pi = init[1];
	else if (gi >= 0 && ninit > 0)
		m->pi = init[0];
}

static enum dp_role party_role(const struct dp_work *w, const struct dp_party *p)
{
	if (!p->role)
		return DP_ROLE_PARTY;
	static const struct {
		const char *s;
		enum dp_role r;
	} en[] = { {"judge", DP_ROLE_JUDGE}, {"secretary", DP_ROLE_SECRETARY},
		   {"prosecutor", DP_ROLE_PROSECUTOR}, {"advocate", DP_ROLE_ADVOCATE},
		   {"lawyer", DP_ROLE_ADVOCATE}, {"representative", DP_ROLE_REPRESENTATIVE},
		   {NULL, DP_ROLE_NONE} };
	for (int i = 0; en[i].s; i++)
		if (!strcmp(p->role, en[i].s))
			return en[i].r;
	char fold[128];
	uint32_t cp;
	size_t l = strlen(p->role);
	if (l > 60)
		l = 60;
	size_t fl = dp_fold(p->role, l, fold, &cp);
	enum dp_role r = dp_role_word(w->ctx, fold, fl);
	return r == DP_ROLE_NONE ? DP_ROLE_PARTY : r;
}

/* Key string → smallest cluster index: the propagation's lookup. */
struct kidx {
	const char **key;
	int *val;
	size_t mask;
};

static uint32_t kidx_hash(const char *k)
{
	uint32_t h = 2166136261u;
	for (; *k; k++)
		h = (h ^ (unsigned char)*k) * 16777619u;
	return h;
}

static void kidx_init(struct kidx *x, size_t n)
{
	size_t cap = 16;
	while (cap < n * 2 + 2)
		cap <<= 1;
	x->key = ss_xcalloc(cap, sizeof *x->key);
	x->val = ss_xcalloc(cap, sizeof *x->val);
	x->mask = cap - 1;
}

/* Keeps the first value put for a key (callers put in increasing order).
 * The key is copied: the clusters it came from may move when more are
 * added during propagation. */
static void kidx_put(struct kidx *x, const char *k, int v)
{
	size_t h = kidx_hash(k) & x->mask;
	while (x->key[h]) {
		if (!strcmp(x->key[h], k))
			return;
		h = (h + 1) & x->mask;
	}
	x->key[h] = ss_xstrdup(k);
	x->val[h] = v;
}

static int kidx_get(const struct kidx *x, const char *k)
{
	size_t h = kidx_hash(k) & x->mask;
	while (x->key[h]) {
		if (!strcmp(x->key[h], k))
			return x->val[h];
		h = (h + 1) & x->mask;
	}
	return -1;
}

static void kidx_free(struct kidx *x)
{
	for (size_t h = 0; h <= x->mask; h++)
		free((char *)x->key[h]);
	free(x->key);
	free(x->val);
}

/* Token i stands inside «…» of two to four words, one of which is no name
 * ("«Айбек Телеком»", "«Нурбек Агро»"): an organisation's name. */
static int in_name_quote(const struct dp_work *w, size_t i)
{
	size_t a = i, b = i;
	while (a > 0 && i - a < 4 && !punct_is(w, a - 1, "«") && w->tok[a - 1].kind == DP_T_WORD)
		a--;
	while (b + 1 < w->ntok && b - i < 4 && !punct_is(w, b + 1, "»") && w->tok[b + 1].kind == DP_T_WORD)
		b++;
	if (a == 0 || !punct_is(w, a - 1, "«") || b + 1 >= w->ntok || !punct_is(w, b + 1, "»") || a == b)
		return 0;
	for (size_t k = a; k <= b; k++)
		if (k != i && !(w->tok[k].cls & (DP_C_FIRST | DP_C_SURN | DP_C_SURG | DP_C_PATR)))
			return 1;
	return 0;
}

void dp_names_scan(struct dp_work *w, const struct dp_party *parties, size_t nparties)
{
	struct names nm;
	memset(&nm, 0, sizeof nm);
	if (!(w->ctx->pol.redact & (1u << DP_PER)))
		return;
	/* 1. parties from the court */
	for (size_t k = 0; k < nparties; k++) {
		if (!parties[k].name || !parties[k].name[0])
			continue;
		struct mention pm;
		party_mention(w, parties[k].name, &pm);
		if (!pm.skey[0] && !pm.gkey[0])
			continue;
		int kept = role_kept(w, party_role(w, &parties[k]));
		int ci = cluster_new(&nm, &pm, kept);
		nm.c[ci].party = 1;
	}
	/* 2. patterns (an online handle "@name_91" first: its word follows '@') */
	for (size_t i = 0; i < w->ntok; i++) {
		if (punct_is(w, i, "@") && !(w->tok[i].flags & DP_F_TAKEN)) {
			struct mention hm;
			if (handle_at(w, i, &hm)) {
				mark_taken(w, hm.ts, hm.te);
				names_push(&nm, &hm);
				i = hm.te - 1;
			}
			continue;
		}
		if ((punct_is(w, i, "«") || punct_is(w, i, "\"")) && i + 1 < w->ntok) {
			struct mention hm;
			if (handle_quoted(w, i, &hm)) {
				mark_taken(w, hm.ts, hm.te);
				names_push(&nm, &hm);
				i = hm.te - 1;
			}
			continue;
		}
		if (w->tok[i].kind != DP_T_WORD || (w->tok[i].flags & DP_F_TAKEN))
			continue;
		struct mention m;
		int cnt0;
		uint32_t g0 = 0, p0 = 0;
		enum dp_kycase k0;
		size_t ie = inits(w, i, &cnt0, &g0, &p0, &k0);
		if (ie && eponym_before(w, i)) {
			/* "им. И.К. Ахунбаева": an eponym, skip initials and name */
			i = nameish(w, ie) ? ie : ie - 1;
			continue;
		}
		if (!match_person(w, i, &m) && !lower_name(w, i, &m))
			continue;
		name_widen(w, &m);
		m.role = dp_role_before(w, m.ts);
		int represented = 0;	/* the rules below found the name is a party's */
		/* "представитель Гайрбековой З.И. – адвокат Бондаренко Е.Н.": the
		 * name between is the one represented */
		if (m.role == DP_ROLE_REPRESENTATIVE && m.ts > 0 &&
		    (w->tok[m.ts - 1].role == DP_ROLE_REPRESENTATIVE ||
		     /* "представителя истца X – Y": X is the plaintiff */
		     (m.ts > 1 && w->tok[m.ts - 1].role == DP_ROLE_PARTY &&
		      w->tok[m.ts - 2].role == DP_ROLE_REPRESENTATIVE)) &&
		    (role_kept(w, role_after(w, m.te)) ||
		     /* "представителя Ибраимовой Ч.К. — Ибраимова К.Т., действующего …" */
		     ((punct_is(w, m.te, "—") || punct_is(w, m.te, "–")) &&
		      (nameish(w, m.te + 1) || is_initial(w, m.te + 1))) ||
		     /* "представитель ответчика X по доверенности Y" */
		     (tok_is(w, m.te, "по") && tok_is(w, m.te + 1, "доверенности") &&
		      (nameish(w, m.te + 2) || is_initial(w, m.te + 2))))) {
			m.role = DP_ROLE_NONE;
			represented = 1;
		} else if (m.role == DP_ROLE_NONE)
			m.role = role_after(w, m.te);
		/* "адвоката истца X" is the advocate, but "защитник подсудимого X
		 * адвокат Y" / "… X – адвоката Y" names the defendant */
		if (m.role == DP_ROLE_ADVOCATE && m.ts > 0 && w->tok[m.ts - 1].role == DP_ROLE_PARTY) {
			size_t q = m.te;
			while (q < w->ntok && (punct_is(w, q, "—") || punct_is(w, q, "–") || punct_is(w, q, ",")))
				q++;
			if (q < w->ntok && (w->tok[q].role == DP_ROLE_ADVOCATE || (q > m.te && nameish(w, q))))
				m.role = DP_ROLE_PARTY;
		}
		/* Kyrgyz: "адвокат Касымова Э.Т., Нурдин уулу Уланга карата": a
		 * name in another case after a comma is no member of the list */
		if (w->ky && m.role != DP_ROLE_NONE && m.kycase != DP_KY_NONE && nm.nm > 0 &&
		    nm.m[nm.nm - 1].te + 1 == m.ts && punct_is(w, m.ts - 1, ",") &&
		    nm.m[nm.nm - 1].kycase == DP_KY_NONE) {
			m.role = DP_ROLE_NONE;
			represented = 1;
		}
		if ((m.role == DP_ROLE_NONE || m.role == DP_ROLE_PARTY || m.role == DP_ROLE_OFFICIAL) &&
		    !represented && rep_after(w, m.te, m.ts, m.sex))
			m.role = DP_ROLE_REPRESENTATIVE;	/* "главный специалист … X, действующий по доверенности" */
		if (m.role == DP_ROLE_NONE && !represented)
			m.role = apposition_role(w, m.ts, m.te);
		if (!represented && (m.role == DP_ROLE_NONE || m.role == DP_ROLE_OFFICIAL ||
				     (m.role == DP_ROLE_PARTY && !party_word_next_to(w, m.ts)))) {
			/* a title or a body's name between the role word and the
			 * name: "представитель конкурсного кредитора – ЗАО «…» по
			 * доверенности X", "в лице главного специалиста X" */
			enum dp_role r = dp_role_reach(w, m.ts);
			if (m.role == DP_ROLE_NONE || r == DP_ROLE_REPRESENTATIVE)
				m.role = r == DP_ROLE_NONE ? m.role : r;
		}
		m.explicit_role = m.role != DP_ROLE_NONE;
		mark_taken(w, m.ts, m.te);
		names_push(&nm, &m);
		i = m.te - 1;
	}
	/* 2b. a listed name coordinated before a one-word name found after it:
	 * "видела, как Коваль и Данияр выносили" */
	for (size_t i = 1; i + 2 < w->ntok; i++) {
		const struct dp_tok *t = &w->tok[i];
		if (!nameish(w, i) || !cap_only_first(w, i) || t->ncp < 4 || (t->flags & DP_F_NL) ||
		    !(t->cls & (DP_C_SURN | DP_C_SURG | DP_C_FIRST)) || !mid_sentence(w, i) || nameish(w, i - 1) ||
		    !(tok_is(w, i + 1, "и") || tok_is(w, i + 1, "жана")) || org_word(w, i) ||
		    w->tok[i + 2].kind != DP_T_WORD || !(w->tok[i + 2].flags & DP_F_TAKEN) ||
		    (i + 3 < w->ntok && (w->tok[i + 3].flags & DP_F_TAKEN)))
			continue;
		int one = 0;
		for (size_t k = 0; k < nm.nm && !one; k++)
			one = nm.m[k].ts == i + 2 && nm.m[k].te == i + 3;
		if (!one)
			continue;
		struct mention m;
		mention_init(&m, w, i, i + 1, "name.coordinated_before");
		if ((t->cls & DP_C_FIRST) && !(t->cls & (DP_C_SURN | DP_C_SURG)))
			given_at(&m, w, i);
		else
			key_of(w, i, m.skey);
		m.role = dp_role_before(w, i);
		m.explicit_role = m.role != DP_ROLE_NONE;
		mark_taken(w, i, i + 1);
		names_push(&nm, &m);
	}
	/* 3. kept clusters from mentions in a kept role */
	for (size_t k = 0; k < nm.nm; k++) {
		struct mention *m = &nm.m[k];
		if (!role_kept(w, m->role))
			continue;
		{
			/* the court's list names this person (surname and given
			 * name, or surname and both initials) in a removed role:
			 * the list wins over the context */
			int pc = find_cluster(&nm, m, 0, 1);
			if (pc >= 0 && nm.c[pc].party &&
			    ((m->gkey[0] && !strcmp(nm.c[pc].gkey, m->gkey)) ||
			     (m->gi && m->pi && nm.c[pc].gi == m->gi && nm.c[pc].pi == m->pi)))
				continue;
		}
		/* "руководил представитель Хасанова Ш.А." after "ИП Хасанов
		 * Шухрат Абдуллаевич": a representative's name that is a party's
		 * own (surname and both initials) is that party, in the genitive */
		if (m->role == DP_ROLE_REPRESENTATIVE && m->skey[0] && m->gi && m->pi) {
			int party = 0;
			for (size_t q = 0; q < nm.nm && !party; q++) {
				const struct mention *o = &nm.m[q];
				party = q != k && o->role == DP_ROLE_PARTY && o->explicit_role && o->gi == m->gi &&
					o->pi == m->pi && !strcmp(o->skey, m->skey);
			}
			if (party) {
				m->role = DP_ROLE_PARTY;
				continue;
			}
		}
		int ci = find_cluster(&nm, m, 1, 0);
		if (ci < 0)
			ci = cluster_new(&nm, m, 1);
		cluster_join(&nm, ci, m);
	}
	/* 4. the rest: kept only on a strong match with a kept person */
	for (size_t k = 0; k < nm.nm; k++) {
		struct mention *m = &nm.m[k];
		if (m->cluster >= 0)
			continue;
		/* "Осмоновой (до брака – Шамшиевой) Айнурой Талантовной": the
		 * former surname and the rest of the name after the parenthesis
		 * are the person named just before */
		if (k > 0 && nm.m[k - 1].cluster >= 0 && !nm.c[nm.m[k - 1].cluster].kept &&
		    (((!strcmp(m->rule, "name.former_surname") || !strcmp(m->rule, "name.initials_after_paren")) &&
		      m->ts <= nm.m[k - 1].te + 5) ||
		     (!strcmp(nm.m[k - 1].rule, "name.former_surname") && m->ts == nm.m[k - 1].te + 1 &&
		      punct_is(w, m->ts - 1, ")")))) {
			cluster_join(&nm, nm.m[k - 1].cluster, m);
			continue;
		}
		if (!m->explicit_role) {
			/* a bare surname can only be weakly matched: it goes to a kept
			 * person of that surname unless a removed one has it too */
			int weak = !m->gi && !m->gkey[0] &&
				   (!strcmp(m->rule, "name.bare_surname") || !strcmp(m->rule, "name.slot"));
			int kc = find_cluster(&nm, m, 1, !weak);
			int rc = find_cluster(&nm, m, 0, !weak);
			if (kc >= 0 && rc < 0) {
				cluster_join(&nm, kc, m);
				continue;
			}
		}
		int ci = find_cluster(&nm, m, 0, 0);
		if (ci < 0)
			ci = cluster_new(&nm, m, 0);
		cluster_join(&nm, ci, m);
	}
	/* 5. propagation: other forms of removed names anywhere in the act.
	 * Indexes: surname key → first removed cluster, and given-name key
	 * (6+ bytes, or a Latin one of 3+: "Ahmet Kaya" … "Kaya"; no kept person
	 * shares it) → first removed cluster. */
	struct kidx sidx, gidx;
	kidx_init(&sidx, nm.nc);
	kidx_init(&gidx, nm.nc);
	for (size_t c = 0; c < nm.nc; c++) {
		if (nm.c[c].kept)
			continue;
		if (nm.c[c].skey[0])
			kidx_put(&sidx, nm.c[c].skey, (int)c);
		size_t gl = strlen(nm.c[c].gkey);
		if (gl >= 6 || (gl >= 3 && (unsigned char)nm.c[c].gkey[0] < 0x80)) {
			int shared = 0;
			for (size_t d = 0; d < nm.nc && !shared; d++)
				shared = nm.c[d].kept && !strcmp(nm.c[d].gkey, nm.c[c].gkey);
			if (!shared)
				kidx_put(&gidx, nm.c[c].gkey, (int)c);
		}
	}
	for (size_t i = 0; i < w->ntok; i++) {
		const struct dp_tok *t = &w->tok[i];
		if (t->kind == DP_T_WORD && (t->flags & DP_F_LOWER) && !(t->flags & DP_F_TAKEN) && t->ncp >= 5 &&
		    t->fl < 90 && i + 1 < w->ntok && w->tok[i + 1].kind == DP_T_WORD &&
		    (w->tok[i + 1].flags & DP_F_LOWER) && w->tok[i + 1].ncp >= 3 && w->tok[i + 1].fl < 90) {
			/* "что ахмедов руслан ударил" after "Ахмедов Р.": a removed
			 * surname typed in lower case, with a given name of the
			 * person's initial (lower-case words are common nouns
			 * elsewhere: "из материалов дела") */
			char rk[96];
			enum dp_kycase kc1;
			size_t rkl = dp_name_key(FOLD(w, i), t->fl, rk);
			int c = rkl >= 6 ? kidx_get(&sidx, rk) : -1;
			unsigned c1 = c >= 0 ? dp_word_class(w->ctx, FOLD(w, i + 1), w->tok[i + 1].fl, w->ky, &kc1) : 0;
			if (c >= 0 && (c1 & DP_C_FIRST) && !(c1 & DP_C_STOP) &&
			    (!nm.c[c].gi || w->tok[i + 1].first_cp == nm.c[c].gi)) {
				struct mention lm;
				mention_init(&lm, w, i, i + 2, "name.lower_propagated");
				mark_taken(w, i, i + 2);
				cluster_join(&nm, c, &lm);
				names_push(&nm, &lm);
				i++;
				continue;
			}
		}
		if (t->kind == DP_T_WORD && (t->cls & DP_C_STOP) && !(t->flags & (DP_F_TAKEN | DP_F_QUOTE)) &&
		    cap_only_first(w, i) && t->fl < 90 && person_verb_after(w, i) && i > 0 &&
		    !in_words(w, i - 1, dp_local_m) && !punct_is(w, i - 1, ".")) {
			/* a person named like a city, already found as a person
			 * ("Нарыном Жумалиевым" … "По дороге Нарын рассказал") */
			char rk[96];
			dp_name_key(FOLD(w, i), t->fl, rk);
			int c = kidx_get(&gidx, rk);
			if (c >= 0) {
				struct mention pm;
				mention_init(&pm, w, i, i + 1, "name.propagated_place_name");
				mark_taken(w, i, i + 1);
				cluster_join(&nm, c, &pm);
				names_push(&nm, &pm);
				continue;
			}
		}
		if (t->ncp == 1 && is_initial(w, i) && !(t->flags & DP_F_QUOTE) && (i < 2 || !is_initial(w, i - 2)) &&
		    !is_initial(w, i + 2) && !nameish(w, i + 2) && !nameish(w, i - 1)) {
			/* "малолетний потерпевший С. … показания С.": a person known
			 * by one initial alone, the only one with that letter */
			int only = -1, n = 0;
			for (size_t c = 0; c < nm.nc && n < 2; c++)
				if (nm.c[c].gi == t->first_cp || nm.c[c].pi == t->first_cp) {
					n++;
					if (!nm.c[c].kept && !nm.c[c].pi && !nm.c[c].skey[0] && !nm.c[c].gkey[0])
						only = (int)c;
				}
			if (n == 1 && only >= 0) {
				struct mention im;
				mention_init(&im, w, i, i + 2, "name.initial_propagated");
				im.gi = t->first_cp;
				mark_taken(w, i, i + 2);
				cluster_join(&nm, only, &im);
				names_push(&nm, &im);
				i++;
				continue;
			}
		}
		if (t->kind != DP_T_WORD || !(t->flags & DP_F_CAP) || (t->flags & (DP_F_TAKEN | DP_F_QUOTE)) ||
		    (t->cls & (DP_C_STOP | DP_C_ROLE | DP_C_KYP)) || t->ncp < 2)
			continue;
		/* a two-letter surname (Ма, Ли, Ян) only before a given name:
		 * "Ма Ибрагим" */
		/* ... or alone, when a removed person already has it as a surname
		 * and a lower-case word follows: "Лю үйдө жашап келген" */
		if (t->ncp == 2 && ((t->flags & DP_F_ALLCAPS) || !nameish(w, i + 1) ||
				    !cls_has(w, i + 1, DP_C_FIRST))) {
			char rk2[96];
			dp_name_key(FOLD(w, i), t->fl, rk2);
			if ((t->flags & DP_F_ALLCAPS) || !in_words(w, i, east_asian) || kidx_get(&sidx, rk2) < 0 ||
			    i + 1 >= w->ntok ||
			    !((w->tok[i + 1].kind == DP_T_WORD && (w->tok[i + 1].flags & DP_F_LOWER)) ||
			      punct_is(w, i + 1, ",")))	/* "По словам Ма, в день …" */
				continue;
		}
		if ((t->flags & DP_F_ALLCAPS) && t->ncp <= 3)
			continue;
		if (eponym_before_inits(w, i) || eponym_after(w, i + 1))
			continue;
		if (in_name_quote(w, i))
			continue;	/* «Айбек Телеком»: a company named after a person */
		int quoted_alone = i > 0 && punct_is(w, i - 1, "«") && punct_is(w, i + 1, "»");
		int hit = -1, how = 0, by_surname = 0;
		if (t->fl < 90) {
			char rk[96], kk[96];
			enum dp_kycase kc0;
			dp_name_key(FOLD(w, i), t->fl, rk);
			int haskk = dp_name_key_ky(FOLD(w, i), t->fl, kk, &kc0) != 0;
			int cand[4] = { kidx_get(&sidx, rk), haskk ? kidx_get(&sidx, kk) : -1,
					kidx_get(&gidx, rk), haskk ? kidx_get(&gidx, kk) : -1 };
			for (int q = 0; q < 4; q++)
				if (cand[q] >= 0 && (hit < 0 || cand[q] < hit))
					hit = cand[q];
			if (hit >= 0) {
				const struct cluster *c = &nm.c[hit];
				if (c->skey[0] && !strcmp(c->skey, rk))
					how = 1, by_surname = 1;
				else if (c->skey[0] && haskk && !strcmp(c->skey, kk))
					how = 2, by_surname = 1;
				else
					how = !strcmp(c->gkey, rk) ? 1 : 2;
			}
		}
		if (hit < 0 && (t->cls & DP_C_FIRST) && !(t->cls & (DP_C_SURN | DP_C_SURG | DP_C_PATR | DP_C_EPON)) &&
		    t->ncp >= 5 && cap_only_first(w, i) && !nameish(w, i + 1) && !ep_tail(w, i + 1)) {
			/* "Абдуллаев Б.Р. … Бахтияр котормочу аркылуу": a given name
			 * alone whose initial is the first initial of exactly one
			 * removed person known only by initials, and of no kept one */
			int only = -1, n = 0;
			for (size_t c = 0; c < nm.nc && n < 2; c++) {
				if (nm.c[c].gi != t->first_cp)
					continue;
				if (nm.c[c].kept || nm.c[c].gkey[0])
					n = 2;
				else {
					only = (int)c;
					n++;
				}
			}
			if (n == 1)
				hit = only;
		}
		if (hit < 0)
			continue;
		/* «Адилет» юридикалык клиникасы: the given name of a person with a
		 * surname, alone in quotes, names an organisation (a nickname in
		 * quotes has no surname: «Шмель» … «Шмель») */
		if (quoted_alone && nm.c[hit].skey[0] && !by_surname && w->tok[i + 2].kind == DP_T_WORD)
			continue;	/* (a surname in quotes is still the person: «Үмөталиев»; so
					 * is a given name before a comma: "получила «Нургүл», и";
					 * "хозяйства «Абдувалы»," is a body's quote, never read here) */
		if (role_kept(w, dp_role_before(w, i)))
			continue;
		struct mention m;
		mention_init(&m, w, i, i + 1, nm.c[hit].party ? "name.party" : "name.propagated");
		if (how == 2) {
			enum dp_kycase kc;
			char buf[96];
			dp_name_key_ky(FOLD(w, i), t->fl, buf, &kc);
			if (w->ky)
				m.kycase = kc;
		}
		/* "Жумабек уулу" after propagation */
		size_t e = i + 1;
		if (is_kyp(w, e))
			e++;
		/* initials after the surname go with it ("Тен А.", "Сушанло М.нын"):
		 * no stray initial is left next to the label */
		{
			int cnt;
			uint32_t g0 = 0, p0 = 0;
			enum dp_kycase ikc;
			size_t ie = inits(w, e, &cnt, &g0, &p0, &ikc);
			if (ie && !nameish(w, ie)) {
				e = ie;
				if (w->ky && ikc != DP_KY_NONE)
					m.kycase = ikc;
			} else if (e == i + 1 && !(t->cls & DP_C_KYSUF) && nameish(w, e) &&
				   cls_has(w, e, DP_C_FIRST) && !cls_has(w, e, DP_C_SURN | DP_C_SURG) &&
				   !eponym_after(w, e + 1)) {
				/* and a given name: "Ванахун Ибрагим" */
				if (w->ky && cls_has(w, e, DP_C_KYSUF))
					m.kycase = (enum dp_kycase)w->tok[e].kycase;
				e++;
			}
		}
		/* "мурдагы ээси Сейитали Кудайбергенов": a known given or father's
		 * name followed by a surname is another person of that name */
		int other = 0;
		if (e == i + 1 && nameish(w, e) && cls_has(w, e, DP_C_SURN) && cap_only_first(w, e) &&
		    !(w->tok[e].flags & DP_F_NL) && !eponym_after(w, e + 1)) {
			char sk[96];
			key_of(w, e, sk);
			if (!nm.c[hit].skey[0] || strcmp(sk, nm.c[hit].skey)) {
				other = 1;
				e++;
				memcpy(m.skey, sk, sizeof m.skey);
				given_at(&m, w, i);
			}
		}
		m.te = e;
		m.e = w->tok[e - 1].e;
		mark_taken(w, i, e);
		if (other) {
			int ci = find_cluster(&nm, &m, 0, 0);
			cluster_join(&nm, ci >= 0 ? ci : cluster_new(&nm, &m, 0), &m);
		} else {
			cluster_join(&nm, hit, &m);
		}
		names_push(&nm, &m);
		i = e - 1;
	}
	kidx_free(&sidx);
	kidx_free(&gidx);
	/* 6. labels in order of first appearance, then spans */
	int next = w->label_base[DP_PER];
	for (;;) {
		int best = -1;
		for (size_t c = 0; c < nm.nc; c++)
			if (!nm.c[c].kept && nm.c[c].label < 0 && nm.c[c].nment > 0 &&
			    (best < 0 || nm.c[c].first < nm.c[best].first))
				best = (int)c;
		if (best < 0)
			break;
		nm.c[best].label = next++;
	}
	for (size_t k = 0; k < nm.nm; k++) {
		const struct mention *m = &nm.m[k];
		const struct cluster *c = &nm.c[m->cluster];
		if (c->kept)
			dp_kept_add(w, m->s, m->e, m->role, m->rule);
		else {
			dp_span_add(w, m->s, m->e, DP_PER, m->rule, c->label,
				    w->ky ? m->kycase : DP_KY_NONE);
			dob_in_parens(w, m->e);
		}
	}
	free(nm.m);
	free(nm.c);
}

/* ------------------------------------------------------ residual leaks */

/* Is byte s inside a kept name?  w->kept is sorted by start (render). */
static int kept_at(const struct dp_work *w, size_t s)
{
	size_t lo = 0, hi = w->nkept;
	while (lo < hi) {	/* first kept span starting after s */
		size_t mid = lo + (hi - lo) / 2;
		if (w->kept[mid].start <= s)
			lo = mid + 1;
		else
			hi = mid;
	}
	for (size_t k = lo; k-- > 0;)
		if (s < w->kept[k].end)
			return 1;
		else if (w->kept[k].start + w->kept_maxlen <= s)
			break;
	return 0;
}

/* Runs on a dp_work over the OUTPUT text.  Returns 1 and fills reason on a
 * suspected leak; the reason names the rule and the offset, never the text. */
int dp_leak_scan(const struct dp_work *w, char *reason, size_t rlen)
{
	const char *s = w->text;
	for (size_t i = 0; i < w->ntok; i++) {
		const struct dp_tok *t = &w->tok[i];
		if (t->kind == DP_T_NUM && t->e - t->s == 14 && (s[t->s] == '1' || s[t->s] == '2') &&
		    dp_pin_date_ok(s + t->s + 1)) {
			snprintf(reason, rlen, "14-digit number with a birth date (ПИН) at output offset %u", t->s);
			return 1;
		}
		if (t->kind != DP_T_WORD)
			continue;
		const char *f = FOLD(w, i);
		/* a birth-date phrase with a year still in front of it */
		if ((t->fl == strlen("рождения") && !memcmp(f, "рождения", t->fl) && (t->flags & DP_F_LOWER)) ||
		    (t->fl == strlen("туулган") && !memcmp(f, "туулган", t->fl))) {
			for (size_t j = i, n = 0; j > 0 && n < 6; n++) {
				j--;
				if (w->tok[j].kind == DP_T_LABEL)
					break;
				if (w->tok[j].kind == DP_T_NUM && w->tok[j].e - w->tok[j].s == 4 &&
				    (s[w->tok[j].s] == '1' || s[w->tok[j].s] == '2')) {
					snprintf(reason, rlen, "birth-date phrase with a year at output offset %u", t->s);
					return 1;
				}
			}
		}
		if (kept_at(w, t->s))
			continue;
		/* a patronymic-shaped word or an уулу/кызы name outside a kept role */
		if ((t->flags & DP_F_CAP) && (t->cls & DP_C_PATR) && t->ncp >= 6 &&
		    !role_kept(w, dp_role_before(w, i > 1 ? i - 1 : i)) &&
		    !(i > 0 && role_kept(w, dp_role_before(w, i - 1)))) {
			size_t st = i;
			while (st > 0 && i - st < 3 && w->tok[st - 1].kind == DP_T_WORD &&
			       (w->tok[st - 1].flags & DP_F_CAP))
				st--;
			if (!role_kept(w, dp_role_before(w, st)) && !eponym_before(w, st)) {
				snprintf(reason, rlen, "patronymic-shaped word at output offset %u", t->s);
				return 1;
			}
		}
		if ((t->cls & DP_C_KYP) && i > 0 && w->tok[i - 1].kind == DP_T_WORD &&
		    (w->tok[i - 1].flags & DP_F_CAP) && !(w->tok[i - 1].cls & (DP_C_STOP | DP_C_ROLE))) {
			size_t st = i - 1;
			if (st > 0 && w->tok[st - 1].kind == DP_T_WORD && (w->tok[st - 1].flags & DP_F_CAP))
				st--;
			if (!role_kept(w, dp_role_before(w, st)) && !eponym_after(w, i + 1)) {
				snprintf(reason, rlen, "уулу/кызы name at output offset %u", t->s);
				return 1;
			}
		}
		/* a removed role followed by something that looks like a name */
		if (t->role == DP_ROLE_PARTY && i + 1 < w->ntok) {
			size_t j = i + 1;
			while (j < w->ntok && (punct_is(w, j, ",") || punct_is(w, j, ":") || punct_is(w, j, "–")))
				j++;
			if (j < w->ntok && w->tok[j].kind == DP_T_WORD && (w->tok[j].flags & DP_F_CAP) &&
			    !(w->tok[j].cls & (DP_C_STOP | DP_C_ROLE | DP_C_ORG | DP_C_EPON)) &&
			    !(w->tok[j].flags & DP_F_ALLCAPS && w->tok[j].ncp <= 5) && w->tok[j].ncp >= 2 &&
			    !second_upper(w, j) &&
			    /* one Latin word is a brand ("Жоопкердин Facebook тармагы"); a
			     * Latin name has two */
			    !((w->tok[j].flags & DP_F_LATIN) &&
			      !(j + 1 < w->ntok && w->tok[j + 1].kind == DP_T_WORD && (w->tok[j + 1].flags & DP_F_LATIN))) &&
			    !(w->tok[j].flags & DP_F_QUOTE) && !eponym_after(w, j + 1) && !kept_at(w, w->tok[j].s) &&
			    !in_words(w, j + 1, state_words) && !in_words(w, j + 2, state_words) &&
			    !(org_word(w, j) && j + 1 < w->ntok && (w->tok[j + 1].flags & DP_F_LOWER)) &&
			    !org_noun(w, j)) {
				char rw[64];
				size_t rl = t->e - t->s < sizeof rw - 1 ? t->e - t->s : sizeof rw - 1;
				memcpy(rw, s + t->s, rl);
				rw[rl] = '\0';
				snprintf(reason, rlen, "name-like word after role '%s' at output offset %u", rw,
					 w->tok[j].s);
				return 1;
			}
		}
	}
	return 0;
}
