/* depersonify.h: the public API of libdepersonify, which removes personal
 * data of natural persons (names in every case form, initials, Kyrgyz
 * уулу/кызы/тегин names, birth dates, addresses, ПИН, documents, phones,
 * plates, accounts, e-mails, real-estate codes) from the text of a court act
 * before publication, keeps judges, secretaries, prosecutors, advocates and
 * representatives acting in role, and replaces each person by one label per
 * act ([ЛИЦО-1], [ЛИЦО-2], ...).  A residual-leak scanner runs on the output;
 * when it fires the act must be quarantined.
 *
 * Threads: a dp_ctx is read-only after dp_ctx_new and may be shared by any
 * number of threads calling dp_text_scrub at once; each call owns its result. */
#ifndef DEPERSONIFY_H
#define DEPERSONIFY_H

#include <stddef.h>

#include "ss_status.h"

struct dp_ctx;	/* compiled rules + gazetteers + policy */

/* One party of the act as the court's case system lists it.  role is free
 * text ("истец", "ответчик", "судья", "judge", "prosecutor", ...): kept roles
 * (policy) are protected, every other role is removed in every case form. */
struct dp_party {
	const char *role;
	const char *name;
};

struct dp_result {
	char *text;		/* depersonified text, NUL-terminated (free: dp_result_release) */
	size_t len;
	char *report_json;	/* private audit report; offsets, category, rule id and
				 * label per replacement, never the removed text */
	int leak;		/* 1: the residual-leak scanner fired, quarantine the act */
	char leak_reason[256];	/* why, without quoting personal data */
	size_t nreplaced;	/* number of replaced spans */
};

/* Creates a context.  policy_file may be NULL (built-in policy "kg-default");
 * its format is `key = value` lines, see docs/depersonify.md.  The
 * gazetteers are compiled into the library: no data file is read.
 * Free with dp_ctx_free. */
enum ss_status dp_ctx_new(const char *policy_file_or_NULL, struct dp_ctx **out,
			  struct ss_err *err);
/* Same, with the policy given as a string (for tests and embedding). */
enum ss_status dp_ctx_new_policy(const char *policy_text, struct dp_ctx **out,
				 struct ss_err *err);
void dp_ctx_free(struct dp_ctx *ctx);

/* Depersonifies text[0..len).  lang: "ru", "ky" or NULL/"auto".  parties may
 * be NULL.  On SS_OK *out holds the result (release with dp_result_release);
 * on error *out is zeroed.  Invalid UTF-8 or NUL bytes give SS_ERR_UTF8;
 * texts over 64 MiB give SS_ERR_TOO_LARGE. */
enum ss_status dp_text_scrub(const struct dp_ctx *ctx, const char *text, size_t len,
			     const char *lang, const struct dp_party *parties,
			     size_t nparties, struct dp_result *out, struct ss_err *err);
/* Frees what dp_text_scrub put in r and zeroes it; safe on a zeroed result. */
void dp_result_release(struct dp_result *r);

/* Parses a parties file: a JSON array of {"role": "...", "name": "..."}
 * (or an object with a "parties" array).  *out is an array of *n parties
 * whose strings live in the same allocation; free(*out) frees all. */
enum ss_status dp_parties_parse(const char *json, size_t len, struct dp_party **out,
				size_t *n, struct ss_err *err);

#endif
