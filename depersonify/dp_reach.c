/* dp_reach.c: the role a name holds through a title or a body's name that
 * stands between it and the role word, read back over the noun phrase:
 * "прокурор отдела по надзору за законностью в уголовном судопроизводстве
 * прокуратуры г. Ош X", "интересы … по доверенности представлял заведующий
 * сектором правового обеспечения X", "мэриясынын атынан ишеним кат боюнча
 * юридикалык башкармалыктын башкы адиси X".  dp_role_before reads the
 * common short phrasings; this reads the long ones, and only a phrase
 * (nouns, adjectives, prepositions, capitalised names of bodies, numbers)
 * may lie between: a verb, a word that brings in a party ("в интересах",
 * "в отношении", "на имя"), a party word or another name ends the reading,
 * and the name stays a private person. */
#include "dp_int.h"
#include "dp_tok.h"

/* Words of a phrase that hand the name to a party, not a role. */
static const char *const party_gate[] = { "интересах", "интересы", "интересов", "отношении", "против",
	"пользу", "имя", "имени", "иску", "иском", "к", "у", "с", "со", "о", "об", "для", "что", "чтобы",
	"как", "где", "когда", "если", "который", "которая", "которое", "которые", "которого", "которой",
	"которому", "которым", "которых", "чей", "чья", "его", "её", "ее", "их", "ему", "ей", "им",
	"карата", "тарабынан", "жана", "же", "ли", "не", "ни", "был", "была", "было", "были", "анын",
	"алардын", "энеси", "агасы", "эжеси", "иниси", "карындашы", "сиңдиси", "байкеси", "баласы",
	"небереси", NULL };

/* Words after which a party word is part of a body's name. */
static const char *const body_of[] = { "защите", "защиты", "делам", "охраны", "поддержки", NULL };

/* Verbs that name the act of representing: the name after them is the
 * representative ("интересы … представлял X", "… защищала X"). Both role
 * readers use them. */
const char *const dp_represents[] = { "представлял", "представляла", "представляли", "представляет",
	"представляют", "защищал", "защищала", "защищали", "защищает", NULL };

/* Linking verbs read through: "Представителем ОАО «…» по доверенности
 * является X". */
static const char *const linking[] = { "является", "являлся", "являлась", "являются", NULL };

/* Nouns that end like a verb. */
static const char *const verb_like_nouns[] = { "комитет", "университет", "институт", "кабинет", "совет",
	"аппарат", "комбинат", "секретариат", "депутат", "филиал", "персонал", "генерал", "дела", "села",
	"земли", "числа", "отдела", "филиала", "протокола", "материала", "персонала", "зала", "трибунала",
	"капитала", "канала", "айыл", NULL };

static int ends(const char *f, size_t fl, const char *const *suf)
{
	for (int k = 0; suf[k]; k++)
		if (dp_has_suffix(f, fl, suf[k]))
			return 1;
	return 0;
}

/* A lower-case word in the shape of a verb or gerund: it ends the phrase. */
static int verb_shape(const struct dp_work *w, size_t q)
{
	static const char *const ru[] = { "л", "ла", "ло", "ли", "лся", "лась", "лось", "лись", "ет", "ит",
		"ют", "ят", "ут", "ат", "ся", "сь", "ть", "ав", "ив", "ыв", "яв", "ев", "вши", "вшись", NULL };
	/* not the Kyrgyz past in -ды/-ти: the accusative ends so too ("балдарды коргоо бөлүмү") */
	static const char *const ky[] = { "п", "ган", "гон", "ген", "гөн", "кан", "кон", "кен", "көн", "са",
		"се", "со", "сө", NULL };
	const struct dp_tok *t = &w->tok[q];
	if (in_words(w, q, verb_like_nouns))
		return 0;
	return ends(FOLD(w, q), t->fl, w->ky ? ky : ru);
}

/* "по доверенности", "по нотариальной доверенности", "по дов.", "на
 * основании доверенности": q is the word "доверенности" or "дов". */
static int proxy_at(const struct dp_work *w, size_t q)
{
	if (!tok_is(w, q, "доверенности") && !tok_is(w, q, "дов"))
		return 0;
	for (size_t p = q, n = 0; p > 0 && n < 3; n++) {
		p--;
		if (tok_is(w, p, "по") || tok_is(w, p, "основании"))
			return 1;
		if (w->tok[p].kind != DP_T_WORD || !(w->tok[p].flags & DP_F_LOWER))
			return 0;
	}
	return 0;
}

/* A deal done by proxy, not a proxy in court: "подписан по доверенности X",
 * "передан им по генеральной доверенности X" (q is "доверенности"). */
