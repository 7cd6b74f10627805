/* norm.c: the norm-of-law reference parser.  Three stages, all linear in the
 * text: a lexer turns UTF-8 into tokens (numbers, markers «ст.»/«беренеси»,
 * codes, connectors; runs of ordinary words collapse into one break token),
 * an element builder groups markers with their number lists («ч. 1, 2»,
 * «3, 4-бөлүктөрү»), and a cluster resolver joins adjacent elements with
 * the code written after them (Russian) or before them (Kyrgyz) and expands
 * them into canonical ids.  The lexer is hand-written rather than one big
 * PCRE2 pattern: references come in every order and need token offsets, and
 * a byte loop keeps the indexer's throughput; PCRE2 checks canonical ids in
 * queries.  The accepted forms are listed in docs/norms.md. */
#include "norm.h"

#include <pthread.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

#include "norm_int.h"
#include "ss_mem.h"
#include "ss_text.h"

/* ---- tokens ---------------------------------------------------------- */

enum tk {
	TK_BREAK, TK_NUM, TK_LETTER, TK_WORD1, TK_ORD, TK_ART, TK_PART,
	TK_ITEM, TK_SUB, TK_CODE, TK_KR, TK_FOREIGN, TK_LAW, TK_AND,
	TK_COMMA, TK_SEMI, TK_DOT, TK_DASH, TK_QOPEN, TK_QCLOSE, TK_QUOTE,
	TK_LPAREN,
};

enum {
	F_PRE = 1,	/* marker written before its numbers («ст. 5») */
	F_POST = 2,	/* marker written after its numbers («5-беренеси») */
	F_KY = 4,	/* a Kyrgyz word */
	F_PP = 8,	/* «пп.»: items or sub-items */
	F_ABBR = 16,	/* abbreviated marker («ст», «ч», «п») */
	F_SUFFIXED = 32, /* code with a Kyrgyz case suffix («КЖКнын») */
	F_BIG = 64,	/* number too large to be an article */
	F_PLURAL = 128,	/* «ст.ст.», «статьями» */
};

struct tok {
	size_t start, end;
	unsigned char kind, flags;
	unsigned char clash;	/* enum norm_clash of a TK_CODE */
	short ru, ky;		/* codes of a TK_CODE */
	int val, suf;		/* number and its suffix (166-1, 166.1, 166¹) */
};

#define WORD_CPS 48
#define RING 4
#define FLUSH_TOKENS 65536

struct lexer {
	const char *s;
	size_t len, pos;
	bool query;
	struct tok *v;
	size_t n, alloc;
	bool para;		/* the last whitespace held a blank line */
	/* starts of the recent ordinary words, for code names; re-read only
	 * when a word «кодекс…» comes */
	size_t ring_start[RING], nring;
	/* the ring as it was before «КР» / «Кыргыз Республикасынын», for «Укук
	 * бузуулар жөнүндө Кыргыз Республикасынын кодекси» */
	size_t kr_ring_start[RING], kr_nring, kr_tok;
	/* full code names seen, by the clashing abbreviation they shorten to:
	 * the evidence that resolves ЖК, СК, ЖПК (norm_clash_resolve) */
	unsigned names[NORM_NCLASH][NORM_MAX_CODES];
};

struct word {
	size_t start, end;
	size_t ncp;
	bool too_long;
	char fold[WORD_CPS * 4 + 1];	/* lower case, lookalikes mapped */
	char norm[WORD_CPS * 4 + 1];	/* case kept, lookalikes mapped */
};

/* Next code point; the text was validated, so the common one- and two-byte
 * forms are decoded inline. */
static inline unsigned cp_at(const char *s, size_t len, size_t *i)
{
	const unsigned char *u = (const unsigned char *)s + *i;
	if (u[0] < 0x80) {
		(*i)++;
		return u[0];
	}
	if ((u[0] & 0xE0) == 0xC0 && *i + 1 < len && (u[1] & 0xC0) == 0x80 && u[0] >= 0xC2) {
		*i += 2;
		return ((unsigned)(u[0] & 0x1F) << 6) | (u[1] & 0x3F);
	}
	int c = ss_utf8_next(s, len, i);
	if (c < 0) {
		(*i)++;
		return 0xFFFD;
	}
	return (unsigned)c;
}

static bool is_space(unsigned c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' ||
	       c == '\v' || c == 0xA0 || c == 0x2007 || c == 0x202F ||
	       (c >= 0x2000 && c <= 0x200A) || c == 0x3000 || c == 0x85 ||
	       c == 0x2028 || c == 0x2029;
}

static bool is_invisible(unsigned c)
{
	return c == 0xAD || (c >= 0x200B && c <= 0x200D) || c == 0x2060 ||
	       c == 0xFEFF;
}

static bool is_letter(unsigned c)
{
	if (c < 0x80)
		return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
	if (c >= 0xC0 && c <= 0x24F)
		return c != 0xD7 && c != 0xF7;
	return (c >= 0x370 && c <= 0x1FFF) || (c >= 0x2C00 && c <= 0xD7FF) ||
	       (c >= 0xF900 && c <= 0xFDFF) || c >= 0x10000;
}

static bool is_dash(unsigned c)
{
	return c == '-' || (c >= 0x2010 && c <= 0x2015) || c == 0x2212;
}

static bool is_cyr_lower(unsigned c)
{
	return (c >= 0x430 && c <= 0x44F) || c == 0x451 || c == 0x4A3 ||
	       c == 0x4AF || c == 0x4E9 || c == 0x473;
}

static int superscript(unsigned c)
{
	switch (c) {
	case 0x2070: return 0;
	case 0xB9: return 1;
	case 0xB2: return 2;
	case 0xB3: return 3;
	default: return (c >= 0x2074 && c <= 0x2079) ? (int)(c - 0x2070) : -1;
	}
}

static struct tok *push(struct lexer *lx, enum tk kind, size_t start, size_t end)
{
	if (kind == TK_BREAK && lx->n && lx->v[lx->n - 1].kind == TK_BREAK) {
		lx->v[lx->n - 1].end = end;
		return &lx->v[lx->n - 1];
	}
	if (lx->n == lx->alloc) {
		lx->alloc = lx->alloc ? lx->alloc * 2 : 256;
		lx->v = ss_xrealloc(lx->v, lx->alloc * sizeof(*lx->v));
	}
	struct tok *t = &lx->v[lx->n++];
	memset(t, 0, sizeof(*t));
	t->kind = (unsigned char)kind;
	t->start = start;
	t->end = end;
	t->ru = t->ky = -1;
	return t;
}

/* Reads the word at pos (a letter).  Soft hyphens are skipped; a hyphen at a
 * line end followed by a lower-case letter joins the halves («бере-\nнеси»). */
static void read_word(const char *s, size_t len, size_t pos, struct word *w)
{
	unsigned cps[WORD_CPS];
	size_t n = 0, i = pos;
	bool cyr = false, lat = false;
	w->start = pos;
	w->too_long = false;
	while (i < len) {
		size_t at = i;
		unsigned c = cp_at(s, len, &i);
		if (is_letter(c)) {
			if (n < WORD_CPS)
				cps[n] = c;
			n++;
			if (c < 0x80)
				lat = true;
			else if (c >= 0x400 && c <= 0x52F)
				cyr = true;
			continue;
		}
		if (is_invisible(c))
			continue;
		if (c == '-' || c == 0x2010) {
			/* line-end hyphenation: «-» spaces «\n» spaces lower-case letter */
			size_t k = i;
			bool nl = false;
			while (k < len) {
				size_t kk = k;
				unsigned d = cp_at(s, len, &kk);
				if (d == '\n')
					nl = true;
				else if (!is_space(d))
					break;
				k = kk;
			}
			if (nl && k < len) {
				size_t kk = k;
				unsigned d = cp_at(s, len, &kk);
				if (is_cyr_lower(d)) {
					i = k;
					continue;
				}
			}
		}
		i = at;
		break;
	}
	w->end = i;
	w->ncp = n;
	if (n > WORD_CPS) {
		w->too_long = true;
		n = WORD_CPS;
	}
	/* «YK KP»: a short word of capitals that all have Cyrillic twins */
	bool twins = lat && !cyr && n >= 2 && n <= 4;
	for (size_t k = 0; twins && k < n; k++)
		if (cps[k] >= 0x80 || cps[k] < 'A' || cps[k] > 'Z' || norm_lookalike_cp(cps[k]) == cps[k])
			twins = false;
	size_t fo = 0, no = 0;
	for (size_t k = 0; k < n; k++) {
		unsigned c = cps[k];
		if ((cyr && lat) || twins)
			c = norm_lookalike_cp(c);
		if (c == 0x451)
			c = 0x435;
		else if (c == 0x401)
			c = 0x415;
		else if (c == 0x473)
			c = 0x4E9;
		else if (c == 0x472)
			c = 0x4E8;
		no += ss_utf8_put(c, w->norm + no);
		fo += ss_utf8_put(norm_fold_cp(c), w->fold + fo);
	}
	w->fold[fo] = '\0';
	w->norm[no] = '\0';
}

/* The next word after pos, skipping only white space; false if none. */
static bool peek_word(const struct lexer *lx, size_t pos, struct word *w)
{
	size_t i = pos;
	while (i < lx->len) {
		size_t at = i;
		unsigned c = cp_at(lx->s, lx->len, &i);
		if (is_space(c) || is_invisible(c))
			continue;
		if (!is_letter(c))
			return false;
		read_word(lx->s, lx->len, at, w);
		return true;
	}
	return false;
}

static bool eq(const char *a, const char *b)
{
	return strcmp(a, b) == 0;
}

static bool pre(const char *a, const char *p)
{
	return strncmp(a, p, strlen(p)) == 0;
}

