/* dp_int.h: private declarations shared by the depersonify sources: the
 * categories and spans, the gazetteer hash sets, the token stream with its
 * word classes, the policy, and the per-call work area.  Not installed. */
#ifndef DP_INT_H
#define DP_INT_H

#include <stddef.h>
#include <stdint.h>

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

#include "depersonify.h"
#include "ss_buf.h"

enum dp_cat {
	DP_PER = 0, DP_ADDR, DP_DOB, DP_PIN, DP_DOC, DP_PHONE, DP_PLATE,
	DP_ACC, DP_EMAIL, DP_RE, DP_NCAT
};

/* Role classes read from the words around a name. */
enum dp_role {
	DP_ROLE_NONE = 0, DP_ROLE_JUDGE, DP_ROLE_SECRETARY, DP_ROLE_PROSECUTOR,
	DP_ROLE_ADVOCATE, DP_ROLE_REPRESENTATIVE, DP_ROLE_OFFICIAL,
	DP_ROLE_PARTY, DP_NROLE
};

/* Kyrgyz case of a suffix cut off a name (re-derived on the label). */
enum dp_kycase { DP_KY_NONE = 0, DP_KY_GEN, DP_KY_DAT, DP_KY_ACC, DP_KY_LOC, DP_KY_ABL,
	DP_KY_LOCREL		/* locative + -ки: "батирдеги" (addresses) */
};

struct dp_policy {
	unsigned keep_roles;	/* bit (1u << enum dp_role) */
	unsigned redact;	/* bit (1u << enum dp_cat) */
	int keep_official_email;	/* e-mails of *.gov.kg / sot.kg kept */
};

/* Open-addressing set of byte strings pointing into const data. */
struct dp_set {
	const char **key;
	uint32_t *klen;
	size_t mask;
	size_t n;
};

/* Open-addressing map from a byte string (pointing into const data) to a
 * non-zero value: the word lists of dp_gaz.c, built once per context. */
struct dp_map {
	const char **key;
	uint32_t *klen;
	uint32_t *val;
	size_t mask;
};

/* Role words bucketed by a hash of their first four bytes, each bucket
 * in list order, so that a lookup scans a handful of entries. */
#define DP_ROLE_BUCKETS 128
#define DP_ROLE_PER_BUCKET 32

struct dp_rx {
	const char *id;
	enum dp_cat cat;
	int group;		/* capture group replaced (0 = whole match) */
	int min_digits;		/* > 0: run only near numbers of this many digits */
	int lead;		/* how far before such a number a match may start */
	const char *need;	/* run only when one of these '|'-separated strings occurs */
	pcre2_code *code;
};

#define DP_NRX 40

struct dp_ctx {
	struct dp_policy pol;
	struct dp_set first, surname;
	struct dp_map lex;	/* word → DP_C_KYP/STOP/ORG/EPON/HEAD bits */
	uint16_t role_bucket[DP_ROLE_BUCKETS][DP_ROLE_PER_BUCKET];	/* role_words index + 1 */
	struct dp_rx rx[DP_NRX];
	size_t nrx;
};

/* A replacement (or a kept name) in byte offsets of the input. */
struct dp_span {
	size_t start, end;
	enum dp_cat cat;
	const char *rule;
	int ent;		/* entity index within its category (label number - 1) */
	enum dp_kycase kycase;
	const char *keep_tail;	/* unused */
};

/* Token kinds and flags. */
enum { DP_T_WORD = 1, DP_T_NUM, DP_T_PUNCT, DP_T_LABEL };
enum {
	DP_F_CAP = 1 << 0,	/* first letter upper case */
	DP_F_ALLCAPS = 1 << 1,
	DP_F_LOWER = 1 << 2,	/* first letter lower case */
	DP_F_NL = 1 << 3,	/* a line break precedes */
	DP_F_SPACE = 1 << 4,	/* white space precedes */
	DP_F_TAKEN = 1 << 5,	/* inside a span already */
	DP_F_QUOTE = 1 << 6,	/* inside «...» after an organisation word */
	DP_F_LATIN = 1 << 7,
	DP_F_PARA = 1 << 8,	/* a blank line precedes (two line breaks) */
	DP_F_UP2 = 1 << 9,	/* the second letter is a capital too ("ЖИнин", "ОсОО") */
};
/* Word classes (dp_tok.cls). */
enum {
	DP_C_FIRST = 1 << 0, DP_C_PATR = 1 << 1, DP_C_SURN = 1 << 2,
	DP_C_SURG = 1 << 3, DP_C_KYP = 1 << 4, DP_C_STOP = 1 << 5,
	DP_C_ROLE = 1 << 6, DP_C_EPON = 1 << 7, DP_C_ORG = 1 << 8,
	DP_C_ABBR = 1 << 9, DP_C_KYSUF = 1 << 10,
	DP_C_HEAD = 1 << 11,	/* heading verb: ПОСТАНОВИЛ, УСТАНОВИЛ, ЧЕЧТИ ... */
	DP_C_DONE = 1 << 15,
};