static int deal_by_proxy(const struct dp_work *w, size_t q)
{
	static const char *const deal[] = { "подписа", "продал", "продан", "заключ", "оформ", "передал",
		"передан", "получ", "купил", "куплен", "приобрел", "приобрёл", "приобретен", "приобретён",
		"снял", "снята", "управлял", "генеральн", NULL };
	for (size_t p = q, n = 0; p > 0 && n < 5; n++) {
		p--;
		if (w->tok[p].kind != DP_T_WORD)
			return 0;
		if (stem_in(w, p, deal))
			return 1;
	}
	return 0;
}

/* Kyrgyz "ишеним кат боюнча / менен / каттын негизинде" ending at q. */
static int ky_proxy_at(const struct dp_work *w, size_t q)
{
	if (!(tok_is(w, q, "боюнча") || tok_is(w, q, "менен") || tok_is(w, q, "негизинде")))
		return 0;
	return q > 0 && (tok_is(w, q - 1, "кат") || tok_is(w, q - 1, "каттын") || tok_is(w, q - 1, "катка"));
}

/* A relative acting by power of attorney: "ишеним кат боюнча агасы X",
 * "представляет её дочь X по доверенности": the proxy phrase stands right
 * before the kin word at j (over a possessive), or the representing verb
 * does and the power of attorney follows the name at name.  Without it the
 * relative is a minor's parent or a dead victim's son: a private person. */
int dp_proxy_before(const struct dp_work *w, size_t j, size_t name)
{
	static const char *const poss[] = { "её", "ее", "его", "их", "анын", "алардын", "своя", "свой",
		"своего", "свою", NULL };
	size_t q = j;
	if (q > 0 && in_words(w, q - 1, poss))
		q--;
	if (q == 0)
		return 0;
	q--;
	if (ky_proxy_at(w, q) || proxy_at(w, q))
		return 1;
	if (!in_words(w, q, dp_represents))
		return 0;
	for (size_t r = name, n = 0; r < w->ntok && n < 10; r++, n++) {
		if (punct_is(w, r, ",") || punct_is(w, r, ";") || dp_sentence_dot(w, r))
			return 0;
		if (tok_is(w, r, "доверенности"))
			return 1;
	}
	return 0;
}

/* A public body just before "в лице" at v: "Орган опеки и попечительства
 * в лице …", "мэрия г. Ош в лице …" (a shop "в лице менеджера X" is the
 * facts of the case). */
static int state_body_before(const struct dp_work *w, size_t v)
{
	static const char *const stem[] = { "орган", "мэри", "управлени", "служб", "инспекци",
		"министерств", "комисси", "отдел", "администраци", "департамент", "казначейств",
		"прокуратур", "комитет", "агентств", "фонд", "налогов", "акимиат", "айыл", NULL };
	for (size_t q = v, n = 0; q > 0 && n < 6; n++) {
		q--;
		if (w->tok[q].kind == DP_T_PUNCT && !punct_is(w, q, "«") && !punct_is(w, q, "»") &&
		    (!punct_is(w, q, ".") || dp_sentence_dot(w, q)))
			return 0;
		if (stem_in(w, q, stem))
			return 1;
	}
	return 0;
}

/* A representative's word and its party right before the comma at q: the
 * title after the comma is the representative's own ("Жоопкердин өкүлү,
 * … башкармалыгынын башкы адиси X", "представитель ответчика, главный
 * специалист … X"). */
static int rep_before_comma(const struct dp_work *w, size_t q)
{
	if (q == 0)
		return 0;
	size_t p = q - 1;
	if (w->tok[p].role == DP_ROLE_PARTY && p > 0 && !w->ky)
		p--;	/* "представитель ответчика," */
	return w->tok[p].kind == DP_T_WORD && w->tok[p].role == DP_ROLE_REPRESENTATIVE && !legal_parent(w, p);
}

/* The role of the name at ts read back over a title or a body's name; none
 * when no role word or representation is reached through a plain phrase. */