/* Prefix test that accepts ө/о, ү/у, ң/н for each other (PDF damage). */
static bool pre_lossy(const char *w, const char *p)
{
	size_t wl = strlen(w), pl = strlen(p), i = 0, j = 0;
	while (j < pl) {
		if (i >= wl)
			return false;
		unsigned a = cp_at(w, wl, &i), b = cp_at(p, pl, &j);
		if (a == 0x4E9) a = 0x43E;
		if (a == 0x4AF) a = 0x443;
		if (a == 0x4A3) a = 0x43D;
		if (b == 0x4E9) b = 0x43E;
		if (b == 0x4AF) b = 0x443;
		if (b == 0x4A3) b = 0x43D;
		if (a != b)
			return false;
	}
	return true;
}

static bool in_set(const char *w, const char *const *set)
{
	for (; *set; set++)
		if (eq(w, *set))
			return true;
	return false;
}

static int ordinal(const char *f)
{
	/* every ordinal starts with one of these letters (lossy forms too) */
	size_t fl = strlen(f), i0 = 0;
	unsigned c0 = fl ? cp_at(f, fl, &i0) : 0;
	if (!(c0 == 0x43F || c0 == 0x432 || c0 == 0x442 || c0 == 0x447 ||
				  c0 == 0x448 || c0 == 0x441 || c0 == 0x434 || c0 == 0x431 ||
				  c0 == 0x44D || c0 == 0x4AF || c0 == 0x443 || c0 == 0x430 ||
				  c0 == 0x436 || c0 == 0x43E))
		return 0;
	static const struct { const char *p; int n; } ords[] = {
		{"перв", 1}, {"втор", 2}, {"трет", 3}, {"четверт", 4},
		{"пят", 5}, {"шест", 6}, {"седьм", 7}, {"восьм", 8},
		{"девят", 9}, {"десят", 10},
		{"биринчи", 1}, {"экинчи", 2}, {"үчүнчү", 3}, {"төртүнчү", 4},
		{"бешинчи", 5}, {"алтынчы", 6}, {"жетинчи", 7}, {"сегизинчи", 8},
		{"тогузунчу", 9}, {"онунчу", 10},
	};
	for (size_t i = 0; i < sizeof(ords) / sizeof(ords[0]); i++)
		if (pre_lossy(f, ords[i].p))
			return ords[i].n;
	return 0;
}

static void ring_reset(struct lexer *lx)
{
	lx->nring = 0;
}

static void ring_push(struct lexer *lx, size_t start)
{
	if (lx->nring == RING) {
		memmove(lx->ring_start, lx->ring_start + 1, sizeof(size_t) * (RING - 1));
		lx->nring--;
	}
	lx->ring_start[lx->nring++] = start;
}

/* Pushes a TK_KR token and keeps the ring of words before it. */
static void push_kr(struct lexer *lx, size_t start, size_t end)
{
	memcpy(lx->kr_ring_start, lx->ring_start, sizeof(size_t) * lx->nring);
	lx->kr_nring = lx->nring;
	push(lx, TK_KR, start, end);
	lx->kr_tok = lx->n;
	ring_reset(lx);
}

/* Drops the tokens that a code name starting at start swallowed. */
static void retract(struct lexer *lx, size_t start)
{
	while (lx->n && lx->v[lx->n - 1].start >= start)
		lx->n--;
	if (lx->n && lx->v[lx->n - 1].end > start)
		lx->v[lx->n - 1].end = start;
}

static bool is_kr_pair(const char *a, const char *b)
{
	return (eq(a, "кыргызской") && pre(b, "республик")) ||
	       (eq(a, "кыргыз") && pre(b, "республикас")) ||
	       (pre(a, "республик") && pre(b, "кыргызстан"));
}

/* «кодекс…»: a code named in full, by the adjectives before it or the
 * object after it.  Returns true when a TK_CODE was pushed. */
static bool lex_code_name(struct lexer *lx, const struct word *w)
{
	const char *words[RING];
	struct word rw[RING];
	const size_t *starts = lx->ring_start;
	size_t nw = lx->nring;
	/* «… жөнүндө Кыргыз Республикасынын кодекси»: the name before «КР» */
	if (nw == 0 && lx->kr_nring && lx->n && lx->kr_tok == lx->n &&
	    lx->v[lx->n - 1].kind == TK_KR) {
		starts = lx->kr_ring_start;
		nw = lx->kr_nring;
	}
	for (size_t i = 0; i < nw; i++) {
		read_word(lx->s, lx->len, starts[i], &rw[i]);
		words[i] = rw[i].fold;
	}
	size_t used = 0, start = w->start, end = w->end;
	int clash = 0;
	int code = norm_code_from_adjectives(words, nw, &used, &clash);
	if (code >= 0) {
		start = starts[nw - used];
		if (clash > 0 && clash < NORM_NCLASH && code < NORM_MAX_CODES)
			lx->names[clash][code]++;
	} else if (!pre(w->fold, "кодекси")) {
		/* «Кодекса [Кыргызской Республики] о правонарушениях» */
		struct word nx[5];
		size_t k = 0, p = w->end;
		const char *obj[4];
		while (k < 5 && peek_word(lx, p, &nx[k])) {
			p = nx[k].end;
			k++;
		}
		size_t o = 0;
		if (k >= 2 && is_kr_pair(nx[0].fold, nx[1].fold))
			o = 2;
		else if (k >= 1 && eq(nx[0].fold, "кр"))
			o = 1;
		size_t no = 0;
		for (size_t i = o; i < k && no < 4; i++)
			obj[no++] = nx[i].fold;
		code = norm_code_from_object(obj, no, &used);
		if (code >= 0)
			end = nx[o + used - 1].end;
	}
	if (code < 0)
		return false;
	retract(lx, start);
	struct tok *t = push(lx, TK_CODE, start, end);
	t->ru = t->ky = (short)code;
	lx->pos = end;
	return true;
}

/* True when a folded word starts with a letter that some marker, connector,
 * «КР» or code name starts with (с ч п а б и л т ж о к р з м у); the rest
 * skip the keyword tests. */
static bool keyword_initial(const char *f)
{
	const unsigned char *u = (const unsigned char *)f;
	if (u[0] == 0xD0)
		return u[1] == 0xB0 || u[1] == 0xB1 || u[1] == 0xB8 || u[1] == 0xB6 ||
		       u[1] == 0xB7 || u[1] == 0xBA || u[1] == 0xBB || u[1] == 0xBC ||
		       u[1] == 0xBE || u[1] == 0xBF;
	if (u[0] == 0xD1)
		return u[1] == 0x80 || u[1] == 0x81 || u[1] == 0x82 || u[1] == 0x83 ||
		       u[1] == 0x87;
	return false;
}

/* True when a word starts with a capital (Cyrillic, Kyrgyz or Latin). */
static bool upper_first(const char *norm)
{
	const unsigned char *u = (const unsigned char *)norm;
	return (u[0] >= 'A' && u[0] <= 'Z') ||
	       (u[0] == 0xD0 && u[1] >= 0x90 && u[1] <= 0xAF) ||
	       (u[0] == 0xD2 && (u[1] == 0xAE || u[1] == 0xA2)) ||
	       (u[0] == 0xD3 && u[1] == 0xA8);
}

/* «КР», «КРнын». */
static bool kr_word(const char *norm)
{
	if (!pre(norm, "КР"))
		return false;
	size_t len = strlen(norm), i = strlen("КР"), n = 0;
	while (i < len) {
		if (!is_cyr_lower(cp_at(norm, len, &i)))
			return false;
		n++;
	}
	return n <= 6;
}