struct dp_tok {
	uint32_t s, e;		/* bytes in the text */
	uint32_t fo, fl;	/* folded form in the arena */
	uint16_t flags, cls;
	uint8_t kind, role, kycase, ncp;
	uint32_t key, keyky;	/* arena offsets of the name keys (0 = none) */
	uint16_t keyl, keykyl;
	uint32_t first_cp;	/* folded first code point */
};

struct dp_work {
	const struct dp_ctx *ctx;
	const char *text;
	size_t len;
	int ky;			/* text is Kyrgyz */
	struct dp_tok *tok;
	size_t ntok, atok;
	char *arena;
	size_t alen, aalloc;
	struct dp_span *sp;
	size_t nsp, asp;
	struct dp_span *kept;
	size_t nkept, akept;
	size_t kept_maxlen;	/* longest kept span (the leak scan's lookup) */
	int label_base[DP_NCAT];	/* highest label number already in the input */
	/* On the output of a scrub: the input's work (tokens, spans) and the
	 * output offset after each span's label, so that dp_tokenize copies
	 * the classes of words the scrub left alone instead of recomputing. */
	const struct dp_work *src;
	const size_t *src_oe;
	struct dp_num {
		size_t s;	/* byte of the first digit */
		size_t last;	/* byte of the last digit */
		int ndig;
	} *num;			/* numbers (dp_rx_scan) */
	size_t nnum, anum;
};

/* dp_gaz.c */
void dp_set_build(struct dp_set *set, const char *data, size_t len);
void dp_set_free(struct dp_set *set);
int dp_set_has(const struct dp_set *set, const char *s, size_t len);
extern const char dp_gaz_first[];
extern const size_t dp_gaz_first_len;
extern const char dp_gaz_surname[];
extern const size_t dp_gaz_surname_len;
/* Lower-cases s into out (ё→е, Latin look-alikes → Cyrillic in mixed words);
 * out needs 2*len+4 bytes; returns bytes written. */
size_t dp_fold(const char *s, size_t len, char *out, uint32_t *first_cp);
/* Classifies a folded word: DP_C_* bits; *kycase the Kyrgyz case cut off. */
unsigned dp_word_class(const struct dp_ctx *ctx, const char *f, size_t fl, int ky,
		       enum dp_kycase *kycase);
/* Name key of a folded word (case endings stripped); returns its length. */
size_t dp_name_key(const char *f, size_t fl, char *out);
/* Same after cutting a Kyrgyz case suffix; 0 when none applies. */
size_t dp_name_key_ky(const char *f, size_t fl, char *out, enum dp_kycase *kc);
enum dp_role dp_role_word(const struct dp_ctx *ctx, const char *f, size_t fl);
/* Cheap classes for lower-case words: particles, organisation and eponym
 * words, heading verbs, roles (role: the word's dp_role_word). */
unsigned dp_word_lower_class(const struct dp_ctx *ctx, const char *f, size_t fl, enum dp_role role);
/* Builds and frees the word-list map and the role-word buckets of a context. */
void dp_lex_build(struct dp_ctx *ctx);
void dp_lex_free(struct dp_ctx *ctx);
int dp_has_suffix(const char *f, size_t fl, const char *suf);

/* dp_rx.c */
enum ss_status dp_rx_compile(struct dp_ctx *ctx, struct ss_err *err);
void dp_rx_free(struct dp_ctx *ctx);
enum ss_status dp_rx_scan(struct dp_work *w, struct ss_err *err);
int dp_pin_date_ok(const char *d);

/* dp_tok.c */
void dp_tokenize(struct dp_work *w);

/* dp_addr.c */
void dp_addr_scan(struct dp_work *w);

/* dp_name.c */
void dp_names_scan(struct dp_work *w, const struct dp_party *parties, size_t nparties);
enum dp_role dp_role_before(const struct dp_work *w, size_t i);
/* dp_reach.c: the role reached back over a long title or body name */
enum dp_role dp_role_reach(const struct dp_work *w, size_t ts);
int dp_proxy_before(const struct dp_work *w, size_t j, size_t name);
extern const char *const dp_represents[];
int dp_leak_scan(const struct dp_work *w, char *reason, size_t rlen);

/* dp_scrub.c */
void dp_span_add(struct dp_work *w, size_t s, size_t e, enum dp_cat cat,
		 const char *rule, int ent, enum dp_kycase kc);
void dp_kept_add(struct dp_work *w, size_t s, size_t e, enum dp_role role, const char *rule);
size_t dp_arena_put(struct dp_work *w, const char *s, size_t len);
int dp_overlaps(const struct dp_work *w, size_t s, size_t e);
const char *dp_cat_code(enum dp_cat c);

#endif
