/* dp_tok.h: small readers over depersonify's token array, shared by the
 * address and name recognisers (dp_addr.c, dp_name.c). */
#ifndef DP_TOK_H
#define DP_TOK_H

#include <stdint.h>
#include <string.h>

#include "dp_int.h"

static inline const char *FOLD(const struct dp_work *w, size_t i)
{
	return w->arena + w->tok[i].fo;
}

static inline int tok_is(const struct dp_work *w, size_t i, const char *word)
{
	return i < w->ntok && w->tok[i].kind == DP_T_WORD && strlen(word) == w->tok[i].fl &&
	       memcmp(FOLD(w, i), word, w->tok[i].fl) == 0;
}

static inline int punct_is(const struct dp_work *w, size_t i, const char *p)
{
	size_t pl = strlen(p);
	return i < w->ntok && w->tok[i].kind == DP_T_PUNCT && w->tok[i].e - w->tok[i].s == pl &&
	       memcmp(w->text + w->tok[i].s, p, pl) == 0;
}

static inline int in_words(const struct dp_work *w, size_t i, const char *const *list)
{
	if (i >= w->ntok || w->tok[i].kind != DP_T_WORD || !w->tok[i].fl)
		return 0;
	const char *f = FOLD(w, i);
	size_t fl = w->tok[i].fl;
	for (int k = 0; list[k]; k++) {
		const char *s = list[k];
		/* the first byte (two for Cyrillic) rejects most words cheaply */
		if (s[0] != f[0] || (fl > 1 && s[1] != f[1]))
			continue;
		if (strlen(s) == fl && memcmp(f, s, fl) == 0)
			return 1;
	}
	return 0;
}

/* A Kyrgyz role word in the genitive right before the name at j + 1, the
 * name itself without a case suffix: "Коргоочунун Турсункулов Б. … деген
 * жүйөсү" (the role owns a later noun; the name is a clause's subject). */
static inline int ky_genitive_role_before(const struct dp_work *w, size_t j)
{
	static const char *const gen[] = { "нын", "нин", "нун", "нүн", "дын", "дин", "дун", "дүн", "тын",
		"тин", "тун", "түн", NULL };
	if (!w->ky || j + 1 >= w->ntok || w->tok[j].ncp < 6 || (w->tok[j + 1].cls & DP_C_KYSUF))
		return 0;
	const char *f = FOLD(w, j);
	for (int k = 0; gen[k]; k++)
		if (dp_has_suffix(f, w->tok[j].fl, gen[k]))
			return 1;
	return 0;
}

/* Word i starts with one of the stems in list ("подписа" for "подписан"). */
static inline int stem_in(const struct dp_work *w, size_t i, const char *const *list)
{
	if (i >= w->ntok || w->tok[i].kind != DP_T_WORD)
		return 0;
	const char *f = FOLD(w, i);
	for (int k = 0; list[k]; k++)
		if (!strncmp(f, list[k], strlen(list[k])))
			return 1;
	return 0;
}

static inline int adjacent(const struct dp_work *w, size_t a, size_t b)
{
	return b < w->ntok && w->tok[a].e == w->tok[b].s;
}

static inline void mark_taken(struct dp_work *w, size_t a, size_t b)
{
	for (size_t k = a; k < b && k < w->ntok; k++)
		w->tok[k].flags |= DP_F_TAKEN;
}

/* The "(" that the ")" at q closes, at most max tokens back; SIZE_MAX when
 * there is none. */
static inline size_t paren_open_before(const struct dp_work *w, size_t q, size_t max)
{
	size_t p = q;
	while (p > 0 && !punct_is(w, p, "(") && q - p < max)
		p--;
	return punct_is(w, p, "(") ? p : SIZE_MAX;
}

/* "законный представитель", "мыйзамдуу өкүлү" (the role word at q): a
 * parent, removed. */
static inline int legal_parent(const struct dp_work *w, size_t q)
{
	return q > 0 && w->tok[q - 1].kind == DP_T_WORD &&
	       (!strncmp(FOLD(w, q - 1), "законн", strlen("законн")) ||
		!strncmp(FOLD(w, q - 1), "мыйзамдуу", strlen("мыйзамдуу")));
}

/* dp_addr.c: address markers the name rules also read */
extern const char *const dp_street_m[], *const dp_local_m[], *const dp_street_titles[];
int dp_sentence_dot(const struct dp_work *w, size_t i);

#endif