/* Classifies one word and pushes its token(s). */
static void lex_word(struct lexer *lx, struct word *w)
{
	const char *f = w->fold;
	enum tk kind = TK_BREAK;
	unsigned flags = 0;
	int val = 0;
	struct word nx;
	lx->pos = w->end;

	if (w->too_long) {
		push(lx, TK_BREAK, w->start, w->end);
		ring_reset(lx);
		return;
	}
	if (w->ncp == 1) {
		size_t i = 0;
		unsigned c = cp_at(f, strlen(f), &i);
		if (eq(f, "ч")) {
			kind = TK_PART, flags = F_PRE | F_ABBR;
		} else if (eq(f, "п")) {
			kind = TK_ITEM, flags = F_PRE | F_ABBR;
		} else if (eq(f, "и")) {
			kind = TK_AND;
		} else if (eq(f, "а") && peek_word(lx, w->end, &nx) && eq(nx.fold, "также")) {
			push(lx, TK_AND, w->start, nx.end);
			lx->pos = nx.end;
			ring_reset(lx);
			return;
		} else {
			/* «а)» is an item letter */
			if (w->end < lx->len && lx->s[w->end] == ')') {
				struct tok *t = push(lx, TK_LETTER, w->start, w->end + 1);
				t->val = (int)c;
				lx->pos = w->end + 1;
				ring_reset(lx);
				return;
			}
			kind = TK_WORD1;
			val = (int)c;
		}
	} else if (!keyword_initial(f)) {
		/* not a marker, connector or code name: maybe an ordinal */
		if ((val = ordinal(f)) > 0)
			kind = TK_ORD;
	} else if (eq(f, "ст") || eq(f, "стст")) {
		kind = TK_ART, flags = F_PRE | F_ABBR | (f[4] ? F_PLURAL : 0);
	} else if (eq(f, "чч")) {
		kind = TK_PART, flags = F_PRE | F_ABBR | F_PLURAL;
	} else if (eq(f, "пп")) {
		kind = TK_ITEM, flags = F_PRE | F_ABBR | F_PP | F_PLURAL;
	} else if (pre(f, "статья") && f[strlen("статья")] && !eq(f, "статьям") &&
		   !eq(f, "статьями") && !eq(f, "статьях")) {
		/* Kyrgyz: «1-статьянын», «5-статьясынын» (older acts) */
		kind = TK_ART, flags = F_POST | F_KY;
	} else if (pre(f, "стать") || eq(f, "статей")) {
		kind = TK_ART, flags = F_PRE;
		if (eq(f, "статей") || eq(f, "статьями") || eq(f, "статьях") || eq(f, "статьям"))
			flags |= F_PLURAL;
	} else if (in_set(f, (const char *const[]){"часть", "части", "частью", "частей",
						   "частям", "частями", "частях", NULL})) {
		kind = TK_PART, flags = F_PRE;
		if (!eq(f, "часть") && !eq(f, "части") && !eq(f, "частью"))
			flags |= F_PLURAL;
	} else if (pre(f, "пунктча")) {
		kind = TK_SUB, flags = F_POST | F_KY;
	} else if (eq(f, "пункт") || eq(f, "пункту")) {
		kind = TK_ITEM, flags = F_PRE | F_POST;
	} else if (in_set(f, (const char *const[]){"пункта", "пунктом", "пункте", "пункты",
						   "пунктов", "пунктам", "пунктами", "пунктах", NULL})) {
		kind = TK_ITEM, flags = F_PRE;
	} else if (pre(f, "пункт")) {
		kind = TK_ITEM, flags = F_POST | F_KY;
	} else if (eq(f, "подп") || pre(f, "подпункт") || eq(f, "абз")) {
		kind = TK_SUB, flags = F_PRE;
	} else if (pre(f, "абзац")) {
		kind = TK_SUB, flags = F_PRE | F_POST;
	} else if (pre(f, "берене") || eq(f, "бер")) {
		kind = TK_ART, flags = F_POST | F_KY;
	} else if (pre_lossy(f, "бөлүк") || pre_lossy(f, "бөлүг")) {
		kind = TK_PART, flags = F_POST | F_KY;
	} else if (in_set(f, (const char *const[]){"или", "либо", "также", "жана", "же", NULL})) {
		kind = TK_AND;
	} else if (eq(f, "ошондой") && peek_word(lx, w->end, &nx) && eq(nx.fold, "эле")) {
		push(lx, TK_AND, w->start, nx.end);
		lx->pos = nx.end;
		ring_reset(lx);
		return;
	} else if (kr_word(w->norm)) {
		push_kr(lx, w->start, w->end);
		return;
	} else if ((pre(f, "кыргыз") || pre(f, "республик")) && peek_word(lx, w->end, &nx) &&
		   is_kr_pair(f, nx.fold)) {
		push_kr(lx, w->start, nx.end);
		lx->pos = nx.end;
		return;
	} else if (in_set(w->norm, (const char *const[]){"РФ", "РК", "РБ", "РТ", "РУз", "РУ", NULL}) ||
		   pre(f, "казахстан") || pre(f, "узбекистан") || pre(f, "таджикистан")) {
		kind = TK_FOREIGN;
	} else if (((eq(f, "российской") && peek_word(lx, w->end, &nx) && pre(nx.fold, "федерац"))) ||
		   (pre(f, "республик") && peek_word(lx, w->end, &nx) &&
		    (pre(nx.fold, "казахстан") || pre(nx.fold, "узбекистан") ||
		     pre(nx.fold, "таджикистан") || pre(nx.fold, "беларусь") ||
		     pre(nx.fold, "армени")))) {
		push(lx, TK_FOREIGN, w->start, nx.end);
		lx->pos = nx.end;
		ring_reset(lx);
		return;
	} else if (pre(f, "кодекс")) {
		if (lex_code_name(lx, w)) {
			ring_reset(lx);
			return;
		}
	} else if (pre(f, "конституци")) {
		kind = TK_CODE;
		if (pre(f, "конституциясы"))
			flags = F_KY;
	} else if (in_set(f, (const char *const[]){"закон", "закона", "закону", "законом",
						   "законе", NULL})) {
		kind = TK_LAW;
	} else if (in_set(f, (const char *const[]){"мыйзам", "мыйзамы", "мыйзамынын",
						   "мыйзамына", "мыйзамында", "мыйзамга",
						   "мыйзамын", "мыйзамда", NULL})) {
		kind = TK_LAW, flags = F_KY;
	} else if ((val = ordinal(f)) > 0) {
		kind = TK_ORD;
	}
	if (kind == TK_BREAK) {
		int ru, ky, clash;
		bool suffixed;
		if (!lx->query && !(w->ncp <= 14 && upper_first(w->norm))) {
			push(lx, TK_BREAK, w->start, w->end);
			ring_push(lx, w->start);
			return;
		}
		if (norm_abbr_lookup(w->norm, strlen(w->norm), false, &ru, &ky, &clash, &suffixed) ||
		    (lx->query && norm_abbr_lookup(w->norm, strlen(w->norm), true, &ru, &ky, &clash,
						   &suffixed))) {
			struct tok *t = push(lx, TK_CODE, w->start, w->end);
			t->ru = (short)ru;
			t->ky = (short)ky;
			t->clash = (unsigned char)clash;
			t->flags = suffixed ? F_SUFFIXED : 0;
			/* «КЖК-нын»: a suffix after a hyphen */
			if (!suffixed && w->end + 1 < lx->len && lx->s[w->end] == '-') {
				size_t i = w->end + 1;
				unsigned c = cp_at(lx->s, lx->len, &i);
				if (is_cyr_lower(c)) {
					struct word sw;
					read_word(lx->s, lx->len, w->end + 1, &sw);
					if (sw.ncp <= 6) {
						t->end = sw.end;
						t->flags |= F_SUFFIXED;
						lx->pos = sw.end;
					}
				}
			}
			ring_reset(lx);
			return;
		}
		push(lx, TK_BREAK, w->start, w->end);
		ring_push(lx, w->start);
		return;
	}
	struct tok *t = push(lx, kind, w->start, w->end);
	t->flags = (unsigned char)flags;
	t->val = val;
	if (kind == TK_CODE) {
		t->ru = t->ky = (short)norm_code_find("КОНСТ", strlen("КОНСТ"));
	}
	ring_reset(lx);
}

static void lex_number(struct lexer *lx)
{
	const char *s = lx->s;
	size_t i = lx->pos, start = i;
	long v = 0;
	int nd = 0;
	while (i < lx->len && s[i] >= '0' && s[i] <= '9') {
		if (v < 1000000)
			v = v * 10 + (s[i] - '0');
		nd++;
		i++;
	}
	struct tok *t = push(lx, TK_NUM, start, i);
	t->val = (int)(v > 99999 ? 99999 : v);
	if (nd > 5 || v > 9999 || (nd > 1 && s[start] == '0'))
		t->flags |= F_BIG;
	/* 166¹ */
	if (i < lx->len) {
		size_t k = i;
		int sup = superscript(cp_at(s, lx->len, &k));
		if (sup > 0) {
			int sv = sup;
			size_t k2 = k;
			int more;
			if (k2 < lx->len && (more = superscript(cp_at(s, lx->len, &k2))) >= 0) {
				sv = sv * 10 + more;
				k = k2;
			}
			t->suf = sv;
			i = k;
		} else if (s[i] == '.' && i + 1 < lx->len && s[i + 1] >= '1' && s[i + 1] <= '9') {
			/* 166.1, but not a date 12.03.2020 or 1.500 */
			size_t k3 = i + 1;
			int sv = 0, sd = 0;
			while (k3 < lx->len && s[k3] >= '0' && s[k3] <= '9' && sd < 4) {
				sv = sv * 10 + (s[k3] - '0');
				sd++;
				k3++;
			}
			bool digit_after = k3 < lx->len && s[k3] >= '0' && s[k3] <= '9';
			bool date_after = k3 + 1 < lx->len && s[k3] == '.' && s[k3 + 1] >= '0' && s[k3 + 1] <= '9';
			if (sd <= 2 && !digit_after && !date_after && nd <= 4) {
				t->suf = sv;
				i = k3;
			}
		}
	}
	t->end = i;
	lx->pos = i;
}

/* A quote, one letter, a quote: «а», "б". */
static bool lex_quoted_letter(struct lexer *lx, size_t qstart, size_t after_q)
{
	size_t i = after_q;
	if (i >= lx->len)
		return false;
	unsigned c = cp_at(lx->s, lx->len, &i);
	if (!is_letter(c) || i >= lx->len)
		return false;
	size_t k = i;
	unsigned q = cp_at(lx->s, lx->len, &k);
	if (!(q == 0xBB || q == '"' || q == 0x201D || q == 0x201C || q == '\'' ||
	      q == 0x2019 || q == 0x203A))
		return false;
	struct tok *t = push(lx, TK_LETTER, qstart, k);
	t->val = (int)norm_fold_cp(norm_lookalike_cp(c));
	lx->pos = k;
	return true;
}

/* ---- the first-letters screen ----------------------------------------- */

/* Lower case, ё→е, and ө ү ң as о у н (the letters PDFs lose). */
static unsigned screen_fold(unsigned cp)
{
	cp = norm_fold_cp(cp);
	switch (cp) {
	case 0x4E9: return 0x43E;
	case 0x4AF: return 0x443;
	case 0x4A3: return 0x43D;
	default: return cp;
	}
}

/* True when a word whose first two letters (folded by screen_fold) are a, b
 * may be a marker, connector, ordinal, «КР», a country or a code name: the
 * first two letters of every word lex_word tests for (стать…, часть…,
 * пункт…, подп…, абз…, берене…, бөлүк…, или, либо, также, жана, же,
 * ошондой, кыргыз…, республик…, российской, казахстан…, узбекистан…,
 * таджикистан…, кодекс…, конституци…, закон…, мыйзам…, and the ordinals
 * первый … десятый, биринчи … онунчу).  Keep in step with lex_word. */