enum dp_role dp_role_reach(const struct dp_work *w, size_t ts)
{
	int comma = 0;	/* a comma between: a proxy phrase before it is another's */
	int and = 0;	/* "и" between: a comma may be inside a body's name */
	int body = 0;	/* a capitalised word or a quote between: a body's name */
	int official = 0;	/* an expert's or specialist's word between: the name's own */
	int dash = 0;	/* a dash between: "интересы … службы – главный специалист X" */
	for (size_t q = ts, n = 0; q > 0 && n < 24; n++) {
		if (w->tok[q].flags & DP_F_PARA)
			return DP_ROLE_NONE;
		q--;
		const struct dp_tok *t = &w->tok[q];
		if (t->kind == DP_T_LABEL || (t->flags & DP_F_TAKEN))
			return DP_ROLE_NONE;	/* another person's name */
		if (t->kind == DP_T_NUM)
			continue;
		if (t->kind == DP_T_PUNCT) {
			char c = w->text[t->s];
			if (c == ';' || c == '!' || c == '?' || c == '(' || (c == '.' && dp_sentence_dot(w, q)))
				return DP_ROLE_NONE;
			/* "представители власти, глава области X": a comma ends the
			 * phrase, unless it lists inside a body's name ("архитектуры,
			 * строительства и ЖКХ") or closes an apposition (", — X") */
			if (c == ',' && rep_before_comma(w, q))
				return DP_ROLE_REPRESENTATIVE;
			if (c == ',' && !and && !(punct_is(w, q + 1, "—") || punct_is(w, q + 1, "–")))
				return DP_ROLE_NONE;
			comma |= c == ',';
			dash |= c != ',' && (punct_is(w, q, "–") || punct_is(w, q, "—"));
			body |= punct_is(w, q, "«") || punct_is(w, q, "»");
			if (c == ')') {	/* "(ИНН …)", "(доверенность № …)": read over */
				q = paren_open_before(w, q, 24);
				if (q == SIZE_MAX)
					return DP_ROLE_NONE;
			}
			continue;
		}
		if (t->kind != DP_T_WORD)
			return DP_ROLE_NONE;
		/* "отдела по защите детей", "комиссии по делам несовершеннолетних" */
		if (t->role == DP_ROLE_PARTY && q > 0 && in_words(w, q - 1, body_of))
			continue;
		if (t->role == DP_ROLE_PARTY || tok_is(w, q, "лица") || tok_is(w, q, "лицо")) {
			/* "представитель кредитора – Управления Социального фонда – X",
			 * "представитель третьего лица – … X": a body's name stands
			 * between the party and the name */
			if (q > 0 && tok_is(w, q - 1, "интересы") && dash && body)
				continue;	/* "Интересы ответчика – … фонда – X": read on to "интересы" */
			for (size_t p = q; p > 0 && q - p < 2 && body && !official;) {
				p--;
				if (w->tok[p].role == DP_ROLE_REPRESENTATIVE)
					return legal_parent(w, p) ? DP_ROLE_PARTY : DP_ROLE_REPRESENTATIVE;
			}
			return DP_ROLE_NONE;
		}
		if (t->role == DP_ROLE_REPRESENTATIVE && legal_parent(w, q))
			return DP_ROLE_PARTY;	/* "мыйзамдуу өкүлү – энеси X" */
		/* past an expert's or a specialist's word only a representative of a
		 * body reaches the name ("прокурора и эксперта X" is the expert) */
		if (t->role != DP_ROLE_NONE && q + 1 == ts && ky_genitive_role_before(w, q))
			return DP_ROLE_NONE;
		if (t->role != DP_ROLE_NONE && t->role != DP_ROLE_OFFICIAL)
			return !official || (t->role == DP_ROLE_REPRESENTATIVE && !and) ? (enum dp_role)t->role
											  : DP_ROLE_NONE;
		/* not "в лице": "продавец в лице менеджера X отказал" is the facts */
		if (in_words(w, q, dp_represents) || ky_proxy_at(w, q) || (!comma && proxy_at(w, q) && !deal_by_proxy(w, q)))
			return DP_ROLE_REPRESENTATIVE;
		if (tok_is(w, q, "лице") && q > 0 && tok_is(w, q - 1, "в") && state_body_before(w, q - 1))
			return DP_ROLE_REPRESENTATIVE;	/* "Орган опеки в лице главного специалиста X" */
		/* "интересы Государственной регистрационной службы – главный
		 * специалист X", "Интересы ответчика – … фонда – X": the verb left
		 * out of a list of representatives */
		if (tok_is(w, q, "интересы") && dash && body)
			return DP_ROLE_REPRESENTATIVE;
		if (in_words(w, q, party_gate))
			return DP_ROLE_NONE;
		and |= tok_is(w, q, "и");
		if (t->flags & DP_F_CAP) {
			body = 1;
			continue;	/* a body's name */
		}
		if (t->role == DP_ROLE_OFFICIAL) {
			official = 1;
			continue;	/* "главный специалист правового управления" */
		}
		if (in_words(w, q, linking))
			continue;
		if (verb_shape(w, q))
			return DP_ROLE_NONE;
	}
	return DP_ROLE_NONE;
}