static bool maybe_keyword(unsigned a, unsigned b)
{
	switch (a) {
	case 0x430: return b == 0x431 || b == 0x43B;		/* аб ал */
	case 0x431: return b == 0x435 || b == 0x438 || b == 0x43E; /* бе би бо */
	case 0x432: return b == 0x43E || b == 0x442;		/* во вт */
	case 0x434: return b == 0x435;				/* де */
	case 0x436: return b == 0x430 || b == 0x435;		/* жа же */
	case 0x437: return b == 0x430;				/* за */
	case 0x438: return b == 0x43B;				/* ил */
	case 0x43A: return b == 0x430 || b == 0x43E || b == 0x440 || b == 0x44B; /* ка ко кр кы */
	case 0x43B: return b == 0x438;				/* ли */
	case 0x43C: return b == 0x44B;				/* мы */
	case 0x43E: return b == 0x43D || b == 0x448;		/* он ош */
	case 0x43F: return b == 0x435 || b == 0x43E || b == 0x43F || b == 0x443 ||
			   b == 0x44F;				/* пе по пп пу пя */
	case 0x440: return b == 0x435 || b == 0x43E;		/* ре ро */
	case 0x441: return b == 0x435 || b == 0x442;		/* се ст */
	case 0x442: return b == 0x430 || b == 0x43E || b == 0x440; /* та то тр */
	case 0x443: return b == 0x437 || b == 0x447;		/* уз уч */
	case 0x447: return b == 0x430 || b == 0x435 || b == 0x447; /* ча че чч */
	case 0x448: return b == 0x435;				/* ше */
	case 0x44D: return b == 0x43A;				/* эк */
	default: return false;
	}
}

static bool is_cyr_upper(unsigned c)
{
	return c >= 0x400 && c < 0x530 && norm_fold_cp(c) != c;
}

/* The fast path for ordinary words: a word of two or more Cyrillic letters
 * that cannot be a keyword (maybe_keyword) nor a code abbreviation (two
 * capitals) becomes a break token without being folded; its start goes to
 * the ring in case «кодекс…» follows.  Words with Latin letters among the
 * first two, hyphens or invisible characters take the full path
 * (read_word), so both paths cut words at the same places.  at is the
 * word's first byte, c its first letter, i the byte after it.  Returns
 * false when the word needs the full path. */
static bool lex_plain_word(struct lexer *lx, size_t at, unsigned c, size_t i)
{
	const char *s = lx->s;
	size_t len = lx->len;
	if (c < 0x80 || i >= len)
		return false;
	size_t j = i;
	unsigned c2 = cp_at(s, len, &j);
	if (c2 < 0x80 || !is_letter(c2))
		return false;
	if (is_cyr_upper(c) && is_cyr_upper(c2))
		return false;
	if (maybe_keyword(screen_fold(c), screen_fold(c2)))
		return false;
	size_t ncp = 2;
	while (j < len) {
		unsigned char b = (unsigned char)s[j];
		if (b < 0x80) {
			if ((b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z')) {
				ncp++;
				j++;
				continue;
			}
			if (b == '-')
				return false;	/* maybe line-end hyphenation */
			break;
		}
		if (b >= 0xD0 && b <= 0xD3) {	/* U+0400..U+04FF: letters */
			ncp++;
			j += 2;
			continue;
		}
		size_t k = j;
		unsigned d = cp_at(s, len, &k);
		if (is_letter(d)) {
			ncp++;
			j = k;
			continue;
		}
		if (is_invisible(d) || d == 0x2010)
			return false;
		break;
	}
	push(lx, TK_BREAK, at, j);
	if (ncp > WORD_CPS)
		ring_reset(lx);
	else
		ring_push(lx, at);
	lx->pos = j;
	return true;
}

/* Lexes from lx->pos up to the next token; false at the end of the text. */
static bool lex_step(struct lexer *lx)
{
	const char *s = lx->s;
	unsigned nl = 0;
	lx->para = false;
	while (lx->pos < lx->len) {
		size_t at = lx->pos, i = at;
		unsigned c = cp_at(s, lx->len, &i);
		if (is_space(c) || is_invisible(c)) {
			if (c == '\n' && ++nl >= 2)
				lx->para = true;
			lx->pos = i;
			continue;
		}
		if (c >= '0' && c <= '9') {
			ring_reset(lx);
			lex_number(lx);
			return true;
		}
		if (is_letter(c)) {
			if (!lx->query && lex_plain_word(lx, at, c, i))
				return true;
			struct word w;
			read_word(s, lx->len, at, &w);
			lex_word(lx, &w);
			return true;
		}
		lx->pos = i;
		enum tk kind = TK_BREAK;
		switch (c) {
		case '.': kind = TK_DOT; break;
		case ',': kind = TK_COMMA; break;
		case ';': kind = TK_SEMI; break;
		case '(': kind = TK_LPAREN; break;
		case 0xAB: case 0x201E: case 0x2039: kind = TK_QOPEN; break;
		case 0xBB: case 0x203A: case 0x201D: kind = TK_QCLOSE; break;
		case '"': case '\'': case 0x201C: case 0x2018: case 0x2019: kind = TK_QUOTE; break;
		default:
			if (is_dash(c))
				kind = TK_DASH;
		}
		if ((kind == TK_QOPEN || kind == TK_QUOTE) && lex_quoted_letter(lx, at, i)) {
			ring_reset(lx);
			return true;
		}
		if (kind != TK_DASH)
			ring_reset(lx);
		push(lx, kind, at, i);
		return true;
	}
	return false;
}

/* ---- elements --------------------------------------------------------- */

enum ek { E_ART, E_PART, E_ITEM, E_SUB, E_CODE, E_LAW, E_KR, E_FOREIGN, E_CONN, E_LPAREN, E_BREAK };
enum vk { V_NONE, V_NUM, V_LETTER };

struct val {
	int kind, num, suf;
};

struct elem {
	int kind;
	unsigned flags;
	size_t start, end;
	size_t v0, nv;		/* values */
	int ru, ky;		/* codes */
	int clash;		/* enum norm_clash of a code */
	size_t title, title_len; /* law title in the parser's title buffer */
	bool used;
};

/* One (part, item) pair waiting for its article. */
struct pi {
	struct val part, item;
	size_t start, end;
	bool asc;
};

/* A ref whose code is a clashing abbreviation (ЖК, СК, ЖПК): its reading
 * is decided once the whole text has been read (norm_clash_resolve). */
struct pending_code {
	size_t ref;		/* index in out */
	size_t codelen;		/* bytes of the provisional code in its id */
	unsigned char clash, ctx;
};

struct parser {
	const char *s;
	size_t len;
	bool query;
	struct pending_code *pend;
	size_t npend, pendalloc;
	const struct tok *t;
	size_t nt;
	struct elem *e;
	size_t ne, ealloc;
	struct val *v;
	size_t nv, valloc;
	char *titles;
	size_t ntitles, talloc;
	struct pi *pis;
	size_t npis, pialloc;
	struct norm_list *out;
	size_t outalloc;
};

static struct elem *add_elem(struct parser *p, int kind, size_t start, size_t end)
{
	if ((kind == E_BREAK || kind == E_CONN) && p->ne && p->e[p->ne - 1].kind == kind) {
		p->e[p->ne - 1].end = end;
		return &p->e[p->ne - 1];
	}
	if (p->ne == p->ealloc) {
		p->ealloc = p->ealloc ? p->ealloc * 2 : 64;
		p->e = ss_xrealloc(p->e, p->ealloc * sizeof(*p->e));
	}
	struct elem *e = &p->e[p->ne++];
	memset(e, 0, sizeof(*e));
	e->kind = kind;
	e->start = start;
	e->end = end;
	e->v0 = p->nv;
	e->ru = e->ky = -1;
	return e;
}

static void add_val(struct parser *p, int kind, int num, int suf)
{
	if (p->nv == p->valloc) {
		p->valloc = p->valloc ? p->valloc * 2 : 64;
		p->v = ss_xrealloc(p->v, p->valloc * sizeof(*p->v));
	}
	p->v[p->nv++] = (struct val){kind, num, suf};
}

#define MAX_RANGE 50

/* a-b after a marker of kind (E_ART…): 166-1 is article 166.1, 314-316 a
 * range (capped: a wider one keeps its ends only). */
static void add_pair(struct parser *p, int kind, int a, int b)
{
	if (kind == E_ART && b < a && b <= 99) {
		add_val(p, V_NUM, a, b);
	} else if (b > a && b - a <= MAX_RANGE) {
		for (int x = a; x <= b; x++)
			add_val(p, V_NUM, x, 0);
	} else {
		add_val(p, V_NUM, a, 0);
		add_val(p, V_NUM, b, 0);
	}
}

static int marker_elem(int tk)
{
	switch (tk) {
	case TK_ART: return E_ART;
	case TK_PART: return E_PART;
	case TK_ITEM: return E_ITEM;
	case TK_SUB: return E_SUB;
	default: return -1;
	}
}

static bool is_num(const struct tok *t)
{
	return t->kind == TK_NUM && !(t->flags & F_BIG);
}

/* Parts and items are small numbers; «ч.2, 166» is a part and an article. */
#define MAX_PART 30
#define MAX_ITEM 99

static bool fits(int kind, const struct tok *t)
{
	return kind == E_ART || kind == E_SUB || (kind == E_PART && t->val <= MAX_PART) ||
	       (kind == E_ITEM && t->val <= MAX_ITEM);
}

/* Russian list after a marker: «1, 2», «314-316», «"а", "б"», «первой».
 * Returns the index after the list; adds values to p->v. */
static size_t russian_values(struct parser *p, size_t j, int kind)
{
	const struct tok *t = p->t;
	size_t nt = p->nt, first = p->nv;
	while (j < nt) {
		if (is_num(&t[j]) && fits(kind, &t[j])) {
			int a = t[j].val;
			if (!t[j].suf && j + 2 < nt && t[j + 1].kind == TK_DASH &&
			    is_num(&t[j + 2]) && !t[j + 2].suf) {
				add_pair(p, kind, a, t[j + 2].val);
				j += 3;
			} else {
				add_val(p, V_NUM, a, t[j].suf);
				j++;
			}
		} else if (t[j].kind == TK_LETTER && kind == E_ITEM) {
			add_val(p, V_LETTER, t[j].val, 0);
			j++;
		} else if (t[j].kind == TK_ORD) {
			add_val(p, V_NUM, t[j].val, 0);
			j++;
		} else if (t[j].kind == TK_WORD1 && kind == E_ITEM && p->nv == first &&
			   t[j].val >= 0x430 && t[j].val <= 0x44F && j + 1 < nt &&
			   (t[j + 1].kind == TK_PART || t[j + 1].kind == TK_ART ||
			    t[j + 1].kind == TK_COMMA)) {
			add_val(p, V_LETTER, t[j].val, 0);
			j++;
		} else {
			break;
		}
		if (j + 1 < nt && (t[j].kind == TK_COMMA || t[j].kind == TK_AND) &&
		    ((is_num(&t[j + 1]) && fits(kind, &t[j + 1])) || t[j + 1].kind == TK_LETTER ||
		     (t[j + 1].kind == TK_ORD && kind != E_ART)))
			j++;
		else
			break;
	}
	return j;
}

/* Kyrgyz list before a marker: «166-беренеси», «3, 4-бөлүктөрү»,
 * «биринчи бөлүгү», «"а" пунктуна».  Returns the index after the marker
 * or 0 when tokens from i do not form one. */
static size_t kyrgyz_element(struct parser *p, size_t i)
{
	const struct tok *t = p->t;
	size_t nt = p->nt, j = i;
	int pairs[64][2];
	size_t np = 0;
	while (j < nt && np < 64) {
		if (is_num(&t[j])) {
			int a = t[j].val, b = -1;
			if (!t[j].suf && j + 2 < nt && t[j + 1].kind == TK_DASH &&
			    is_num(&t[j + 2]) && !t[j + 2].suf) {
				b = t[j + 2].val;
				j += 2;
			}
			pairs[np][0] = a;
			pairs[np][1] = b;
			if (t[j].suf) {
				pairs[np][1] = -2 - t[j].suf;
			}
			np++;
			j++;
		} else if (t[j].kind == TK_ORD || t[j].kind == TK_LETTER) {
			pairs[np][0] = t[j].val;
			pairs[np][1] = t[j].kind == TK_LETTER ? -100 : -1;
			np++;
			j++;
		} else {
			return 0;
		}
		if (j < nt && t[j].kind == TK_DASH)
			j++;
		if (j < nt && marker_elem(t[j].kind) >= 0 && (t[j].flags & F_POST)) {
			int kind = marker_elem(t[j].kind);
			struct elem *e = add_elem(p, kind, t[i].start, t[j].end);
			e->flags = F_POST | (t[j].flags & F_KY);
			for (size_t k = 0; k < np; k++) {
				int a = pairs[k][0], b = pairs[k][1];
				if (b == -100) {
					if (kind == E_ITEM)
						add_val(p, V_LETTER, a, 0);
				} else if (b == -1) {
					add_val(p, V_NUM, a, 0);
				} else if (b <= -2) {
					add_val(p, V_NUM, a, -2 - b);
				} else {
					add_pair(p, kind, a, b);
				}
			}
			e->nv = p->nv - e->v0;
			if (e->nv == 0) {
				p->ne--;
				return 0;
			}
			return j + 1;
		}
		if (j + 1 < nt && (t[j].kind == TK_COMMA || t[j].kind == TK_AND) &&
		    (is_num(&t[j + 1]) || t[j + 1].kind == TK_ORD || t[j + 1].kind == TK_LETTER))
			j++;
		else
			return 0;
	}
	return 0;
}

/* Law titles: folded, letters and digits only, words joined by '_', at most
 * TITLE_MAX bytes cut at a word boundary. */
#define TITLE_MAX 70

static void add_title(struct parser *p, struct elem *e, size_t from, size_t to)
{
	char buf[1024];
	size_t n = 0, i = from;
	bool space = false;
	while (i < to && n + 6 < sizeof(buf)) {
		unsigned c = cp_at(p->s, to, &i);
		if (is_letter(c) || (c >= '0' && c <= '9')) {
			if (space && n)
				buf[n++] = '_';
			n += ss_utf8_put(norm_fold_cp(c), buf + n);
			space = false;
		} else {
			space = true;
		}
	}
	/* «О статусе судей» and «О статусе судей Кыргызской Республики» are
	 * the same law */
	static const char *const tails[] = {"_в_кыргызской_республике", "_кыргызской_республики",
					    "_в_кр", "_кр", NULL};
	for (const char *const *tl = tails; *tl; tl++) {
		size_t tlen = strlen(*tl);
		if (n > tlen && memcmp(buf + n - tlen, *tl, tlen) == 0) {
			n -= tlen;
			break;
		}
	}
	if (n > TITLE_MAX) {
		size_t cut = TITLE_MAX;
		while (cut > 0 && buf[cut] != '_')
			cut--;
		if (cut == 0) {
			cut = TITLE_MAX;
			while (cut > 0 && ((unsigned char)buf[cut] & 0xC0) == 0x80)
				cut--;
		}
		n = cut;
	}
	if (p->ntitles + n + 1 > p->talloc) {
		p->talloc = (p->ntitles + n + 1) * 2 + 256;
		p->titles = ss_xrealloc(p->titles, p->talloc);
	}
	memcpy(p->titles + p->ntitles, buf, n);
	e->title = p->ntitles;
	e->title_len = n;
	p->ntitles += n;
}

static bool closes(unsigned open, unsigned c)
{
	switch (open) {
	case 0xAB: return c == 0xBB;
	case 0x201E: return c == 0x201C || c == 0x201D || c == '"';
	case 0x2039: return c == 0x203A;
	default: return c == '"' || c == 0x201D || c == 0x201C || c == 0xBB;
	}
}

/* Title in quotes starting at a quote at pos; sets [*from, *to) and *end
 * (after the closing quote). */
static bool title_forward(const struct parser *p, size_t pos, size_t *from,
			  size_t *to, size_t *end)
{
	size_t i = pos;
	unsigned open = cp_at(p->s, p->len, &i);
	int depth = 1;
	*from = i;
	while (i < p->len && i - pos < 400) {
		size_t at = i;
		unsigned c = cp_at(p->s, p->len, &i);
		if (open == 0xAB && c == 0xAB) {
			depth++;
		} else if (closes(open, c)) {
			if (open == 0xAB && --depth > 0)
				continue;
			*to = at;
			/* «О ... «О ...»» : swallow the outer closing quote too */
			*end = i;
			return *to > *from;
		}
	}
	return false;
}

/* Title in quotes that ends with the quote at pos (Kyrgyz: «…» Мыйзамы). */
static bool title_backward(const struct parser *p, size_t pos, size_t *from, size_t *to)
{
	size_t i = pos;
	unsigned close = cp_at(p->s, p->len, &i);
	int depth = 1;
	size_t k = pos;
	*to = pos;
	while (k > 0 && pos - k < 400) {
		k--;
		while (k > 0 && ((unsigned char)p->s[k] & 0xC0) == 0x80)
			k--;
		size_t j = k;
		unsigned c = cp_at(p->s, p->len, &j);
		if (close == 0xBB && c == 0xBB) {
			depth++;
		} else if ((close == 0xBB && c == 0xAB) ||
			   (close != 0xBB && (c == '"' || c == 0x201C || c == 0x201E || c == 0xAB))) {
			if (close == 0xBB && --depth > 0)
				continue;
			*from = j;
			return *to > *from;
		}
	}
	return false;
}

/* True when the last element is a connector that ends a run of level
 * elements holding a plural article («ст.ст.»). */
static bool plural_art_open(const struct parser *p)
{
	if (!p->ne || p->e[p->ne - 1].kind != E_CONN)
		return false;
	for (size_t k = p->ne - 1; k-- > 0;) {
		const struct elem *e = &p->e[k];
		if (e->kind == E_ART)
			return (e->flags & F_PLURAL) != 0;
		if (e->kind > E_SUB && e->kind != E_CONN)
			return false;
	}
	return false;
}

static void build_elements(struct parser *p)
{
	const struct tok *t = p->t;
	size_t nt = p->nt, i = 0;
	while (i < nt) {
		const struct tok *k = &t[i];
		int mk = marker_elem(k->kind);
		if (mk >= 0 && (k->flags & F_PRE)) {
			size_t j = i + 1;
			unsigned flags = k->flags & (F_PP | F_PLURAL);
			if (j < nt && t[j].kind == TK_DOT)
				j++;
			/* «ст.ст.», «ч.ч.», «п.п.» */
			if (j < nt && t[j].kind == k->kind && (t[j].flags & F_ABBR) && (k->flags & F_ABBR)) {
				flags |= F_PLURAL | (k->kind == TK_ITEM ? F_PP : 0);
				j++;
				if (j < nt && t[j].kind == TK_DOT)
					j++;
			}
			size_t v0 = p->nv;
			size_t j2 = russian_values(p, j, mk);
			if (p->nv > v0) {
				struct elem *e = add_elem(p, mk, k->start, t[j2 - 1].end);
				e->v0 = v0;
				e->nv = p->nv - v0;
				e->flags = flags | F_PRE;
				i = j2;
				continue;
			}
		}
		if (k->kind == TK_NUM || k->kind == TK_ORD || k->kind == TK_LETTER) {
			size_t j = kyrgyz_element(p, i);
			if (j) {
				i = j;
				continue;
			}
			/* «ст.ст. 164 ч.2, 166 ч.1»: the list of a plural article goes on */
			if (k->kind == TK_NUM && plural_art_open(p)) {
				size_t v0 = p->nv;
				j = russian_values(p, i, E_ART);
				if (p->nv > v0) {
					struct elem *e = add_elem(p, E_ART, k->start, t[j - 1].end);
					e->v0 = v0;
					e->nv = p->nv - v0;
					e->flags = F_PRE | F_PLURAL;
					i = j;
					continue;
				}
			}
		}
		switch (k->kind) {
		case TK_CODE: {
			struct elem *e = add_elem(p, E_CODE, k->start, k->end);
			e->ru = k->ru;
			e->ky = k->ky;
			e->clash = k->clash;
			e->flags = k->flags;
			i++;
			continue;
		}
		case TK_LAW: {
			size_t from, to, end;
			if (!(k->flags & F_KY)) {
				size_t j = i + 1;
				while (j < nt && t[j].kind == TK_KR)
					j++;
				size_t skip = 0;
				while (j < nt && skip < 12 &&
				       (t[j].kind == TK_NUM || t[j].kind == TK_DOT || t[j].kind == TK_DASH ||
					(t[j].kind == TK_BREAK && t[j].end - t[j].start <= 24))) {
					j++;
					skip++;
				}
				if (j < nt && (t[j].kind == TK_QOPEN || t[j].kind == TK_QUOTE) &&
				    title_forward(p, t[j].start, &from, &to, &end)) {
					struct elem *e = add_elem(p, E_LAW, k->start, end);
					e->ru = e->ky = NORM_CODE_LAW;
					add_title(p, e, from, to);
					while (i < nt && t[i].start < end)
						i++;
					if (e->title_len == 0)
						e->kind = E_BREAK;
					continue;
				}
			} else {
				size_t j = i;
				while (j > 0 && t[j - 1].kind == TK_KR)
					j--;
				if (j > 0 && (t[j - 1].kind == TK_QCLOSE || t[j - 1].kind == TK_QUOTE) &&
				    title_backward(p, t[j - 1].start, &from, &to)) {
					/* the title's own elements give way to the law */
					size_t tstart = from;
					while (p->ne && p->e[p->ne - 1].start >= tstart - 2 &&
					       p->e[p->ne - 1].kind != E_CODE)
						p->ne--;
					struct elem *e = add_elem(p, E_LAW, tstart, k->end);
					e->ru = e->ky = NORM_CODE_LAW;
					e->flags = F_KY | F_SUFFIXED;
					add_title(p, e, from, to);
					if (e->title_len == 0)
						e->kind = E_BREAK;
					i++;
					continue;
				}
			}
			add_elem(p, E_BREAK, k->start, k->end);
			i++;
			continue;
		}
		case TK_KR:
			add_elem(p, E_KR, k->start, k->end);
			break;
		case TK_FOREIGN:
			add_elem(p, E_FOREIGN, k->start, k->end);
			break;
		case TK_LPAREN:
			add_elem(p, E_LPAREN, k->start, k->end);
			break;
		case TK_COMMA:
		case TK_AND:
			add_elem(p, E_CONN, k->start, k->end);
			break;
		default:
			add_elem(p, E_BREAK, k->start, k->end);
		}
		i++;
	}
}

/* ---- clusters → ids --------------------------------------------------- */

static bool is_level(const struct elem *e)
{
	return e->kind <= E_SUB;
}

static void add_pi(struct parser *p, struct val part, struct val item,
		   size_t start, size_t end, bool asc)
{
	if (p->npis == p->pialloc) {
		p->pialloc = p->pialloc ? p->pialloc * 2 : 32;
		p->pis = ss_xrealloc(p->pis, p->pialloc * sizeof(*p->pis));
	}
	p->pis[p->npis++] = (struct pi){part, item, start, end, asc};
}

static const struct val none = {V_NONE, 0, 0};

/* (part, item) pairs of elements [a, b) that hold no article.  Ascending:
 * «п. 3 ч. 4» (items wait for their part); descending: «ч. 3 п. 4». */
static void build_pis(struct parser *p, size_t a, size_t b, bool asc)
{
	const struct elem *items = NULL, *parts = NULL;
	bool used = false;
	for (size_t k = a; k < b; k++) {
		const struct elem *e = &p->e[k];
		if (asc) {
			if (e->kind == E_ITEM) {
				items = e;
			} else if (e->kind == E_PART) {
				for (size_t x = 0; x < e->nv; x++) {
					if (!items) {
						add_pi(p, p->v[e->v0 + x], none, e->start, e->end, true);
						continue;
					}
					for (size_t y = 0; y < items->nv; y++)
						add_pi(p, p->v[e->v0 + x], p->v[items->v0 + y],
						       items->start, e->end, true);
				}
				items = NULL;
			}
		} else {
			if (e->kind == E_PART) {
				if (parts && !used)
					for (size_t x = 0; x < parts->nv; x++)
						add_pi(p, p->v[parts->v0 + x], none, parts->start, parts->end, false);
				parts = e;
				used = false;
			} else if (e->kind == E_ITEM) {
				if ((e->flags & F_PP) && k > a && p->e[k - 1].kind == E_ITEM)
					continue;	/* «п. 2 пп. 1»: a sub-item */
				if (!parts) {
					for (size_t y = 0; y < e->nv; y++)
						add_pi(p, none, p->v[e->v0 + y], e->start, e->end, false);
					continue;
				}
				for (size_t x = 0; x < parts->nv; x++)
					for (size_t y = 0; y < e->nv; y++)
						add_pi(p, p->v[parts->v0 + x], p->v[e->v0 + y],
						       parts->start, e->end, false);
				used = true;
			}
		}
	}
	if (asc && items)
		for (size_t y = 0; y < items->nv; y++)
			add_pi(p, none, p->v[items->v0 + y], items->start, items->end, true);
	if (!asc && parts && !used)
		for (size_t x = 0; x < parts->nv; x++)
			add_pi(p, p->v[parts->v0 + x], none, parts->start, parts->end, false);
}

static size_t put_val(char *buf, size_t at, size_t cap, struct val v)
{
	int n = 0;
	if (v.kind == V_LETTER) {
		char u[5];
		size_t l = ss_utf8_put((unsigned)v.num, u);
		u[l] = '\0';
		n = snprintf(buf + at, cap - at, "-%s", u);
	} else if (v.suf) {
		n = snprintf(buf + at, cap - at, "-%d.%d", v.num, v.suf);
	} else {
		n = snprintf(buf + at, cap - at, "-%d", v.num);
	}
	return n < 0 ? cap : at + (size_t)n;
}

static void emit(struct parser *p, const char *code, size_t codelen, struct val art,
		 struct val part, struct val item, size_t start, size_t end,
		 size_t cluster_first)
{
	char id[NORM_ID_MAX + 8];
	if (codelen >= NORM_ID_MAX)
		return;
	memcpy(id, code, codelen);
	size_t n = put_val(id, codelen, sizeof(id), art);
	if (part.kind != V_NONE || item.kind != V_NONE) {
		struct val pv = part.kind == V_NONE ? (struct val){V_NUM, 0, 0} : part;
		n = put_val(id, n, sizeof(id), pv);
		if (item.kind != V_NONE)
			n = put_val(id, n, sizeof(id), item);
	}
	if (n >= NORM_ID_MAX)
		return;
	struct norm_list *o = p->out;
	for (size_t k = cluster_first; k < o->n; k++)
		if (strcmp(o->refs[k].id, id) == 0)
			return;
	if (o->n == p->outalloc) {
		p->outalloc = p->outalloc ? p->outalloc * 2 : 16;
		o->refs = ss_xrealloc(o->refs, p->outalloc * sizeof(*o->refs));
	}
	struct norm_ref *r = &o->refs[o->n++];
	r->start = start;
	r->end = end;
	memcpy(r->id, id, n + 1);
}

/* True when Kyrgyz letters (ң ө ү) occur within 200 bytes of [a, b). */
static bool kyrgyz_near(const struct parser *p, size_t a, size_t b)
{
	size_t from = a > 200 ? a - 200 : 0, to = b + 200 < p->len ? b + 200 : p->len;
	for (size_t i = from; i + 1 < to; i++) {
		unsigned char c = (unsigned char)p->s[i], d = (unsigned char)p->s[i + 1];
		if ((c == 0xD2 && (d == 0xA2 || d == 0xA3 || d == 0xAE || d == 0xAF)) ||
		    (c == 0xD3 && (d == 0xA8 || d == 0xA9)))
			return true;
	}
	return false;
}

struct arec {
	size_t elem, pi0, npi;
};

static void resolve_cluster(struct parser *p, size_t s, size_t t, const struct elem *code,
			    size_t cstart, size_t cend)
{
	bool post = false;
	for (size_t k = s; k <= t; k++)
		if (p->e[k].flags & F_POST)
			post = true;
	char codebuf[NORM_ID_MAX];
	size_t codelen;
	int ctx = -1;
	if (code->kind == E_LAW) {
		int n = snprintf(codebuf, sizeof(codebuf), "ЗАКОН:%.*s", (int)code->title_len,
				 p->titles + code->title);
		if (n < 0 || (size_t)n >= sizeof(codebuf))
			return;
		codelen = (size_t)n;
	} else {
		int c = code->ru;
		if (code->clash) {
			/* the reading waits for the whole text; Russian context
			 * decides at once */
			ctx = (code->flags & F_SUFFIXED) || post ? NORM_CTX_KY
			      : kyrgyz_near(p, code->start, code->end) ? NORM_CTX_KY_NEAR
			      : NORM_CTX_RU;
			c = norm_clash_resolve(code->clash, (enum norm_ctx)ctx, NULL, NULL);
			if (ctx == NORM_CTX_RU && norm_clash_ru(code->clash) >= 0)
				ctx = -1;	/* settled: «ст. 85 ЖК» is Жилищный */
		} else if (code->ru != code->ky &&
			   ((code->flags & F_SUFFIXED) || post || kyrgyz_near(p, code->start, code->end))) {
			c = code->ky;
		}
		if (c < 0)
			return;
		codelen = strlen(norm_codes[c].code);
		memcpy(codebuf, norm_codes[c].code, codelen);
	}

	/* Segments split at connectors; articles collect their pairs. */
	struct arec recs[64];
	size_t nrec = 0;
	p->npis = 0;
	size_t pend0 = 0;	/* pending ascending pairs live in a separate run */
	struct pi pending[128];
	size_t npend = 0;
	size_t k = s;
	while (k <= t) {
		size_t b = k;
		while (b <= t && p->e[b].kind != E_CONN)
			b++;
		/* segment [k, b) */
		size_t art = k;
		while (art < b && p->e[art].kind != E_ART)
			art++;
		if (art == b) {
			bool seg_post = p->e[k].flags & F_POST;
			if (seg_post && nrec) {
				build_pis(p, k, b, false);
				recs[nrec - 1].npi = p->npis - recs[nrec - 1].pi0;
			} else {
				size_t before = p->npis;
				build_pis(p, k, b, true);
				for (size_t x = before; x < p->npis && npend < 128; x++)
					pending[npend++] = p->pis[x];
				p->npis = before;
			}
		} else {
			size_t before = p->npis;
			build_pis(p, k, art, true);
			for (size_t x = before; x < p->npis && npend < 128; x++)
				pending[npend++] = p->pis[x];
			p->npis = before;
			size_t a = art;
			while (a < b && nrec < 64) {
				size_t nxt = a + 1;
				while (nxt < b && p->e[nxt].kind != E_ART)
					nxt++;
				recs[nrec].elem = a;
				recs[nrec].pi0 = p->npis;
				for (size_t x = 0; x < npend; x++)
					add_pi(p, pending[x].part, pending[x].item, pending[x].start,
					       pending[x].end, pending[x].asc);
				npend = 0;
				build_pis(p, a + 1, nxt, false);
				recs[nrec].npi = p->npis - recs[nrec].pi0;
				nrec++;
				a = nxt;
			}
		}
		k = b + 1;
	}
	(void)pend0;
	if (npend && nrec) {
		for (size_t x = 0; x < npend; x++)
			add_pi(p, pending[x].part, pending[x].item, pending[x].start,
			       pending[x].end, false);
		recs[nrec - 1].npi = p->npis - recs[nrec - 1].pi0;
	}

	size_t first = p->out->n;
	for (size_t r = 0; r < nrec; r++) {
		const struct elem *ae = &p->e[recs[r].elem];
		bool plural = ae->flags & F_PLURAL;
		for (size_t vi = 0; vi < ae->nv; vi++) {
			struct val av = p->v[ae->v0 + vi];
			if (av.kind != V_NUM || av.num <= 0)
				continue;
			bool any = false;
			for (size_t x = recs[r].pi0; x < recs[r].pi0 + recs[r].npi; x++) {
				const struct pi *q = &p->pis[x];
				if (q->asc && vi > 0 && !plural)
					continue;
				if ((q->part.kind == V_NUM && q->part.num <= 0) ||
				    (q->item.kind == V_NUM && q->item.num <= 0))
					continue;
				size_t st = ae->start < q->start ? ae->start : q->start;
				size_t en = ae->end > q->end ? ae->end : q->end;
				emit(p, codebuf, codelen, av, q->part, q->item,
				     st < cstart ? st : cstart, en > cend ? en : cend, first);
				any = true;
			}
			if (!any)
				emit(p, codebuf, codelen, av, none, none,
				     ae->start < cstart ? ae->start : cstart,
				     ae->end > cend ? ae->end : cend, first);
		}
	}
	if (ctx >= 0) {
		for (size_t r = first; r < p->out->n; r++) {
			if (p->npend == p->pendalloc) {
				p->pendalloc = p->pendalloc ? p->pendalloc * 2 : 16;
				p->pend = ss_xrealloc(p->pend, p->pendalloc * sizeof(*p->pend));
			}
			p->pend[p->npend++] = (struct pending_code){r, codelen,
				(unsigned char)code->clash, (unsigned char)ctx};
		}
	}
}

static bool is_codeish(const struct elem *e)
{
	return e->kind == E_CODE || e->kind == E_LAW;
}

static void resolve(struct parser *p)
{
	size_t ne = p->ne, e = 0;
	while (e < ne) {
		if (!is_level(&p->e[e])) {
			e++;
			continue;
		}
		size_t s = e, t = e;
		while (t + 1 < ne) {
			if (is_level(&p->e[t + 1]))
				t++;
			else if (p->e[t + 1].kind == E_CONN && t + 2 < ne && is_level(&p->e[t + 2]))
				t += 2;
			else
				break;
		}
		bool has_art = false;
		for (size_t k = s; k <= t; k++)
			if (p->e[k].kind == E_ART)
				has_art = true;
		/* code after: «… УК КР»; not «УК РФ»; not a suffixed code that
		 * opens the next Kyrgyz reference */
		long after = -1, before = -1;
		size_t aend = 0;
		if (t + 1 < ne && is_codeish(&p->e[t + 1])) {
			size_t c = t + 1, x = c + 1;
			aend = p->e[c].end;
			if (x < ne && p->e[x].kind == E_KR) {
				aend = p->e[x].end;
				x++;
			}
			bool foreign = x < ne && p->e[x].kind == E_FOREIGN;
			bool opens_next = (p->e[c].flags & F_SUFFIXED) && x < ne && is_level(&p->e[x]);
			if (!foreign && !opens_next)
				after = (long)c;
		}
		size_t bstart = 0;
		if (s > 0) {
			size_t c = s - 1;
			/* «Жилищным кодексом КР (ст. 85)» */
			if (p->e[c].kind == E_LPAREN && c > 0)
				c--;
			if (p->e[c].kind == E_KR && c > 0)
				c--;
			if (is_codeish(&p->e[c]) && !p->e[c].used &&
			    !(c + 1 < ne && p->e[c + 1].kind == E_FOREIGN)) {
				before = (long)c;
				bstart = p->e[c].start;
				if (c > 0 && p->e[c - 1].kind == E_KR)
					bstart = p->e[c - 1].start;
			}
		}
		long use = -1;
		bool post_first = p->e[s].flags & F_POST;
		if (post_first && before >= 0)
			use = before;
		else if (after >= 0)
			use = after;
		else if (before >= 0)
			use = before;
		if (has_art && use >= 0) {
			const struct elem *code = &p->e[use];
			if (use == after)
				resolve_cluster(p, s, t, code, p->e[s].start, aend);
			else
				resolve_cluster(p, s, t, code, bstart, p->e[t].end);
		}
		if (use >= 0 && use == after) {
			p->e[use].used = true;
			e = (size_t)use + 1;
		} else {
			e = t + 1;
		}
	}
}

static void parse_tokens(struct parser *p, const struct tok *t, size_t nt)
{
	p->t = t;
	p->nt = nt;
	p->ne = p->nv = p->ntitles = 0;
	build_elements(p);
	resolve(p);
}

/* Settles the readings of ЖК, СК, ЖПК now that every full code name in the
 * text has been counted: rewrites the code at the head of each pending id. */
static void settle_codes(struct parser *p, const struct lexer *lx, const struct norm_hint *hint)
{
	const char *case_type = hint ? hint->case_type : NULL;
	for (size_t k = 0; k < p->npend; k++) {
		const struct pending_code *pc = &p->pend[k];
		struct norm_ref *r = &p->out->refs[pc->ref];
		int c = norm_clash_resolve((enum norm_clash)pc->clash, (enum norm_ctx)pc->ctx,
					   lx->names[pc->clash], case_type);
		if (c < 0)
			continue;
		const char *code = norm_codes[c].code;
		size_t cl = strlen(code), rest = strlen(r->id) - pc->codelen;
		if (cl + rest >= NORM_ID_MAX)
			continue;
		memmove(r->id + cl, r->id + pc->codelen, rest + 1);
		memcpy(r->id, code, cl);
	}
}

static void parser_release(struct parser *p)
{
	free(p->pend);
	free(p->e);
	free(p->v);
	free(p->titles);
	free(p->pis);
}

static enum ss_status parse_text(const char *text, size_t len, bool query,
				 const struct norm_hint *hint, struct norm_list *out,
				 struct ss_err *err)
{
	out->refs = NULL;
	out->n = 0;
	size_t bad;
	if (!text && len)
		return ss_err_set(err, SS_ERR_INVAL, "norm_parse: NULL text of %zu bytes", len);
	if (len && !ss_utf8_valid(text, len, &bad))
		return ss_err_set(err, SS_ERR_UTF8, "invalid UTF-8 at byte %zu", bad);
	struct lexer lx;
	memset(&lx, 0, sizeof(lx));
	lx.s = text;
	lx.len = len;
	lx.query = query;
	struct parser p;
	memset(&p, 0, sizeof(p));
	p.s = text;
	p.len = len;
	p.query = query;
	p.out = out;
	while (lex_step(&lx)) {
		/* flush at a blank line, or at «word. Word» where no reference
		 * can straddle the cut (clusters need adjacent elements) */
		bool cut = lx.para || (lx.n >= 3 && lx.v[lx.n - 1].kind == TK_BREAK &&
				       lx.v[lx.n - 2].kind == TK_DOT &&
				       lx.v[lx.n - 3].kind == TK_BREAK);
		if (cut && lx.n > FLUSH_TOKENS) {
			/* the last token opens the next paragraph */
			struct tok last = lx.v[lx.n - 1];
			parse_tokens(&p, lx.v, lx.n - 1);
			lx.v[0] = last;
			lx.n = 1;
		}
	}
	parse_tokens(&p, lx.v, lx.n);
	settle_codes(&p, &lx, hint);
	free(lx.v);
	parser_release(&p);
	return SS_OK;
}

enum ss_status norm_parse(const char *text, size_t len, struct norm_list *out,
			  struct ss_err *err)
{
	return parse_text(text, len, false, NULL, out, err);
}

enum ss_status norm_parse_hinted(const char *text, size_t len, const struct norm_hint *hint,
				 struct norm_list *out, struct ss_err *err)
{
	return parse_text(text, len, false, hint, out, err);
}

void norm_list_release(struct norm_list *l)
{
	if (!l)
		return;
	free(l->refs);
	l->refs = NULL;
	l->n = 0;
}

/* ---- queries and ids -------------------------------------------------- */

static pthread_once_t re_once = PTHREAD_ONCE_INIT;
static pcre2_code *re_id, *re_law;
static pcre2_match_context *re_mctx;
static char re_error[160];

static void re_init(void)
{
	static const char id_pat[] =
		"^(\\p{L}+)-(\\d{1,4}(?:\\.\\d{1,2})?)"
		"(?:-(\\d{1,4}(?:\\.\\d{1,2})?)(?:-(\\d{1,4}(?:\\.\\d{1,2})?|\\p{L}))?)?$";
	static const char law_pat[] =
		"^\\s*закон\\s*:\\s*(.+?)\\s*-\\s*(\\d{1,4}(?:\\.\\d{1,2})?)"
		"(?:-(\\d{1,4}(?:\\.\\d{1,2})?)(?:-(\\d{1,4}(?:\\.\\d{1,2})?|\\p{L}))?)?\\s*$";
	int ec;
	PCRE2_SIZE eo;
	uint32_t opts = PCRE2_UTF | PCRE2_UCP | PCRE2_CASELESS;
	re_id = pcre2_compile((PCRE2_SPTR)id_pat, PCRE2_ZERO_TERMINATED, opts, &ec, &eo, NULL);
	if (re_id)
		re_law = pcre2_compile((PCRE2_SPTR)law_pat, PCRE2_ZERO_TERMINATED,
				       opts | PCRE2_DOTALL, &ec, &eo, NULL);
	if (!re_id || !re_law) {
		PCRE2_UCHAR msg[120];
		pcre2_get_error_message(ec, msg, sizeof(msg));
		snprintf(re_error, sizeof(re_error), "cannot compile id pattern at %zu: %s",
			 (size_t)eo, (const char *)msg);
		return;
	}
	re_mctx = pcre2_match_context_create(NULL);
	pcre2_set_match_limit(re_mctx, 100000);
	pcre2_set_depth_limit(re_mctx, 1000);
}

static void add_ref(struct norm_list *out, size_t *alloc, const char *id,
		    size_t start, size_t end)
{
	for (size_t k = 0; k < out->n; k++)
		if (strcmp(out->refs[k].id, id) == 0)
			return;
	if (out->n == *alloc) {
		*alloc = *alloc ? *alloc * 2 : 8;
		out->refs = ss_xrealloc(out->refs, *alloc * sizeof(*out->refs));
	}
	struct norm_ref *r = &out->refs[out->n++];
	r->start = start;
	r->end = end;
	snprintf(r->id, sizeof(r->id), "%s", id);
}

/* Appends "-<component>" from a regex group, folding a letter item. */
static bool id_tail(char *id, size_t *n, const char *s, size_t from, size_t to)
{
	if (from == to)
		return true;
	char comp[16];
	size_t cl = 0, i = from;
	while (i < to && cl + 5 < sizeof(comp)) {
		unsigned c = cp_at(s, to, &i);
		cl += ss_utf8_put(norm_fold_cp(c), comp + cl);
	}
	comp[cl] = '\0';
	int w = snprintf(id + *n, NORM_ID_MAX - *n, "-%s", comp);
	if (w < 0 || *n + (size_t)w >= NORM_ID_MAX)
		return false;
	*n += (size_t)w;
	return true;
}

static bool canonical_query(const char *q, size_t len, struct norm_list *out,
			    size_t *alloc, struct ss_err *err, enum ss_status *st)
{
	*st = SS_OK;
	pcre2_match_data *md = pcre2_match_data_create(8, NULL);
	bool ok = true;
	/* a law id: «ЗАКОН:о нормативных правовых актах-5» */
	int rc = pcre2_match(re_law, (PCRE2_SPTR)q, len, 0, 0, md, re_mctx);
	if (rc > 0) {
		PCRE2_SIZE *ov = pcre2_get_ovector_pointer(md);
		struct parser p;
		struct elem e;
		memset(&p, 0, sizeof(p));
		memset(&e, 0, sizeof(e));
		p.s = q;
		p.len = len;
		add_title(&p, &e, ov[2], ov[3]);
		char id[NORM_ID_MAX];
		int w = snprintf(id, sizeof(id), "ЗАКОН:%.*s", (int)e.title_len, p.titles ? p.titles : "");
		size_t n = w > 0 ? (size_t)w : 0;
		free(p.titles);
		for (int g = 2; g < rc && ok; g++)
			if (ov[2 * g] != PCRE2_UNSET)
				ok = id_tail(id, &n, q, ov[2 * g], ov[2 * g + 1]);
		if (ok && e.title_len)
			add_ref(out, alloc, id, 0, len);
		pcre2_match_data_free(md);
		return ok && e.title_len;
	}
	/* one or more ids separated by spaces or commas */
	size_t i = 0;
	while (i < len && ok) {
		while (i < len && (q[i] == ' ' || q[i] == ',' || q[i] == ';' || q[i] == '\t' || q[i] == '\n'))
			i++;
		if (i >= len)
			break;
		size_t j = i;
		while (j < len && !(q[j] == ' ' || q[j] == ',' || q[j] == ';' || q[j] == '\t' || q[j] == '\n'))
			j++;
		rc = pcre2_match(re_id, (PCRE2_SPTR)(q + i), j - i, 0, 0, md, re_mctx);
		if (rc < 0 && rc != PCRE2_ERROR_NOMATCH) {
			PCRE2_UCHAR msg[120];
			pcre2_get_error_message(rc, msg, sizeof(msg));
			*st = ss_err_set(err, SS_ERR_INVAL, "cannot match query: %s", (const char *)msg);
			ok = false;
			break;
		}
		if (rc <= 0) {
			ok = false;
			break;
		}
		PCRE2_SIZE *ov = pcre2_get_ovector_pointer(md);
		int code = norm_code_find(q + i + ov[2], ov[3] - ov[2]);
		if (code < 0) {
			ok = false;
			break;
		}
		char id[NORM_ID_MAX];
		size_t n = (size_t)snprintf(id, sizeof(id), "%s", norm_codes[code].code);
		for (int g = 2; g < rc && ok; g++)
			if (ov[2 * g] != PCRE2_UNSET)
				ok = id_tail(id, &n, q + i, ov[2 * g], ov[2 * g + 1]);
		if (ok)
			add_ref(out, alloc, id, i, j);
		i = j;
	}
	pcre2_match_data_free(md);
	return ok && out->n > 0;
}

enum ss_status norm_parse_query(const char *q, size_t len, struct norm_list *out,
				struct ss_err *err)
{
	out->refs = NULL;
	out->n = 0;
	size_t bad;
	if (!q && len)
		return ss_err_set(err, SS_ERR_INVAL, "norm_parse_query: NULL query of %zu bytes", len);
	if (len && !ss_utf8_valid(q, len, &bad))
		return ss_err_set(err, SS_ERR_UTF8, "invalid UTF-8 at byte %zu", bad);
	if (len == 0)
		return SS_OK;
	pthread_once(&re_once, re_init);
	if (!re_id || !re_law)
		return ss_err_set(err, SS_ERR_INTERNAL, "%s", re_error);
	size_t alloc = 0;
	enum ss_status st;
	if (canonical_query(q, len, out, &alloc, err, &st))
		return SS_OK;
	norm_list_release(out);
	if (st)
		return st;
	struct norm_list all;
	st = parse_text(q, len, true, NULL, &all, err);
	if (st)
		return st;
	alloc = 0;
	for (size_t k = 0; k < all.n; k++)
		add_ref(out, &alloc, all.refs[k].id, all.refs[k].start, all.refs[k].end);
	norm_list_release(&all);
	return SS_OK;
}

size_t norm_id_levels(const char *id, char levels[][NORM_ID_MAX], size_t max)
{
	if (!id)
		return 0;
	size_t len = strlen(id);
	if (len == 0 || len >= NORM_ID_MAX)
		return 0;
	size_t from = 0;
	static const char law[] = "ЗАКОН:";
	if (strncmp(id, law, sizeof(law) - 1) == 0)
		from = sizeof(law) - 1;
	const char *dash = memchr(id + from, '-', len - from);
	if (!dash || dash == id)
		return 0;
	size_t cuts[4], nc = 0;
	const char *p = dash;
	while (p && nc < 3) {
		const char *q2 = memchr(p + 1, '-', len - (size_t)(p + 1 - id));
		size_t end = q2 ? (size_t)(q2 - id) : len;
		if (end == (size_t)(p - id) + 1)
			return 0;	/* empty component */
		cuts[nc++] = end;
		p = q2;
	}
	if (p)
		return 0;	/* more than article-part-item */
	size_t n = 0;
	for (size_t k = 0; k < nc && n < max; k++) {
		memcpy(levels[n], id, cuts[k]);
		levels[n][cuts[k]] = '\0';
		n++;
	}
	return n;
}
